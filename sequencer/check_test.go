package sequencer_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/sequencer"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	pausedProject   = 3 // the checker refuses its tasks: project_paused
	mismatchProject = 4 // the runtime lookup refuses its tasks: runtime_mismatch
)

// hostileRuntimes knows the test projects and refuses the mismatched one, as the node's lookup does.
var hostileRuntimes = sequencer.RuntimeFunc(func(ctx context.Context, id uint64, version string) (string, error) {
	switch id {
	case pausedProject:
		return "wasm", nil
	case mismatchProject:
		return "", &sequencer.Refusal{Reason: sequencer.RefusedRuntimeMismatch, Detail: `chain says "zk", file says "wasm"`}
	}
	return runtimes(ctx, id, version)
})

// checker is a Checker that refuses the paused project's tasks and the tasks it holds settled, and
// records every assignment it saw.
type checker struct {
	mu        sync.Mutex
	settled   map[common.Hash]bool
	paused    bool
	seen      map[common.Hash]int
	chainTime time.Time
}

func newChecker() *checker {
	return &checker{settled: map[common.Hash]bool{}, paused: true, seen: map[common.Hash]int{}}
}

func (c *checker) Check(_ context.Context, as []block.Assignment) (sequencer.Checked, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []sequencer.Refusal
	for _, a := range as {
		c.seen[a.TaskID]++
		switch {
		case c.settled[a.TaskID]:
			out = append(out, sequencer.Refusal{TaskID: a.TaskID, Reason: sequencer.RefusedTaskSettled})
		case a.ProjectID == pausedProject && c.paused:
			out = append(out, sequencer.Refusal{TaskID: a.TaskID, Reason: sequencer.RefusedProjectPaused,
				Detail: fmt.Sprintf("ProjectPaused(%d)", a.ProjectID)})
		}
	}
	return sequencer.Checked{Refusals: out, ChainTime: c.chainTime}, nil
}

func (c *checker) checks(id common.Hash) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.seen[id]
}

func (c *checker) resume() {
	c.mu.Lock()
	c.paused = false
	c.mu.Unlock()
}

// submitter stands for the chain: blocks are "minted" at once.
type submitter struct{}

func (submitter) Submit(_ context.Context, b block.Block) (common.Hash, uint64, error) {
	return common.BytesToHash(b.Hash[:8]), b.Height + 100, nil
}

func startWith(t *testing.T, s da.Store, ps sequencer.ProverSet, rt sequencer.RuntimeLookup, opts ...sequencer.Option) {
	t.Helper()
	seq, err := sequencer.New(s, ps, rt, append([]sequencer.Option{sequencer.WithLogger(testLogger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- seq.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

// TestRefusedAssignmentsAreSetAside runs a healthy project beside a paused one, a mismatched one and a
// task the chain holds settled: no block carries what the chain would refuse, the healthy tasks are
// assigned, each refused task says why once, uses no attempt, and is not tried again every round.
func TestRefusedAssignmentsAreSetAside(t *testing.T) {
	s := openStore(t, "")
	paused := createTasks(t, s, pausedProject, 2)
	mismatched := createTasks(t, s, mismatchProject, 2)
	settled := createTasks(t, s, wasmProject, 1)[0]
	c := newChecker()
	c.settled[settled] = true
	reg := prometheus.NewRegistry()
	startWith(t, s, newProvers(wasm(proverA), wasm(proverB)), hostileRuntimes, sequencer.WithChecker(c),
		sequencer.WithDeadline(time.Hour), sequencer.WithRefusalBackoff(time.Hour, time.Hour), sequencer.WithMetrics(reg))

	// Many rounds for healthy tasks: the refused ones are not asked about again within their back-off.
	for range 5 {
		ids := createTasks(t, s, wasmProject, 1)
		waitFor(t, "healthy task assigned", func() bool { return inState(t, s, task.Assigned, ids...) })
	}
	waitFor(t, "refused tasks set aside", func() bool {
		return inState(t, s, task.Failed, paused...) && inState(t, s, task.Failed, mismatched...)
	})
	waitFor(t, "task settled on the chain's word", func() bool { return inState(t, s, task.Settled, settled) })
	for _, tc := range []struct {
		ids    []common.Hash
		reason string
	}{{paused, sequencer.RefusedProjectPaused}, {mismatched, sequencer.RefusedRuntimeMismatch}} {
		for _, id := range tc.ids {
			tk := getTask(t, s, id)
			if !strings.HasPrefix(tk.Error, sequencer.RefusedPrefix+tc.reason) || tk.Attempts != 0 || len(tk.Events) != 2 {
				t.Errorf("refused task %s: %s %q after %d attempts, events %+v", id, tk.State, tk.Error, tk.Attempts, tk.Events)
			}
		}
	}
	for _, id := range paused {
		if n := c.checks(id); n != 1 {
			t.Errorf("paused project's task checked %d times within its back-off, want 1", n)
		}
	}
	for _, b := range chain(t, s, block.DefaultParams()) {
		for _, a := range b.Assignments {
			if a.ProjectID != wasmProject || a.TaskID == settled {
				t.Fatalf("block %d carries task %s of project %d, which the chain refuses", b.Height, a.TaskID, a.ProjectID)
			}
		}
	}
	if got := refusedCount(t, reg, sequencer.RefusedProjectPaused); got != 2 {
		t.Errorf("refused{project_paused} = %v, want 2", got)
	}
	if got := refusedCount(t, reg, sequencer.RefusedRuntimeMismatch); got != 2 {
		t.Errorf("refused{runtime_mismatch} = %v, want 2", got)
	}
}

// TestRefusedTaskIsRetriedWithBackoff: a task the chain refuses is tried again once its back-off ends,
// and assigned once the chain takes it; refusals in a row add no event.
func TestRefusedTaskIsRetriedWithBackoff(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, pausedProject, 1)[0]
	c := newChecker()
	startWith(t, s, newProvers(wasm(proverA)), hostileRuntimes, sequencer.WithChecker(c), sequencer.WithDeadline(time.Hour),
		sequencer.WithRefusalBackoff(10*time.Millisecond, 40*time.Millisecond))
	waitFor(t, "task refused three times", func() bool { return c.checks(id) >= 3 })
	if tk := getTask(t, s, id); tk.State != task.Failed || len(tk.Events) != 2 {
		t.Fatalf("task refused again and again: %s, events %+v", tk.State, tk.Events)
	}
	c.resume()
	waitFor(t, "task assigned once the project resumes", func() bool { return inState(t, s, task.Assigned, id) })
	if tk := getTask(t, s, id); tk.Attempts != 1 || tk.Prover != proverA {
		t.Fatalf("resumed task: %+v", tk)
	}
}

// TestFailedTaskWaitsForItsDeadline: on a chain, a task its prover failed early is assigned again only
// once its deadline passed, when the chain takes it from the prover, without asking the chain before.
func TestFailedTaskWaitsForItsDeadline(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, wasmProject, 1)[0]
	c := newChecker()
	startWith(t, s, newProvers(wasm(proverA), wasm(proverB)), runtimes, sequencer.WithChecker(c), sequencer.WithSubmitter(submitter{}),
		sequencer.WithDeadline(300*time.Millisecond))
	waitFor(t, "task assigned", func() bool { return inState(t, s, task.Assigned, id) })
	first := getTask(t, s, id)
	fail(t, s, id)
	waitFor(t, "task assigned again", func() bool { return getTask(t, s, id).Attempts == 2 })
	tk := getTask(t, s, id)
	last := tk.Events[len(tk.Events)-1]
	if last.State != task.Assigned || !last.Time.After(first.Deadline) {
		t.Fatalf("reassigned at %s, before the first deadline %s", last.Time, first.Deadline)
	}
	if n := c.checks(id); n != 2 {
		t.Fatalf("task checked %d times, want once per assignment", n)
	}
}

// TestBlockTimeFollowsTheChainsClock: where the chain's clock runs ahead of ours, the block's timestamp
// and so its deadlines follow the chain's, so that the chain does not find the deadlines passed.
func TestBlockTimeFollowsTheChainsClock(t *testing.T) {
	s := openStore(t, "")
	id := createTasks(t, s, wasmProject, 1)[0]
	c := newChecker()
	c.chainTime = time.Now().Add(time.Minute).Truncate(time.Second)
	startWith(t, s, newProvers(wasm(proverA)), runtimes, sequencer.WithChecker(c), sequencer.WithDeadline(5*time.Second))
	waitFor(t, "task assigned", func() bool { return inState(t, s, task.Assigned, id) })
	blocks := chain(t, s, block.DefaultParams())
	if ts := blocks[len(blocks)-1].Header.Timestamp; ts < uint64(c.chainTime.UnixMilli()) {
		t.Fatalf("block time %d before the chain's %d", ts, c.chainTime.UnixMilli())
	}
	if d := getTask(t, s, id).Deadline; !d.After(c.chainTime) {
		t.Fatalf("deadline %s not after the chain's clock %s", d, c.chainTime)
	}
}

// TestProvedAndSubmittedExpire: on a chain, a task whose prover proved or submitted it and then went
// silent expires at its deadline like an assigned one, goes to another prover, and ends abandoned, with
// its reason, once its attempts are used.
func TestProvedAndSubmittedExpire(t *testing.T) {
	s := openStore(t, "")
	ids := createTasks(t, s, wasmProject, 2)
	proved, submitted := ids[0], ids[1]
	reg := prometheus.NewRegistry()
	startWith(t, s, newProvers(wasm(proverA), wasm(proverB)), runtimes, sequencer.WithSubmitter(submitter{}),
		sequencer.WithDeadline(300*time.Millisecond), sequencer.WithMaxAttempts(2), sequencer.WithMetrics(reg))
	ctx := context.Background()
	for attempt := 1; attempt <= 2; attempt++ {
		waitFor(t, "tasks assigned", func() bool {
			return inState(t, s, task.Assigned, ids...) && getTask(t, s, proved).Attempts == attempt &&
				getTask(t, s, submitted).Attempts == attempt
		})
		for _, id := range ids {
			tk := getTask(t, s, id)
			ev := task.Event{State: task.Proved, Time: time.Now(), BlockHeight: tk.BlockHeight, Prover: tk.Prover}
			if err := s.UpdateTask(ctx, id, []task.State{task.Assigned}, ev, &task.Result{TaskID: id, Prover: tk.Prover}); err != nil {
				t.Fatal(err)
			}
		}
		tk := getTask(t, s, submitted)
		ev := task.Event{State: task.Submitted, Time: time.Now(), BlockHeight: tk.BlockHeight, Prover: tk.Prover, TxHash: common.HexToHash("0x1")}
		if err := s.UpdateTask(ctx, submitted, []task.State{task.Proved}, ev, nil); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "tasks abandoned", func() bool { return inState(t, s, task.Abandoned, ids...) })
	for _, tc := range []struct {
		id    common.Hash
		state task.State
	}{{proved, task.Proved}, {submitted, task.Submitted}} {
		tk := getTask(t, s, tc.id)
		var expired, provers []string
		for _, ev := range tk.Events {
			if ev.State == task.Failed {
				expired = append(expired, ev.Error)
			}
			if ev.State == task.Assigned {
				provers = append(provers, ev.Prover.Hex())
			}
		}
		want := sequencer.ExpiredReason + " (" + string(tc.state) + ")"
		if len(expired) != 2 || expired[0] != want || expired[1] != want {
			t.Errorf("task %s expiries %q, want two %q", tc.state, expired, want)
		}
		if len(provers) != 2 || provers[0] == provers[1] {
			t.Errorf("task %s went to %v, want two provers", tc.state, provers)
		}
		if tk.Error != sequencer.ExhaustedReason(2) {
			t.Errorf("abandoned task %s says %q", tc.state, tk.Error)
		}
	}
	if got := counter(t, reg, "w3bstream_sequencer_tasks_abandoned_total"); got != 2 {
		t.Errorf("abandoned = %v, want 2", got)
	}
}

func refusedCount(t *testing.T, reg *prometheus.Registry, reason string) float64 {
	t.Helper()
	return counter(t, reg, "w3bstream_sequencer_assignments_refused_total", "reason", reason)
}

// counter returns the value of one series of a counter, chosen by label name-value pairs.
func counter(t *testing.T, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, m := range f.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.GetLabel() {
					if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
						found = true
					}
				}
				if !found {
					continue series
				}
			}
			return m.GetCounter().GetValue()
		}
	}
	t.Fatalf("no metric %s %v", name, labels)
	return 0
}
