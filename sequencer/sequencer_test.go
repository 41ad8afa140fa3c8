package sequencer_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/sequencer"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	wasmProject  = 1 // runtime "wasm"
	gnarkProject = 2 // runtime "gnark-groth16"
	testTimeout  = 20 * time.Second
)

var (
	proverA = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	proverB = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	proverC = common.HexToAddress("0x00000000000000000000000000000000000000c3")
)

func wasm(addr common.Address) sequencer.Prover {
	return sequencer.Prover{Address: addr, Runtimes: []string{"wasm"}}
}

var runtimes = sequencer.RuntimeFunc(func(_ context.Context, id uint64, version string) (string, error) {
	switch {
	case id == wasmProject && version == "v1":
		return "wasm", nil
	case id == gnarkProject && version == "v1":
		return "gnark-groth16", nil
	}
	return "", fmt.Errorf("project %d has no version %q", id, version)
})

// provers is a ProverSet whose list a test changes, signalling each change.
type provers struct {
	mu      sync.Mutex
	list    []sequencer.Prover
	changed chan struct{}
}

func newProvers(list ...sequencer.Prover) *provers {
	return &provers{list: list, changed: make(chan struct{}, 1)}
}

func (p *provers) Provers(context.Context) ([]sequencer.Prover, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.list), nil
}

func (p *provers) ProversChanged() <-chan struct{} { return p.changed }

func (p *provers) set(list ...sequencer.Prover) {
	p.mu.Lock()
	p.list = list
	p.mu.Unlock()
	select {
	case p.changed <- struct{}{}:
	default:
	}
}

func openStore(t *testing.T, path string) da.Store {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "da.db")
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

var msgSeq int

// createTasks stores n one-message tasks of a project's version v1.
func createTasks(t *testing.T, s da.Store, project uint64, n int) []common.Hash {
	t.Helper()
	ctx := context.Background()
	ids := make([]common.Hash, n)
	for i := range ids {
		msgSeq++
		device := common.BytesToAddress(binary.BigEndian.AppendUint64([]byte{0xde}, uint64(msgSeq)))
		data := fmt.Sprintf(`{"n":%d}`, msgSeq)
		m := message.Verified{ID: message.ComputeID(device, project, "v1", data), ProjectID: project,
			ProjectVersion: "v1", DeviceID: device, Data: data, Signature: make([]byte, message.SignatureBytes)}
		if _, err := s.AppendMessages(ctx, []message.Verified{m}, time.Now()); err != nil {
			t.Fatal(err)
		}
		tk := task.New(project, "v1", []common.Hash{m.ID}, time.Now())
		if err := s.CreateTask(ctx, tk); err != nil {
			t.Fatal(err)
		}
		ids[i] = tk.ID
	}
	return ids
}

// testLogger writes to the test's output, shown with -v or on failure.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// start runs a sequencer until the test ends (or stop is called) and fails the test if Run errs.
func start(t *testing.T, s da.Store, ps sequencer.ProverSet, opts ...sequencer.Option) (stop func()) {
	t.Helper()
	opts = append([]sequencer.Option{sequencer.WithLogger(testLogger(t))}, opts...)
	seq, err := sequencer.New(s, ps, runtimes, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- seq.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(testTimeout):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitFor re-reads the store until cond holds, failing the test after testTimeout.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func getTask(t *testing.T, s da.Store, id common.Hash) da.Task {
	t.Helper()
	tk, err := s.Task(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func inState(t *testing.T, s da.Store, st task.State, ids ...common.Hash) bool {
	t.Helper()
	for _, id := range ids {
		if getTask(t, s, id).State != st {
			return false
		}
	}
	return true
}

// fail records a prover's failure of an assigned task, as the prover role will.
func fail(t *testing.T, s da.Store, id common.Hash) common.Address {
	t.Helper()
	tk := getTask(t, s, id)
	ev := task.Event{State: task.Failed, Time: time.Now(), BlockHeight: tk.BlockHeight, Prover: tk.Prover, Error: "runtime error"}
	if err := s.UpdateTask(context.Background(), id, []task.State{task.Assigned}, ev, nil); err != nil {
		t.Fatal(err)
	}
	return tk.Prover
}

// chain reads every stored block and checks each against its parent with the validator; it returns
// them in height order.
func chain(t *testing.T, s da.Store, params block.Params) []block.Block {
	t.Helper()
	ctx := context.Background()
	tip, err := s.LatestBlock(ctx)
	if errors.Is(err, da.ErrNotFound) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	blocks := make([]block.Block, tip.Height+1)
	for h := range blocks {
		if blocks[h], err = s.Block(ctx, uint64(h)); err != nil {
			t.Fatal(err)
		}
	}
	lookup := func(h uint64) (block.Header, error) { return blocks[h].Header, nil }
	v, err := block.NewValidator(params, lookup)
	if err != nil {
		t.Fatal(err)
	}
	var parent *block.Block
	for i := range blocks {
		if err := v.Validate(blocks[i], parent); err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		parent = &blocks[i]
	}
	return blocks
}

// assignedIn maps each assigned task to its latest assignment in the chain.
func assignedIn(blocks []block.Block) map[common.Hash]block.Assignment {
	out := map[common.Hash]block.Assignment{}
	for _, b := range blocks {
		for _, a := range b.Assignments {
			out[a.TaskID] = a
		}
	}
	return out
}

func TestAssignsTasksInMinedBlocks(t *testing.T) {
	s := openStore(t, "")
	ids := createTasks(t, s, wasmProject, 6)
	start(t, s, newProvers(wasm(proverA), wasm(proverB)), sequencer.WithDeadline(time.Hour))
	waitFor(t, "all tasks are assigned", func() bool { return inState(t, s, task.Assigned, ids...) })

	more := createTasks(t, s, wasmProject, 3)
	waitFor(t, "the new tasks are assigned", func() bool { return inState(t, s, task.Assigned, more...) })

	blocks := chain(t, s, block.DefaultParams())
	if len(blocks) < 2 {
		t.Fatalf("%d blocks, want at least 2", len(blocks))
	}
	if blocks[0].Header.PrevHash != (common.Hash{}) || blocks[0].Header.NBits != block.DefaultPowLimit {
		t.Fatalf("first block header %+v", blocks[0].Header)
	}
	assigned := assignedIn(blocks)
	load := map[common.Address]int{}
	for _, id := range append(ids, more...) {
		a, ok := assigned[id]
		tk := getTask(t, s, id)
		if !ok || tk.Prover != a.Prover || tk.Deadline.UnixMilli() != int64(a.Deadline) || tk.Attempts != 1 {
			t.Fatalf("task %s: stored %+v, in chain %+v (%v)", id, tk, a, ok)
		}
		if a.ProjectID != wasmProject {
			t.Fatalf("task %s assigned with project %d", id, a.ProjectID)
		}
		b := blocks[tk.BlockHeight]
		if want := b.Header.Timestamp + uint64(time.Hour.Milliseconds()); a.Deadline != want {
			t.Fatalf("deadline %d, want block time + 1h = %d", a.Deadline, want)
		}
		load[a.Prover]++
	}
	if load[proverA] == 0 || load[proverB] == 0 || load[proverA]+load[proverB] != 9 {
		t.Fatalf("load not spread over both provers: %v", load)
	}
	// The first block took all six tasks at once, three each.
	if n := len(blocks[0].Assignments); n != 6 {
		t.Fatalf("first block has %d assignments, want 6", n)
	}
}

func TestRestartContinuesTheChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "da.db")
	s := openStore(t, path)
	first := createTasks(t, s, wasmProject, 2)
	stop := start(t, s, newProvers(wasm(proverA)))
	waitFor(t, "first tasks are assigned", func() bool { return inState(t, s, task.Assigned, first...) })
	stop()
	tip, err := s.LatestBlock(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	second := createTasks(t, s, wasmProject, 2) // created while no sequencer runs
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The restarted sequencer's clock is a minute behind: its block keeps the tip's timestamp rather than
	// go back in time, and its deadlines count from that timestamp.
	s = openStore(t, path)
	behind := func() time.Time { return time.Now().Add(-time.Minute) }
	start(t, s, newProvers(wasm(proverA)), sequencer.WithClock(behind), sequencer.WithDeadline(time.Hour))
	waitFor(t, "tasks created while stopped are assigned", func() bool { return inState(t, s, task.Assigned, second...) })
	blocks := chain(t, s, block.DefaultParams())
	if uint64(len(blocks)) != tip.Height+2 || blocks[tip.Height+1].Header.PrevHash != tip.Hash {
		t.Fatalf("after restart: %d blocks, want the old tip %d and one more on it", len(blocks), tip.Height)
	}
	next := blocks[tip.Height+1]
	if next.Header.Timestamp != tip.Header.Timestamp {
		t.Fatalf("block after restart at %d, want the tip's %d", next.Header.Timestamp, tip.Header.Timestamp)
	}
	if d := next.Assignments[0].Deadline; d != tip.Header.Timestamp+uint64(time.Hour.Milliseconds()) {
		t.Fatalf("deadline %d, want tip time + 1h", d)
	}
}

func TestTwoSequencersOneChain(t *testing.T) {
	s := openStore(t, "")
	ps := newProvers(wasm(proverA), wasm(proverB))
	for range 2 {
		start(t, s, ps, sequencer.WithMaxAssignments(3), sequencer.WithRetryInterval(20*time.Millisecond),
			sequencer.WithDeadline(time.Hour))
	}
	var ids []common.Hash
	for range 30 {
		ids = append(ids, createTasks(t, s, wasmProject, 1)...)
	}
	waitFor(t, "all tasks assigned", func() bool { return inState(t, s, task.Assigned, ids...) })
	count := map[common.Hash]int{}
	for _, b := range chain(t, s, block.DefaultParams()) {
		for _, a := range b.Assignments {
			count[a.TaskID]++
		}
	}
	for _, id := range ids {
		if count[id] != 1 || getTask(t, s, id).Attempts != 1 {
			t.Fatalf("task %s in %d blocks, %d attempts", id, count[id], getTask(t, s, id).Attempts)
		}
	}
}

func TestFailedTaskGoesToAnotherProver(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, wasmProject, 1)[0]
	ps := newProvers(wasm(proverA), wasm(proverB))
	start(t, s, ps, sequencer.WithDeadline(time.Hour), sequencer.WithMaxAttempts(3))
	waitFor(t, "task assigned", func() bool { return inState(t, s, task.Assigned, id) })

	first := fail(t, s, id)
	waitFor(t, "task assigned again", func() bool { return getTask(t, s, id).Attempts == 2 })
	second := getTask(t, s, id).Prover
	if second == first {
		t.Fatalf("failed task went back to %s", first)
	}

	// Both provers have failed it: it stays failed, until a new prover appears.
	fail(t, s, id)
	other := createTasks(t, s, wasmProject, 1)[0] // a round that assigns this one has seen the failed task
	waitFor(t, "other task assigned", func() bool { return inState(t, s, task.Assigned, other) })
	if tk := getTask(t, s, id); tk.State != task.Failed || tk.Attempts != 2 {
		t.Fatalf("task with no eligible prover: %s after %d attempts, want failed after 2", tk.State, tk.Attempts)
	}
	ps.set(wasm(proverA), wasm(proverB), wasm(proverC))
	waitFor(t, "task assigned to the new prover", func() bool { return getTask(t, s, id).Attempts == 3 })
	if p := getTask(t, s, id).Prover; p != proverC {
		t.Fatalf("third attempt went to %s, want %s", p, proverC)
	}

	// Three attempts used: it ends abandoned, saying why, even with a fresh prover.
	fail(t, s, id)
	ps.set(wasm(proverA), wasm(proverB), wasm(proverC), wasm(common.HexToAddress("0xd4")))
	last := createTasks(t, s, wasmProject, 1)[0]
	waitFor(t, "last task assigned", func() bool { return inState(t, s, task.Assigned, last) })
	waitFor(t, "task abandoned", func() bool { return inState(t, s, task.Abandoned, id) })
	tk := getTask(t, s, id)
	if tk.Attempts != 3 || tk.Error != "attempts exhausted (3)" || tk.Events[len(tk.Events)-1].State != task.Abandoned {
		t.Fatalf("task past max attempts: %s after %d attempts (%q), want abandoned after 3", tk.State, tk.Attempts, tk.Error)
	}
	chain(t, s, block.DefaultParams())
}

func TestOnlyFailedProverLeavesTaskFailed(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, wasmProject, 1)[0]
	start(t, s, newProvers(wasm(proverA)), sequencer.WithDeadline(time.Hour))
	waitFor(t, "task assigned", func() bool { return inState(t, s, task.Assigned, id) })
	fail(t, s, id)
	other := createTasks(t, s, wasmProject, 1)[0]
	waitFor(t, "other task assigned", func() bool { return inState(t, s, task.Assigned, other) })
	if tk := getTask(t, s, id); tk.State != task.Failed || tk.Attempts != 1 {
		t.Fatalf("task failed by the only prover: %s, %d attempts", tk.State, tk.Attempts)
	}
	if p := getTask(t, s, other).Prover; p != proverA {
		t.Fatalf("other task went to %s", p)
	}
}

func TestExpiredAssignmentIsReassigned(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, wasmProject, 1)[0]
	const deadline = 200 * time.Millisecond
	start(t, s, newProvers(wasm(proverA), wasm(proverB)), sequencer.WithDeadline(deadline))
	waitFor(t, "task assigned", func() bool { return inState(t, s, task.Assigned, id) })
	first := getTask(t, s, id)

	// Nothing happens but time: the deadline timer must wake the sequencer.
	waitFor(t, "task assigned again", func() bool { return getTask(t, s, id).Attempts == 2 })
	second := getTask(t, s, id)
	if second.Prover == first.Prover {
		t.Fatalf("expired task went back to %s", first.Prover)
	}
	if !second.Deadline.After(first.Deadline) {
		t.Fatalf("new deadline %s not after the old %s", second.Deadline, first.Deadline)
	}
	var expired *task.Event
	for i, ev := range second.Events {
		if ev.State == task.Failed {
			expired = &second.Events[i]
		}
	}
	if expired == nil || expired.Prover != first.Prover || expired.Error != sequencer.ExpiredReason {
		t.Fatalf("no failed event naming %s for the expiry: %+v", first.Prover, second.Events)
	}

	// The second prover lets it expire too: no prover is left, and it rests failed.
	waitFor(t, "task failed after both expiries", func() bool {
		tk := getTask(t, s, id)
		return tk.State == task.Failed && tk.Attempts == 2
	})
	chain(t, s, block.DefaultParams())
}

func TestNoEligibleProver(t *testing.T) {
	s := openStore(t, "")
	wasmTasks := createTasks(t, s, wasmProject, 2)
	gnark := sequencer.Prover{Address: proverA, Runtimes: []string{"gnark-groth16"}}
	paused := wasm(proverB)
	paused.Paused = true
	ps := newProvers(gnark, paused)
	start(t, s, ps)

	gnarkTask := createTasks(t, s, gnarkProject, 1)[0]
	unknown := createTasks(t, s, 99, 1)[0] // no such project
	waitFor(t, "gnark task assigned", func() bool { return inState(t, s, task.Assigned, gnarkTask) })
	if !inState(t, s, task.Packed, wasmTasks...) || !inState(t, s, task.Packed, unknown) {
		t.Fatal("tasks without an eligible prover were assigned")
	}
	for _, b := range chain(t, s, block.DefaultParams()) {
		for _, a := range b.Assignments {
			if a.TaskID != gnarkTask || a.Prover != proverA {
				t.Fatalf("block %d assigns %s to %s", b.Height, a.TaskID, a.Prover)
			}
		}
	}

	paused.Paused = false
	ps.set(gnark, paused)
	waitFor(t, "wasm tasks assigned once their prover resumes", func() bool { return inState(t, s, task.Assigned, wasmTasks...) })
	if !inState(t, s, task.Packed, unknown) {
		t.Fatal("task of an unknown project was assigned")
	}
}

func TestFullBlocksAndRetarget(t *testing.T) {
	s := openStore(t, "")
	ids := createTasks(t, s, wasmProject, 11)
	params := block.Params{PowLimit: block.DefaultPowLimit, TargetInterval: time.Minute, RetargetWindow: 4}
	reg := prometheus.NewRegistry()
	start(t, s, newProvers(wasm(proverA)), sequencer.WithMaxAssignments(2), sequencer.WithParams(params),
		sequencer.WithMetrics(reg))
	waitFor(t, "all tasks assigned", func() bool { return inState(t, s, task.Assigned, ids...) })
	blocks := chain(t, s, params)
	if len(blocks) != 6 {
		t.Fatalf("%d blocks for 11 tasks at 2 a block, want 6", len(blocks))
	}
	// Four blocks in much less than 3 minutes: the retarget at height 4 makes mining four times harder.
	if got, want := blocks[4].Header.NBits, block.BigToCompact(new(big.Int).Rsh(block.CompactToBig(params.PowLimit), 2)); got != want {
		t.Fatalf("nbits at height 4: %#08x, want %#08x", got, want)
	}

	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range families {
		m := f.GetMetric()[0]
		switch {
		case m.GetCounter() != nil:
			got[f.GetName()] = m.GetCounter().GetValue()
		case m.GetGauge() != nil:
			got[f.GetName()] = m.GetGauge().GetValue()
		case m.GetHistogram() != nil:
			got[f.GetName()] = float64(m.GetHistogram().GetSampleCount())
		}
	}
	want := map[string]float64{
		"w3bstream_blocks_mined_total":    6,
		"w3bstream_assignments_total":     11,
		"w3bstream_block_mine_seconds":    6,
		"w3bstream_block_difficulty_bits": 3, // four times the limit's two hashes
	}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("%s = %v, want %v", name, got[name], v)
		}
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	s := openStore(t, "")
	ps := newProvers()
	bad := map[string]sequencer.Option{
		"max assignments": sequencer.WithMaxAssignments(0),
		"proof deadline":  sequencer.WithDeadline(time.Microsecond),
		"max attempts":    sequencer.WithMaxAttempts(0),
		"clock":           sequencer.WithClock(nil),
		"logger":          sequencer.WithLogger(nil),
		"retry interval":  sequencer.WithRetryInterval(0),
		"max drift":       sequencer.WithMaxDrift(-time.Second),
		"checker":         sequencer.WithChecker(nil),
		"back-off":        sequencer.WithRefusalBackoff(time.Second, time.Millisecond),
		"mine workers":    sequencer.WithMineWorkers(0),
		"max scan":        sequencer.WithMaxScan(-1),
		"params":          sequencer.WithParams(block.Params{}),
	}
	for name, o := range bad {
		if _, err := sequencer.New(s, ps, runtimes, o); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := sequencer.New(nil, ps, runtimes); err == nil {
		t.Error("nil store: no error")
	}
	reg := prometheus.NewRegistry()
	if _, err := sequencer.New(s, ps, runtimes, sequencer.WithMetrics(reg)); err != nil {
		t.Fatal(err)
	}
	if _, err := sequencer.New(s, ps, runtimes, sequencer.WithMetrics(reg)); err == nil {
		t.Error("metrics registered twice on one registry: no error")
	}
	seq, err := sequencer.New(s, ps, runtimes, sequencer.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	done := make(chan error, 2)
	for range 2 {
		go func() { done <- seq.Run(ctx) }()
	}
	first := <-done // the one refused returns at once
	if first == nil {
		t.Error("two Runs at once: no error")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
}
