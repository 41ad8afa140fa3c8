package chainsync

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/task"
)

// taskSettled is BlockMinter.TaskStatus.Settled.
const taskSettled = 3

// BlockSubmitter mints the sequencer's blocks through the block minter.
type BlockSubmitter struct{ Client *chain.Client }

// Submit mints b and returns the transaction that did.
func (s BlockSubmitter) Submit(ctx context.Context, b block.Block) (common.Hash, uint64, error) {
	r, err := s.Client.Mint(ctx, b)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return r.TxHash, r.BlockNumber, nil
}

// ResultSubmitter routes the prover's results through the router to the project's dApp.
type ResultSubmitter struct{ Client *chain.Client }

// Submit routes r and says whether the dApp accepted it.
func (s ResultSubmitter) Submit(ctx context.Context, t da.Task, r *task.Result) (prover.Submission, error) {
	// A crash after the route transaction but before its outcome was stored leaves a task settled
	// on-chain and proved here; the follower records the settlement from the router's event.
	if info, err := s.Client.Task(ctx, t.ProjectID, t.ID); err == nil && info.Status == taskSettled {
		return prover.Submission{Settled: true}, nil
	}
	input, err := DAppInput(r.Output)
	if err != nil {
		return prover.Submission{}, err
	}
	rc, settled, reason, err := s.Client.Route(ctx, t.ProjectID, t.ID, input)
	if err != nil {
		return prover.Submission{}, err
	}
	return prover.Submission{TxHash: rc.TxHash, ChainBlock: rc.BlockNumber, Settled: settled, Reason: reason}, nil
}

// DAppInput is what the dApp receives for a program's output: the bytes of the output's "dappInput" hex
// string when the program wrote one (an ABI encoding the dApp decodes), the output itself otherwise.
func DAppInput(output []byte) ([]byte, error) {
	var o struct {
		DAppInput *string `json:"dappInput"`
	}
	if json.Unmarshal(output, &o) != nil || o.DAppInput == nil {
		return output, nil
	}
	b, err := hexutil.Decode(*o.DAppInput)
	if err != nil {
		return nil, fmt.Errorf("program output: dappInput is not 0x-hex: %w", err)
	}
	return b, nil
}
