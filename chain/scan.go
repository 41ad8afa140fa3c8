package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// scanLogs runs q over blocks from..to (inclusive) in ranges of at most span blocks and returns the logs
// in chain order.
func scanLogs(ctx context.Context, eth *ethclient.Client, q ethereum.FilterQuery, from, to, span uint64) ([]types.Log, error) {
	var out []types.Log
	for from <= to {
		end := to
		if to-from >= span {
			end = from + span - 1
		}
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(end)
		logs, err := eth.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("logs of blocks %d-%d: %w", from, end, err)
		}
		out = append(out, logs...)
		from = end + 1
	}
	return out, nil
}
