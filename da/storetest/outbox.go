package storetest

import (
	"bytes"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// proveWithOutbox creates a task, assigns it to prover at block height and stores its result with two
// outbox entries.
func proveWithOutbox(t *testing.T, s da.Store, first int, height uint64, prover common.Address) (common.Hash, []da.OutboxEntry) {
	t.Helper()
	id := mustCreate(t, s, newMessages(first, 1), t0).ID
	mustSaveBlock(t, s, newBlock(height, "outbox", assign(id, prover, t0.Add(time.Hour))), t0)
	entries := outboxEntries(id, prover)
	proved := task.Event{State: task.Proved, Time: t0.Add(time.Second), BlockHeight: height, Prover: prover}
	if err := s.UpdateTaskOutbox(t.Context(), id, []task.State{task.Assigned}, proved,
		&task.Result{TaskID: id, Prover: prover}, entries); err != nil {
		t.Fatalf("update task with outbox: %v", err)
	}
	return id, entries
}

func outboxEntries(id common.Hash, prover common.Address) []da.OutboxEntry {
	return []da.OutboxEntry{
		{TaskID: id, Index: 0, Prover: prover, Sink: []byte(`{"type":"stdout"}`), Body: []byte(`{"n":0}`)},
		{TaskID: id, Index: 1, Prover: prover, Sink: []byte(`{"type":"webhook","url":"https://x"}`), Body: []byte(`{"n":1}`)},
	}
}

// outbox reads the entries matching q and fails the test on error.
func outbox(t testing.TB, s da.Store, q da.OutboxQuery) []da.OutboxEntry {
	t.Helper()
	if q.Limit == 0 {
		q.Limit = 100
	}
	got, err := s.Outbox(t.Context(), q)
	if err != nil {
		t.Fatalf("outbox: %v", err)
	}
	return got
}

// wantOutbox fails unless got is want's entries, in order, with the given state, attempts and task state.
func wantOutbox(t testing.TB, got, want []da.OutboxEntry) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("outbox: %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.TaskID != w.TaskID || g.Index != w.Index || g.Prover != w.Prover || !bytes.Equal(g.Sink, w.Sink) ||
			!bytes.Equal(g.Body, w.Body) || g.State != w.State || g.Attempts != w.Attempts || g.LastError != w.LastError ||
			g.TaskState != w.TaskState {
			t.Errorf("outbox entry %d:\n got %+v\nwant %+v", i, g, w)
		}
		sameTime(t, "due at", g.DueAt, w.DueAt)
	}
}

// testOutbox stores a result with its outbox entries, follows them through attempts to delivered and dead,
// and checks the queries a deliverer makes.
func testOutbox(t *testing.T, s da.Store) {
	ctx := t.Context()
	signals, cancel := s.Subscribe(da.TopicOutbox)
	defer cancel()
	id, entries := proveWithOutbox(t, s, 0, 0, proverX)
	waitSignal(t, signals, "entries stored")
	if got := mustTask(t, s, id); got.State != task.Proved || got.Result == nil {
		t.Fatalf("task %s with result %v, want proved with one", got.State, got.Result)
	}
	want := make([]da.OutboxEntry, len(entries))
	for i, e := range entries {
		e.State, e.DueAt, e.TaskState = da.OutboxPending, t0.Add(time.Second), task.Proved
		want[i] = e
	}
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverX}), want)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{TaskID: id, States: []da.OutboxState{da.OutboxPending}}), want)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverY}), nil)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverX, TaskStates: []task.State{task.Settled}}), nil)

	verdict := task.Event{State: task.Settled, Time: t0.Add(2 * time.Second), Prover: proverX, TxHash: fakeHash}
	if err := da.RecordVerdict(ctx, s, id, verdict); err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].TaskState = task.Settled
	}
	ready := da.OutboxQuery{Prover: proverX, States: []da.OutboxState{da.OutboxPending}, TaskStates: []task.State{task.Settled}}
	wantOutbox(t, outbox(t, s, ready), want)

	// A failed attempt puts the entry behind the other, which is due sooner.
	retry := want[0]
	retry.Attempts, retry.DueAt, retry.LastError, retry.UpdatedAt = 1, t0.Add(time.Minute), "connection refused", t0.Add(3*time.Second)
	if err := s.UpdateOutbox(ctx, retry); err != nil {
		t.Fatal(err)
	}
	waitSignal(t, signals, "attempt recorded")
	wantOutbox(t, outbox(t, s, ready), []da.OutboxEntry{want[1], retry})
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverX, Limit: 1}), []da.OutboxEntry{want[1]})

	delivered := want[1]
	delivered.State, delivered.Attempts, delivered.UpdatedAt = da.OutboxDelivered, 1, t0.Add(4*time.Second)
	if err := s.UpdateOutbox(ctx, delivered); err != nil {
		t.Fatal(err)
	}
	dead := retry
	dead.State, dead.Attempts, dead.LastError = da.OutboxDead, 2, "webhook answered 500"
	if err := s.UpdateOutbox(ctx, dead); err != nil {
		t.Fatal(err)
	}
	wantOutbox(t, outbox(t, s, ready), nil)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{States: []da.OutboxState{da.OutboxDelivered}}), []da.OutboxEntry{delivered})
	wantOutbox(t, outbox(t, s, da.OutboxQuery{States: []da.OutboxState{da.OutboxDead}}), []da.OutboxEntry{dead})

	wantErr(t, "update a delivered entry", s.UpdateOutbox(ctx, delivered), da.ErrConflict)
	unknown := delivered
	unknown.Index = 7
	wantErr(t, "update an unknown entry", s.UpdateOutbox(ctx, unknown), da.ErrNotFound)
	bad := delivered
	bad.State = "lost"
	if err := s.UpdateOutbox(ctx, bad); err == nil {
		t.Error("an entry was given an unknown state")
	}
	if _, err := s.Outbox(ctx, da.OutboxQuery{}); err == nil {
		t.Error("outbox without a limit answered")
	}
}

// testOutboxAtomic checks that entries are stored with their task's update or not at all.
func testOutboxAtomic(t *testing.T, s da.Store) {
	ctx := t.Context()
	id := mustCreate(t, s, newMessages(0, 1), t0).ID
	proved := task.Event{State: task.Proved, Time: t0, Prover: proverX}
	result := &task.Result{TaskID: id, Prover: proverX}
	wantErr(t, "update from the wrong state", s.UpdateTaskOutbox(ctx, id, []task.State{task.Assigned}, proved, result,
		outboxEntries(id, proverX)), da.ErrConflict)
	wantErr(t, "update an unknown task", s.UpdateTaskOutbox(ctx, common.HexToHash("0x05"), []task.State{task.Packed},
		proved, nil, outboxEntries(common.HexToHash("0x05"), proverX)), da.ErrNotFound)
	other := outboxEntries(common.HexToHash("0x05"), proverX)
	if err := s.UpdateTaskOutbox(ctx, id, []task.State{task.Packed}, proved, result, other); err == nil {
		t.Error("stored an outbox entry of another task")
	}
	if got := mustTask(t, s, id); got.State != task.Packed || got.Result != nil {
		t.Errorf("after refused updates the task is %s with result %v, want packed without one", got.State, got.Result)
	}
	wantOutbox(t, outbox(t, s, da.OutboxQuery{}), nil)
}

// testOutboxReproved checks that a task whose result failed has its entries cancelled, and that proved
// again, by another prover, it has them replaced: the new prover delivers the new result, from its first
// attempt.
func testOutboxReproved(t *testing.T, s da.Store) {
	ctx := t.Context()
	id, first := proveWithOutbox(t, s, 0, 0, proverX)
	spent := first[0]
	spent.State, spent.Attempts, spent.DueAt, spent.LastError = da.OutboxPending, 3, t0.Add(time.Hour), "timeout"
	if err := s.UpdateOutbox(ctx, spent); err != nil {
		t.Fatal(err)
	}
	refused := task.Event{State: task.Failed, Time: t0.Add(2 * time.Second), Prover: proverX, Error: "dApp refused the result"}
	if err := da.RecordVerdict(ctx, s, id, refused); err != nil {
		t.Fatal(err)
	}
	// The refused result's entries are cancelled with the task's failure.
	cancelled := []da.OutboxEntry{spent, first[1]}
	for i := range cancelled {
		cancelled[i].State, cancelled[i].TaskState = da.OutboxCancelled, task.Failed
	}
	cancelled[1].DueAt = t0.Add(time.Second)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{TaskID: id}), []da.OutboxEntry{cancelled[1], cancelled[0]})
	wantErr(t, "an attempt at a cancelled entry", s.UpdateOutbox(ctx, spent), da.ErrConflict)

	mustSaveBlock(t, s, newBlock(1, "again", assign(id, proverY, t0.Add(2*time.Hour))), t0.Add(3*time.Second))

	entries := outboxEntries(id, proverY)
	entries[1].Body = []byte(`{"n":"again"}`)
	proved := task.Event{State: task.Proved, Time: t0.Add(4 * time.Second), BlockHeight: 1, Prover: proverY}
	if err := s.UpdateTaskOutbox(ctx, id, []task.State{task.Assigned}, proved, &task.Result{TaskID: id, Prover: proverY},
		entries); err != nil {
		t.Fatal(err)
	}
	want := make([]da.OutboxEntry, len(entries))
	for i, e := range entries {
		e.State, e.DueAt, e.TaskState = da.OutboxPending, proved.Time, task.Proved
		want[i] = e
	}
	wantOutbox(t, outbox(t, s, da.OutboxQuery{TaskID: id}), want)
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverX}), nil)
	wantErr(t, "the old prover records an attempt", s.UpdateOutbox(ctx, spent), da.ErrConflict)
}

// testOutboxReopen stores entries through one handle and finds them pending through the next, as a
// restart between settlement and delivery does.
func testOutboxReopen(t *testing.T, open func() da.Store) {
	s := open()
	id, entries := proveWithOutbox(t, s, 0, 0, proverX)
	if err := da.RecordVerdict(t.Context(), s, id, task.Event{State: task.Settled, Time: t0.Add(2 * time.Second),
		Prover: proverX}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	s = open()
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	want := make([]da.OutboxEntry, len(entries))
	for i, e := range entries {
		e.State, e.DueAt, e.TaskState = da.OutboxPending, t0.Add(time.Second), task.Settled
		want[i] = e
	}
	wantOutbox(t, outbox(t, s, da.OutboxQuery{Prover: proverX, States: []da.OutboxState{da.OutboxPending},
		TaskStates: []task.State{task.Settled}}), want)
}

// waitSignal fails unless a signal comes on ch.
func waitSignal(t *testing.T, ch <-chan struct{}, after string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(signalWait):
		t.Fatalf("no outbox signal after %s", after)
	}
}

// testOutboxSettledOnChainsWord checks that a result DA failed (its receipt poll gave up) but the chain
// settled gets its cancelled entries back, due at once: the chain took that result.
func testOutboxSettledOnChainsWord(t *testing.T, s da.Store) {
	ctx := t.Context()
	id, entries := proveWithOutbox(t, s, 0, 0, proverX)
	gaveUp := task.Event{State: task.Failed, Time: t0.Add(2 * time.Second), Prover: proverX, Error: "receipt not found"}
	if err := da.RecordVerdict(ctx, s, id, gaveUp); err != nil {
		t.Fatal(err)
	}
	if got := outbox(t, s, da.OutboxQuery{TaskID: id}); len(got) != len(entries) || got[0].State != da.OutboxCancelled {
		t.Fatalf("after the failure: %+v", got)
	}
	settled := task.Event{State: task.Settled, Time: t0.Add(3 * time.Second), Prover: proverX}
	if err := da.RecordSettlement(ctx, s, id, settled); err != nil {
		t.Fatal(err)
	}
	got := outbox(t, s, da.OutboxQuery{TaskID: id})
	if len(got) != len(entries) {
		t.Fatalf("%d entries after settlement, want %d", len(got), len(entries))
	}
	for _, e := range got {
		if e.State != da.OutboxPending || e.TaskState != task.Settled || !e.DueAt.Equal(settled.Time) {
			t.Fatalf("entry %d after settlement on the chain's word: %s, task %s, due %s", e.Index, e.State, e.TaskState, e.DueAt)
		}
	}
}
