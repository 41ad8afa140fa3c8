package chain_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/sequencer"
)

func TestRuntimeNames(t *testing.T) {
	id := chain.RuntimeID("wasm")
	if string(id[:4]) != "wasm" || id[4] != 0 || id[31] != 0 {
		t.Fatalf("RuntimeID(wasm) = %x", id)
	}
	tests := []struct {
		id   [32]byte
		want string
	}{
		{chain.RuntimeID("wasm"), "wasm"},
		{chain.RuntimeID("gnark-groth16"), "gnark-groth16"},
		{chain.RuntimeID(strings.Repeat("x", 32)), strings.Repeat("x", 32)},
		{[32]byte{'a', 0, 'b'}, "0x6100620000000000000000000000000000000000000000000000000000000000"},
		{[32]byte{0xff}, "0xff00000000000000000000000000000000000000000000000000000000000000"},
		{[32]byte{}, ""},
	}
	for _, tt := range tests {
		if got := chain.RuntimeName(tt.id); got != tt.want {
			t.Errorf("RuntimeName(%x) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// TestDeployBlock checks that the deployment records the block its first contract was made in, where
// the node's scans of past events start: no contract code before it, code from it on.
func TestDeployBlock(t *testing.T) {
	e := newEnv(t)
	a := e.dep.Addresses
	if a.DeployBlock == 0 {
		t.Fatal("deploy block not recorded")
	}
	before := must(e.eth.CodeAt(e.ctx, a.ProjectRegistry, new(big.Int).SetUint64(a.DeployBlock-1)))(t)
	at := must(e.eth.CodeAt(e.ctx, a.ProjectRegistry, new(big.Int).SetUint64(a.DeployBlock)))(t)
	if len(before) != 0 || len(at) == 0 {
		t.Fatalf("ProjectRegistry has %d bytes of code at block %d and %d at the deploy block %d",
			len(before), a.DeployBlock-1, len(at), a.DeployBlock)
	}
}

func TestProjectOps(t *testing.T) {
	e := newEnv(t)
	ctx, po := e.ctx, e.projectOwner

	if n := must(e.owner.ProjectCount(ctx))(t); n != 0 {
		t.Fatalf("%d projects before any", n)
	}
	id, r, err := po.RegisterProject(ctx, "ipfs://one", sha256Of("one"), "wasm")
	if err != nil || id != 1 || r.BlockNumber == 0 || r.GasUsed == 0 || len(r.Logs) != 1 {
		t.Fatalf("RegisterProject = %d, %+v, %v", id, r, err)
	}
	if _, _, err := po.RegisterProject(ctx, "ipfs://x", sha256Of("x"), strings.Repeat("r", 33)); err == nil {
		t.Fatal("runtime name over 32 bytes taken")
	}
	want := chain.ProjectInfo{ID: 1, Owner: po.Address(), URI: "ipfs://one", SHA256: sha256Of("one"), Runtime: "wasm", Provers: 1}
	if p := must(e.stranger.Project(ctx, id))(t); p != want {
		t.Fatalf("project %+v, want %+v", p, want)
	}

	must(po.UpdateProject(ctx, id, "ipfs://two", sha256Of("two")))(t)
	must(po.SetRequiredProvers(ctx, id, 3))(t)
	must(po.BindDApp(ctx, id, e.dep.Addresses.SumDApp))(t)
	key := crypto.Keccak256Hash([]byte("region"))
	must(po.SetProjectAttribute(ctx, id, key, []byte("eu")))(t)
	must(po.PauseProject(ctx, id))(t)
	want.URI, want.SHA256, want.Provers, want.DApp, want.Paused = "ipfs://two", sha256Of("two"), 3, e.dep.Addresses.SumDApp, true
	if p := must(e.stranger.Project(ctx, id))(t); p != want {
		t.Fatalf("project %+v, want %+v", p, want)
	}
	if v := must(e.stranger.ProjectAttribute(ctx, id, key))(t); string(v) != "eu" {
		t.Fatalf("attribute %q", v)
	}
	must(po.ResumeProject(ctx, id))(t)
	if p := must(e.stranger.Project(ctx, id))(t); p.Paused {
		t.Fatal("still paused after resume")
	}

	// Reverts come back with the contract's custom error, at estimation and on chain.
	_, err = e.stranger.PauseProject(ctx, id)
	re := wantRevert(t, err, "NotProjectOwner")
	if re.Args[0].(uint64) != id || re.Args[1].(common.Address) != e.stranger.Address() {
		t.Fatalf("NotProjectOwner%v", re.Args)
	}
	if !strings.Contains(err.Error(), "pause project 1") || !strings.Contains(err.Error(), "NotProjectOwner") {
		t.Fatalf("error %q names neither the operation nor the reason", err)
	}
	_, err = po.ResumeProject(ctx, id)
	wantRevert(t, err, "NotPaused")
	_, err = po.SetRequiredProvers(ctx, id, 17)
	wantRevert(t, err, "BadAttribute")
	_, err = po.BindDApp(ctx, id, e.stranger.Address())
	wantRevert(t, err, "NotAContract")
	_, err = po.UpdateProject(ctx, 42, "ipfs://none", [32]byte{})
	wantRevert(t, err, "UnknownProject")

	p := e.dep.Projects
	r, err = e.stranger.TransactGas(ctx, p.Instance, p.Binding.PackPause(id), nil, 200_000)
	if !errors.Is(err, chain.ErrReverted) || r == nil || r.BlockNumber == 0 {
		t.Fatalf("on-chain revert: receipt %+v, %v", r, err)
	}
	wantRevert(t, err, "NotProjectOwner")

	// Unknown projects, and the project.Registry adapter.
	if _, err := e.stranger.Project(ctx, 42); !errors.Is(err, project.ErrNotFound) {
		t.Fatalf("unknown project: %v", err)
	}
	id2, _, err := po.RegisterProject(ctx, "ipfs://three", sha256Of("three"), "gnark-groth16")
	if err != nil || id2 != 2 {
		t.Fatalf("second project %d, %v", id2, err)
	}
	must(po.PauseProject(ctx, id2))(t)
	reader := e.dial(nil)
	reg := reader.Registry()
	var _ project.Registry = reg
	h2 := sha256Of("three")
	wantRecs := []project.Record{
		{ID: 1, URI: "ipfs://two", SHA256: hex.EncodeToString(want.SHA256[:]), Runtime: "wasm"},
		{ID: 2, URI: "ipfs://three", SHA256: hex.EncodeToString(h2[:]), Paused: true, Runtime: "gnark-groth16"},
	}
	if recs := must(reg.Projects(ctx))(t); !slices.Equal(recs, wantRecs) {
		t.Fatalf("records %+v, want %+v", recs, wantRecs)
	}
	if rec := must(reg.Project(ctx, 2))(t); rec != wantRecs[1] {
		t.Fatalf("record %+v", rec)
	}
	if _, err := reg.Project(ctx, 3); !errors.Is(err, project.ErrNotFound) {
		t.Fatalf("unknown record: %v", err)
	}
	if p := must(reader.Project(ctx, 2))(t); p.Runtime != "gnark-groth16" {
		t.Fatalf("runtime %q", p.Runtime)
	}
	if _, err := reader.PauseProject(ctx, 1); !errors.Is(err, chain.ErrReadOnly) {
		t.Fatalf("read-only client sent: %v", err)
	}
}

func TestDeviceOps(t *testing.T) {
	e := newEnv(t)
	ctx, po := e.ctx, e.projectOwner
	id := e.newProject("devices")
	dev := common.HexToAddress("0xd1")
	if must(e.stranger.DeviceAllowed(ctx, id, dev))(t) {
		t.Fatal("device allowed before approval")
	}
	must(po.ApproveDevice(ctx, id, dev, []byte{1, 2, 3}))(t)
	if !must(e.stranger.DeviceAllowed(ctx, id, dev))(t) {
		t.Fatal("approved device not allowed")
	}
	must(po.RevokeDevice(ctx, id, dev))(t)
	if must(e.stranger.DeviceAllowed(ctx, id, dev))(t) {
		t.Fatal("revoked device allowed")
	}
	_, err := po.RevokeDevice(ctx, id, dev)
	wantRevert(t, err, "DeviceNotApproved")
	_, err = e.stranger.ApproveDevice(ctx, id, dev, nil)
	wantRevert(t, err, "NotProjectOwner")
	_, err = po.ApproveDevice(ctx, id, dev, make([]byte, 129))
	wantRevert(t, err, "PubKeyTooLong")
	must(po.SetDevicesOpen(ctx, id, true))(t)
	if !must(e.stranger.DeviceAllowed(ctx, id, common.HexToAddress("0xd2")))(t) {
		t.Fatal("open project refuses a device")
	}
}

func TestProverOps(t *testing.T) {
	e := newEnv(t)
	ctx := e.ctx
	stake := e.cfg.MinStake
	beneficiary := common.HexToAddress("0xbe")

	if p := must(e.stranger.Prover(ctx, e.p1.Address()))(t); p.Registered || p.Active || p.Stake.Sign() != 0 {
		t.Fatalf("unregistered prover %+v", p)
	}
	must(e.p1.RegisterProver(ctx, []string{"wasm"}, common.Address{}, stake))(t)
	must(e.p2.RegisterProver(ctx, []string{"wasm", "risc0"}, beneficiary, new(big.Int).Mul(stake, big.NewInt(2))))(t)
	p := must(e.stranger.Prover(ctx, e.p2.Address()))(t)
	if !p.Registered || !p.Active || p.Paused || p.Unstaking || p.Stake.Cmp(new(big.Int).Mul(stake, big.NewInt(2))) != 0 ||
		!slices.Equal(p.Runtimes, []string{"wasm", "risc0"}) || p.Beneficiary != beneficiary || p.Address != e.p2.Address() {
		t.Fatalf("prover 2 %+v", p)
	}
	if p := must(e.stranger.Prover(ctx, e.p1.Address()))(t); p.Beneficiary != e.p1.Address() {
		t.Fatalf("prover 1 beneficiary %s, want itself", p.Beneficiary)
	}

	_, err := e.stranger.RegisterProver(ctx, []string{"wasm"}, common.Address{}, big.NewInt(1))
	re := wantRevert(t, err, "InsufficientStake")
	if re.Args[0].(*big.Int).Int64() != 1 || re.Args[1].(*big.Int).Cmp(stake) != 0 {
		t.Fatalf("InsufficientStake%v", re.Args)
	}
	_, err = e.p1.RegisterProver(ctx, []string{"wasm"}, common.Address{}, stake)
	wantRevert(t, err, "AlreadyRegistered")
	_, err = e.stranger.PauseProver(ctx)
	wantRevert(t, err, "NotRegistered")
	_, err = e.p1.Withdraw(ctx)
	wantRevert(t, err, "UnstakeNotRequested")

	// The sequencer.ProverSet adapter: every registered prover, Paused when not active.
	reader := e.dial(nil)
	set := reader.Provers()
	var _ sequencer.ProverSet = set
	provers := func() []sequencer.Prover {
		t.Helper()
		ps := must(set.Provers(ctx))(t)
		if !slices.IsSortedFunc(ps, func(a, b sequencer.Prover) int { return bytes.Compare(a.Address[:], b.Address[:]) }) {
			t.Fatalf("provers not in address order: %+v", ps)
		}
		return ps
	}
	byAddr := func(ps []sequencer.Prover, a common.Address) *sequencer.Prover {
		for i := range ps {
			if ps[i].Address == a {
				return &ps[i]
			}
		}
		return nil
	}
	ps := provers()
	if len(ps) != 2 || byAddr(ps, e.p1.Address()).Paused || !slices.Equal(byAddr(ps, e.p2.Address()).Runtimes, []string{"wasm", "risc0"}) {
		t.Fatalf("provers %+v", ps)
	}

	must(e.p2.PauseProver(ctx))(t)
	if p := must(e.stranger.Prover(ctx, e.p2.Address()))(t); !p.Paused || p.Active {
		t.Fatalf("paused prover %+v", p)
	}
	if ps := provers(); !byAddr(ps, e.p2.Address()).Paused || byAddr(ps, e.p1.Address()).Paused {
		t.Fatalf("provers after pause %+v", ps)
	}
	_, err = e.p2.PauseProver(ctx)
	wantRevert(t, err, "AlreadyPaused")
	must(e.p2.ResumeProver(ctx))(t)
	if p := must(e.stranger.Prover(ctx, e.p2.Address()))(t); p.Paused || !p.Active {
		t.Fatalf("resumed prover %+v", p)
	}

	must(e.p1.RequestUnstake(ctx))(t)
	if p := must(e.stranger.Prover(ctx, e.p1.Address()))(t); !p.Unstaking || p.Active || p.UnstakeAt == 0 {
		t.Fatalf("unstaking prover %+v", p)
	}
	if ps := provers(); !byAddr(ps, e.p1.Address()).Paused {
		t.Fatalf("unstaking prover offered: %+v", ps)
	}
	before := must(e.eth.BalanceAt(ctx, e.p1.Address(), nil))(t)
	r := must(e.p1.Withdraw(ctx))(t)
	after := must(e.eth.BalanceAt(ctx, e.p1.Address(), nil))(t)
	if p := must(e.stranger.Prover(ctx, e.p1.Address()))(t); p.Registered {
		t.Fatalf("withdrawn prover %+v", p)
	}
	// The stake came back, less the withdrawal's fee.
	if gain := new(big.Int).Sub(after, before); gain.Cmp(stake) >= 0 || gain.Cmp(new(big.Int).Sub(stake, big.NewInt(params.Ether/100))) < 0 {
		t.Fatalf("balance went up by %s after withdrawing %s (gas %d)", gain, stake, r.GasUsed)
	}
	if ps := provers(); len(ps) != 1 || ps[0].Address != e.p2.Address() {
		t.Fatalf("provers after withdraw %+v", ps)
	}
}

// TestSequencerOps drives a sequencer's life in the SequencerRegistry through the client: register with
// an endpoint, list, pause (the minter refuses its blocks), resume, unstake and withdraw.
func TestSequencerOps(t *testing.T) {
	e := newEnv(t)
	ctx := e.ctx
	stake := e.cfg.MinSequencerStake
	beneficiary := common.HexToAddress("0xbe")

	if s := must(e.stranger.SequencerInfo(ctx, e.seq.Address()))(t); s.Registered || s.Active || s.Stake.Sign() != 0 {
		t.Fatalf("unregistered sequencer %+v", s)
	}
	_, err := e.seq.RegisterSequencer(ctx, big.NewInt(1), common.Address{})
	re := wantRevert(t, err, "InsufficientStake")
	if re.Args[1].(*big.Int).Cmp(stake) != 0 {
		t.Fatalf("InsufficientStake%v", re.Args)
	}
	must(e.seq.RegisterSequencer(ctx, stake, common.Address{}))(t)
	must(e.stranger.RegisterSequencer(ctx, new(big.Int).Mul(stake, big.NewInt(2)), beneficiary))(t)
	_, err = e.seq.RegisterSequencer(ctx, stake, common.Address{})
	wantRevert(t, err, "AlreadyRegistered")
	_, err = e.p1.SetSequencerEndpoint(ctx, "/ip4/127.0.0.1/tcp/1")
	wantRevert(t, err, "NotRegistered")
	if _, err := e.seq.SetSequencerEndpoint(ctx, strings.Repeat("x", chain.MaxSequencerEndpoint+1)); err == nil {
		t.Fatal("endpoint over the limit taken")
	}
	endpoint := "/ip4/10.0.0.1/tcp/4001/p2p/12D3KooWExample"
	must(e.seq.SetSequencerEndpoint(ctx, endpoint))(t)
	s := must(e.p1.SequencerInfo(ctx, e.seq.Address()))(t)
	if !s.Registered || !s.Active || s.Paused || s.Unstaking || s.Stake.Cmp(stake) != 0 || s.Beneficiary != e.seq.Address() ||
		s.Endpoint != endpoint {
		t.Fatalf("sequencer %+v", s)
	}
	if s := must(e.p1.SequencerInfo(ctx, e.stranger.Address()))(t); s.Beneficiary != beneficiary || s.Endpoint != "" {
		t.Fatalf("second sequencer %+v", s)
	}
	list := func(active bool) []common.Address {
		t.Helper()
		read := e.p1.Sequencers
		if active {
			read = e.p1.ActiveSequencers
		}
		var out []common.Address
		for _, s := range must(read(ctx))(t) {
			out = append(out, s.Address)
		}
		if !slices.IsSortedFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }) {
			t.Fatalf("sequencers not in address order: %v", out)
		}
		return out
	}
	both := []common.Address{e.seq.Address(), e.stranger.Address()}
	slices.SortFunc(both, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	if got := list(false); !slices.Equal(got, both) {
		t.Fatalf("sequencers %v, want %v", got, both)
	}

	must(e.seq.PauseSequencer(ctx))(t)
	if got := list(true); !slices.Equal(got, []common.Address{e.stranger.Address()}) {
		t.Fatalf("active sequencers with one paused: %v", got)
	}
	_, err = e.seq.Mint(ctx, e.nextBlock(nil))
	wantRevert(t, err, "NotSequencer")
	_, err = e.seq.PauseSequencer(ctx)
	wantRevert(t, err, "AlreadyPaused")
	must(e.seq.ResumeSequencer(ctx))(t)
	must(e.seq.AddSequencerStake(ctx, stake))(t)
	must(e.seq.SetSequencerBeneficiary(ctx, beneficiary))(t)
	if s := must(e.p1.SequencerInfo(ctx, e.seq.Address()))(t); !s.Active || s.Stake.Cmp(new(big.Int).Mul(stake, big.NewInt(2))) != 0 ||
		s.Beneficiary != beneficiary {
		t.Fatalf("resumed sequencer %+v", s)
	}

	_, err = e.stranger.WithdrawSequencer(ctx)
	wantRevert(t, err, "UnstakeNotRequested")
	must(e.stranger.RequestSequencerUnstake(ctx))(t)
	if s := must(e.p1.SequencerInfo(ctx, e.stranger.Address()))(t); !s.Unstaking || s.Active {
		t.Fatalf("unstaking sequencer %+v", s)
	}
	before := must(e.eth.BalanceAt(ctx, beneficiary, nil))(t)
	must(e.stranger.WithdrawSequencer(ctx))(t)
	after := must(e.eth.BalanceAt(ctx, beneficiary, nil))(t)
	if gain := new(big.Int).Sub(after, before); gain.Cmp(new(big.Int).Mul(stake, big.NewInt(2))) != 0 {
		t.Fatalf("beneficiary got %s", gain)
	}
	if got := list(false); !slices.Equal(got, []common.Address{e.seq.Address()}) {
		t.Fatalf("sequencers after withdraw %v", got)
	}

	// Addresses from before the registry: a clear error, not a call to the zero address.
	old := e.dep.Addresses
	old.SequencerRegistry = common.Address{}
	oldClient := must(chain.Dial(ctx, e.chain.RPCURL(), old, nil))(t)
	defer oldClient.Close()
	if _, err := oldClient.Sequencers(ctx); !errors.Is(err, deploy.ErrNoSequencerRegistry) {
		t.Fatalf("sequencers without a registry: %v", err)
	}
}

func TestMintAndRoute(t *testing.T) {
	e := newEnv(t)
	ctx := e.ctx
	if _, _, exists := must3(e.stranger.Tip(ctx))(t); exists {
		t.Fatal("tip before the genesis block")
	}
	_, err := e.seq.Mint(ctx, e.nextBlock(nil))
	wantRevert(t, err, "NotSequencer")
	must(e.seq.RegisterSequencer(ctx, e.cfg.MinSequencerStake, common.Address{}))(t)

	must(e.p1.RegisterProver(ctx, []string{"wasm"}, common.Address{}, e.cfg.MinStake))(t)
	pid := e.newProject("sum")
	genesis := e.mint()
	height, hash, exists := must3(e.stranger.Tip(ctx))(t)
	if !exists || height != 0 || hash != genesis.Hash {
		t.Fatalf("tip %d %s %t, want 0 %s", height, hash, exists, genesis.Hash)
	}

	good, bad := e.assignment(pid, "good", e.p1.Address()), e.assignment(pid, "bad", e.p1.Address())
	b1 := e.mint(good, bad)
	if height, hash, _ := must3(e.stranger.Tip(ctx))(t); height != 1 || hash != b1.Hash {
		t.Fatalf("tip %d %s, want 1 %s", height, hash, b1.Hash)
	}
	tk := must(e.stranger.Task(ctx, pid, good.TaskID))(t)
	if tk != (chain.TaskInfo{Prover: e.p1.Address(), Deadline: good.Deadline, Status: chain.TaskAssigned, Attempts: 1}) {
		t.Fatalf("task %+v", tk)
	}
	if tk := must(e.stranger.Task(ctx, pid, taskID("never")))(t); tk.Status != chain.TaskNone {
		t.Fatalf("unknown task %+v", tk)
	}
	// A block that does not follow the tip is refused with the minter's reason.
	stale := b1
	stale.Height = 2
	_, err = e.seq.Mint(ctx, stale)
	wantRevert(t, err, "BadPrevHash")

	result, err := deploy.EncodeSumResult(3, big.NewInt(42))
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, err = e.stranger.Route(ctx, pid, good.TaskID, result)
	re := wantRevert(t, err, "NotAssignedProver")
	if re.Args[2].(common.Address) != e.stranger.Address() || re.Args[3].(common.Address) != e.p1.Address() {
		t.Fatalf("NotAssignedProver%v", re.Args)
	}
	r, settled, reason, err := e.p1.Route(ctx, pid, good.TaskID, result)
	if err != nil || !settled || reason != "" || r == nil {
		t.Fatalf("route = %+v, %t, %q, %v", r, settled, reason, err)
	}
	if tk := must(e.stranger.Task(ctx, pid, good.TaskID))(t); tk.Status != chain.TaskSettled {
		t.Fatalf("task after route %+v", tk)
	}
	_, _, _, err = e.p1.Route(ctx, pid, good.TaskID, result)
	wantRevert(t, err, "TaskAlreadySettled")

	badResult := []byte("not an ABI result")
	_, settled, reason, err = e.p1.Route(ctx, pid, bad.TaskID, badResult)
	if err != nil || settled || reason != "MalformedResult(0x"+hex.EncodeToString(badResult)+")" {
		t.Fatalf("route of a bad result = %t, %q, %v", settled, reason, err)
	}
	if tk := must(e.stranger.Task(ctx, pid, bad.TaskID))(t); tk.Status != chain.TaskFailed {
		t.Fatalf("task after a refused result %+v", tk)
	}
	sd := e.dep.SumDApp
	totals, err := sd.Binding.UnpackTotals(must(sd.Instance.CallRaw(nil, sd.Binding.PackTotals(pid)))(t))
	if err != nil || totals.Tasks != 1 || totals.Readings != 3 || totals.Sum.Int64() != 42 {
		t.Fatalf("SumDApp totals %+v, %v", totals, err)
	}

	// Reasons other than the contracts' custom errors.
	errorString := append(crypto.Keccak256([]byte("Error(string)"))[:4:4], common.LeftPadBytes([]byte{0x20}, 32)...)
	errorString = append(errorString, common.LeftPadBytes([]byte{2}, 32)...)
	errorString = append(errorString, common.RightPadBytes([]byte("no"), 32)...)
	tests := []struct {
		data []byte
		want string
	}{
		{errorString, "no"},
		{[]byte{0xde, 0xad, 0xbe, 0xef}, "0xdeadbeef"},
		{nil, "0x"},
	}
	for _, tt := range tests {
		if got := e.stranger.DecodeReason(tt.data); got != tt.want {
			t.Errorf("DecodeReason(%x) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

// TestConcurrentSends sends from one key in many goroutines of one client, then from two clients of the
// same key in turn (a node and the CLI): every transaction gets its own nonce.
func TestConcurrentSends(t *testing.T) {
	e := newEnv(t)
	ctx, po := e.ctx, e.projectOwner
	id := e.newProject("busy")
	var wg sync.WaitGroup
	errs := make([]error, 12)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = po.SetProjectAttribute(ctx, id, crypto.Keccak256Hash([]byte{byte(i)}), []byte{byte(i)})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	for i := range errs {
		if v := must(po.ProjectAttribute(ctx, id, crypto.Keccak256Hash([]byte{byte(i)})))(t); !bytes.Equal(v, []byte{byte(i)}) {
			t.Fatalf("attribute %d = %x", i, v)
		}
	}

	cli := e.dial(e.keys[po])
	for i := range 3 {
		must(cli.SetProjectAttribute(ctx, id, [32]byte{1}, []byte{byte(i)}))(t)
		must(po.SetProjectAttribute(ctx, id, [32]byte{2}, []byte{byte(i)}))(t)
		must(po.SetProjectAttribute(ctx, id, [32]byte{3}, []byte{byte(i)}))(t)
	}
}

// TestSharedKey sends at once from two clients of one key (a node and the CLI, say): one of each pair
// finds its nonce taken, reads it again and sends again.
func TestSharedKey(t *testing.T) {
	e := newEnv(t)
	ctx, node := e.ctx, e.projectOwner
	id := e.newProject("shared")
	cli := e.dial(e.keys[node])
	for round := range 5 {
		var wg sync.WaitGroup
		var errNode, errCLI error
		wg.Go(func() { _, errNode = node.SetProjectAttribute(ctx, id, [32]byte{1}, []byte{byte(round)}) })
		wg.Go(func() { _, errCLI = cli.SetProjectAttribute(ctx, id, [32]byte{2}, []byte{byte(round)}) })
		wg.Wait()
		if errNode != nil || errCLI != nil {
			t.Fatalf("round %d: node %v, CLI %v", round, errNode, errCLI)
		}
	}
}

// TestWithKey checks that clients made from one connection send from their own keys, at once, and that
// closing one leaves the connection to the others.
func TestWithKey(t *testing.T) {
	e := newEnv(t)
	ctx := e.ctx
	id := e.newProject("with key")
	reader := e.dial(nil)
	owner, stranger := reader.WithKey(e.keys[e.projectOwner]), reader.WithKey(e.keys[e.stranger])
	if owner.Address() != e.projectOwner.Address() || stranger.Address() != e.stranger.Address() {
		t.Fatalf("addresses %s, %s", owner.Address(), stranger.Address())
	}
	var wg sync.WaitGroup
	var errOwner, errStranger error
	wg.Go(func() { _, errOwner = owner.SetProjectAttribute(ctx, id, [32]byte{1}, []byte{1}) })
	wg.Go(func() { _, errStranger = stranger.SetProjectAttribute(ctx, id, [32]byte{1}, []byte{2}) })
	wg.Wait()
	if errOwner != nil {
		t.Fatalf("owner: %v", errOwner)
	}
	wantRevert(t, errStranger, "NotProjectOwner")
	stranger.Close()
	if _, err := owner.SetProjectAttribute(ctx, id, [32]byte{2}, []byte{3}); err != nil {
		t.Fatalf("owner after another client closed: %v", err)
	}
}
