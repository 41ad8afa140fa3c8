package contracttest_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
)

// checkRefused checks that the Go validator refuses b with goErr and the minter with the error named want.
func (e *env) checkRefused(b block.Block, goErr error, want string) *deploy.RevertError {
	e.t.Helper()
	if err := e.validator().Validate(b, e.parent()); !errors.Is(err, goErr) {
		e.t.Fatalf("Go validator: %v, want %v", err, goErr)
	}
	return e.mintRevert(b, want)
}

// TestMintBlockRules checks that the minter takes exactly the blocks that block.Validator takes: each
// tampered block is refused by both, for the same reason, and the untampered ones are minted.
func TestMintBlockRules(t *testing.T) {
	e := newEnv(t, testConfig())
	e.register(e.p1, wasm)
	pid := e.newProject(wasm, e.dep.SumDApp.Address)
	m := e.dep.Minter

	genesis := e.nextBlock(0, nil)
	if got := call(e, m.Instance, m.Binding.PackExpectedNBits(), m.Binding.UnpackExpectedNBits); got != e.cfg.Block.PowLimit {
		t.Fatalf("expectedNBits before genesis = %#08x, want powLimit", got)
	}
	withPrev := genesis
	withPrev.Header.PrevHash = common.Hash{1}
	e.checkRefused(e.seal(withPrev), block.ErrBadLink, "BadPrevHash")
	e.mint(genesis)

	as := []block.Assignment{e.assignment(pid, "a", e.p1, time.Minute), e.assignment(pid, "b", e.p1, time.Minute)}
	good := e.nextBlock(0, as)
	tests := []struct {
		name   string
		tamper func(b block.Block) block.Block
		goErr  error
		want   string
	}{
		{"bad proof of work", func(b block.Block) block.Block {
			for b.Header.Nonce++; block.CheckPoW(b.Header.Hash(), b.Header.NBits) == nil; b.Header.Nonce++ {
			}
			b.Hash = b.Header.Hash()
			return b
		}, block.ErrBadPoW, "BadProofOfWork"},
		{"wrong prevHash", func(b block.Block) block.Block {
			b.Header.PrevHash = genesis.Header.MerkleRoot // anything but the tip
			b.Header.PrevHash[0] ^= 1
			return e.seal(b)
		}, block.ErrBadLink, "BadPrevHash"},
		{"wrong merkle root", func(b block.Block) block.Block {
			b.Header.MerkleRoot = block.MerkleRoot(b.Assignments[:1])
			return e.seal(b)
		}, block.ErrBadRoot, "BadMerkleRoot"},
		{"root of reordered assignments", func(b block.Block) block.Block {
			b.Assignments = []block.Assignment{b.Assignments[1], b.Assignments[0]}
			return b
		}, block.ErrBadRoot, "BadMerkleRoot"},
		{"harder nbits", func(b block.Block) block.Block {
			t, _ := block.Target(b.Header.NBits)
			b.Header.NBits = block.BigToCompact(t.Rsh(t, 1))
			return e.seal(b)
		}, block.ErrBadDifficulty, "BadNBits"},
		{"easier nbits", func(b block.Block) block.Block {
			b.Header.NBits = 0x2100ffff
			return e.seal(b)
		}, block.ErrBadDifficulty, "BadNBits"},
		{"invalid nbits", func(b block.Block) block.Block {
			b.Header.NBits = 0x04923456 // negative
			b.Hash = b.Header.Hash()
			return b
		}, block.ErrBadDifficulty, "BadNBits"},
		{"unknown version", func(b block.Block) block.Block {
			b.Header.Version = 2
			return e.seal(b)
		}, block.ErrBadVersion, "BadVersion"},
		{"timestamp before parent", func(b block.Block) block.Block {
			b.Header.Timestamp = genesis.Header.Timestamp - 1
			return e.seal(b)
		}, block.ErrBadTimestamp, "TimestampBeforeParent"},
		{"timestamp past max drift", func(b block.Block) block.Block {
			b.Header.Timestamp = e.nextMs() + uint64(e.cfg.MaxDrift.Milliseconds()) + 1
			return e.seal(b)
		}, block.ErrBadTimestamp, "TimestampInFuture"},
		{"deadline not after the block", func(b block.Block) block.Block {
			b.Assignments = []block.Assignment{b.Assignments[0]}
			b.Assignments[0].Deadline = b.Header.Timestamp
			b.Header.MerkleRoot = block.MerkleRoot(b.Assignments)
			return e.seal(b)
		}, block.ErrBadAssignment, "BadDeadline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.t = t
			defer func() { e.t = nil }()
			b := tt.tamper(good)
			re := e.checkRefused(b, tt.goErr, tt.want)
			if tt.want == "BadProofOfWork" {
				target, _ := block.Target(b.Header.NBits)
				if re.Args[0] != [32]byte(b.Hash) || re.Args[1].(*big.Int).Cmp(target) != 0 {
					t.Fatalf("BadProofOfWork%v, want (%s, %x)", re.Args, b.Hash, target)
				}
			}
		})
	}
	e.t = t

	// At the edge of the drift, and then the untampered block.
	edge := good
	edge.Header.Timestamp = e.nextMs() + uint64(e.cfg.MaxDrift.Milliseconds())
	edge.Assignments = nil
	edge.Header.MerkleRoot = common.Hash{}
	e.mintGas(e.seal(edge), fixedGas)
	for i := range as {
		as[i].Deadline = edge.Header.Timestamp + uint64(time.Minute.Milliseconds())
	}
	b := e.nextBlock(0, as)
	r := e.mint(b)
	for i, ev := range events(e, r, m.Address, m.Binding.UnpackTaskAssignedEvent) {
		a := as[i]
		if ev.ProjectID != a.ProjectID || ev.TaskID != a.TaskID || ev.Prover != a.Prover || ev.Deadline != a.Deadline || ev.Height != b.Height {
			t.Fatalf("TaskAssigned %+v, want %+v at height %d", ev, a, b.Height)
		}
		tk := e.task(pid, a.TaskID)
		if tk.Prover != a.Prover || tk.Deadline != a.Deadline || tk.Status != statusAssigned || tk.Attempts != 1 {
			t.Fatalf("task %+v after assignment %+v", tk, a)
		}
	}
}

// TestMintAssignmentRules checks the minter's own rules on assignments: who may mint, projects, provers,
// deadlines, and when a task may be given (again).
func TestMintAssignmentRules(t *testing.T) {
	e := newEnv(t, testConfig())
	m, pr, pj := e.dep.Minter, e.dep.Provers, e.dep.Projects
	e.register(e.p1, wasm)
	e.register(e.p2, wasm, groth)
	e.register(e.p3, groth)
	pid := e.newProject(wasm, e.dep.SumDApp.Address)
	other := e.newProject(wasm, e.dep.SumDApp.Address)
	e.mintAssign()

	refuse := func(want string, as ...block.Assignment) *deploy.RevertError {
		t.Helper()
		return e.mintRevert(e.nextBlock(0, as), want)
	}
	t.Run("sequencer", func(t *testing.T) {
		e.t = t
		sr := e.dep.Sequencers
		past := func() { // past the sequencer check
			t.Helper()
			e.mintRevertFrom(e.stranger, e.nextBlock(0, []block.Assignment{{}}), "BadDeadline")
		}
		e.mintRevertFrom(e.stranger, e.nextBlock(0, nil), "NotSequencer")
		e.registerSequencer(e.stranger)
		past()
		e.send(e.stranger, sr.Instance, sr.Binding.PackPause())
		e.mintRevertFrom(e.stranger, e.nextBlock(0, nil), "NotSequencer")
		e.send(e.stranger, sr.Instance, sr.Binding.PackResume())
		past()
		e.send(e.owner, sr.Instance, sr.Binding.PackSetMinStake(new(big.Int).Add(e.cfg.MinSequencerStake, big.NewInt(1))))
		e.mintRevertFrom(e.stranger, e.nextBlock(0, nil), "NotSequencer") // under the new minimum
		e.sendValue(e.stranger, sr.Instance, sr.Binding.PackAddStake(), big.NewInt(1))
		past()
		e.send(e.owner, sr.Instance, sr.Binding.PackSetMinStake(e.cfg.MinSequencerStake))
		e.send(e.stranger, sr.Instance, sr.Binding.PackRequestUnstake())
		e.mintRevertFrom(e.stranger, e.nextBlock(0, nil), "NotSequencer")
	})
	t.Run("project", func(t *testing.T) {
		e.t = t
		refuse("UnknownProject", e.assignment(99, "t", e.p1, time.Minute))
		e.send(e.projectOwner, pj.Instance, pj.Binding.PackPause(other))
		re := refuse("ProjectPaused", e.assignment(pid, "t", e.p1, time.Minute), e.assignment(other, "u", e.p1, time.Minute))
		if re.Args[0].(uint64) != other {
			t.Fatalf("ProjectPaused(%v), want %d", re.Args[0], other)
		}
		e.send(e.projectOwner, pj.Instance, pj.Binding.PackResume(other))
		e.mintAssign(e.assignment(other, "resumed", e.p1, time.Minute))
	})
	t.Run("prover", func(t *testing.T) {
		e.t = t
		refuse("ProverNotActive", e.assignment(pid, "t", e.stranger, time.Minute))
		re := refuse("RuntimeNotSupported", e.assignment(pid, "t", e.p3, time.Minute))
		if re.Args[0] != e.p3.addr || re.Args[1] != wasm {
			t.Fatalf("RuntimeNotSupported%v", re.Args)
		}
		e.send(e.p2, pr.Instance, pr.Binding.PackPause())
		refuse("ProverNotActive", e.assignment(pid, "t", e.p2, time.Minute))
		e.send(e.p2, pr.Instance, pr.Binding.PackResume())
		// Under-staked after minStake goes up, active again after adding stake.
		e.send(e.owner, pr.Instance, pr.Binding.PackSetMinStake(new(big.Int).Mul(e.cfg.MinStake, big.NewInt(2))))
		refuse("ProverNotActive", e.assignment(pid, "t", e.p1, time.Minute))
		e.sendValue(e.p1, pr.Instance, pr.Binding.PackAddStake(), e.cfg.MinStake)
		e.mintAssign(e.assignment(pid, "staked", e.p1, time.Minute))
		e.send(e.owner, pr.Instance, pr.Binding.PackSetMinStake(e.cfg.MinStake))
	})
	t.Run("deadline", func(t *testing.T) {
		e.t = t
		b := e.nextBlock(0, nil)
		ts := b.Header.Timestamp
		window := uint64(e.cfg.MaxProofWindow.Milliseconds())
		for _, d := range []uint64{ts, ts + window + 1, e.nextMs()} {
			a := block.Assignment{ProjectID: pid, TaskID: taskID("deadline"), Prover: e.p1.addr, Deadline: d}
			re := e.mintRevert(e.nextBlock(ts, []block.Assignment{a}), "BadDeadline")
			if re.Args[1].(uint64) != d {
				t.Fatalf("BadDeadline%v, want deadline %d", re.Args, d)
			}
		}
		// A header behind the chain's clock: its deadlines must still be ahead of the clock.
		e.mintRevert(e.nextBlock(e.nextMs()-1000, []block.Assignment{{ProjectID: pid, TaskID: taskID("d"), Prover: e.p1.addr, Deadline: e.nextMs()}}), "BadDeadline")
		e.mint(e.nextBlock(ts, []block.Assignment{{ProjectID: pid, TaskID: taskID("deadline"), Prover: e.p1.addr, Deadline: ts + window}}))
		e.send(e.owner, m.Instance, m.Binding.PackSetMaxProofWindow(1000))
		refuse("BadDeadline", e.assignment(pid, "short", e.p1, 2*time.Second))
		e.send(e.owner, m.Instance, m.Binding.PackSetMaxProofWindow(uint64(e.cfg.MaxProofWindow.Milliseconds())))
	})
	t.Run("reassignment", func(t *testing.T) {
		e.t = t
		a := e.assignment(pid, "task", e.p1, time.Minute)
		e.mintAssign(a)
		re := refuse("TaskAlreadyAssigned", e.assignment(pid, "task", e.p2, time.Minute))
		if re.Args[2] != e.p1.addr || re.Args[3].(uint64) != a.Deadline {
			t.Fatalf("TaskAlreadyAssigned%v, want prover %s deadline %d", re.Args, e.p1.addr, a.Deadline)
		}
		// A task ID at most once in a block, even in two projects, as the Go validator has it.
		for _, as := range [][]block.Assignment{
			{e.assignment(pid, "twice", e.p1, time.Minute), e.assignment(pid, "twice", e.p2, time.Minute)},
			{e.assignment(pid, "twice", e.p1, time.Minute), e.assignment(other, "twice", e.p2, time.Minute)},
			{e.assignment(pid, "x", e.p1, time.Minute), e.assignment(pid, "twice", e.p1, time.Minute),
				e.assignment(pid, "y", e.p1, time.Minute), e.assignment(other, "twice", e.p2, time.Minute)},
		} {
			b := e.nextBlock(0, as)
			if err := e.validator().Validate(b, e.parent()); !errors.Is(err, block.ErrBadAssignment) {
				t.Fatalf("Go validator: %v, want ErrBadAssignment", err)
			}
			if re := e.mintRevert(b, "DuplicateTask"); re.Args[0] != [32]byte(taskID("twice")) {
				t.Fatalf("DuplicateTask(%x)", re.Args[0])
			}
		}
		// The same task ID in another project, in another block, is another task.
		e.mintAssign(e.assignment(other, "task", e.p2, time.Minute))

		// At the deadline the task is still the prover's; a second later it is free, but not for p1.
		e.advance(time.Duration(a.Deadline/1000-e.nextTime()) * time.Second)
		if e.nextMs() != a.Deadline {
			t.Fatalf("next block at %d, deadline %d", e.nextMs(), a.Deadline)
		}
		refuse("TaskAlreadyAssigned", e.assignment(pid, "task", e.p2, time.Minute))
		re = refuse("ProverAlreadyTried", e.assignment(pid, "task", e.p1, time.Minute))
		if re.Args[2] != e.p1.addr {
			t.Fatalf("ProverAlreadyTried%v", re.Args)
		}
		if !call(e, m.Instance, m.Binding.PackHasTried(pid, taskID("task"), e.p1.addr), m.Binding.UnpackHasTried) {
			t.Fatal("hasTried(p1) is false")
		}
		e.mintAssign(e.assignment(pid, "task", e.p2, time.Minute))
		if tk := e.task(pid, taskID("task")); tk.Prover != e.p2.addr || tk.Attempts != 2 || tk.Status != statusAssigned {
			t.Fatalf("task after reassignment: %+v", tk)
		}
	})
	t.Run("settled", func(t *testing.T) {
		e.t = t
		a := e.assignment(pid, "settle", e.p1, time.Minute)
		e.mintAssign(a)
		res, _ := deploy.EncodeSumResult(1, big.NewInt(5))
		e.send(e.p1, e.dep.Router.Instance, e.dep.Router.Binding.PackRoute(pid, a.TaskID, res))
		e.advance(2 * time.Minute)
		refuse("TaskAlreadySettled", e.assignment(pid, "settle", e.p2, time.Minute))
	})
	t.Run("unstaking", func(t *testing.T) {
		e.t = t
		e.send(e.p2, pr.Instance, pr.Binding.PackRequestUnstake())
		refuse("ProverNotActive", e.assignment(pid, "u", e.p2, time.Minute))
	})
}

// TestMinterAdmin checks the owner-only settings and the router-only task updates.
func TestMinterAdmin(t *testing.T) {
	e := newEnv(t, testConfig())
	m := e.dep.Minter
	e.mustRevert(e.stranger, m.Instance, m.Binding.PackSetMaxProofWindow(1), "OwnableUnauthorizedAccount")
	e.mustRevert(e.stranger, m.Instance, m.Binding.PackSetRouter(e.stranger.addr), "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, m.Instance, m.Binding.PackSetMaxProofWindow(0), "BadParams")
	re := e.mustRevert(e.owner, m.Instance, m.Binding.PackSetRouter(e.stranger.addr), "RouterAlreadySet")
	if re.Args[0] != e.dep.Addresses.Router {
		t.Fatalf("RouterAlreadySet(%v), want the router", re.Args[0])
	}
	e.mustRevert(e.owner, m.Instance, m.Binding.PackSettle(1, taskID("t")), "NotRouter")
	e.mustRevert(e.owner, m.Instance, m.Binding.PackFail(1, taskID("t")), "NotRouter")

	if got := call(e, m.Instance, m.Binding.PackSequencers(), m.Binding.UnpackSequencers); got != e.dep.Addresses.SequencerRegistry {
		t.Fatalf("sequencers() = %s, want the registry", got)
	}
	r := e.send(e.owner, m.Instance, m.Binding.PackSetMaxProofWindow(5000))
	if ev := event(e, r, m.Address, m.Binding.UnpackMaxProofWindowSetEvent); ev.MaxProofWindow != 5000 {
		t.Fatalf("MaxProofWindowSet %+v", ev)
	}

	// The constructor refuses parameters Go's block.Params.Validate refuses.
	for _, p := range []block.Params{
		{PowLimit: 0, TargetInterval: time.Second, RetargetWindow: 16},
		{PowLimit: 0x04923456, TargetInterval: time.Second, RetargetWindow: 16},
		{PowLimit: block.DefaultPowLimit, TargetInterval: 0, RetargetWindow: 16},
		{PowLimit: block.DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 1},
	} {
		if p.Validate() == nil {
			t.Fatalf("Go takes %+v", p)
		}
		args := m.Binding.PackConstructor(e.dep.Addresses.ProjectRegistry, e.dep.Addresses.ProverRegistry,
			e.dep.Addresses.SequencerRegistry, p.PowLimit, uint64(p.TargetInterval.Milliseconds()), p.RetargetWindow, 1000, 1000)
		deployRevert(e, &bindings.BlockMinterMetaData, args, "BadParams")
	}
	p := block.DefaultParams()
	args := m.Binding.PackConstructor(e.dep.Addresses.ProjectRegistry, e.dep.Addresses.ProverRegistry, common.Address{},
		p.PowLimit, uint64(p.TargetInterval.Milliseconds()), p.RetargetWindow, 1000, 1000)
	deployRevert(e, &bindings.BlockMinterMetaData, args, "ZeroAddress")
	cfg := testConfig()
	cfg.Block.RetargetWindow = 1
	if _, err := deploy.Deploy(e.ctx, e.client, e.owner.key, cfg, deploy.WithCommit(func() { e.sim.Commit() })); err == nil {
		t.Fatal("Deploy takes a retarget window of 1")
	}
}

// deployRevert deploys a contract whose constructor must revert with want.
func deployRevert(e *env, meta *bind.MetaData, args []byte, want string) {
	e.t.Helper()
	opts := *e.owner.opts
	opts.GasLimit = fixedGas
	_, tx, err := bind.DeployContract(&opts, common.FromHex(meta.Bin), e.client, args)
	if err != nil {
		e.t.Fatal(err)
	}
	r := e.mine(tx)
	if r.Status == types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy %s succeeded, want revert %s", meta.ID, want)
	}
	if re := e.replay(e.owner, tx, r); re.Name != want {
		e.t.Fatalf("deploy %s reverted with %v, want %s", meta.ID, re, want)
	}
}
