package contracttest_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
)

// TestSequencerRegistry checks registration, stake, endpoint, pause, unstake and withdrawal, and who is
// active at each step.
func TestSequencerRegistry(t *testing.T) {
	e := newEnv(t, testConfig())
	s := e.dep.Sequencers
	min := e.cfg.MinSequencerStake
	a := e.stranger
	active := func() bool { return call(e, s.Instance, s.Binding.PackIsActive(a.addr), s.Binding.UnpackIsActive) }

	less := new(big.Int).Sub(min, big.NewInt(1))
	re := e.mustRevertWith(a, s.Instance, s.Binding.PackRegister(a.addr), less, fixedGas, "InsufficientStake")
	if re.Args[0].(*big.Int).Cmp(less) != 0 || re.Args[1].(*big.Int).Cmp(min) != 0 {
		t.Fatalf("InsufficientStake%v", re.Args)
	}
	e.mustRevertWith(a, s.Instance, s.Binding.PackRegister(common.Address{}), min, fixedGas, "ZeroAddress")
	for _, data := range [][]byte{s.Binding.PackPause(), s.Binding.PackResume(), s.Binding.PackRequestUnstake(),
		s.Binding.PackWithdraw(), s.Binding.PackAddStake(), s.Binding.PackSetBeneficiary(a.addr), s.Binding.PackSetEndpoint("")} {
		e.mustRevert(a, s.Instance, data, "NotRegistered")
	}
	if active() {
		t.Fatal("unregistered sequencer active")
	}

	r := e.sendValue(a, s.Instance, s.Binding.PackRegister(e.p1.addr), min)
	if ev := event(e, r, s.Address, s.Binding.UnpackSequencerRegisteredEvent); ev.Sequencer != a.addr ||
		ev.Beneficiary != e.p1.addr || ev.Stake.Cmp(min) != 0 {
		t.Fatalf("SequencerRegistered %+v", ev)
	}
	if !active() {
		t.Fatal("registered sequencer not active")
	}
	e.mustRevertWith(a, s.Instance, s.Binding.PackRegister(a.addr), min, fixedGas, "AlreadyRegistered")

	endpoint := "/dns4/seq.example.org/tcp/4001/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z"
	r = e.send(a, s.Instance, s.Binding.PackSetEndpoint(endpoint))
	if ev := event(e, r, s.Address, s.Binding.UnpackEndpointSetEvent); ev.Sequencer != a.addr || ev.Endpoint != endpoint {
		t.Fatalf("EndpointSet %+v", ev)
	}
	if got := call(e, s.Instance, s.Binding.PackEndpointOf(a.addr), s.Binding.UnpackEndpointOf); got != endpoint {
		t.Fatalf("endpointOf %q", got)
	}
	e.send(a, s.Instance, s.Binding.PackSetEndpoint(strings.Repeat("x", 256))) // the limit itself
	re = e.mustRevert(a, s.Instance, s.Binding.PackSetEndpoint(strings.Repeat("x", 257)), "EndpointTooLong")
	if re.Args[0].(*big.Int).Int64() != 257 || re.Args[1].(*big.Int).Int64() != 256 {
		t.Fatalf("EndpointTooLong%v", re.Args)
	}
	e.send(a, s.Instance, s.Binding.PackSetEndpoint("")) // withdrawn
	if got := call(e, s.Instance, s.Binding.PackEndpointOf(a.addr), s.Binding.UnpackEndpointOf); got != "" {
		t.Fatalf("endpointOf after clearing %q", got)
	}

	e.mustRevert(a, s.Instance, s.Binding.PackResume(), "NotPaused")
	event(e, e.send(a, s.Instance, s.Binding.PackPause()), s.Address, s.Binding.UnpackSequencerPausedEvent)
	if active() {
		t.Fatal("paused sequencer active")
	}
	e.mustRevert(a, s.Instance, s.Binding.PackPause(), "AlreadyPaused")
	event(e, e.send(a, s.Instance, s.Binding.PackResume()), s.Address, s.Binding.UnpackSequencerResumedEvent)

	double := new(big.Int).Mul(min, big.NewInt(2))
	e.mustRevert(a, s.Instance, s.Binding.PackSetMinStake(double), "OwnableUnauthorizedAccount")
	if ev := event(e, e.send(e.owner, s.Instance, s.Binding.PackSetMinStake(double)), s.Address, s.Binding.UnpackMinStakeSetEvent); ev.MinStake.Cmp(double) != 0 {
		t.Fatalf("MinStakeSet %+v", ev)
	}
	if active() {
		t.Fatal("sequencer under the minimum active")
	}
	if ev := event(e, e.sendValue(a, s.Instance, s.Binding.PackAddStake(), min), s.Address, s.Binding.UnpackStakeAddedEvent); ev.Stake.Cmp(double) != 0 {
		t.Fatalf("StakeAdded %+v", ev)
	}
	if !active() {
		t.Fatal("restaked sequencer not active")
	}
	e.mustRevert(a, s.Instance, s.Binding.PackSetBeneficiary(common.Address{}), "ZeroAddress")
	event(e, e.send(a, s.Instance, s.Binding.PackSetBeneficiary(e.p2.addr)), s.Address, s.Binding.UnpackBeneficiarySetEvent)

	e.mustRevert(a, s.Instance, s.Binding.PackWithdraw(), "UnstakeNotRequested")
	e.send(a, s.Instance, s.Binding.PackSetEndpoint(endpoint))
	r = e.send(a, s.Instance, s.Binding.PackRequestUnstake())
	ready := event(e, r, s.Address, s.Binding.UnpackUnstakeRequestedEvent).WithdrawableAt
	if active() {
		t.Fatal("unstaking sequencer active")
	}
	e.mustRevert(a, s.Instance, s.Binding.PackRequestUnstake(), "Unstaking")
	e.mustRevertWith(a, s.Instance, s.Binding.PackAddStake(), min, fixedGas, "Unstaking")
	if e.cfg.UnstakeDelay > 0 {
		if re := e.mustRevert(a, s.Instance, s.Binding.PackWithdraw(), "UnstakeNotReady"); re.Args[0].(uint64) != ready {
			t.Fatalf("UnstakeNotReady%v, want %d", re.Args, ready)
		}
		e.advance(e.cfg.UnstakeDelay)
	}
	before, _ := e.client.BalanceAt(e.ctx, e.p2.addr, nil)
	r = e.send(a, s.Instance, s.Binding.PackWithdraw())
	if ev := event(e, r, s.Address, s.Binding.UnpackWithdrawnEvent); ev.Beneficiary != e.p2.addr || ev.Amount.Cmp(double) != 0 {
		t.Fatalf("Withdrawn %+v", ev)
	}
	after, _ := e.client.BalanceAt(e.ctx, e.p2.addr, nil)
	if gain := new(big.Int).Sub(after, before); gain.Cmp(double) != 0 {
		t.Fatalf("beneficiary got %s, want %s", gain, double)
	}
	info := call(e, s.Instance, s.Binding.PackSequencerInfo(a.addr), s.Binding.UnpackSequencerInfo)
	if info.Registered || info.Stake.Sign() != 0 || call(e, s.Instance, s.Binding.PackEndpointOf(a.addr), s.Binding.UnpackEndpointOf) != "" {
		t.Fatalf("withdrawn sequencer %+v", info)
	}
	e.sendValue(a, s.Instance, s.Binding.PackRegister(a.addr), double) // may register again
}

// TestTwoSequencersRace shows that two staked sequencers mining on one tip are safe without any
// coordination: the minter takes the first block and refuses the other (BadPrevHash); the loser mines
// again on the new tip and is taken; a task the winner assigned is refused in the loser's block
// (TaskAlreadyAssigned) until its deadline passes.
func TestTwoSequencersRace(t *testing.T) {
	e := newEnv(t, testConfig())
	e.register(e.p1, wasm)
	e.register(e.p2, wasm)
	pid := e.newProject(wasm, e.dep.SumDApp.Address)
	seqA, seqB := e.seq, e.stranger
	e.registerSequencer(seqB)
	e.mintFrom(seqA, e.nextBlock(0, nil))

	// Both mine the next block on one tip; A's lands first.
	fromA := e.nextBlock(0, []block.Assignment{e.assignment(pid, "a1", e.p1, time.Minute)})
	fromB := e.nextBlock(0, []block.Assignment{e.assignment(pid, "b1", e.p2, time.Minute)})
	if fromA.Header.PrevHash != fromB.Header.PrevHash || fromA.Height != fromB.Height {
		t.Fatal("the two blocks do not share a parent")
	}
	e.mintFrom(seqA, fromA)
	re := e.mintRevertFrom(seqB, fromB, "BadPrevHash")
	if common.Hash(re.Args[0].([32]byte)) != fromB.Header.PrevHash || common.Hash(re.Args[1].([32]byte)) != fromA.Hash {
		t.Fatalf("BadPrevHash%v, want (B's parent, A's block)", re.Args)
	}

	// B takes its assignments onto the new tip and mines again.
	e.mintFrom(seqB, e.nextBlock(0, fromB.Assignments))
	m := e.dep.Minter
	if got := call(e, m.Instance, m.Binding.PackTask(pid, taskID("b1")), m.Binding.UnpackTask); got.Prover != e.p2.addr {
		t.Fatalf("task b1 %+v after B re-mined", got)
	}

	// Both pick the same task: whoever mints second is refused, even on the right tip.
	same := e.assignment(pid, "shared", e.p1, time.Minute)
	e.mintFrom(seqB, e.nextBlock(0, []block.Assignment{same}))
	other := same
	other.Prover = e.p2.addr
	re = e.mintRevertFrom(seqA, e.nextBlock(0, []block.Assignment{other}), "TaskAlreadyAssigned")
	if common.Hash(re.Args[1].([32]byte)) != same.TaskID || re.Args[2].(common.Address) != e.p1.addr {
		t.Fatalf("TaskAlreadyAssigned%v", re.Args)
	}
	// A drops the task and goes on from the tip.
	e.mintFrom(seqA, e.nextBlock(0, nil))
}
