package contracttest_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain/contracttest/testbind"
)

func uint256Attr(t *testing.T, n int64) []byte {
	t.Helper()
	u, _ := abi.NewType("uint256", "", nil)
	b, err := abi.Arguments{{Type: u}}.Pack(big.NewInt(n))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestProjectRegistry(t *testing.T) {
	e := newEnv(t, testConfig())
	p := e.dep.Projects
	owner, other := e.projectOwner, e.stranger

	e.mustRevert(owner, p.Instance, p.Binding.PackRegister("uri", common.Hash{}, [32]byte{}), "EmptyRuntime")
	hash := crypto.Keccak256Hash([]byte("file"))
	r := e.send(owner, p.Instance, p.Binding.PackRegister("ipfs://file", hash, wasm))
	reg := event(e, r, p.Address, p.Binding.UnpackProjectRegisteredEvent)
	if reg.ProjectID != 1 || reg.Owner != owner.addr || reg.Runtime != wasm || reg.ConfigURI != "ipfs://file" || reg.ConfigHash != hash {
		t.Fatalf("ProjectRegistered %+v", reg)
	}
	id := reg.ProjectID
	if second := e.newProject(groth, common.Address{}); second != 2 {
		t.Fatalf("second project has ID %d", second)
	}
	if n := call(e, p.Instance, p.Binding.PackCount(), p.Binding.UnpackCount); n != 2 {
		t.Fatalf("count %d", n)
	}
	st := call(e, p.Instance, p.Binding.PackProjectStatus(id), p.Binding.UnpackProjectStatus)
	if st.Owner != owner.addr || st.Paused || st.Runtime != wasm || st.Dapp != (common.Address{}) {
		t.Fatalf("projectStatus %+v", st)
	}
	if st := call(e, p.Instance, p.Binding.PackProjectStatus(99), p.Binding.UnpackProjectStatus); st.Owner != (common.Address{}) {
		t.Fatalf("projectStatus of an unknown project %+v", st)
	}
	e.callRevert(p.Instance, p.Binding.PackProjectConfig(99), "UnknownProject")

	// Every change is the owner's, of a known project.
	ownerOnly := map[string][]byte{
		"setConfig":                p.Binding.PackSetConfig(id, "x", common.Hash{}),
		"setRuntime":               p.Binding.PackSetRuntime(id, groth),
		"pause":                    p.Binding.PackPause(id),
		"resume":                   p.Binding.PackResume(id),
		"setAttribute":             p.Binding.PackSetAttribute(id, common.Hash{1}, []byte{1}),
		"bindDApp":                 p.Binding.PackBindDApp(id, e.dep.Addresses.SumDApp),
		"transferProjectOwnership": p.Binding.PackTransferProjectOwnership(id, other.addr),
	}
	for name, data := range ownerOnly {
		re := e.mustRevert(other, p.Instance, data, "NotProjectOwner")
		if re.Args[0].(uint64) != id || re.Args[1] != other.addr {
			t.Fatalf("%s: NotProjectOwner%v", name, re.Args)
		}
	}
	e.mustRevert(owner, p.Instance, p.Binding.PackPause(99), "UnknownProject")

	newHash := crypto.Keccak256Hash([]byte("file v2"))
	r = e.send(owner, p.Instance, p.Binding.PackSetConfig(id, "ipfs://file2", newHash))
	if ev := event(e, r, p.Address, p.Binding.UnpackConfigUpdatedEvent); ev.ProjectID != id || ev.ConfigURI != "ipfs://file2" || ev.ConfigHash != newHash {
		t.Fatalf("ConfigUpdated %+v", ev)
	}
	if c := call(e, p.Instance, p.Binding.PackProjectConfig(id), p.Binding.UnpackProjectConfig); c.ConfigURI != "ipfs://file2" || c.ConfigHash != newHash {
		t.Fatalf("projectConfig %+v", c)
	}

	e.mustRevert(owner, p.Instance, p.Binding.PackSetRuntime(id, [32]byte{}), "EmptyRuntime")
	r = e.send(owner, p.Instance, p.Binding.PackSetRuntime(id, groth))
	if ev := event(e, r, p.Address, p.Binding.UnpackRuntimeUpdatedEvent); ev.Runtime != groth {
		t.Fatalf("RuntimeUpdated %+v", ev)
	}

	e.mustRevert(owner, p.Instance, p.Binding.PackResume(id), "NotPaused")
	r = e.send(owner, p.Instance, p.Binding.PackPause(id))
	event(e, r, p.Address, p.Binding.UnpackProjectPausedEvent)
	if !call(e, p.Instance, p.Binding.PackProjectStatus(id), p.Binding.UnpackProjectStatus).Paused {
		t.Fatal("not paused after pause")
	}
	e.mustRevert(owner, p.Instance, p.Binding.PackPause(id), "AlreadyPaused")
	r = e.send(owner, p.Instance, p.Binding.PackResume(id))
	event(e, r, p.Address, p.Binding.UnpackProjectResumedEvent)

	provers := func() uint64 {
		return call(e, p.Instance, p.Binding.PackProversPerTask(id), p.Binding.UnpackProversPerTask).Uint64()
	}
	if n := provers(); n != 1 {
		t.Fatalf("provers per task by default %d", n)
	}
	key := call(e, p.Instance, p.Binding.PackATTRPROVERS(), p.Binding.UnpackATTRPROVERS)
	if key != crypto.Keccak256Hash([]byte("provers")) {
		t.Fatalf("ATTR_PROVERS %x", key)
	}
	for _, bad := range [][]byte{uint256Attr(t, 0), uint256Attr(t, 17), {3}, append(uint256Attr(t, 3), 0)} {
		e.mustRevert(owner, p.Instance, p.Binding.PackSetAttribute(id, key, bad), "BadAttribute")
	}
	r = e.send(owner, p.Instance, p.Binding.PackSetAttribute(id, key, uint256Attr(t, 3)))
	if ev := event(e, r, p.Address, p.Binding.UnpackAttributeSetEvent); ev.Key != key || !bytes.Equal(ev.Value, uint256Attr(t, 3)) {
		t.Fatalf("AttributeSet %+v", ev)
	}
	if n := provers(); n != 3 {
		t.Fatalf("provers per task %d, want 3", n)
	}
	e.send(owner, p.Instance, p.Binding.PackSetAttribute(id, key, nil))
	if n := provers(); n != 1 {
		t.Fatalf("provers per task after delete %d, want 1", n)
	}
	free := crypto.Keccak256Hash([]byte("region"))
	e.send(owner, p.Instance, p.Binding.PackSetAttribute(id, free, []byte("eu-west")))
	if v := call(e, p.Instance, p.Binding.PackAttribute(id, free), p.Binding.UnpackAttribute); string(v) != "eu-west" {
		t.Fatalf("attribute %q", v)
	}

	e.mustRevert(owner, p.Instance, p.Binding.PackBindDApp(id, other.addr), "NotAContract")
	r = e.send(owner, p.Instance, p.Binding.PackBindDApp(id, e.dep.Addresses.SumDApp))
	if ev := event(e, r, p.Address, p.Binding.UnpackDAppBoundEvent); ev.Dapp != e.dep.Addresses.SumDApp {
		t.Fatalf("DAppBound %+v", ev)
	}

	e.mustRevert(owner, p.Instance, p.Binding.PackTransferProjectOwnership(id, common.Address{}), "ZeroAddress")
	r = e.send(owner, p.Instance, p.Binding.PackTransferProjectOwnership(id, other.addr))
	if ev := event(e, r, p.Address, p.Binding.UnpackProjectOwnershipTransferredEvent); ev.From != owner.addr || ev.To != other.addr {
		t.Fatalf("ProjectOwnershipTransferred %+v", ev)
	}
	e.mustRevert(owner, p.Instance, p.Binding.PackPause(id), "NotProjectOwner")
	e.send(other, p.Instance, p.Binding.PackPause(id))
	if got := call(e, p.Instance, p.Binding.PackOwnerOf(id), p.Binding.UnpackOwnerOf); got != other.addr {
		t.Fatalf("ownerOf %s", got)
	}
}

func TestDeviceRegistry(t *testing.T) {
	e := newEnv(t, testConfig())
	d := e.dep.Devices
	id := e.newProject(wasm, common.Address{})
	dev, dev2 := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	pub := bytes.Repeat([]byte{7}, 64)
	allowed := func(device common.Address) bool {
		return call(e, d.Instance, d.Binding.PackIsAllowed(id, device), d.Binding.UnpackIsAllowed)
	}

	for name, data := range map[string][]byte{
		"approve": d.Binding.PackApprove(id, dev, nil),
		"revoke":  d.Binding.PackRevoke(id, dev),
		"setOpen": d.Binding.PackSetOpen(id, true),
	} {
		if re := e.mustRevert(e.stranger, d.Instance, data, "NotProjectOwner"); re.Args[1] != e.stranger.addr {
			t.Fatalf("%s: NotProjectOwner%v", name, re.Args)
		}
	}
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackApprove(99, dev, nil), "UnknownProject")
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackApprove(id, common.Address{}, nil), "ZeroAddress")
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackApprove(id, dev, make([]byte, 129)), "PubKeyTooLong")
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackRevoke(id, dev), "DeviceNotApproved")

	if allowed(dev) {
		t.Fatal("device allowed before approval")
	}
	r := e.send(e.projectOwner, d.Instance, d.Binding.PackApprove(id, dev, pub))
	if ev := event(e, r, d.Address, d.Binding.UnpackDeviceApprovedEvent); ev.ProjectID != id || ev.Device != dev || !bytes.Equal(ev.PubKey, pub) {
		t.Fatalf("DeviceApproved %+v", ev)
	}
	if !allowed(dev) || allowed(dev2) {
		t.Fatal("after approval: want dev allowed, dev2 not")
	}
	if k := call(e, d.Instance, d.Binding.PackPubKeyOf(id, dev), d.Binding.UnpackPubKeyOf); !bytes.Equal(k, pub) {
		t.Fatalf("pubKeyOf %x", k)
	}
	e.send(e.projectOwner, d.Instance, d.Binding.PackApprove(id, dev2, nil)) // the key is optional

	r = e.send(e.projectOwner, d.Instance, d.Binding.PackSetOpen(id, true))
	if ev := event(e, r, d.Address, d.Binding.UnpackOpenSetEvent); !ev.Open {
		t.Fatalf("OpenSet %+v", ev)
	}
	if !allowed(e.stranger.addr) || !call(e, d.Instance, d.Binding.PackIsOpen(id), d.Binding.UnpackIsOpen) {
		t.Fatal("open project refuses a device")
	}
	e.send(e.projectOwner, d.Instance, d.Binding.PackSetOpen(id, false))
	if allowed(e.stranger.addr) {
		t.Fatal("closed project allows any device")
	}

	r = e.send(e.projectOwner, d.Instance, d.Binding.PackRevoke(id, dev))
	if ev := event(e, r, d.Address, d.Binding.UnpackDeviceRevokedEvent); ev.Device != dev {
		t.Fatalf("DeviceRevoked %+v", ev)
	}
	if allowed(dev) || len(call(e, d.Instance, d.Binding.PackPubKeyOf(id, dev), d.Binding.UnpackPubKeyOf)) != 0 {
		t.Fatal("revoked device still allowed or keyed")
	}
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackRevoke(id, dev), "DeviceNotApproved")

	// Devices follow the project's ownership.
	p := e.dep.Projects
	e.send(e.projectOwner, p.Instance, p.Binding.PackTransferProjectOwnership(id, e.stranger.addr))
	e.mustRevert(e.projectOwner, d.Instance, d.Binding.PackRevoke(id, dev2), "NotProjectOwner")
	e.send(e.stranger, d.Instance, d.Binding.PackRevoke(id, dev2))
}

func TestProverRegistry(t *testing.T) {
	e := newEnv(t, testConfig())
	p := e.dep.Provers
	min := e.cfg.MinStake
	active := func(a *account) bool {
		return call(e, p.Instance, p.Binding.PackIsActive(a.addr), p.Binding.UnpackIsActive)
	}

	less := new(big.Int).Sub(min, big.NewInt(1))
	re := e.mustRevertWith(e.p1, p.Instance, p.Binding.PackRegister([][32]byte{wasm}, e.p1.addr), less, fixedGas, "InsufficientStake")
	if re.Args[0].(*big.Int).Cmp(less) != 0 || re.Args[1].(*big.Int).Cmp(min) != 0 {
		t.Fatalf("InsufficientStake%v", re.Args)
	}
	for _, rs := range [][][32]byte{nil, {wasm, wasm}, {wasm, {}}} {
		e.mustRevertWith(e.p1, p.Instance, p.Binding.PackRegister(rs, e.p1.addr), min, fixedGas, "BadRuntimes")
	}
	e.mustRevertWith(e.p1, p.Instance, p.Binding.PackRegister([][32]byte{wasm}, common.Address{}), min, fixedGas, "ZeroAddress")
	for _, data := range [][]byte{p.Binding.PackPause(), p.Binding.PackResume(), p.Binding.PackRequestUnstake(), p.Binding.PackWithdraw(),
		p.Binding.PackAddStake(), p.Binding.PackSetRuntimes([][32]byte{wasm}), p.Binding.PackSetBeneficiary(e.p1.addr)} {
		e.mustRevert(e.p1, p.Instance, data, "NotRegistered")
	}

	r := e.sendValue(e.p1, p.Instance, p.Binding.PackRegister([][32]byte{wasm, groth}, e.stranger.addr), min)
	reg := event(e, r, p.Address, p.Binding.UnpackProverRegisteredEvent)
	if reg.Prover != e.p1.addr || reg.Beneficiary != e.stranger.addr || reg.Stake.Cmp(min) != 0 || len(reg.Runtimes) != 2 {
		t.Fatalf("ProverRegistered %+v", reg)
	}
	if !active(e.p1) {
		t.Fatal("registered prover not active")
	}
	el := call(e, p.Instance, p.Binding.PackEligibility(e.p1.addr, groth), p.Binding.UnpackEligibility)
	if !el.Active || !el.Supported {
		t.Fatalf("eligibility %+v", el)
	}
	e.mustRevertWith(e.p1, p.Instance, p.Binding.PackRegister([][32]byte{wasm}, e.p1.addr), min, fixedGas, "AlreadyRegistered")

	r = e.send(e.p1, p.Instance, p.Binding.PackSetRuntimes([][32]byte{groth}))
	event(e, r, p.Address, p.Binding.UnpackRuntimesSetEvent)
	if call(e, p.Instance, p.Binding.PackSupportsRuntime(e.p1.addr, wasm), p.Binding.UnpackSupportsRuntime) {
		t.Fatal("runtime still supported after setRuntimes dropped it")
	}
	if rs := call(e, p.Instance, p.Binding.PackRuntimesOf(e.p1.addr), p.Binding.UnpackRuntimesOf); len(rs) != 1 || rs[0] != groth {
		t.Fatalf("runtimesOf %x", rs)
	}
	e.mustRevert(e.p1, p.Instance, p.Binding.PackSetRuntimes(nil), "BadRuntimes")

	e.mustRevert(e.p1, p.Instance, p.Binding.PackResume(), "NotPaused")
	r = e.send(e.p1, p.Instance, p.Binding.PackPause())
	event(e, r, p.Address, p.Binding.UnpackProverPausedEvent)
	if active(e.p1) {
		t.Fatal("paused prover active")
	}
	e.mustRevert(e.p1, p.Instance, p.Binding.PackPause(), "AlreadyPaused")
	r = e.send(e.p1, p.Instance, p.Binding.PackResume())
	event(e, r, p.Address, p.Binding.UnpackProverResumedEvent)

	// Minimum stake: owner only; a prover under it is inactive until it adds stake.
	double := new(big.Int).Mul(min, big.NewInt(2))
	e.mustRevert(e.stranger, p.Instance, p.Binding.PackSetMinStake(double), "OwnableUnauthorizedAccount")
	r = e.send(e.owner, p.Instance, p.Binding.PackSetMinStake(double))
	if ev := event(e, r, p.Address, p.Binding.UnpackMinStakeSetEvent); ev.MinStake.Cmp(double) != 0 {
		t.Fatalf("MinStakeSet %+v", ev)
	}
	if active(e.p1) {
		t.Fatal("under-staked prover active")
	}
	r = e.sendValue(e.p1, p.Instance, p.Binding.PackAddStake(), min)
	if ev := event(e, r, p.Address, p.Binding.UnpackStakeAddedEvent); ev.Stake.Cmp(double) != 0 {
		t.Fatalf("StakeAdded %+v", ev)
	}
	if !active(e.p1) {
		t.Fatal("prover inactive after adding stake")
	}

	e.mustRevert(e.p1, p.Instance, p.Binding.PackSetBeneficiary(common.Address{}), "ZeroAddress")
	beneficiary := common.HexToAddress("0x00000000000000000000000000000000000b0b0b")
	r = e.send(e.p1, p.Instance, p.Binding.PackSetBeneficiary(beneficiary))
	event(e, r, p.Address, p.Binding.UnpackBeneficiarySetEvent)

	// Unstaking: inactive at once, withdrawable after the delay, to the beneficiary.
	e.mustRevert(e.p1, p.Instance, p.Binding.PackWithdraw(), "UnstakeNotRequested")
	r = e.send(e.p1, p.Instance, p.Binding.PackRequestUnstake())
	ready := event(e, r, p.Address, p.Binding.UnpackUnstakeRequestedEvent).WithdrawableAt
	if blockTime := e.head().Time; ready != blockTime+uint64(e.cfg.UnstakeDelay/time.Second) {
		t.Fatalf("withdrawable at %d, requested at %d with delay %s", ready, blockTime, e.cfg.UnstakeDelay)
	}
	if active(e.p1) {
		t.Fatal("unstaking prover active")
	}
	e.mustRevert(e.p1, p.Instance, p.Binding.PackRequestUnstake(), "Unstaking")
	e.mustRevertWith(e.p1, p.Instance, p.Binding.PackAddStake(), min, fixedGas, "Unstaking")
	e.advance(time.Duration(ready-e.nextTime()-1) * time.Second)
	if re := e.mustRevert(e.p1, p.Instance, p.Binding.PackWithdraw(), "UnstakeNotReady"); re.Args[0].(uint64) != ready {
		t.Fatalf("UnstakeNotReady%v, want %d", re.Args, ready)
	}
	if e.nextTime() != ready {
		t.Fatalf("next block at %d, ready at %d", e.nextTime(), ready)
	}
	r = e.sendWith(e.p1, p.Instance, p.Binding.PackWithdraw(), nil, fixedGas) // at the second it is ready
	if ev := event(e, r, p.Address, p.Binding.UnpackWithdrawnEvent); ev.Beneficiary != beneficiary || ev.Amount.Cmp(double) != 0 {
		t.Fatalf("Withdrawn %+v", ev)
	}
	if bal, _ := e.client.BalanceAt(e.ctx, beneficiary, nil); bal.Cmp(double) != 0 {
		t.Fatalf("beneficiary has %s, want the stake %s", bal, double)
	}
	if bal, _ := e.client.BalanceAt(e.ctx, p.Address, nil); bal.Sign() != 0 {
		t.Fatalf("registry keeps %s", bal)
	}
	info := call(e, p.Instance, p.Binding.PackProverInfo(e.p1.addr), p.Binding.UnpackProverInfo)
	if info.Registered || info.Stake.Sign() != 0 || call(e, p.Instance, p.Binding.PackSupportsRuntime(e.p1.addr, groth), p.Binding.UnpackSupportsRuntime) {
		t.Fatalf("after withdraw: %+v", info)
	}
	e.mustRevert(e.p1, p.Instance, p.Binding.PackWithdraw(), "NotRegistered")
	e.sendValue(e.p1, p.Instance, p.Binding.PackRegister([][32]byte{wasm}, e.p1.addr), double) // and back
}

// TestProverWithdrawToContract withdraws to a contract prover that refuses the stake, or tries to
// withdraw again while receiving it: both fail whole, and the stake stays until a plain withdraw.
func TestProverWithdrawToContract(t *testing.T) {
	e := newEnv(t, testConfig())
	p := e.dep.Provers
	addr := e.deployTest(&testbind.TestProverMetaData, testbind.NewTestProver().PackConstructor(p.Address))
	b := testbind.NewTestProver()
	tp := b.Instance(e.client, addr)
	e.sendValue(e.owner, tp, b.PackRegister([][32]byte{wasm}), e.cfg.MinStake)
	e.send(e.owner, tp, b.PackRequestUnstake())
	e.advance(e.cfg.UnstakeDelay)

	e.send(e.owner, tp, b.PackSetOnReceive(1))
	if re := e.mustRevert(e.owner, tp, b.PackWithdraw(), "TransferFailed"); re.Args[0] != addr {
		t.Fatalf("TransferFailed%v", re.Args)
	}
	e.send(e.owner, tp, b.PackSetOnReceive(2))
	e.mustRevert(e.owner, tp, b.PackWithdraw(), "TransferFailed")
	if bal, _ := e.client.BalanceAt(e.ctx, p.Address, nil); bal.Cmp(e.cfg.MinStake) != 0 {
		t.Fatalf("registry holds %s after failed withdrawals, want the stake", bal)
	}
	e.send(e.owner, tp, b.PackSetOnReceive(0))
	e.send(e.owner, tp, b.PackWithdraw())
	if bal, _ := e.client.BalanceAt(e.ctx, addr, nil); bal.Cmp(e.cfg.MinStake) != 0 {
		t.Fatalf("prover contract got %s, want the stake", bal)
	}
}
