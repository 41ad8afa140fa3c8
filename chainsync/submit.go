package chainsync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/sequencer"
	"github.com/w3bstream-go/w3bstream/task"
)

// BlockSubmitter mints the sequencer's blocks through the block minter.
type BlockSubmitter struct{ Client *chain.Client }

// Submit mints b and returns the transaction that did.
func (s BlockSubmitter) Submit(ctx context.Context, b block.Block) (common.Hash, uint64, error) {
	r, err := s.Client.Mint(ctx, b)
	if re, ok := errors.AsType[*deploy.RevertError](err); ok && re.Name == "BadPrevHash" {
		return common.Hash{}, 0, fmt.Errorf("%w: %w", sequencer.ErrTipMoved, err)
	}
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
	if info, err := s.Client.Task(ctx, t.ProjectID, t.ID); err == nil && info.Status == chain.TaskSettled {
		return prover.Submission{Settled: true}, nil
	}
	input, err := DAppInput(r)
	if err != nil {
		return prover.Submission{}, err
	}
	rc, settled, reason, err := s.Client.Route(ctx, t.ProjectID, t.ID, input)
	if err != nil {
		return prover.Submission{}, err
	}
	return prover.Submission{TxHash: rc.TxHash, ChainBlock: rc.BlockNumber, Settled: settled, Reason: reason}, nil
}

// DAppInput is what the dApp receives for a result. A proved result (a proof, as the gnark runtimes
// give) is abi.encode(bytes proof, uint256[] publicInputs), the public inputs being the result's 32-byte
// words, so a dApp hands both to its verifier contract. Otherwise it is the bytes of the output's
// "dappInput" hex string when the program wrote one (an ABI encoding the dApp decodes), or the output
// itself.
func DAppInput(r *task.Result) ([]byte, error) {
	if len(r.Proof) > 0 {
		return proofInput(r.Proof, r.PublicInputs)
	}
	var o struct {
		DAppInput *string `json:"dappInput"`
	}
	if json.Unmarshal(r.Output, &o) != nil || o.DAppInput == nil {
		return r.Output, nil
	}
	b, err := hexutil.Decode(*o.DAppInput)
	if err != nil {
		return nil, fmt.Errorf("program output: dappInput is not 0x-hex: %w", err)
	}
	return b, nil
}

// proofInputArgs is the ABI tuple (bytes, uint256[]).
var proofInputArgs = func() abi.Arguments {
	b, _ := abi.NewType("bytes", "", nil)
	words, _ := abi.NewType("uint256[]", "", nil)
	return abi.Arguments{{Type: b}, {Type: words}}
}()

func proofInput(proof, publicInputs []byte) ([]byte, error) {
	if len(publicInputs)%32 != 0 {
		return nil, fmt.Errorf("public inputs are %d bytes, not whole 32-byte words", len(publicInputs))
	}
	words := make([]*big.Int, len(publicInputs)/32)
	for i := range words {
		words[i] = new(big.Int).SetBytes(publicInputs[32*i : 32*i+32])
	}
	return proofInputArgs.Pack(proof, words)
}
