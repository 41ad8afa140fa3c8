package storetest

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// testRecordSettlement settles tasks on the chain's word from each state DA may hold them in: a failed
// task (the receipt poll gave up although the route settled), an abandoned one, one still assigned, one
// packed, and one proved, which goes through submitted as the prover records it. Recording twice adds nothing; a settled task is left alone; an unknown task is not found.
func testRecordSettlement(t *testing.T, s da.Store) {
	ctx := t.Context()
	failed := mustCreate(t, s, newMessages(0, 1), t0)
	abandoned := mustCreate(t, s, newMessages(10, 1), t0)
	assigned := mustCreate(t, s, newMessages(20, 1), t0)
	packed := mustCreate(t, s, newMessages(30, 1), t0)
	proved := mustCreate(t, s, newMessages(40, 1), t0)
	deadline := t0.Add(time.Hour)
	mustSaveBlock(t, s, newBlock(1, "settlement", assign(failed.ID, proverX, deadline), assign(abandoned.ID, proverX, deadline),
		assign(assigned.ID, proverY, deadline), assign(proved.ID, proverX, deadline)), t0.Add(time.Second))
	provedEv := task.Event{State: task.Proved, Time: t0.Add(2 * time.Second), Prover: proverX}
	mustUpdate(t, s, proved.ID, []task.State{task.Assigned}, provedEv, &task.Result{TaskID: proved.ID, Prover: proverX})
	lost := task.Event{State: task.Failed, Time: t0.Add(2 * time.Second), Prover: proverX, Error: "submit: receipt: timeout"}
	mustUpdate(t, s, failed.ID, []task.State{task.Assigned}, lost, nil)
	mustUpdate(t, s, abandoned.ID, []task.State{task.Assigned}, lost, nil)
	gaveUp := task.Event{State: task.Abandoned, Time: t0.Add(3 * time.Second), Error: "attempts exhausted (1)"}
	mustUpdate(t, s, abandoned.ID, []task.State{task.Failed}, gaveUp, nil)
	if got := mustTask(t, s, abandoned.ID); got.State != task.Abandoned || got.Error != gaveUp.Error {
		t.Fatalf("abandoned task: %s %q, want abandoned %q", got.State, got.Error, gaveUp.Error)
	}

	tx := common.HexToHash("0x5e")
	word := task.Event{State: task.Failed, Time: t0.Add(4 * time.Second), Prover: proverX, TxHash: tx, ChainBlock: 12, Error: "ignored"}
	settled := task.Event{State: task.Settled, Time: word.Time, Prover: proverX, TxHash: tx, ChainBlock: 12}
	packedEv := task.Event{State: task.Packed, Time: t0}
	assignedX := task.Event{State: task.Assigned, Time: t0.Add(time.Second), BlockHeight: 1, Prover: proverX}
	assignedY := task.Event{State: task.Assigned, Time: t0.Add(time.Second), BlockHeight: 1, Prover: proverY}
	tests := []struct {
		name string
		id   common.Hash
		want []task.Event
	}{
		{"failed", failed.ID, []task.Event{packedEv, assignedX, lost, settled}},
		{"abandoned", abandoned.ID, []task.Event{packedEv, assignedX, lost, gaveUp, settled}},
		{"assigned", assigned.ID, []task.Event{packedEv, assignedY, settled}},
		{"packed", packed.ID, []task.Event{packedEv, settled}},
		{"proved", proved.ID, []task.Event{packedEv, assignedX, provedEv,
			{State: task.Submitted, Time: word.Time, Prover: proverX, TxHash: tx, ChainBlock: 12}, settled}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 2 {
				if err := da.RecordSettlement(ctx, s, tc.id, word); err != nil {
					t.Fatalf("record settlement: %v", err)
				}
			}
			got := mustTask(t, s, tc.id)
			if got.State != task.Settled {
				t.Fatalf("state %s, want settled", got.State)
			}
			wantEvents(t, got.Events, tc.want...)
		})
	}
	wantErr(t, "settlement of an unknown task", da.RecordSettlement(ctx, s, common.HexToHash("0x05"), word), da.ErrNotFound)
}
