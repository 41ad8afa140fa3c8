package da

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/task"
)

// unsettled are the states a task may leave for settled on the chain's word.
var unsettled = []task.State{task.Packed, task.Assigned, task.Proved, task.Submitted, task.Failed, task.Abandoned}

// RecordSettlement makes a task settled in DA because the chain holds it settled (the router's
// TaskSettled event, or the minter's task status), whatever state DA had reached: a receipt poll that
// gave up after the route transaction settled leaves the task failed here, and the verdict moves of
// RecordVerdict cannot take it from there. A proved task goes through submitted, as RecordVerdict moves
// it. Only the chain's word may call it. A task settled already is left as it is; an unknown task is
// ErrNotFound.
func RecordSettlement(ctx context.Context, s Store, id common.Hash, ev task.Event) error {
	ev.State, ev.Error = task.Settled, ""
	if err := RecordVerdict(ctx, s, id, ev); err != nil {
		return err
	}
	err := s.UpdateTask(ctx, id, unsettled, ev, nil)
	if errors.Is(err, ErrConflict) {
		return nil
	}
	return err
}
