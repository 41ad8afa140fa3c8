package prover_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/task"
)

// fastRetry retries at once, so that the tests wait on events, not on the backoff.
var fastRetry = prover.Retry{First: time.Millisecond, Max: 10 * time.Millisecond, Attempts: 5}

// hit is one request a test webhook received.
type hit struct {
	key       string // the Idempotency-Key header
	delivery  prover.Delivery
	taskState task.State // the task's state in DA as the request came
}

// receiver is a webhook on 127.0.0.1 that reports every request and answers as answer says for the n-th
// (from 1); answer may hold the request until its context ends.
type receiver struct {
	*httptest.Server
	hits chan hit
	n    atomic.Int32
}

func newReceiver(t *testing.T, store func() da.Store, answer func(n int, r *http.Request) int) *receiver {
	t.Helper()
	rc := &receiver{hits: make(chan hit, 64)}
	rc.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		h := hit{key: r.Header.Get(prover.IdempotencyHeader)}
		if err == nil {
			err = json.Unmarshal(b, &h.delivery)
		}
		if err != nil {
			t.Errorf("webhook body %q: %v", b, err)
		}
		if tk, err := store().Task(r.Context(), common.HexToHash(h.delivery.TaskID)); err == nil {
			h.taskState = tk.State
		}
		rc.hits <- h
		w.WriteHeader(answer(int(rc.n.Add(1)), r))
	}))
	t.Cleanup(rc.Close)
	return rc
}

// next waits for the next request.
func (rc *receiver) next(t *testing.T) hit {
	t.Helper()
	select {
	case h := <-rc.hits:
		return h
	case <-time.After(testTimeout):
		t.Fatal("the webhook got no request")
		return hit{}
	}
}

// hold keeps a request until release is closed or the request ends, and answers 503.
func hold(release <-chan struct{}, r *http.Request) int {
	select {
	case <-release:
	case <-r.Context().Done():
	}
	return http.StatusServiceUnavailable
}

// waitEntry waits on the store's outbox signal until a task's index-th entry satisfies ok, and returns it.
func waitEntry(t *testing.T, s da.Store, id common.Hash, index int, ok func(da.OutboxEntry) bool) da.OutboxEntry {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	sig, unsubscribe := s.Subscribe(da.TopicOutbox)
	defer unsubscribe()
	var last []da.OutboxEntry
	for {
		entries, err := s.Outbox(ctx, da.OutboxQuery{TaskID: id, Limit: 16})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Index == index && ok(e) {
				return e
			}
		}
		last = entries
		select {
		case <-sig:
		case <-ctx.Done():
			t.Fatalf("outbox entry %s: still %+v", da.OutboxKey(id, index), last)
		}
	}
}

// TestOutputsOffTheProvingPath holds a webhook's first delivery and fails it: the one proving slot goes on
// proving another project's task meanwhile, and the delivery is retried, with the same key, until the
// webhook takes it.
func TestOutputsOffTheProvingPath(t *testing.T) {
	var f *fixture
	release := make(chan struct{})
	rc := newReceiver(t, func() da.Store { return f.store }, func(n int, r *http.Request) int {
		if n == 1 {
			return hold(release, r)
		}
		return http.StatusOK
	})
	f = newFixture(t, []project.Sink{{Type: project.SinkWebhook, URL: rc.URL}})
	f.start(t, prover.WithConcurrency(1), prover.WithOutputWorkers(1), prover.WithPrivateWebhooks(), prover.WithRetry(fastRetry))

	slow := f.createTask(t, sinkProject, `{"reading":1}`)
	assign(t, f.store, f.address, slow)
	f.checkProved(t, waitDone(t, f.store, slow.ID), f.expectSum(slow.ID, 1))
	first := rc.next(t)

	// The webhook holds the delivery; a task of another project is proved all the same.
	other := f.createTask(t, sumProject, `{"reading":2}`)
	assign(t, f.store, f.address, other)
	f.checkProved(t, waitDone(t, f.store, other.ID), f.expectSum(other.ID, 2))
	if e := waitEntry(t, f.store, slow.ID, 0, func(da.OutboxEntry) bool { return true }); e.State != da.OutboxPending || e.Attempts != 0 {
		t.Fatalf("while the webhook holds it the entry is %s after %d attempts, want pending, none recorded", e.State, e.Attempts)
	}

	close(release) // the webhook answers 503; the retry is taken
	second := rc.next(t)
	e := waitEntry(t, f.store, slow.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered })
	want := da.OutboxKey(slow.ID, 0)
	for _, h := range []hit{first, second} {
		if h.key != want || h.delivery.IdempotencyKey != want || h.delivery.TaskID != slow.ID.Hex() {
			t.Errorf("delivery with header key %q, body key %q, task %s; want key %q for task %s", h.key,
				h.delivery.IdempotencyKey, h.delivery.TaskID, want, slow.ID.Hex())
		}
	}
	if e.Attempts != 2 || e.LastError != "" {
		t.Errorf("delivered after %d attempts (last error %q), want 2", e.Attempts, e.LastError)
	}
}

// TestSlowOutputLeavesOthers holds a webhook's deliveries with two delivery workers: the webhook gets one
// worker at a time, and the file output of the same results is delivered meanwhile by the other.
func TestSlowOutputLeavesOthers(t *testing.T) {
	var f *fixture
	release := make(chan struct{})
	rc := newReceiver(t, func() da.Store { return f.store }, func(_ int, r *http.Request) int {
		hold(release, r)
		return http.StatusOK
	})
	f = newFixture(t, []project.Sink{{Type: project.SinkWebhook, URL: rc.URL}, {Type: project.SinkFile, Path: "out.jsonl"}})
	f.start(t, prover.WithOutputWorkers(2), prover.WithPrivateWebhooks(), prover.WithRetry(fastRetry),
		prover.WithOutputDir(t.TempDir()))
	tasks := []task.Task{f.createTask(t, sinkProject, `{"reading":1}`), f.createTask(t, sinkProject, `{"reading":2}`)}
	assign(t, f.store, f.address, tasks...)
	held := rc.next(t)
	for _, tk := range tasks {
		waitEntry(t, f.store, tk.ID, 1, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered })
	}
	select {
	case h := <-rc.hits:
		t.Fatalf("the webhook got a second delivery (%s) while it held one (%s)", h.key, held.key)
	default:
	}
	close(release)
	rc.next(t)
	for _, tk := range tasks {
		waitEntry(t, f.store, tk.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered && e.Attempts == 1 })
	}
}

// settler settles the results of some tasks, and has the dApp refuse the others.
type settler struct {
	mu      sync.Mutex
	refused map[common.Hash]bool
}

func (s *settler) Submit(_ context.Context, t da.Task, _ *task.Result) (prover.Submission, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.refused[t.ID] {
		return prover.Submission{TxHash: common.HexToHash("0x7e"), Reason: "Low"}, nil
	}
	return prover.Submission{TxHash: common.HexToHash("0x5e"), Settled: true}, nil
}

// TestOutputsAfterSettlement submits results to a router that settles some and refuses others: outputs
// are delivered only once their task is settled, never for a refused result, and a webhook that holds
// a delivery does not keep the next result from settling.
func TestOutputsAfterSettlement(t *testing.T) {
	var f *fixture
	release := make(chan struct{})
	t.Cleanup(func() {
		select {
		case <-release:
		default:
			close(release)
		}
	})
	rc := newReceiver(t, func() da.Store { return f.store }, func(n int, r *http.Request) int {
		if n == 1 {
			hold(release, r)
		}
		return http.StatusOK
	})
	f = newFixture(t, []project.Sink{{Type: project.SinkWebhook, URL: rc.URL}})
	refused := f.createTask(t, sinkProject, `{"reading":1}`)
	held := f.createTask(t, sinkProject, `{"reading":2}`)
	next := f.createTask(t, sinkProject, `{"reading":3}`)
	router := &settler{refused: map[common.Hash]bool{refused.ID: true}}
	f.start(t, prover.WithConcurrency(1), prover.WithOutputWorkers(1), prover.WithPrivateWebhooks(),
		prover.WithRetry(fastRetry), prover.WithSubmitter(router))

	assign(t, f.store, f.address, refused, held)
	if tk := waitState(t, f.store, held.ID, task.Settled); tk.Result == nil {
		t.Fatal("settled without a result")
	}
	h := rc.next(t)
	if h.delivery.TaskID != held.ID.Hex() || h.taskState != task.Settled {
		t.Fatalf("first delivery is of task %s, %s then; want task %s, settled", h.delivery.TaskID, h.taskState, held.ID.Hex())
	}
	if tk := getTask(t, f.store, refused.ID); tk.State != task.Failed {
		t.Fatalf("refused task is %s, want failed", tk.State)
	}

	// The webhook holds the delivery; the next result settles all the same.
	assign(t, f.store, f.address, next)
	waitState(t, f.store, next.ID, task.Settled)
	close(release)
	h = rc.next(t)
	if h.delivery.TaskID != next.ID.Hex() || h.taskState != task.Settled || h.key != da.OutboxKey(next.ID, 0) {
		t.Fatalf("second delivery: task %s, %s, key %q; want task %s, settled", h.delivery.TaskID, h.taskState, h.key, next.ID.Hex())
	}
	waitEntry(t, f.store, next.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered })
	if e := waitEntry(t, f.store, refused.ID, 0, func(da.OutboxEntry) bool { return true }); e.State != da.OutboxCancelled || e.Attempts != 0 {
		t.Errorf("the refused result's entry is %s after %d attempts, want cancelled, never attempted", e.State, e.Attempts)
	}
	select {
	case h := <-rc.hits:
		t.Errorf("an extra delivery of task %s (%s then)", h.delivery.TaskID, h.taskState)
	default:
	}
}

// TestOutputsAfterRestart stops the prover while a delivery is in flight, after the result is final and
// before the delivery is recorded, and starts a new one on the reopened store: it delivers the result
// again, with the same key.
func TestOutputsAfterRestart(t *testing.T) {
	var (
		f         *fixture
		restarted atomic.Bool
	)
	rc := newReceiver(t, func() da.Store { return f.store }, func(_ int, r *http.Request) int {
		if !restarted.Load() {
			return hold(nil, r)
		}
		return http.StatusOK
	})
	f = newFixture(t, []project.Sink{{Type: project.SinkWebhook, URL: rc.URL}})
	opts := []prover.Option{prover.WithPrivateWebhooks(), prover.WithRetry(fastRetry)}
	stop := f.start(t, opts...)
	tk := f.createTask(t, sinkProject, `{"reading":4}`)
	assign(t, f.store, f.address, tk)
	f.checkProved(t, waitDone(t, f.store, tk.ID), f.expectSum(tk.ID, 4))
	first := rc.next(t)
	stop()
	if err := f.store.Close(); err != nil {
		t.Fatal(err)
	}

	restarted.Store(true)
	f.open(t)
	if e := waitEntry(t, f.store, tk.ID, 0, func(da.OutboxEntry) bool { return true }); e.State != da.OutboxPending || e.Attempts != 0 {
		t.Fatalf("after the stop the entry is %s after %d attempts, want pending", e.State, e.Attempts)
	}
	f.start(t, opts...)
	again := rc.next(t)
	waitEntry(t, f.store, tk.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDelivered && e.Attempts == 1 })
	want := da.OutboxKey(tk.ID, 0)
	if first.key != want || again.key != want || again.delivery.IdempotencyKey != want {
		t.Errorf("keys %q then %q (body %q), want %q both times", first.key, again.key, again.delivery.IdempotencyKey, want)
	}
}

// TestOutputGivenUp checks that an output that keeps failing is marked dead with its last error after the
// policy's attempts, and one that cannot succeed (a private address on a node that refuses them) at once;
// both are counted.
func TestOutputGivenUp(t *testing.T) {
	cases := []struct {
		name      string
		private   bool // the node allows private webhooks
		attempts  int
		wantError string
	}{
		{"attempts spent", true, 3, "500 Internal Server Error"},
		{"private address", false, 1, "not public"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f *fixture
			rc := newReceiver(t, func() da.Store { return f.store }, func(int, *http.Request) int { return http.StatusInternalServerError })
			f = newFixture(t, []project.Sink{{Type: project.SinkWebhook, URL: rc.URL}})
			reg := prometheus.NewRegistry()
			opts := []prover.Option{prover.WithMetrics(reg), prover.WithRetry(prover.Retry{First: time.Millisecond,
				Max: time.Millisecond, Attempts: 3})}
			if c.private {
				opts = append(opts, prover.WithPrivateWebhooks())
			}
			f.start(t, opts...)
			tk := f.createTask(t, sinkProject, `{"reading":5}`)
			assign(t, f.store, f.address, tk)
			e := waitEntry(t, f.store, tk.ID, 0, func(e da.OutboxEntry) bool { return e.State == da.OutboxDead })
			if e.Attempts != c.attempts || !strings.Contains(e.LastError, c.wantError) {
				t.Errorf("dead after %d attempts with %q, want %d attempts and %q", e.Attempts, e.LastError, c.attempts, c.wantError)
			}
			if n := counter(t, reg, "w3bstream_outputs_dead_total"); n != 1 {
				t.Errorf("w3bstream_outputs_dead_total is %v, want 1", n)
			}
			if n := counter(t, reg, "w3bstream_output_retries_total"); n != float64(c.attempts-1) {
				t.Errorf("w3bstream_output_retries_total is %v, want %d", n, c.attempts-1)
			}
		})
	}
}

// waitState waits on the store's task signal until the task is in state.
func waitState(t *testing.T, s da.Store, id common.Hash, state task.State) da.Task {
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
		if tk.State == state {
			return tk
		}
		select {
		case <-sig:
		case <-ctx.Done():
			t.Fatalf("task %s still %s (%s), want %s", id, tk.State, tk.Error, state)
		}
	}
}

// counter sums a counter family's series in reg.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range families {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}
