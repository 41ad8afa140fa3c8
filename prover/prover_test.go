package prover_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	testTimeout = 60 * time.Second // the first task compiles the program, slow under -race

	sumProject   = 1 // wasm, the sum program
	sinkProject  = 2 // wasm, the sum program, with the outputs a test gives
	otherRuntime = 3 // a runtime kind this prover lacks
)

// cacheDir is a wazero compilation cache kept between runs (as the wasm runtime's tests keep theirs), so
// that a fresh runtime does not compile the sum program again.
var cacheDir string

func TestMain(m *testing.M) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	cacheDir = filepath.Join(base, "w3bstream", "wazero-test")
	os.Exit(m.Run())
}

// fixture is a real SQLite store, projects read from files over the real sum program, and a fault
// decorator that the prover reads the store through.
type fixture struct {
	path     string
	store    da.Store
	faults   *faultStore
	projects *project.Manager
	runtime  *countingRuntime
	key      *ecdsa.PrivateKey
	address  common.Address
	devices  []*ecdsa.PrivateKey
	nonce    int
}

func newFixture(t *testing.T, outputs []project.Sink) *fixture {
	t.Helper()
	dir := t.TempDir()
	program := wasmbuild.Example(t, "sum")
	programPath := filepath.Join(dir, "sum.wasm")
	if err := os.WriteFile(programPath, program, 0o644); err != nil {
		t.Fatal(err)
	}
	code := []project.Artifact{{Name: wasm.ProgramArtifact, URI: "file://" + programPath, SHA256: project.HashHex(program)}}
	files := map[uint64]project.File{
		sumProject:   {Name: "sum", Versions: []project.Version{{Version: "v1", Runtime: wasm.Kind, Code: code}}},
		otherRuntime: {Name: "zk", Versions: []project.Version{{Version: "v1", Runtime: "gnark-groth16", Code: code}}},
	}
	if outputs != nil {
		files[sinkProject] = project.File{Name: "sinks", Versions: []project.Version{{Version: "v1", Runtime: wasm.Kind,
			Code: code, Output: outputs}}}
	}
	projects := filepath.Join(dir, "projects")
	if err := os.MkdirAll(projects, 0o755); err != nil {
		t.Fatal(err)
	}
	for id, f := range files {
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
	rt, err := wasm.New(wasm.WithCompilationCacheDir(cacheDir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rt.Close() })
	f := &fixture{path: filepath.Join(dir, "da.db"), projects: project.NewManager(reg, project.NewFetcher("")),
		runtime: &countingRuntime{Runtime: rt, perTask: map[common.Hash]int{}}}
	if f.key, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	f.address = crypto.PubkeyToAddress(f.key.PublicKey)
	for range 2 {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		f.devices = append(f.devices, key)
	}
	f.open(t)
	return f
}

// open opens (or reopens) the SQLite file, with a fresh fault decorator over it.
func (f *fixture) open(t *testing.T) {
	t.Helper()
	s, err := sqlite.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	f.store = s
	f.faults = &faultStore{Store: s, tamper: map[common.Hash]func([]da.Message) []da.Message{},
		listed: map[common.Hash]da.Task{}}
}

// start runs a prover with the fixture's key over the fault decorator until the test ends or stop is
// called.
func (f *fixture) start(t *testing.T, opts ...prover.Option) (stop func()) {
	t.Helper()
	opts = append([]prover.Option{prover.WithLogger(slog.New(slog.NewTextHandler(t.Output(), nil)))}, opts...)
	p, err := prover.New(f.faults, f.projects, []runtime.Runtime{f.runtime}, f.key, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if p.Address() != f.address {
		t.Fatalf("prover address %s, want %s", p.Address(), f.address)
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

// createTask stores messages signed by the fixture's devices, in turn, and a task of them, and returns it.
// Each data string gets a field "n" that makes its message new.
func (f *fixture) createTask(t *testing.T, projectID uint64, data ...string) task.Task {
	t.Helper()
	ctx := context.Background()
	msgs := make([]message.Verified, len(data))
	ids := make([]common.Hash, len(data))
	for i, d := range data {
		f.nonce++
		d = strings.TrimSuffix(d, "}") + fmt.Sprintf(`,"n":%d}`, f.nonce)
		m, err := client.Sign(f.devices[i%len(f.devices)], projectID, "v1", d)
		if err != nil {
			t.Fatal(err)
		}
		if msgs[i], err = m.Verify(); err != nil {
			t.Fatal(err)
		}
		ids[i] = msgs[i].ID
	}
	if _, err := f.store.AppendMessages(ctx, msgs, time.Now()); err != nil {
		t.Fatal(err)
	}
	tk := task.New(projectID, "v1", ids, time.Now())
	if err := f.store.CreateTask(ctx, tk); err != nil {
		t.Fatal(err)
	}
	return tk
}

// assign mines and stores the next block, giving the tasks to prover.
func assign(t *testing.T, s da.Store, prover common.Address, tasks ...task.Task) block.Block {
	t.Helper()
	ctx := context.Background()
	params := block.DefaultParams()
	var (
		height uint64
		prev   common.Hash
		parent *block.Header
	)
	now := time.Now()
	ts := uint64(now.UnixMilli())
	switch tip, err := s.LatestBlock(ctx); {
	case err == nil:
		height, prev, parent = tip.Height+1, tip.Hash, &tip.Header
		ts = max(ts, tip.Header.Timestamp)
	case !errors.Is(err, da.ErrNotFound):
		t.Fatal(err)
	}
	lookup := func(h uint64) (block.Header, error) {
		b, err := s.Block(ctx, h)
		return b.Header, err
	}
	nbits, err := block.ExpectedNBits(params, height, parent, lookup)
	if err != nil {
		t.Fatal(err)
	}
	as := make([]block.Assignment, len(tasks))
	for i, tk := range tasks {
		as[i] = block.Assignment{ProjectID: tk.ProjectID, TaskID: tk.ID, Prover: prover, Deadline: ts + uint64(testTimeout.Milliseconds())}
	}
	h, err := block.Mine(ctx, block.Header{Version: block.CurrentVersion, PrevHash: prev, MerkleRoot: block.MerkleRoot(as),
		Timestamp: ts, NBits: nbits})
	if err != nil {
		t.Fatal(err)
	}
	b := block.Block{Height: height, Hash: h.Hash(), Header: h, Assignments: as}
	if err := s.SaveBlock(ctx, b, now); err != nil {
		t.Fatal(err)
	}
	return b
}

// waitDone waits on the store's task signal until the task is proved or failed.
func waitDone(t *testing.T, s da.Store, id common.Hash) da.Task {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	sig, unsubscribe := s.Subscribe(da.TopicTasks)
	defer unsubscribe()
	for {
		tk, err := s.Task(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if tk.State == task.Proved || tk.State == task.Failed {
			return tk
		}
		select {
		case <-sig:
		case <-ctx.Done():
			t.Fatalf("task %s still %s after %s", id, tk.State, testTimeout)
		}
	}
}

// sumOutput is what the sum program writes.
type sumOutput struct {
	TaskID    string           `json:"taskID"`
	Count     int              `json:"count"`
	Total     int64            `json:"total"`
	Max       *int64           `json:"max"`
	PerDevice map[string]int64 `json:"perDevice"`
	DAppInput string           `json:"dappInput"` // abi.encode(uint64 count, uint256 total)
}

// expectSum computes the sum program's output for a task whose messages carry readings, sent by the
// fixture's devices in turn.
func (f *fixture) expectSum(id common.Hash, readings ...int64) sumOutput {
	out := sumOutput{TaskID: strings.ToLower(id.Hex()), PerDevice: map[string]int64{}}
	for i, r := range readings {
		out.Count++
		out.Total += r
		out.PerDevice[strings.ToLower(crypto.PubkeyToAddress(f.devices[i%len(f.devices)].PublicKey).Hex())] += r
		if out.Max == nil || r > *out.Max {
			out.Max = &r
		}
	}
	out.DAppInput = fmt.Sprintf("0x%064x%064x", out.Count, out.Total)
	return out
}

func jsonEqual(t *testing.T, got []byte, want any) {
	t.Helper()
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal(got, &a); err != nil {
		t.Fatalf("output %q is not JSON: %v", got, err)
	}
	if err := json.Unmarshal(w, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("output %s, want %s", got, w)
	}
}

// checkProved checks a proved task's result: the output, the prover, and the prover's signature.
func (f *fixture) checkProved(t *testing.T, tk da.Task, want sumOutput) {
	t.Helper()
	if tk.State != task.Proved || tk.Result == nil {
		t.Fatalf("task %s: state %s (error %q), want proved with a result", tk.ID, tk.State, tk.Error)
	}
	r := *tk.Result
	jsonEqual(t, r.Output, want)
	if r.TaskID != tk.ID || r.Prover != f.address {
		t.Errorf("result of task %s by %s, want task %s by %s", r.TaskID, r.Prover, tk.ID, f.address)
	}
	if err := r.CheckSignature(); err != nil {
		t.Errorf("result signature: %v", err)
	}
	last := tk.Events[len(tk.Events)-1]
	if last.State != task.Proved || last.Prover != f.address || last.BlockHeight != tk.BlockHeight {
		t.Errorf("last event %+v, want proved by %s at block %d", last, f.address, tk.BlockHeight)
	}
}

// TestProveOutcomes assigns tasks to a running prover and checks what each ends as: proved with the sum
// program's output, or failed with a reason that names the failure, without running the program when a
// check before it fails.
func TestProveOutcomes(t *testing.T) {
	changeData := func(ms []da.Message) []da.Message { ms[0].Data = `{"reading":1000}`; return ms }
	swap := func(ms []da.Message) []da.Message { ms[0], ms[1] = ms[1], ms[0]; return ms }
	drop := func(ms []da.Message) []da.Message { return ms[1:] }
	cases := []struct {
		name      string
		project   uint64
		readings  []int64                         // data {"reading":r} of each message
		tamper    func([]da.Message) []da.Message // what storage does to the task's messages
		wantState task.State
		wantErr   []string // in the task's error
		wantRun   bool     // whether the program runs (once) or not at all
	}{
		{name: "sums readings", project: sumProject, readings: []int64{3, 4, 5}, wantState: task.Proved, wantRun: true},
		{name: "one message", project: sumProject, readings: []int64{0}, wantState: task.Proved, wantRun: true},
		{name: "program exits 1", project: sumProject, readings: []int64{2, -1}, wantState: task.Failed, wantRun: true,
			wantErr: []string{runtime.ErrProgram.Error(), "exit code 1", "reading -1 outside"}},
		{name: "data tampered in storage", project: sumProject, readings: []int64{3, 4}, tamper: changeData,
			wantState: task.Failed, wantErr: []string{message.ErrBadSignature.Error()}},
		{name: "messages reordered in storage", project: sumProject, readings: []int64{3, 4}, tamper: swap,
			wantState: task.Failed, wantErr: []string{"does not match its content"}},
		{name: "message dropped in storage", project: sumProject, readings: []int64{3, 4}, tamper: drop,
			wantState: task.Failed, wantErr: []string{"does not match its content"}},
		{name: "runtime this prover lacks", project: otherRuntime, readings: []int64{1}, wantState: task.Failed,
			wantErr: []string{`no "gnark-groth16" runtime`}},
	}
	f := newFixture(t, nil)
	f.start(t)
	other := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := make([]string, len(c.readings))
			for i, r := range c.readings {
				data[i] = fmt.Sprintf(`{"reading":%d}`, r)
			}
			tk := f.createTask(t, c.project, data...)
			if c.tamper != nil {
				f.faults.setTamper(tk.ID, c.tamper)
			}
			// A task assigned to another prover is left alone.
			notMine := f.createTask(t, sumProject, `{"reading":1}`)
			assign(t, f.store, f.address, tk)
			assign(t, f.store, other, notMine)

			got := waitDone(t, f.store, tk.ID)
			if got.State != c.wantState {
				t.Fatalf("state %s (error %q), want %s", got.State, got.Error, c.wantState)
			}
			wantRuns := 0
			if c.wantRun {
				wantRuns = 1
			}
			if n := f.runtime.runsOf(tk.ID); n != wantRuns {
				t.Errorf("program ran %d times, want %d", n, wantRuns)
			}
			for _, s := range c.wantErr {
				if !strings.Contains(got.Error, s) {
					t.Errorf("error %q does not name %q", got.Error, s)
				}
			}
			if c.wantState == task.Proved {
				f.checkProved(t, got, f.expectSum(tk.ID, c.readings...))
			} else {
				last := got.Events[len(got.Events)-1]
				if got.Result != nil || last.State != task.Failed || last.Error != got.Error || last.Prover != f.address {
					t.Errorf("failed task: result %v, last event %+v", got.Result, last)
				}
			}
			if s := getTask(t, f.store, notMine.ID).State; s != task.Assigned {
				t.Errorf("another prover's task is %s, want assigned", s)
			}
		})
	}
}

// TestDeliversToSinks proves tasks of a version with a file and a webhook output: each proved task is one
// JSON line in the file and one POST to the webhook, both with the Delivery fields of the stored result
// and their own idempotency key, which the webhook also gets in its header.
func TestDeliversToSinks(t *testing.T) {
	posts := make(chan []byte, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || err != nil {
			t.Errorf("webhook got %s %s (%v)", r.Method, r.Header.Get("Content-Type"), err)
		}
		var d prover.Delivery
		if err := json.Unmarshal(b, &d); err != nil || r.Header.Get(prover.IdempotencyHeader) != d.IdempotencyKey {
			t.Errorf("webhook got key %q in its header, body %s (%v)", r.Header.Get(prover.IdempotencyHeader), b, err)
		}
		posts <- b
	}))
	t.Cleanup(srv.Close)
	outputDir := t.TempDir()
	out := filepath.Join(outputDir, "sinks", "results.jsonl")
	f := newFixture(t, []project.Sink{{Type: project.SinkFile, Path: "sinks/results.jsonl"}, {Type: project.SinkWebhook, URL: srv.URL + "/hook"}})
	// The test's webhook listens on loopback, which a node refuses unless its operator allows it.
	f.start(t, prover.WithOutputDir(outputDir), prover.WithPrivateWebhooks())
	tasks := []task.Task{
		f.createTask(t, sinkProject, `{"reading":1}`, `{"reading":2}`),
		f.createTask(t, sinkProject, `{"reading":7}`),
	}
	assign(t, f.store, f.address, tasks...)

	// Each output has its own worker; every task's line is in the file once the file's entries are
	// delivered.
	want := map[string]prover.Delivery{}
	for _, tk := range tasks {
		got := waitDone(t, f.store, tk.ID)
		if got.State != task.Proved {
			t.Fatalf("task %s: %s (%s)", tk.ID, got.State, got.Error)
		}
		want[tk.ID.Hex()] = prover.Delivery{ProjectID: sinkProject, ProjectVersion: "v1", TaskID: tk.ID.Hex(),
			Prover: f.address.Hex(), Output: got.Result.Output, ResultSignature: hexutil.Encode(got.Result.Signature)}
		waitEntry(t, f.store, tk.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered })
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	var bodies [][]byte
	for range tasks {
		select {
		case b := <-posts:
			bodies = append(bodies, b)
		case <-ctx.Done():
			t.Fatalf("webhook got %d posts, want %d", len(bodies), len(tasks))
		}
	}
	file, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	sc := bufio.NewScanner(bytes.NewReader(file))
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	for name, got := range map[string][][]byte{"file": lines, "webhook": bodies} {
		index := map[string]int{"file": 0, "webhook": 1}[name]
		if len(got) != len(tasks) {
			t.Fatalf("%s has %d deliveries, want %d", name, len(got), len(tasks))
		}
		seen := map[string]bool{}
		for _, b := range got {
			var d prover.Delivery
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&d); err != nil {
				t.Fatalf("%s: %q is not a delivery: %v", name, b, err)
			}
			w, ok := want[d.TaskID]
			if !ok || seen[d.TaskID] {
				t.Fatalf("%s: delivery of task %s: unknown or repeated", name, d.TaskID)
			}
			seen[d.TaskID] = true
			w.IdempotencyKey = da.OutboxKey(common.HexToHash(d.TaskID), index)
			if !bytes.Equal(d.Output, w.Output) {
				t.Errorf("%s: output %s, want %s", name, d.Output, w.Output)
			}
			d.Output, w.Output = nil, nil
			if !reflect.DeepEqual(d, w) {
				t.Errorf("%s: delivery %+v, want %+v", name, d, w)
			}
		}
	}
}

// TestResumesAfterRestart stops a prover while it is inside a task, assigns it another task while it is
// down, and starts a new prover with the same key on the reopened store: it proves both.
func TestResumesAfterRestart(t *testing.T) {
	f := newFixture(t, nil)
	interrupted := f.createTask(t, sumProject, `{"reading":10}`, `{"reading":11}`)
	entered := f.faults.hold(interrupted.ID)
	stop := f.start(t)
	assign(t, f.store, f.address, interrupted)
	select {
	case <-entered:
	case <-time.After(testTimeout):
		t.Fatal("prover did not start the task")
	}
	stop()
	if tk := getTask(t, f.store, interrupted.ID); tk.State != task.Assigned || tk.Attempts != 1 {
		t.Fatalf("after the stop the task is %s with %d attempts, want still assigned", tk.State, tk.Attempts)
	}
	whileDown := f.createTask(t, sumProject, `{"reading":5}`)
	assign(t, f.store, f.address, whileDown)
	if err := f.store.Close(); err != nil {
		t.Fatal(err)
	}

	f.open(t)
	f.start(t)
	f.checkProved(t, waitDone(t, f.store, interrupted.ID), f.expectSum(interrupted.ID, 10, 11))
	f.checkProved(t, waitDone(t, f.store, whileDown.ID), f.expectSum(whileDown.ID, 5))
}

// TestRunsEachTaskOnce gives the prover a list of assignments read before an outcome it stored: a task
// already proved is not run again. With one task at a time, the stale task comes before the next one, so
// the next one's proof means the stale one was dealt with.
func TestRunsEachTaskOnce(t *testing.T) {
	f := newFixture(t, nil)
	f.faults.stale = true
	f.start(t, prover.WithConcurrency(1))
	first := f.createTask(t, sumProject, `{"reading":1}`)
	assign(t, f.store, f.address, first)
	f.checkProved(t, waitDone(t, f.store, first.ID), f.expectSum(first.ID, 1))
	next := f.createTask(t, sumProject, `{"reading":2}`)
	assign(t, f.store, f.address, next)
	f.checkProved(t, waitDone(t, f.store, next.ID), f.expectSum(next.ID, 2))
	for _, id := range []common.Hash{first.ID, next.ID} {
		if n := f.runtime.runsOf(id); n != 1 {
			t.Errorf("task %s ran %d times, want once", id, n)
		}
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

// faultStore decorates the real store: it rewrites the messages of chosen tasks as a corrupt store would,
// and can hold a task's message read until the reader's context ends.
type faultStore struct {
	da.Store
	mu          sync.Mutex
	tamper      map[common.Hash]func([]da.Message) []da.Message
	holdID      common.Hash
	entered     chan struct{}
	enteredOnce sync.Once
	stale       bool                    // Tasks answers with assignments it answered before, as of then
	listed      map[common.Hash]da.Task // assignments Tasks answered, as they were
}

// Tasks, when stale is set, puts before the current assignments every assignment it answered earlier
// that is gone now: it answers as a read taken just before those tasks' outcomes were stored would.
func (s *faultStore) Tasks(ctx context.Context, q da.TaskQuery) ([]da.Task, error) {
	out, err := s.Store.Tasks(ctx, q)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil || !s.stale || q.Prover == (common.Address{}) {
		return out, err
	}
	current := map[common.Hash]bool{}
	for _, t := range out {
		current[t.ID] = true
	}
	var old []da.Task
	for id, t := range s.listed {
		if !current[id] {
			old = append(old, t)
		}
	}
	for _, t := range out {
		s.listed[t.ID] = t
	}
	return append(old, out...), nil
}

func (s *faultStore) setTamper(id common.Hash, f func([]da.Message) []da.Message) {
	s.mu.Lock()
	s.tamper[id] = f
	s.mu.Unlock()
}

// hold makes TaskMessages of id wait for its context's end; the channel says it has been entered.
func (s *faultStore) hold(id common.Hash) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.holdID, s.entered = id, make(chan struct{})
	return s.entered
}

func (s *faultStore) TaskMessages(ctx context.Context, id common.Hash) ([]da.Message, error) {
	s.mu.Lock()
	tamper, held, entered := s.tamper[id], id == s.holdID, s.entered
	s.mu.Unlock()
	if held {
		s.enteredOnce.Do(func() { close(entered) })
		<-ctx.Done()
		return nil, ctx.Err()
	}
	msgs, err := s.Store.TaskMessages(ctx, id)
	if err != nil || tamper == nil {
		return msgs, err
	}
	return tamper(msgs), nil
}

// countingRuntime counts the jobs the real runtime runs, per task.
type countingRuntime struct {
	*wasm.Runtime
	mu      sync.Mutex
	perTask map[common.Hash]int
}

func (r *countingRuntime) Prove(ctx context.Context, job runtime.Job) (runtime.Result, error) {
	r.mu.Lock()
	r.perTask[job.TaskID]++
	r.mu.Unlock()
	return r.Runtime.Prove(ctx, job)
}

func (r *countingRuntime) runsOf(id common.Hash) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.perTask[id]
}
