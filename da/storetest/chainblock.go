package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// testSaveChainBlock: a block the chain accepted is stored whatever the store holds. Tasks it does not hold
// are skipped; a held task is assigned as the chain says even where this node's clock would not (its last
// deadline not passed here) or its own books ended it (abandoned); a settled task stays settled.
func testSaveChainBlock(t *testing.T, s da.Store) {
	ctx := t.Context()
	held := mustCreate(t, s, newMessages(0, 1), t0).ID
	early := mustCreate(t, s, newMessages(10, 1), t0).ID
	settled := mustCreate(t, s, newMessages(20, 1), t0).ID
	mustSaveBlock(t, s, newBlock(1, "ours", assign(early, proverX, t0.Add(time.Hour)),
		assign(settled, proverX, t0.Add(time.Hour))), t0)
	mustUpdate(t, s, early, []task.State{task.Assigned}, task.Event{State: task.Failed, Time: t0, Error: "refused"}, nil)
	if err := da.RecordSettlement(ctx, s, settled, task.Event{State: task.Settled, Time: t0, Prover: proverX}); err != nil {
		t.Fatal(err)
	}
	foreign := common.HexToHash("0xf0")
	at := t0.Add(time.Minute) // before early's deadline on this clock
	b := newBlock(2, "chain", assign(held, proverY, t0.Add(2*time.Hour)), assign(foreign, proverY, t0.Add(2*time.Hour)),
		assign(early, proverY, t0.Add(2*time.Hour)), assign(settled, proverY, t0.Add(2*time.Hour)))
	b.TxHash, b.ChainBlock = common.HexToHash("0x7a"), 9
	wantErr(t, "strict save of a block with a foreign task", s.SaveBlock(ctx, b, at), da.ErrConflict)
	if err := s.SaveChainBlock(ctx, b, at); err != nil {
		t.Fatalf("save chain block: %v", err)
	}
	for _, id := range []common.Hash{held, early} {
		got := mustTask(t, s, id)
		if got.State != task.Assigned || got.Prover != proverY || got.BlockHeight != 2 {
			t.Errorf("task %s: %s to %s at %d; want assigned to %s at 2", id, got.State, got.Prover, got.BlockHeight, proverY)
		}
		last := got.Events[len(got.Events)-1]
		if last.State != task.Assigned || last.TxHash != b.TxHash || last.ChainBlock != 9 {
			t.Errorf("task %s: last event %+v", id, last)
		}
	}
	if got := mustTask(t, s, settled); got.State != task.Settled {
		t.Errorf("settled task is %s after a chain block named it", got.State)
	}
	if _, err := s.Task(ctx, foreign); !errors.Is(err, da.ErrNotFound) {
		t.Errorf("a foreign task was created: %v", err)
	}
	if got, err := s.Block(ctx, 2); err != nil || len(got.Assignments) != 4 {
		t.Errorf("stored block: %d assignments, %v; want all 4", len(got.Assignments), err)
	}
	wantErr(t, "the same block again", s.SaveChainBlock(ctx, b, at), da.ErrConflict)
}

// testAssignTask: a task stored after its block (a prover fetched it) takes the block's assignment once.
func testAssignTask(t *testing.T, s da.Store) {
	ctx := t.Context()
	msgs := newMessages(0, 2)
	late := newTask(msgs, t0)
	b := newBlock(1, "late", assign(late.ID, proverX, t0.Add(time.Hour)))
	b.TxHash = common.HexToHash("0x1a7e")
	if err := s.SaveChainBlock(ctx, b, t0); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "assign a task not held", s.AssignTask(ctx, 1, late.ID, t0), da.ErrNotFound)
	mustAppend(t, s, msgs...)
	if err := s.CreateTask(ctx, late); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "assign from a missing block", s.AssignTask(ctx, 2, late.ID, t0), da.ErrNotFound)
	wantErr(t, "assign a task the block does not name", s.AssignTask(ctx, 1, fakeHash, t0), da.ErrNotFound)
	at := t0.Add(time.Second)
	if err := s.AssignTask(ctx, 1, late.ID, at); err != nil {
		t.Fatal(err)
	}
	got := mustTask(t, s, late.ID)
	if got.State != task.Assigned || got.Prover != proverX || got.Attempts != 1 || got.BlockHeight != 1 {
		t.Fatalf("imported task: %s to %s, attempts %d, height %d", got.State, got.Prover, got.Attempts, got.BlockHeight)
	}
	sameTime(t, "deadline", got.Deadline, time.UnixMilli(int64(b.Assignments[0].Deadline)))
	wantEvents(t, got.Events, task.Event{State: task.Packed, Time: t0},
		task.Event{State: task.Assigned, Time: at, BlockHeight: 1, Prover: proverX, TxHash: b.TxHash})
	wantErr(t, "assign twice", s.AssignTask(ctx, 1, late.ID, at), da.ErrNotFound)
	if got := mustTask(t, s, late.ID); got.Attempts != 1 {
		t.Errorf("attempts %d after a second AssignTask", got.Attempts)
	}
}
