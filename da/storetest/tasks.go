package storetest

import (
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

func testCreateTask(t *testing.T, s da.Store) {
	ctx := t.Context()
	msgs := newMessages(0, 3)
	tk := mustCreate(t, s, msgs, t0)

	got := mustTask(t, s, tk.ID)
	if got.ID != tk.ID || got.ProjectID != tk.ProjectID || got.ProjectVersion != tk.ProjectVersion ||
		!slices.Equal(got.MessageIDs, tk.MessageIDs) {
		t.Errorf("task: got %+v, want %+v", got.Task, tk)
	}
	sameTime(t, "created at", got.CreatedAt, t0)
	sameTime(t, "updated at", got.UpdatedAt, t0)
	if got.State != task.Packed || got.Attempts != 0 || got.BlockHeight != 0 || got.Prover != (common.Address{}) ||
		!got.Deadline.IsZero() || got.Result != nil || got.Error != "" {
		t.Errorf("new task: got %+v, want packed and unassigned", got)
	}
	wantEvents(t, got.Events, task.Event{State: task.Packed, Time: t0})

	for _, m := range msgs {
		stored, err := s.Message(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if stored.TaskID != tk.ID {
			t.Errorf("message %s: task %s, want %s", m.ID, stored.TaskID, tk.ID)
		}
	}
	if left, err := s.UnpackedMessages(ctx, 0, 10); err != nil || len(left) != 0 {
		t.Errorf("unpacked after packing all: %v, %v", messageIDs(left), err)
	}
	_, err := s.Task(ctx, common.HexToHash("0x02"))
	wantErr(t, "unknown task", err, da.ErrNotFound)
}

func testCreateTaskConflicts(t *testing.T, s da.Store) {
	ctx := t.Context()
	packed := newMessages(0, 2)
	existing := mustCreate(t, s, packed, t0)
	free := newMessages(10, 2)
	mustAppend(t, s, free...)
	missing := newMessage(1, "v1", 99)

	tests := []struct {
		name string
		msgs []message.Verified
	}{
		{"task exists", packed},
		{"a message is in a task", []message.Verified{free[0], packed[0]}},
		{"the first message is in a task", []message.Verified{packed[1], free[1]}},
		{"a message is missing", []message.Verified{free[0], missing}},
		{"a message twice", []message.Verified{free[0], free[1], free[0]}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk := newTask(tc.msgs, t0.Add(time.Hour))
			wantErr(t, "create task", s.CreateTask(ctx, tk), da.ErrConflict)
			if tk.ID != existing.ID {
				_, err := s.Task(ctx, tk.ID)
				wantErr(t, "refused task", err, da.ErrNotFound)
			}
			left, err := s.UnpackedMessages(ctx, 0, 10)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(messageIDs(left), ids(free)) {
				t.Errorf("unpacked after a refused task: %v, want %v", messageIDs(left), ids(free))
			}
			old := mustTask(t, s, existing.ID)
			if old.State != task.Packed || len(old.Events) != 1 || !old.CreatedAt.Equal(t0) {
				t.Errorf("existing task changed: %+v", old)
			}
		})
	}
	// Nothing that was refused is left holding the free messages.
	mustCreate(t, s, free, t0)
}

func testCreateTasks(t *testing.T, s da.Store) {
	ctx := t.Context()
	msgs := newMessages(0, 7)
	mustAppend(t, s, msgs...)
	batch := []task.Task{
		newTask(msgs[0:3], t0),
		newTask([]message.Verified{msgs[5], msgs[3]}, t0.Add(time.Second)), // not DA order
		task.New(2, "v2", ids(msgs[4:5]), t0.Add(2*time.Second)),
	}
	if err := s.CreateTasks(ctx, batch); err != nil {
		t.Fatalf("create tasks: %v", err)
	}
	for _, tk := range batch {
		got := mustTask(t, s, tk.ID)
		if got.ProjectID != tk.ProjectID || got.ProjectVersion != tk.ProjectVersion || !slices.Equal(got.MessageIDs, tk.MessageIDs) {
			t.Errorf("task: got %+v, want %+v", got.Task, tk)
		}
		sameTime(t, "created at", got.CreatedAt, tk.CreatedAt)
		sameTime(t, "updated at", got.UpdatedAt, tk.CreatedAt)
		if got.State != task.Packed || got.Attempts != 0 || got.Prover != (common.Address{}) || got.Error != "" {
			t.Errorf("new task: got %+v, want packed and unassigned", got)
		}
		wantEvents(t, got.Events, task.Event{State: task.Packed, Time: tk.CreatedAt})
		linked, err := s.TaskMessages(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(messageIDs(linked), tk.MessageIDs) {
			t.Errorf("task %s messages %v, want %v", tk.ID, messageIDs(linked), tk.MessageIDs)
		}
	}
	// Creation order is batch order.
	listed, err := s.Tasks(ctx, da.TaskQuery{Order: da.OldestFirst, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if want := []common.Hash{batch[0].ID, batch[1].ID, batch[2].ID}; !slices.Equal(taskIDs(listed), want) {
		t.Errorf("tasks oldest first: %v, want %v", taskIDs(listed), want)
	}
	left, err := s.UnpackedMessages(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := ids(msgs[6:]); !slices.Equal(messageIDs(left), want) {
		t.Errorf("unpacked: %v, want %v", messageIDs(left), want)
	}
	if err := s.CreateTasks(ctx, nil); err != nil {
		t.Errorf("empty batch: %v", err)
	}
}

// testCreateTasksConflicts puts one conflicting task among good ones: nothing of the batch is stored.
func testCreateTasksConflicts(t *testing.T, s da.Store) {
	ctx := t.Context()
	packed := newMessages(0, 2)
	existing := mustCreate(t, s, packed, t0)
	free := newMessages(10, 6)
	mustAppend(t, s, free...)
	missing := newMessage(1, "v1", 99)
	later := t0.Add(time.Hour)
	good1, good2 := newTask(free[0:2], later), newTask(free[4:6], later)

	tests := []struct {
		name string
		bad  []task.Task // put between good1 and good2
	}{
		{"a task exists", []task.Task{newTask(packed, later)}},
		{"a message is in a task", []task.Task{newTask([]message.Verified{free[2], packed[1]}, later)}},
		{"a message is missing", []task.Task{newTask([]message.Verified{free[2], missing}, later)}},
		{"a message in two tasks of the batch", []task.Task{
			newTask(free[2:4], later),
			newTask([]message.Verified{free[3]}, later),
		}},
		{"a message in a good task and a bad one", []task.Task{newTask([]message.Verified{free[2], free[5]}, later)}},
		{"a task twice", []task.Task{newTask(free[2:4], later), newTask(free[2:4], later)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			batch := append(append([]task.Task{good1}, tc.bad...), good2)
			wantErr(t, "create tasks", s.CreateTasks(ctx, batch), da.ErrConflict)
			for _, tk := range batch {
				if tk.ID == existing.ID {
					continue
				}
				_, err := s.Task(ctx, tk.ID)
				wantErr(t, "task of a refused batch", err, da.ErrNotFound)
			}
			left, err := s.UnpackedMessages(ctx, 0, 10)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(messageIDs(left), ids(free)) {
				t.Errorf("unpacked after a refused batch: %v, want %v", messageIDs(left), ids(free))
			}
			old := mustTask(t, s, existing.ID)
			if old.State != task.Packed || len(old.Events) != 1 || !old.CreatedAt.Equal(t0) {
				t.Errorf("existing task changed: %+v", old)
			}
		})
	}
	// Nothing that was refused is left holding the free messages.
	if err := s.CreateTasks(ctx, []task.Task{good1, newTask(free[2:4], later), good2}); err != nil {
		t.Fatalf("create tasks after refusals: %v", err)
	}
}

func testTaskMessages(t *testing.T, s da.Store) {
	ctx := t.Context()
	msgs := newMessages(0, 5)
	mustAppend(t, s, msgs...)
	order := []message.Verified{msgs[3], msgs[0], msgs[4], msgs[1]} // not DA order
	tk := newTask(order, t0)
	if err := s.CreateTask(ctx, tk); err != nil {
		t.Fatal(err)
	}
	got, err := s.TaskMessages(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(messageIDs(got), ids(order)) {
		t.Errorf("task messages %v, want %v", messageIDs(got), ids(order))
	}
	for i, m := range got {
		if !reflect.DeepEqual(m.Verified, order[i]) || m.TaskID != tk.ID {
			t.Errorf("task message %d: got %+v in task %s", i, m.Verified, m.TaskID)
		}
	}
	_, err = s.TaskMessages(ctx, common.HexToHash("0x03"))
	wantErr(t, "messages of an unknown task", err, da.ErrNotFound)
}

func testTasks(t *testing.T, s da.Store) {
	ctx := t.Context()
	create := func(project uint64, n int) common.Hash {
		m := newMessage(project, "v1", n)
		mustAppend(t, s, m)
		tk := task.New(project, "v1", []common.Hash{m.ID}, t0.Add(time.Duration(n)*time.Second))
		if err := s.CreateTask(ctx, tk); err != nil {
			t.Fatal(err)
		}
		return tk.ID
	}
	a, b, c, d := create(1, 1), create(1, 2), create(1, 3), create(1, 4)
	e, f := create(2, 5), create(2, 6)
	fa := assign(f, proverX, t0.Add(20*time.Minute))
	fa.ProjectID = 2
	mustSaveBlock(t, s, newBlock(1, "tasks",
		assign(b, proverX, t0.Add(10*time.Minute)),
		assign(c, proverY, t0.Add(5*time.Minute)),
		fa,
		assign(d, proverY, t0.Add(30*time.Minute)),
	), t0)
	mustUpdate(t, s, d, []task.State{task.Assigned}, task.Event{State: task.Failed, Time: t0.Add(time.Minute), Error: "x"}, nil)

	tests := []struct {
		name string
		q    da.TaskQuery
		want []common.Hash
	}{
		{"all, newest first", da.TaskQuery{Limit: 10}, []common.Hash{f, e, d, c, b, a}},
		{"all, oldest first", da.TaskQuery{Order: da.OldestFirst, Limit: 10}, []common.Hash{a, b, c, d, e, f}},
		{"limit", da.TaskQuery{Order: da.OldestFirst, Limit: 2}, []common.Hash{a, b}},
		{"project", da.TaskQuery{ProjectID: 1, Limit: 10}, []common.Hash{d, c, b, a}},
		{"other project, oldest first", da.TaskQuery{ProjectID: 2, Order: da.OldestFirst, Limit: 10}, []common.Hash{e, f}},
		{"one state", da.TaskQuery{States: []task.State{task.Packed}, Limit: 10}, []common.Hash{e, a}},
		{"two states", da.TaskQuery{States: []task.State{task.Packed, task.Failed}, Order: da.OldestFirst, Limit: 10},
			[]common.Hash{a, d, e}},
		{"no match", da.TaskQuery{States: []task.State{task.Settled}, Limit: 10}, nil},
		{"prover", da.TaskQuery{Prover: proverX, Order: da.OldestFirst, Limit: 10}, []common.Hash{b, f}},
		{"deadline first", da.TaskQuery{States: []task.State{task.Assigned}, Order: da.DeadlineFirst, Limit: 10},
			[]common.Hash{c, b, f}},
		{"deadline first, unassigned last", da.TaskQuery{Order: da.DeadlineFirst, Limit: 10},
			[]common.Hash{c, b, f, d, a, e}},
		{"deadline first, limit", da.TaskQuery{Order: da.DeadlineFirst, Limit: 2}, []common.Hash{c, b}},
		{"deadline before", da.TaskQuery{DeadlineBefore: t0.Add(15 * time.Minute), Order: da.DeadlineFirst, Limit: 10},
			[]common.Hash{c, b}},
		{"deadline before, prover", da.TaskQuery{DeadlineBefore: t0.Add(15 * time.Minute), Prover: proverX, Limit: 10},
			[]common.Hash{b}},
		{"project and state", da.TaskQuery{ProjectID: 2, States: []task.State{task.Assigned}, Limit: 10}, []common.Hash{f}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Tasks(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(taskIDs(got), tc.want) {
				t.Errorf("got %v, want %v", taskIDs(got), tc.want)
			}
			c, ok := s.(da.ProverCounter)
			if !ok {
				return
			}
			counts, err := c.CountByProver(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			want := map[common.Address]int{}
			for _, tk := range got {
				want[tk.Prover]++
			}
			if !maps.Equal(counts, want) {
				t.Errorf("CountByProver: got %v, want %v", counts, want)
			}
		})
	}

	// A listed task is the task as Task returns it, less its events.
	all, err := s.Tasks(ctx, da.TaskQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, listed := range all {
		one := mustTask(t, s, listed.ID)
		if len(listed.Events) != 0 {
			t.Errorf("task %s: listed with %d events", listed.ID, len(listed.Events))
		}
		one.Events = nil
		if !reflect.DeepEqual(listed, one) {
			t.Errorf("task %s:\nlisted %+v\n   got %+v", listed.ID, listed, one)
		}
	}
	if _, err := s.Tasks(ctx, da.TaskQuery{}); err == nil {
		t.Error("limit 0: no error")
	}
}

func testUpdateTask(t *testing.T, s da.Store) {
	tk := mustCreate(t, s, newMessages(0, 2), t0)
	failing := mustCreate(t, s, newMessages(10, 1), t0)
	deadline := t0.Add(time.Hour)
	mustSaveBlock(t, s, newBlock(1, "update", assign(tk.ID, proverX, deadline), assign(failing.ID, proverY, deadline)),
		t0.Add(time.Second))

	result := &task.Result{
		TaskID:       tk.ID,
		Prover:       proverX,
		Output:       []byte(`{"sum":42}`),
		PublicInputs: []byte{1, 2, 3},
		Signature:    make([]byte, 65),
	}
	result.Signature[3] = 9
	submitTx, settleTx := common.HexToHash("0x7a"), common.HexToHash("0x7b")
	steps := []struct {
		from   []task.State
		ev     task.Event
		result *task.Result
	}{
		{[]task.State{task.Assigned}, task.Event{State: task.Proved, Time: t0.Add(2 * time.Second), Prover: proverX}, result},
		{[]task.State{task.Proved}, task.Event{State: task.Submitted, Time: t0.Add(3 * time.Second), TxHash: submitTx,
			ChainBlock: 1234}, nil},
		// A chain block number with the high bit set: a store must keep all 64 bits.
		{[]task.State{task.Packed, task.Submitted}, task.Event{State: task.Settled, Time: t0.Add(4 * time.Second),
			TxHash: settleTx, ChainBlock: 1<<63 + 1240, BlockHeight: 77}, nil},
	}
	for _, st := range steps {
		mustUpdate(t, s, tk.ID, st.from, st.ev, st.result)
	}
	got := mustTask(t, s, tk.ID)
	if got.State != task.Settled || got.Attempts != 1 || got.BlockHeight != 1 || got.Prover != proverX || got.Error != "" {
		t.Errorf("settled task: %+v", got)
	}
	if !reflect.DeepEqual(got.Result, result) {
		t.Errorf("result: got %+v, want %+v", got.Result, result)
	}
	sameTime(t, "updated at", got.UpdatedAt, t0.Add(4*time.Second))
	sameTime(t, "deadline", got.Deadline, time.UnixMilli(deadline.UnixMilli()))
	wantEvents(t, got.Events,
		task.Event{State: task.Packed, Time: t0},
		task.Event{State: task.Assigned, Time: t0.Add(time.Second), BlockHeight: 1, Prover: proverX},
		steps[0].ev, steps[1].ev, steps[2].ev)

	failed := task.Event{State: task.Failed, Time: t0.Add(5 * time.Second), Prover: proverY, Error: "execution reverted: late"}
	mustUpdate(t, s, failing.ID, []task.State{task.Assigned, task.Proved}, failed, nil)
	got = mustTask(t, s, failing.ID)
	if got.State != task.Failed || got.Error != failed.Error || got.Result != nil {
		t.Errorf("failed task: state %s, error %q, result %v", got.State, got.Error, got.Result)
	}
	wantEvents(t, got.Events,
		task.Event{State: task.Packed, Time: t0},
		task.Event{State: task.Assigned, Time: t0.Add(time.Second), BlockHeight: 1, Prover: proverY},
		failed)
}

func testUpdateTaskRefusals(t *testing.T, s da.Store) {
	ctx := t.Context()
	tk := mustCreate(t, s, newMessages(0, 1), t0)
	later := task.Event{State: task.Proved, Time: t0.Add(time.Minute)}
	tests := []struct {
		name string
		id   common.Hash
		from []task.State
		want error
	}{
		{"unknown task", common.HexToHash("0x04"), []task.State{task.Packed}, da.ErrNotFound},
		{"other state", tk.ID, []task.State{task.Assigned}, da.ErrConflict},
		{"other states", tk.ID, []task.State{task.Assigned, task.Failed, task.Proved}, da.ErrConflict},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantErr(t, "update", s.UpdateTask(ctx, tc.id, tc.from, later, nil), tc.want)
			got := mustTask(t, s, tk.ID)
			if got.State != task.Packed || len(got.Events) != 1 || got.Result != nil || !got.UpdatedAt.Equal(t0) {
				t.Errorf("refused update changed the task: %+v", got)
			}
		})
	}
}

// testRecordVerdict records a router's verdict twice, as the submitting prover and the chain follower
// both do: the first moves a proved task through submitted to the verdict, the second changes nothing;
// a task not proved is left alone.
func testRecordVerdict(t *testing.T, s da.Store) {
	ctx := t.Context()
	settled := mustCreate(t, s, newMessages(0, 1), t0)
	refused := mustCreate(t, s, newMessages(10, 1), t0)
	unproved := mustCreate(t, s, newMessages(20, 1), t0)
	deadline := t0.Add(time.Hour)
	mustSaveBlock(t, s, newBlock(1, "verdict", assign(settled.ID, proverX, deadline), assign(refused.ID, proverX, deadline),
		assign(unproved.ID, proverY, deadline)), t0.Add(time.Second))
	proved := task.Event{State: task.Proved, Time: t0.Add(2 * time.Second), Prover: proverX}
	for _, id := range []common.Hash{settled.ID, refused.ID} {
		mustUpdate(t, s, id, []task.State{task.Assigned}, proved, &task.Result{TaskID: id, Prover: proverX})
	}

	tx := common.HexToHash("0x7c")
	tests := []struct {
		id      common.Hash
		verdict task.Event
		want    []task.Event // after the packed and assigned events
	}{
		{settled.ID, task.Event{State: task.Settled, Time: t0.Add(3 * time.Second), BlockHeight: 1, Prover: proverX, TxHash: tx, ChainBlock: 9},
			[]task.Event{proved,
				{State: task.Submitted, Time: t0.Add(3 * time.Second), BlockHeight: 1, Prover: proverX, TxHash: tx, ChainBlock: 9},
				{State: task.Settled, Time: t0.Add(3 * time.Second), BlockHeight: 1, Prover: proverX, TxHash: tx, ChainBlock: 9}}},
		{refused.ID, task.Event{State: task.Failed, Time: t0.Add(3 * time.Second), Prover: proverX, TxHash: tx, ChainBlock: 9, Error: "dApp refused the result: Low"},
			[]task.Event{proved,
				{State: task.Submitted, Time: t0.Add(3 * time.Second), Prover: proverX, TxHash: tx, ChainBlock: 9},
				{State: task.Failed, Time: t0.Add(3 * time.Second), Prover: proverX, TxHash: tx, ChainBlock: 9, Error: "dApp refused the result: Low"}}},
		{unproved.ID, task.Event{State: task.Settled, Time: t0.Add(3 * time.Second), Prover: proverY, TxHash: tx}, nil},
	}
	for _, tc := range tests {
		for range 2 {
			if err := da.RecordVerdict(ctx, s, tc.id, tc.verdict); err != nil {
				t.Fatalf("record verdict %s: %v", tc.verdict.State, err)
			}
		}
		assigned := task.Event{State: task.Assigned, Time: t0.Add(time.Second), BlockHeight: 1, Prover: tc.verdict.Prover}
		wantEvents(t, mustTask(t, s, tc.id).Events, append([]task.Event{{State: task.Packed, Time: t0}, assigned}, tc.want...)...)
	}
	wantErr(t, "verdict on an unknown task", da.RecordVerdict(ctx, s, common.HexToHash("0x05"), tests[0].verdict), da.ErrNotFound)
}

// wantEvents fails unless got are want, in order.
func wantEvents(t testing.TB, got []task.Event, want ...task.Event) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("events: got %d %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i := range want {
		g, w := got[i], want[i]
		sameTime(t, "event time", g.Time, w.Time)
		g.Time, w.Time = time.Time{}, time.Time{}
		if g != w {
			t.Errorf("event %d: got %+v, want %+v", i, g, w)
		}
	}
}
