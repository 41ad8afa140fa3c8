package da

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/task"
)

// RecordVerdict records the router's verdict on a task, which both the prover that submitted the result
// (from its receipt) and the chain follower (from the router's event) learn: the task moves from proved
// to submitted, then from submitted to verdict.State, settled or failed with the dApp's reason. Whichever
// writer comes second finds the states moved and leaves them.
func RecordVerdict(ctx context.Context, s Store, id common.Hash, verdict task.Event) error {
	submitted := verdict
	submitted.State, submitted.Error = task.Submitted, ""
	if err := s.UpdateTask(ctx, id, []task.State{task.Proved}, submitted, nil); err != nil && !errors.Is(err, ErrConflict) {
		return err
	}
	if err := s.UpdateTask(ctx, id, []task.State{task.Submitted}, verdict, nil); err != nil && !errors.Is(err, ErrConflict) {
		return err
	}
	return nil
}
