package storetest

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

func testSaveBlock(t *testing.T, s da.Store) {
	ctx := t.Context()
	t1 := mustCreate(t, s, newMessages(0, 2), t0)
	t2 := mustCreate(t, s, newMessages(10, 1), t0)
	at := t0.Add(time.Second)
	b := newBlock(1, "save", assign(t1.ID, proverX, t0.Add(time.Hour)), assign(t2.ID, proverY, t0.Add(2*time.Hour)))
	b.TxHash, b.ChainBlock = common.HexToHash("0x6d1"), 1<<63+501 // minted on-chain; all 64 bits kept
	mustSaveBlock(t, s, b, at)

	for _, a := range b.Assignments {
		got := mustTask(t, s, a.TaskID)
		if got.State != task.Assigned || got.Attempts != 1 || got.BlockHeight != 1 || got.Prover != a.Prover {
			t.Errorf("task %s: state %s, attempts %d, height %d, prover %s; want assigned, 1, 1, %s",
				a.TaskID, got.State, got.Attempts, got.BlockHeight, got.Prover, a.Prover)
		}
		sameTime(t, "deadline", got.Deadline, time.UnixMilli(int64(a.Deadline)))
		sameTime(t, "updated at", got.UpdatedAt, at)
		wantEvents(t, got.Events,
			task.Event{State: task.Packed, Time: t0},
			task.Event{State: task.Assigned, Time: at, BlockHeight: 1, Prover: a.Prover, TxHash: b.TxHash,
				ChainBlock: b.ChainBlock})
	}
	for _, get := range []func() (block.Block, error){
		func() (block.Block, error) { return s.Block(ctx, 1) },
		func() (block.Block, error) { return s.LatestBlock(ctx) },
	} {
		got, err := get()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, b) {
			t.Errorf("block:\n got %+v\nwant %+v", got, b)
		}
	}
}

func testSaveBlockRefusals(t *testing.T, s da.Store) {
	ctx := t.Context()
	free := mustCreate(t, s, newMessages(0, 1), t0).ID
	held := mustCreate(t, s, newMessages(10, 1), t0).ID
	done := mustCreate(t, s, newMessages(20, 1), t0).ID
	tip := newBlock(1, "tip", assign(held, proverX, t0.Add(time.Hour)), assign(done, proverX, t0.Add(time.Hour)))
	mustSaveBlock(t, s, tip, t0)
	mustUpdate(t, s, done, []task.State{task.Assigned}, task.Event{State: task.Proved, Time: t0}, nil)

	ok := assign(free, proverY, t0.Add(2*time.Hour))
	otherProject := ok
	otherProject.ProjectID = 2
	sameHash := newBlock(2, "same hash", ok)
	sameHash.Hash = tip.Hash
	tests := []struct {
		name string
		b    block.Block
	}{
		{"height taken", newBlock(1, "again", ok)},
		{"height skips one", newBlock(3, "gap", ok)},
		{"hash taken", sameHash},
		{"task missing", newBlock(2, "missing", ok, assign(fakeHash, proverY, t0.Add(time.Hour)))},
		{"task assigned, deadline not passed", newBlock(2, "held", ok, assign(held, proverY, t0.Add(time.Hour)))},
		{"task proved", newBlock(2, "done", ok, assign(done, proverY, t0.Add(time.Hour)))},
		{"task of another project", newBlock(2, "project", otherProject)},
		{"task twice", newBlock(2, "twice", ok, ok)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantErr(t, "save block", s.SaveBlock(ctx, tc.b, t0.Add(time.Minute)), da.ErrConflict)
			latest, err := s.LatestBlock(ctx)
			if err != nil || latest.Height != 1 || latest.Hash != tip.Hash {
				t.Errorf("latest block after a refusal: %d %s, %v; want 1 %s", latest.Height, latest.Hash, err, tip.Hash)
			}
			if _, err := s.Block(ctx, 2); err == nil {
				t.Error("a refused block was stored at height 2")
			}
			if got := mustTask(t, s, free); got.State != task.Packed || got.Attempts != 0 || len(got.Events) != 1 {
				t.Errorf("a refused block assigned a task: %+v", got)
			}
			if got := mustTask(t, s, held); got.Prover != proverX || got.Attempts != 1 || len(got.Events) != 2 {
				t.Errorf("a refused block changed an assignment: %+v", got)
			}
		})
	}
	mustSaveBlock(t, s, newBlock(2, "good", ok), t0.Add(time.Minute))
}

func testReassign(t *testing.T, s da.Store) {
	ctx := t.Context()
	failed := mustCreate(t, s, newMessages(0, 1), t0).ID
	late := mustCreate(t, s, newMessages(10, 1), t0).ID
	mustSaveBlock(t, s, newBlock(1, "first", assign(failed, proverX, t0.Add(time.Hour)),
		assign(late, proverX, t0.Add(10*time.Minute))), t0)
	crash := task.Event{State: task.Failed, Time: t0.Add(time.Minute), Prover: proverX, Error: "prover crashed"}
	mustUpdate(t, s, failed, []task.State{task.Assigned}, crash, nil)

	second := newBlock(2, "second", assign(failed, proverY, t0.Add(2*time.Hour)), assign(late, proverY, t0.Add(2*time.Hour)))
	wantErr(t, "re-assign before the deadline", s.SaveBlock(ctx, second, t0.Add(5*time.Minute)), da.ErrConflict)
	at := t0.Add(11 * time.Minute)
	mustSaveBlock(t, s, second, at)

	for _, tc := range []struct {
		id   common.Hash
		want []task.Event
	}{
		{failed, []task.Event{
			{State: task.Packed, Time: t0},
			{State: task.Assigned, Time: t0, BlockHeight: 1, Prover: proverX},
			crash,
			{State: task.Assigned, Time: at, BlockHeight: 2, Prover: proverY},
		}},
		{late, []task.Event{
			{State: task.Packed, Time: t0},
			{State: task.Assigned, Time: t0, BlockHeight: 1, Prover: proverX},
			{State: task.Assigned, Time: at, BlockHeight: 2, Prover: proverY},
		}},
	} {
		got := mustTask(t, s, tc.id)
		if got.State != task.Assigned || got.Attempts != 2 || got.BlockHeight != 2 || got.Prover != proverY {
			t.Errorf("re-assigned task: state %s, attempts %d, height %d, prover %s", got.State, got.Attempts,
				got.BlockHeight, got.Prover)
		}
		sameTime(t, "deadline", got.Deadline, time.UnixMilli(t0.Add(2*time.Hour).UnixMilli()))
		wantEvents(t, got.Events, tc.want...)
	}
}

func testBlocks(t *testing.T, s da.Store) {
	ctx := t.Context()
	_, err := s.LatestBlock(ctx)
	wantErr(t, "latest block of an empty store", err, da.ErrNotFound)
	_, err = s.Block(ctx, 1)
	wantErr(t, "block of an empty store", err, da.ErrNotFound)

	tk := mustCreate(t, s, newMessages(0, 1), t0)
	empty := newBlock(1, "empty") // a block may assign nothing, and a node without a chain mints off-chain
	full := newBlock(2, "full", assign(tk.ID, proverX, t0.Add(time.Hour)))
	full.TxHash, full.ChainBlock = common.HexToHash("0xf011"), 1<<64-4
	full.Header.Version = 1<<32 - 1
	full.Header.NBits = 1<<32 - 2
	full.Header.Timestamp = 1<<64 - 3
	mustSaveBlock(t, s, empty, t0)
	mustSaveBlock(t, s, full, t0)

	tests := []struct {
		name string
		get  func() (block.Block, error)
		want block.Block
	}{
		{"first", func() (block.Block, error) { return s.Block(ctx, 1) }, empty},
		{"second", func() (block.Block, error) { return s.Block(ctx, 2) }, full},
		{"latest", func() (block.Block, error) { return s.LatestBlock(ctx) }, full},
	}
	for _, tc := range tests {
		got, err := tc.get()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
	_, err = s.Block(ctx, 3)
	wantErr(t, "block above the tip", err, da.ErrNotFound)
}

func testState(t *testing.T, s da.Store) {
	ctx := t.Context()
	_, err := s.GetState(ctx, "cursor")
	wantErr(t, "missing key", err, da.ErrNotFound)
	steps := []struct {
		key   string
		value []byte
	}{
		{"cursor", []byte{1, 2, 3}},
		{"other", []byte("x")},
		{"cursor", []byte{4}}, // overwrite
		{"empty", nil},
		{"", []byte{0}},
	}
	want := map[string][]byte{}
	for _, st := range steps {
		if err := s.PutState(ctx, st.key, st.value); err != nil {
			t.Fatalf("put %q: %v", st.key, err)
		}
		want[st.key] = st.value
	}
	for k, v := range want {
		got, err := s.GetState(ctx, k)
		if err != nil {
			t.Fatalf("get %q: %v", k, err)
		}
		if !bytes.Equal(got, v) {
			t.Errorf("get %q: %x, want %x", k, got, v)
		}
	}
}

func testSubscribe(t *testing.T, s da.Store) {
	ctx := t.Context()
	topics := []da.Topic{da.TopicMessages, da.TopicTasks, da.TopicBlocks}
	subs := map[da.Topic]<-chan struct{}{}
	for _, topic := range topics {
		ch, cancel := s.Subscribe(topic)
		t.Cleanup(cancel)
		subs[topic] = ch
	}
	msgs := newMessages(0, 2)
	tk := newTask(msgs, t0)
	steps := []struct {
		name  string
		write func() error
		want  []da.Topic
	}{
		{"append", func() error { _, err := s.AppendMessages(ctx, msgs, t0); return err }, []da.Topic{da.TopicMessages}},
		{"create task", func() error { return s.CreateTask(ctx, tk) }, []da.Topic{da.TopicTasks}},
		{"create tasks", func() error {
			more := newMessages(20, 2)
			if _, err := s.AppendMessages(ctx, more, t0); err != nil {
				return err
			}
			return s.CreateTasks(ctx, []task.Task{newTask(more[:1], t0), newTask(more[1:], t0)})
		}, []da.Topic{da.TopicTasks}},
		{"save block", func() error {
			return s.SaveBlock(ctx, newBlock(1, "signal", assign(tk.ID, proverX, t0.Add(time.Hour))), t0)
		}, []da.Topic{da.TopicBlocks, da.TopicTasks}},
		{"update task", func() error {
			return s.UpdateTask(ctx, tk.ID, []task.State{task.Assigned}, task.Event{State: task.Proved, Time: t0}, nil)
		}, []da.Topic{da.TopicTasks}},
	}
	for _, st := range steps {
		for _, ch := range subs {
			drain(ch)
		}
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for _, topic := range st.want {
			select {
			case <-subs[topic]:
			case <-time.After(signalWait):
				t.Fatalf("%s: no %s signal", st.name, topic)
			}
		}
	}

	// After cancel the channel gets nothing more; cancelling twice is harmless.
	ch, cancel := s.Subscribe(da.TopicMessages)
	cancel()
	cancel()
	drain(ch)
	mustAppend(t, s, newMessages(10, 1)...)
	select {
	case <-ch:
		t.Error("signal after cancel")
	default:
	}
}

// drain empties a signal channel.
func drain(ch <-chan struct{}) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}
