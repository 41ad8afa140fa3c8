package packer_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/packer"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	testTimeout = 20 * time.Second
	hour        = project.Duration(time.Hour)

	// Project IDs of the fixture. pokeProject closes a task per message: a test sends a poke and waits
	// for its task to know that the packer has read everything stored before it.
	sumProject     = 1
	deviceProject  = 2
	pokeProject    = 100
	unknownProject = 99
)

// clock is the packer's controllable clock. Messages are stored with ReceivedAt times from it too, so the
// packer's due checks depend on it alone.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// fixture is a real SQLite store with project policies read from project files in a directory.
type fixture struct {
	path     string
	store    da.Store
	projects *project.Manager
	clock    *clock
	t0       time.Time
	devices  []*ecdsa.PrivateKey
	pokes    int
}

// newFixture writes one project file per policy (plus the poke project) and opens a store. The clock
// starts at the wall clock's time, so that the packer's wall-clock timer is far off while the test
// moves the packer's clock.
func newFixture(t *testing.T, policies map[uint64]project.Aggregation) *fixture {
	t.Helper()
	dir := t.TempDir()
	projects := filepath.Join(dir, "projects")
	if err := os.MkdirAll(projects, 0o755); err != nil {
		t.Fatal(err)
	}
	policies[pokeProject] = project.Aggregation{MaxMessages: 1, MaxWait: hour}
	for id, ag := range policies {
		f := project.File{Name: fmt.Sprintf("p%d", id), Versions: []project.Version{{Version: "v1", Runtime: "wasm", Aggregation: ag}}}
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(projects, fmt.Sprintf("%d.json", id)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := project.NewDirRegistry(projects)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now().Truncate(time.Second)
	f := &fixture{path: filepath.Join(dir, "da.db"), projects: project.NewManager(reg, project.NewFetcher("")),
		clock: &clock{t: t0}, t0: t0}
	for range 3 {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		f.devices = append(f.devices, key)
	}
	f.open(t)
	return f
}

// open opens (or reopens) the fixture's SQLite file.
func (f *fixture) open(t *testing.T) {
	t.Helper()
	s, err := sqlite.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	f.store = s
	t.Cleanup(func() { _ = s.Close() })
}

// start runs a packer on the fixture's store and clock until the test ends or stop is called.
func (f *fixture) start(t *testing.T) (stop func()) {
	t.Helper()
	return startPacker(t, f.store, f.projects, packer.WithClock(f.clock.now))
}

func startPacker(t *testing.T, store da.Store, policies packer.Policies, opts ...packer.Option) (stop func()) {
	t.Helper()
	opts = append([]packer.Option{packer.WithLogger(testLogger(t))}, opts...)
	p, err := packer.New(store, policies, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
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

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// msg signs data for a project's version with a device key.
func msg(t *testing.T, key *ecdsa.PrivateKey, projectID uint64, version, data string) message.Verified {
	t.Helper()
	m, err := client.Sign(key, projectID, version, data)
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.Verify()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// append stores messages in one transaction, received at at.
func (f *fixture) append(t *testing.T, at time.Time, msgs ...message.Verified) {
	t.Helper()
	out, err := f.store.AppendMessages(context.Background(), msgs, at)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range out {
		if !a.New {
			t.Fatalf("message %d was stored already", i)
		}
	}
}

// barrier returns once the packer has read every message stored before it and finished the step that
// read them (closing the groups due at the clock's current time). A poke is read in the step after the
// one that read the first poke, so two pokes make the barrier.
func (f *fixture) barrier(t *testing.T) {
	t.Helper()
	for range 2 {
		f.pokes++
		m := msg(t, f.devices[0], pokeProject, "v1", fmt.Sprintf(`{"poke":%d}`, f.pokes))
		f.append(t, f.clock.now(), m)
		waitPacked(t, f.store, m.ID)
	}
}

// waitPacked waits on the store's task signal until every message is in a task.
func waitPacked(t *testing.T, s da.Store, ids ...common.Hash) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	sig, unsubscribe := s.Subscribe(da.TopicTasks)
	defer unsubscribe()
	for {
		left := 0
		for _, id := range ids {
			m, err := s.Message(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if m.TaskID == (common.Hash{}) {
				left++
			}
		}
		if left == 0 {
			return
		}
		select {
		case <-sig:
		case <-ctx.Done():
			t.Fatalf("%d of %d messages still unpacked after %s", left, len(ids), testTimeout)
		}
	}
}

// tasks returns a project's tasks, oldest first, each checked: its ID is task.ComputeID of its messages,
// which are in DA (Seq) order and link back to it.
func tasks(t *testing.T, s da.Store, projectID uint64) []da.Task {
	t.Helper()
	ctx := context.Background()
	out, err := s.Tasks(ctx, da.TaskQuery{ProjectID: projectID, Order: da.OldestFirst, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range out {
		if want := task.ComputeID(tk.ProjectID, tk.ProjectVersion, tk.MessageIDs); tk.ID != want {
			t.Errorf("task %s: ID is not ComputeID of its messages (%s)", tk.ID, want)
		}
		if tk.State != task.Packed {
			t.Errorf("task %s: state %s, want packed", tk.ID, tk.State)
		}
		msgs, err := s.TaskMessages(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range msgs {
			if m.ID != tk.MessageIDs[i] || m.TaskID != tk.ID {
				t.Errorf("task %s: message %d is %s in task %s, want %s", tk.ID, i, m.ID, m.TaskID, tk.MessageIDs[i])
			}
			if i > 0 && m.Seq <= msgs[i-1].Seq {
				t.Errorf("task %s: messages not in DA order (seq %d after %d)", tk.ID, m.Seq, msgs[i-1].Seq)
			}
		}
	}
	return out
}

// groups renders tasks as their message lists, sorted, to compare with what a test expects.
func groups(ts []da.Task) []string {
	out := make([]string, len(ts))
	for i, tk := range ts {
		out[i] = joinIDs(tk.MessageIDs)
	}
	slices.Sort(out)
	return out
}

// expect renders expected groups of message indexes the way groups renders tasks.
func expect(msgs []message.Verified, gs ...[]int) []string {
	out := make([]string, 0, len(gs))
	for _, g := range gs {
		ids := make([]common.Hash, len(g))
		for i, j := range g {
			ids[i] = msgs[j].ID
		}
		out = append(out, joinIDs(ids))
	}
	slices.Sort(out)
	return out
}

func joinIDs(ids []common.Hash) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = id.Hex()[:10]
	}
	return "[" + strings.Join(s, " ") + "]"
}

// TestPackingPolicies sends messages at one instant and checks which tasks close at once, that nothing
// more closes a nanosecond before maxWait, and what closes at maxWait.
func TestPackingPolicies(t *testing.T) {
	cases := []struct {
		name      string
		policy    project.Aggregation // of sumProject
		project   uint64              // where the messages go
		version   string
		devices   []int   // sender of each message, in DA order
		atOnce    [][]int // groups of message indexes closed as soon as the messages are read
		afterWait [][]int // groups closed at maxWait
	}{
		{
			name:    "full groups close at once",
			policy:  project.Aggregation{MaxMessages: 3, MaxWait: hour, GroupBy: project.GroupByProject},
			project: sumProject, version: "v1", devices: []int{0, 1, 0, 1, 2, 0, 1},
			atOnce:    [][]int{{0, 1, 2}, {3, 4, 5}},
			afterWait: [][]int{{6}},
		},
		{
			name:    "partial group closes at maxWait",
			policy:  project.Aggregation{MaxMessages: 10, MaxWait: hour, GroupBy: project.GroupByProject},
			project: sumProject, version: "v1", devices: []int{0, 1, 2, 0},
			afterWait: [][]int{{0, 1, 2, 3}},
		},
		{
			name:    "group by device",
			policy:  project.Aggregation{MaxMessages: 2, MaxWait: hour, GroupBy: project.GroupByDevice},
			project: sumProject, version: "v1", devices: []int{0, 1, 0, 1, 2, 0},
			atOnce:    [][]int{{0, 2}, {1, 3}},
			afterWait: [][]int{{4}, {5}},
		},
		{
			name:    "unknown project is packed alone",
			policy:  project.Aggregation{MaxMessages: 10, MaxWait: hour},
			project: unknownProject, version: "v1", devices: []int{0, 1, 0},
			atOnce: [][]int{{0}, {1}, {2}},
		},
		{
			name:    "unknown version is packed alone",
			policy:  project.Aggregation{MaxMessages: 10, MaxWait: hour},
			project: sumProject, version: "v9", devices: []int{0, 0},
			atOnce: [][]int{{0}, {1}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, map[uint64]project.Aggregation{sumProject: c.policy})
			f.start(t)
			msgs := make([]message.Verified, len(c.devices))
			for i, d := range c.devices {
				msgs[i] = msg(t, f.devices[d], c.project, c.version, fmt.Sprintf(`{"reading":%d}`, i))
			}
			f.append(t, f.t0, msgs...)

			f.barrier(t)
			if got, want := groups(tasks(t, f.store, c.project)), expect(msgs, c.atOnce...); !slices.Equal(got, want) {
				t.Fatalf("at once: tasks %v, want %v", got, want)
			}
			due := f.t0.Add(time.Duration(c.policy.MaxWait))
			f.clock.set(due.Add(-time.Nanosecond))
			f.barrier(t)
			if got, want := groups(tasks(t, f.store, c.project)), expect(msgs, c.atOnce...); !slices.Equal(got, want) {
				t.Fatalf("just before maxWait: tasks %v, want %v", got, want)
			}
			f.clock.set(due)
			f.barrier(t)
			all := append(slices.Clone(c.atOnce), c.afterWait...)
			if got, want := groups(tasks(t, f.store, c.project)), expect(msgs, all...); !slices.Equal(got, want) {
				t.Fatalf("at maxWait: tasks %v, want %v", got, want)
			}
			left, err := f.store.UnpackedMessages(context.Background(), 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			if len(left) != 0 {
				t.Fatalf("%d messages left unpacked", len(left))
			}
		})
	}
}

// TestTaskIDDependsOnMessagesOnly packs the same messages, in the same DA order, into two stores at other
// times and in other batches: the tasks have the same IDs, computed from the message IDs in Seq order.
func TestTaskIDDependsOnMessagesOnly(t *testing.T) {
	policy := project.Aggregation{MaxMessages: 3, MaxWait: hour}
	a := newFixture(t, map[uint64]project.Aggregation{sumProject: policy})
	b := newFixture(t, map[uint64]project.Aggregation{sumProject: policy})
	b.clock.set(a.t0.Add(17 * time.Minute))
	msgs := make([]message.Verified, 6)
	for i := range msgs {
		msgs[i] = msg(t, a.devices[i%2], sumProject, "v1", fmt.Sprintf(`{"reading":%d}`, i))
	}
	a.start(t)
	b.start(t)
	a.append(t, a.t0, msgs...)
	for i, m := range msgs {
		b.append(t, b.clock.now().Add(time.Duration(i)*time.Second), m)
	}
	ids := func(f *fixture) []common.Hash {
		waitPacked(t, f.store, msgs[0].ID, msgs[5].ID)
		var out []common.Hash
		for _, tk := range tasks(t, f.store, sumProject) {
			out = append(out, tk.ID)
		}
		return out
	}
	wantIDs := []common.Hash{
		task.ComputeID(sumProject, "v1", []common.Hash{msgs[0].ID, msgs[1].ID, msgs[2].ID}),
		task.ComputeID(sumProject, "v1", []common.Hash{msgs[3].ID, msgs[4].ID, msgs[5].ID}),
	}
	for name, f := range map[string]*fixture{"one batch": a, "one by one": b} {
		if got := ids(f); !slices.Equal(got, wantIDs) {
			t.Errorf("%s: task IDs %v, want %v", name, got, wantIDs)
		}
	}
}

// TestRestartPacksLeftovers stops a packer with groups open, stores more messages while none runs, and
// starts a new packer on the reopened store after one group's maxWait passed: the due group and the
// group that became full close at once, the rest at its maxWait, and each message is in exactly one task.
func TestRestartPacksLeftovers(t *testing.T) {
	f := newFixture(t, map[uint64]project.Aggregation{
		sumProject:    {MaxMessages: 3, MaxWait: hour, GroupBy: project.GroupByProject},
		deviceProject: {MaxMessages: 2, MaxWait: hour, GroupBy: project.GroupByDevice},
	})
	dev := f.devices
	var sum, byDevice []message.Verified
	for i := range 6 {
		sum = append(sum, msg(t, dev[i%3], sumProject, "v1", fmt.Sprintf(`{"reading":%d}`, i)))
	}
	byDevice = append(byDevice, msg(t, dev[0], deviceProject, "v1", `{"reading":0}`),
		msg(t, dev[1], deviceProject, "v1", `{"reading":1}`))

	stop := f.start(t)
	f.append(t, f.t0, sum[0], sum[1], sum[2], sum[3], byDevice[0])
	f.barrier(t)
	if got, want := groups(tasks(t, f.store, sumProject)), expect(sum, []int{0, 1, 2}); !slices.Equal(got, want) {
		t.Fatalf("before the restart: tasks %v, want %v", got, want)
	}
	stop()
	if err := f.store.Close(); err != nil {
		t.Fatal(err)
	}

	// While no packer runs: sum's open group becomes full; device 1 starts a group of its own.
	f.open(t)
	later := f.t0.Add(time.Duration(hour))
	f.append(t, later, sum[4], sum[5], byDevice[1])
	f.clock.set(later.Add(time.Second)) // device 0's group, received at t0, is past its maxWait
	f.start(t)
	f.barrier(t)
	if got, want := groups(tasks(t, f.store, sumProject)), expect(sum, []int{0, 1, 2}, []int{3, 4, 5}); !slices.Equal(got, want) {
		t.Fatalf("after the restart: sum tasks %v, want %v", got, want)
	}
	if got, want := groups(tasks(t, f.store, deviceProject)), expect(byDevice, []int{0}); !slices.Equal(got, want) {
		t.Fatalf("after the restart: per-device tasks %v, want %v", got, want)
	}
	f.clock.set(later.Add(time.Duration(hour)))
	f.barrier(t)
	if got, want := groups(tasks(t, f.store, deviceProject)), expect(byDevice, []int{0}, []int{1}); !slices.Equal(got, want) {
		t.Fatalf("at device 1's maxWait: per-device tasks %v, want %v", got, want)
	}
	checkEachPackedOnce(t, f.store, append(sum, byDevice...))
}

// TestConcurrentPackersNeverPackTwice runs two packers over one store, so that they race to close the
// same groups: the store refuses the loser's task, the loser rereads DA, and in the end every message is
// in exactly one task.
func TestConcurrentPackersNeverPackTwice(t *testing.T) {
	f := newFixture(t, map[uint64]project.Aggregation{
		sumProject:    {MaxMessages: 3, MaxWait: project.Duration(20 * time.Millisecond)},
		deviceProject: {MaxMessages: 2, MaxWait: project.Duration(20 * time.Millisecond), GroupBy: project.GroupByDevice},
	})
	startPacker(t, f.store, f.projects)
	startPacker(t, f.store, f.projects)
	var all []message.Verified
	for batch := range 10 {
		var msgs []message.Verified
		for i := range 4 {
			n := batch*4 + i
			msgs = append(msgs, msg(t, f.devices[n%3], sumProject, "v1", fmt.Sprintf(`{"reading":%d}`, n)),
				msg(t, f.devices[n%3], deviceProject, "v1", fmt.Sprintf(`{"reading":%d}`, n)))
		}
		f.append(t, time.Now(), msgs...)
		all = append(all, msgs...)
	}
	ids := make([]common.Hash, len(all))
	for i, m := range all {
		ids[i] = m.ID
	}
	waitPacked(t, f.store, ids...)
	tasks(t, f.store, sumProject)
	tasks(t, f.store, deviceProject)
	checkEachPackedOnce(t, f.store, all)
}

// checkEachPackedOnce checks that every message is in exactly one stored task, the one it links to.
func checkEachPackedOnce(t *testing.T, s da.Store, msgs []message.Verified) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Tasks(ctx, da.TaskQuery{Order: da.OldestFirst, Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	in := map[common.Hash][]common.Hash{} // message -> tasks holding it
	for _, tk := range all {
		for _, id := range tk.MessageIDs {
			in[id] = append(in[id], tk.ID)
		}
	}
	for _, m := range msgs {
		stored, err := s.Message(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch ts := in[m.ID]; {
		case len(ts) != 1:
			t.Errorf("message %s is in %d tasks", m.ID, len(ts))
		case stored.TaskID != ts[0]:
			t.Errorf("message %s links to task %s, but is in task %s", m.ID, stored.TaskID, ts[0])
		}
	}
	left, err := s.UnpackedMessages(ctx, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Errorf("message %s left unpacked", left[0].ID)
	}
}

// countingStore records the tasks of each CreateTasks call that carry messages of one project, and can
// run a rival write just before a call reaches the store.
type countingStore struct {
	da.Store
	project uint64

	mu     sync.Mutex
	calls  []int // tasks of project per call that had any, in call order
	sizes  []int // all tasks of those calls
	errs   []error
	before func(ts []task.Task) // run before a call, under mu
}

func (c *countingStore) CreateTasks(ctx context.Context, ts []task.Task) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.before != nil {
		c.before(ts)
	}
	err := c.Store.CreateTasks(ctx, ts)
	n := 0
	for _, tk := range ts {
		if tk.ProjectID == c.project {
			n++
		}
	}
	if n > 0 {
		c.calls = append(c.calls, n)
		c.sizes = append(c.sizes, len(ts))
		c.errs = append(c.errs, err)
	}
	return err
}

func (c *countingStore) CreateTask(ctx context.Context, t task.Task) error {
	return c.CreateTasks(ctx, []task.Task{t})
}

// record returns the calls seen so far and forgets them.
func (c *countingStore) record() (calls, sizes []int, errs []error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	calls, sizes, errs = c.calls, c.sizes, c.errs
	c.calls, c.sizes, c.errs = nil, nil, nil
	return calls, sizes, errs
}

// deviceMsgs returns one message per device of n, devices numbered from first; signatures are not checked
// by store or packer, so devices are made-up addresses.
func deviceMsgs(projectID uint64, first, n int, round string) []message.Verified {
	out := make([]message.Verified, n)
	for i := range out {
		device := common.BigToAddress(new(big.Int).SetInt64(int64(first + i + 1)))
		data := fmt.Sprintf(`{"round":%q}`, round)
		out[i] = message.Verified{ID: message.ComputeID(device, projectID, "v1", data), ProjectID: projectID,
			ProjectVersion: "v1", DeviceID: device, Data: data, Signature: make([]byte, message.SignatureBytes)}
	}
	return out
}

// TestGroupsCloseInFewCommits has many groups fill at once and then many fall due at once: each lot
// becomes tasks in as few CreateTasks calls as MaxTasksPerCommit allows.
func TestGroupsCloseInFewCommits(t *testing.T) {
	f := newFixture(t, map[uint64]project.Aggregation{
		sumProject: {MaxMessages: 2, MaxWait: hour, GroupBy: project.GroupByDevice},
	})
	counted := &countingStore{Store: f.store, project: sumProject}
	startPacker(t, counted, f.projects, packer.WithClock(f.clock.now))

	const full = 40
	fill := append(deviceMsgs(sumProject, 0, full, "a"), deviceMsgs(sumProject, 0, full, "b")...)
	f.append(t, f.t0, fill...)
	f.barrier(t)
	if calls, _, errs := counted.record(); !slices.Equal(calls, []int{full}) || errs[0] != nil {
		t.Fatalf("full groups: calls of %v tasks (%v), want one of %d", calls, errs, full)
	}

	waiting := packer.MaxTasksPerCommit + 10
	alone := deviceMsgs(sumProject, full, waiting, "c")
	f.append(t, f.t0, alone...)
	f.barrier(t)
	if calls, _, _ := counted.record(); len(calls) != 0 {
		t.Fatalf("before maxWait: calls of %v tasks, want none", calls)
	}
	f.clock.set(f.t0.Add(time.Duration(hour)))
	f.barrier(t)
	// A barrier's poke may share the calls, but not make them more.
	calls, sizes, _ := counted.record()
	if len(calls) != 2 || calls[0]+calls[1] != waiting || sizes[0] != packer.MaxTasksPerCommit || sizes[1] > 11 {
		t.Fatalf("due groups: calls of %v tasks (%v in all), want %d in two calls, the first of %d", calls, sizes,
			waiting, packer.MaxTasksPerCommit)
	}
	if n := len(tasks(t, f.store, sumProject)); n != full+waiting {
		t.Fatalf("%d tasks, want %d", n, full+waiting)
	}
	checkEachPackedOnce(t, f.store, append(fill, alone...))
}

// TestConflictInBatchLosesNothing has a rival take one message of a batch just before it is stored: the
// whole batch is refused, and after rereading DA the packer groups the messages left again, so none is
// lost and none is packed twice.
func TestConflictInBatchLosesNothing(t *testing.T) {
	f := newFixture(t, map[uint64]project.Aggregation{
		sumProject: {MaxMessages: 2, MaxWait: hour, GroupBy: project.GroupByProject},
	})
	msgs := make([]message.Verified, 6)
	for i := range msgs {
		msgs[i] = msg(t, f.devices[i%3], sumProject, "v1", fmt.Sprintf(`{"reading":%d}`, i))
	}
	counted := &countingStore{Store: f.store, project: sumProject}
	counted.before = func(ts []task.Task) {
		for _, tk := range ts {
			if slices.Contains(tk.MessageIDs, msgs[2].ID) {
				if err := f.store.CreateTask(context.Background(), task.New(sumProject, "v1", ids(msgs[2:3]), f.t0)); err != nil {
					t.Errorf("rival task: %v", err)
				}
				counted.before = nil
				return
			}
		}
	}
	startPacker(t, counted, f.projects, packer.WithClock(f.clock.now))
	f.append(t, f.t0, msgs...)
	f.barrier(t)

	calls, _, errs := counted.record()
	if len(calls) != 2 || calls[0] != 3 || !errors.Is(errs[0], da.ErrConflict) || calls[1] != 2 || errs[1] != nil {
		t.Fatalf("calls of %v tasks (%v), want 3 refused as a conflict, then 2 stored", calls, errs)
	}
	want := [][]int{{2}, {0, 1}, {3, 4}}
	if got := groups(tasks(t, f.store, sumProject)); !slices.Equal(got, expect(msgs, want...)) {
		t.Fatalf("after the conflict: tasks %v, want %v", got, expect(msgs, want...))
	}
	f.clock.set(f.t0.Add(time.Duration(hour)))
	f.barrier(t)
	if got := groups(tasks(t, f.store, sumProject)); !slices.Equal(got, expect(msgs, append(want, []int{5})...)) {
		t.Fatalf("at maxWait: tasks %v, want %v", got, expect(msgs, append(want, []int{5})...))
	}
	checkEachPackedOnce(t, f.store, msgs)
}

func ids(msgs []message.Verified) []common.Hash {
	out := make([]common.Hash, len(msgs))
	for i, m := range msgs {
		out[i] = m.ID
	}
	return out
}
