package contracttest_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
)

// TestGasReport prints the gas of each contract call (go test -run TestGasReport -v ./chain/contracttest)
// on mainnet rules (Osaka) and on the simulated backend's default rules (every fork go-ethereum knows,
// whose EIP-8037 state gas prices new storage far higher). Figures are receipts' gasUsed: they include
// the 21,000 of a transaction and its calldata. It asserts nothing about them beyond their being sane.
func TestGasReport(t *testing.T) {
	mainnet := gasScenario(t, osaka)
	dev := gasScenario(t, nil)
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "call\tOsaka (mainnet)\tsimulated default\t")
	for i, row := range mainnet {
		if dev[i].name != row.name {
			t.Fatalf("scenarios differ at %d: %s, %s", i, row.name, dev[i].name)
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t\n", row.name, row.gas, dev[i].gas)
	}
	w.Flush()
	t.Log("gas used (receipts; 21,000 and calldata included)\n" + sb.String())
}

type gasRow struct {
	name string
	gas  uint64
}

func gasScenario(t *testing.T, chain *params.ChainConfig) []gasRow {
	e := newEnvOn(t, testConfig(), chain)
	var rows []gasRow
	add := func(name string, gas uint64) { rows = append(rows, gasRow{name, gas}) }
	gas := func(name string, r *types.Receipt) uint64 {
		add(name, r.GasUsed)
		return r.GasUsed
	}

	for _, c := range []struct {
		name string
		meta *bind.MetaData
		args []byte
	}{
		{"ProjectRegistry", &bindings.ProjectRegistryMetaData, nil},
		{"DeviceRegistry", &bindings.DeviceRegistryMetaData, bindings.NewDeviceRegistry().PackConstructor(e.dep.Addresses.ProjectRegistry)},
		{"ProverRegistry", &bindings.ProverRegistryMetaData, bindings.NewProverRegistry().PackConstructor(big.NewInt(1), 1)},
		{"SequencerRegistry", &bindings.SequencerRegistryMetaData, bindings.NewSequencerRegistry().PackConstructor(big.NewInt(1), 1)},
		{"BlockMinter", &bindings.BlockMinterMetaData, bindings.NewBlockMinter().PackConstructor(e.dep.Addresses.ProjectRegistry,
			e.dep.Addresses.ProverRegistry, e.dep.Addresses.SequencerRegistry, block.DefaultPowLimit, 1000, 16, 1000, 1000)},
		{"Router", &bindings.RouterMetaData, bindings.NewRouter().PackConstructor(e.dep.Addresses.ProjectRegistry, e.dep.Addresses.BlockMinter, big.NewInt(1))},
		{"SumDApp", &bindings.SumDAppMetaData, bindings.NewSumDApp().PackConstructor(e.dep.Addresses.Router)},
	} {
		_, tx, err := bind.DeployContract(e.owner.opts, common.FromHex(c.meta.Bin), e.client, c.args)
		if err != nil {
			t.Fatal(err)
		}
		gas("deploy "+c.name, e.mine(tx))
	}

	pj, dv, pr, rt := e.dep.Projects, e.dep.Devices, e.dep.Provers, e.dep.Router
	po := e.projectOwner
	r := e.send(po, pj.Instance, pj.Binding.PackRegister("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", common.Hash{1}, wasm))
	gas("ProjectRegistry.register", r)
	pid := event(e, r, pj.Address, pj.Binding.UnpackProjectRegisteredEvent).ProjectID
	gas("ProjectRegistry.setConfig", e.send(po, pj.Instance, pj.Binding.PackSetConfig(pid, "ipfs://bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", common.Hash{2})))
	gas("ProjectRegistry.setRuntime", e.send(po, pj.Instance, pj.Binding.PackSetRuntime(pid, groth)))
	e.send(po, pj.Instance, pj.Binding.PackSetRuntime(pid, wasm))
	gas("ProjectRegistry.setAttribute(provers)", e.send(po, pj.Instance, pj.Binding.PackSetAttribute(pid, crypto256("provers"), uint256Attr(t, 2))))
	gas("ProjectRegistry.bindDApp", e.send(po, pj.Instance, pj.Binding.PackBindDApp(pid, e.dep.Addresses.SumDApp)))
	gas("ProjectRegistry.pause", e.send(po, pj.Instance, pj.Binding.PackPause(pid)))
	gas("ProjectRegistry.resume", e.send(po, pj.Instance, pj.Binding.PackResume(pid)))

	dev := common.HexToAddress("0x1111111111111111111111111111111111111111")
	gas("DeviceRegistry.approve", e.send(po, dv.Instance, dv.Binding.PackApprove(pid, dev, nil)))
	gas("DeviceRegistry.approve(64-byte key)", e.send(po, dv.Instance, dv.Binding.PackApprove(pid, common.Address{2}, make([]byte, 64))))
	gas("DeviceRegistry.revoke", e.send(po, dv.Instance, dv.Binding.PackRevoke(pid, dev)))
	gas("DeviceRegistry.setOpen", e.send(po, dv.Instance, dv.Binding.PackSetOpen(pid, true)))

	min := e.cfg.MinStake
	gas("ProverRegistry.register(1 runtime)", e.sendValue(e.p1, pr.Instance, pr.Binding.PackRegister([][32]byte{wasm}, e.p1.addr), min))
	gas("ProverRegistry.register(3 runtimes)", e.sendValue(e.p2, pr.Instance, pr.Binding.PackRegister([][32]byte{wasm, groth, runtimeName("tee")}, e.p2.addr), min))
	e.register(e.p3, wasm)
	gas("ProverRegistry.addStake", e.sendValue(e.p1, pr.Instance, pr.Binding.PackAddStake(), min))
	gas("ProverRegistry.setRuntimes(2)", e.send(e.p1, pr.Instance, pr.Binding.PackSetRuntimes([][32]byte{wasm, groth})))
	gas("ProverRegistry.pause", e.send(e.p1, pr.Instance, pr.Binding.PackPause()))
	gas("ProverRegistry.resume", e.send(e.p1, pr.Instance, pr.Binding.PackResume()))

	sr := e.dep.Sequencers
	gas("SequencerRegistry.register", e.registerSequencer(e.stranger))
	gas("SequencerRegistry.setEndpoint(68 bytes)", e.send(e.stranger, sr.Instance,
		sr.Binding.PackSetEndpoint("/ip4/203.0.113.7/tcp/4001/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z")))
	gas("SequencerRegistry.addStake", e.sendValue(e.stranger, sr.Instance, sr.Binding.PackAddStake(), min))
	gas("SequencerRegistry.pause", e.send(e.stranger, sr.Instance, sr.Binding.PackPause()))
	gas("SequencerRegistry.resume", e.send(e.stranger, sr.Instance, sr.Binding.PackResume()))

	// Blocks: mint checks the sender in the SequencerRegistry. Every mint after the first also links, checks nbits and updates the tip.
	provers := []*account{e.p1, e.p2, e.p3}
	e.mintAssign()
	var n0 uint64
	for _, n := range []int{0, 1, 8, 64} {
		as := make([]block.Assignment, n)
		for i := range as {
			as[i] = e.assignment(pid, fmt.Sprintf("gas %d %d", n, i), provers[i%len(provers)], time.Minute)
		}
		g := e.mintAssign(as...).GasUsed
		if n == 0 {
			n0 = g
			add("BlockMinter.mint(0 assignments)", g)
			continue
		}
		add(fmt.Sprintf("BlockMinter.mint(%d assignments)", n), g)
		add(fmt.Sprintf("BlockMinter.mint: per assignment at %d", n), (g-n0)/uint64(n))
	}

	// Results: the router's own cost (a dApp that does nothing), SumDApp settling and refusing.
	noop, _ := e.newTestDApp(modeAccept)
	noopProject := e.newProject(wasm, noop)
	a1 := e.assignment(noopProject, "noop", e.p1, time.Minute)
	a2 := e.assignment(pid, "sum", e.p1, time.Minute)
	a3 := e.assignment(pid, "sum refused", e.p1, time.Minute)
	a4 := e.assignment(pid, "sum again", e.p1, time.Minute)
	e.mintAssign(a1, a2, a3, a4)
	routeNoop := gas("Router.route(no-op dApp, settled)", e.route(e.p1, noopProject, a1.TaskID, nil))
	gas("Router.route(SumDApp, settled, first of project)", e.route(e.p1, pid, a2.TaskID, sumResult(t, 10, 12345)))
	gas("Router.route(SumDApp, settled)", e.route(e.p1, pid, a4.TaskID, sumResult(t, 10, 12345)))
	gas("Router.route(SumDApp, refused)", e.route(e.p1, pid, a3.TaskID, []byte("bad")))

	// A failed task assigned again after its deadline.
	e.advance(2 * time.Minute)
	reassign := e.mintAssign(e.assignment(pid, "sum refused", e.p2, time.Minute)).GasUsed
	add("BlockMinter.mint(1 reassignment)", reassign)

	gas("ProverRegistry.requestUnstake", e.send(e.p3, pr.Instance, pr.Binding.PackRequestUnstake()))
	e.advance(e.cfg.UnstakeDelay)
	gas("ProverRegistry.withdraw", e.send(e.p3, pr.Instance, pr.Binding.PackWithdraw()))
	gas("SequencerRegistry.requestUnstake", e.send(e.stranger, sr.Instance, sr.Binding.PackRequestUnstake()))
	e.advance(e.cfg.UnstakeDelay)
	gas("SequencerRegistry.withdraw", e.send(e.stranger, sr.Instance, sr.Binding.PackWithdraw()))
	gas("Router.setDAppGasLimit", e.send(e.owner, rt.Instance, rt.Binding.PackSetDAppGasLimit(big.NewInt(2_000_000))))

	if routeNoop < 21_000 || routeNoop > 200_000 || n0 > 200_000 {
		t.Fatalf("gas out of any sane range: route %d, empty mint %d", routeNoop, n0)
	}
	return rows
}

func crypto256(s string) common.Hash {
	return taskID(s) // keccak256, as the contracts key attributes
}
