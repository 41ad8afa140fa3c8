package storetest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

// RunShared runs the checks that need several handles on the same data, as a restart or several
// processes sharing one database see it. Each call of open returns a new handle; calls with the same name
// share data, calls with different names do not. RunShared closes every handle it opens.
func RunShared(t *testing.T, open func(t *testing.T, name string) da.Store) {
	t.Run("Reopen", func(t *testing.T) {
		testReopen(t, func() da.Store { return open(t, "reopen") })
	})
	t.Run("Handles", func(t *testing.T) {
		a := openClosed(t, func(t *testing.T) da.Store { return open(t, "handles") })
		b := openClosed(t, func(t *testing.T) da.Store { return open(t, "handles") })
		testConcurrent(t, a, b)
	})
	t.Run("OutboxReopen", func(t *testing.T) {
		testOutboxReopen(t, func() da.Store { return open(t, "outbox-reopen") })
	})
}

// testReopen writes through one handle, closes it, and reads everything back through a new one.
func testReopen(t *testing.T, open func() da.Store) {
	ctx := t.Context()
	s := open()
	msgs := newMessages(0, 3)
	appended := mustAppend(t, s, msgs...)
	tk := newTask(msgs[:2], t0)
	if err := s.CreateTask(ctx, tk); err != nil {
		t.Fatal(err)
	}
	b := newBlock(1, "reopen", assign(tk.ID, proverX, t0.Add(time.Hour)))
	mustSaveBlock(t, s, b, t0)
	result := &task.Result{TaskID: tk.ID, Prover: proverX, Output: []byte("{}"), Signature: make([]byte, 65)}
	mustUpdate(t, s, tk.ID, []task.State{task.Assigned}, task.Event{State: task.Proved, Time: t0}, result)
	if err := s.PutState(ctx, "cursor", []byte{7}); err != nil {
		t.Fatal(err)
	}
	before := mustTask(t, s, tk.ID)
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	s = open()
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	if after := mustTask(t, s, tk.ID); !reflect.DeepEqual(after, before) {
		t.Errorf("task after reopen:\n got %+v\nwant %+v", after, before)
	}
	for i, m := range msgs {
		got, err := s.Message(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		taskID := tk.ID
		if i == 2 {
			taskID = common.Hash{}
		}
		sameMessage(t, got, m, appended[i].Message.Seq, t0, taskID)
	}
	if latest, err := s.LatestBlock(ctx); err != nil || !reflect.DeepEqual(latest, b) {
		t.Errorf("latest block after reopen: %+v, %v", latest, err)
	}
	if v, err := s.GetState(ctx, "cursor"); err != nil || !slices.Equal(v, []byte{7}) {
		t.Errorf("state after reopen: %x, %v", v, err)
	}
	// Sequence numbers go on from where they were, and old messages still dedupe.
	again := mustAppend(t, s, newMessage(1, "v1", 50), msgs[2])
	if !again[0].New || again[0].Message.Seq <= appended[2].Message.Seq {
		t.Errorf("new message after reopen: New %v, seq %d; want true, > %d", again[0].New, again[0].Message.Seq,
			appended[2].Message.Seq)
	}
	if again[1].New || again[1].Message.Seq != appended[2].Message.Seq {
		t.Errorf("old message after reopen: New %v, seq %d; want false, %d", again[1].New, again[1].Message.Seq,
			appended[2].Message.Seq)
	}
}

// testConcurrent appends and packs from several goroutines over the given handles of one store, races
// blocks and task updates, and checks that no message ended in two tasks and no write was lost.
func testConcurrent(t *testing.T, stores ...da.Store) {
	const (
		appenders = 4
		batches   = 8
		own       = 20 // messages per batch only this appender sends
		shared    = 5  // messages per batch every appender sends
		packers   = 3  // per handle
	)
	ctx := t.Context()
	var (
		appending sync.WaitGroup
		mu        sync.Mutex
		firstSeq  = map[common.Hash]int64{} // of the message's New append
		seqs      = map[common.Hash][]int64{}
	)
	for g := range appenders {
		appending.Go(func() {
			s := stores[g%len(stores)]
			for k := range batches {
				var batch []message.Verified
				for i := range own {
					batch = append(batch, newMessage(1, "v1", 100000+g*1000+k*own+i))
				}
				for i := range shared {
					batch = append(batch, newMessage(1, "v1", k*shared+i))
				}
				rand.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
				got, err := s.AppendMessages(ctx, batch, t0)
				if err != nil {
					t.Errorf("append: %v", err)
					return
				}
				mu.Lock()
				for _, a := range got {
					if a.New {
						if _, ok := firstSeq[a.Message.ID]; ok {
							t.Errorf("message %s appended as new twice", a.Message.ID)
						}
						firstSeq[a.Message.ID] = a.Message.Seq
					}
					seqs[a.Message.ID] = append(seqs[a.Message.ID], a.Message.Seq)
				}
				mu.Unlock()
			}
		})
	}

	var (
		done      atomic.Bool
		packing   sync.WaitGroup
		conflicts atomic.Int64
	)
	for p := range packers * len(stores) {
		packing.Go(func() {
			s := stores[p%len(stores)]
			sig, cancel := s.Subscribe(da.TopicMessages)
			defer cancel()
			for {
				finished := done.Load() // read before looking, so that an empty look after it is final
				msgs, err := s.UnpackedMessages(ctx, 0, 1+rand.IntN(12))
				if err != nil {
					t.Errorf("unpacked messages: %v", err)
					return
				}
				if len(msgs) == 0 {
					if finished {
						return
					}
					select { // signals do not cross handles, so do not wait on them alone
					case <-sig:
					case <-time.After(5 * time.Millisecond):
					}
					continue
				}
				ids := messageIDs(msgs)
				if len(ids) > 1 && rand.IntN(2) == 0 {
					ids = ids[rand.IntN(len(ids)):] // vary the sets that packers race for
				}
				if rand.IntN(2) == 0 {
					err = s.CreateTask(ctx, task.New(1, "v1", ids, t0))
				} else {
					err = s.CreateTasks(ctx, splitTasks(ids))
				}
				switch {
				case errors.Is(err, da.ErrConflict):
					conflicts.Add(1)
				case err != nil:
					t.Errorf("create task: %v", err)
					return
				}
			}
		})
	}
	appending.Wait()
	done.Store(true)
	packing.Wait()
	if t.Failed() {
		return
	}

	want := appenders*batches*own + batches*shared
	if len(firstSeq) != want {
		t.Errorf("%d messages appended as new, want %d", len(firstSeq), want)
	}
	for id, ss := range seqs {
		for _, seq := range ss {
			if seq != firstSeq[id] {
				t.Errorf("message %s: seq %d, first appended as %d", id, seq, firstSeq[id])
			}
		}
	}
	tasks, err := stores[0].Tasks(ctx, da.TaskQuery{Order: da.OldestFirst, Limit: 10 * want})
	if err != nil {
		t.Fatal(err)
	}
	inTask := map[common.Hash]common.Hash{}
	for _, tk := range tasks {
		msgs, err := stores[len(stores)-1].TaskMessages(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(messageIDs(msgs), tk.MessageIDs) {
			t.Errorf("task %s: messages %v, want %v", tk.ID, messageIDs(msgs), tk.MessageIDs)
		}
		for _, m := range msgs {
			if other, ok := inTask[m.ID]; ok {
				t.Errorf("message %s is in tasks %s and %s", m.ID, other, tk.ID)
			}
			if m.TaskID != tk.ID {
				t.Errorf("message %s of task %s says task %s", m.ID, tk.ID, m.TaskID)
			}
			inTask[m.ID] = tk.ID
		}
	}
	if len(inTask) != want {
		t.Errorf("%d messages packed, want all %d", len(inTask), want)
	}
	t.Logf("%d tasks, %d refused as conflicts", len(tasks), conflicts.Load())

	raceBlocks(t, stores, tasks)
}

// splitTasks cuts ids into tasks of one to three messages, for a batch to race with.
func splitTasks(ids []common.Hash) []task.Task {
	var ts []task.Task
	for len(ids) > 0 {
		n := min(len(ids), 1+rand.IntN(3))
		ts = append(ts, task.New(1, "v1", ids[:n], t0))
		ids = ids[n:]
	}
	return ts
}

// raceBlocks has two writers race for each of a few heights, each assigning the same task, and then two
// writers race to fail each assigned task: exactly one of each pair wins.
func raceBlocks(t *testing.T, stores []da.Store, tasks []da.Task) {
	ctx := t.Context()
	const heights = 4
	if len(tasks) < heights {
		t.Fatalf("%d tasks; the block race needs %d", len(tasks), heights)
	}
	race := func(what string, write func(i int, s da.Store) error) {
		t.Helper()
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i := range errs {
			wg.Go(func() { errs[i] = write(i, stores[i%len(stores)]) })
		}
		wg.Wait()
		won := 0
		for _, err := range errs {
			switch {
			case err == nil:
				won++
			case !errors.Is(err, da.ErrConflict):
				t.Errorf("%s: %v", what, err)
			}
		}
		if won != 1 {
			t.Errorf("%s: %d writers won (%v), want 1", what, won, errs)
		}
	}
	for h := uint64(1); h <= heights; h++ {
		id := tasks[h-1].ID
		race(fmt.Sprintf("block %d", h), func(i int, s da.Store) error {
			return s.SaveBlock(ctx, newBlock(h, fmt.Sprint("racer", i), assign(id, proverX, t0.Add(time.Hour))), t0)
		})
		race(fmt.Sprintf("fail task %s", id), func(i int, s da.Store) error {
			ev := task.Event{State: task.Failed, Time: t0, Error: fmt.Sprint("racer ", i)}
			return s.UpdateTask(ctx, id, []task.State{task.Assigned}, ev, nil)
		})
	}
	latest, err := stores[0].LatestBlock(ctx)
	if err != nil || latest.Height != heights {
		t.Errorf("latest block after the race: %d, %v; want %d", latest.Height, err, heights)
	}
	for _, tk := range tasks[:heights] {
		got := mustTask(t, stores[len(stores)-1], tk.ID)
		if got.State != task.Failed || got.Attempts != 1 || len(got.Events) != 3 {
			t.Errorf("task %s after the race: state %s, %d attempts, %d events; want failed, 1, 3", tk.ID, got.State,
				got.Attempts, len(got.Events))
		}
	}
}
