package deploy

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

var sumResultArgs = func() abi.Arguments {
	u64, _ := abi.NewType("uint64", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	return abi.Arguments{{Name: "count", Type: u64}, {Name: "total", Type: u256}}
}()

// EncodeSumResult encodes the sum program's public output (examples/sum: count and total of a task's
// readings) the way SumDApp takes it: abi.encode(uint64 count, uint256 total).
func EncodeSumResult(count uint64, total *big.Int) ([]byte, error) {
	if total == nil || total.Sign() < 0 {
		return nil, errors.New("sum result: total must be set and not negative")
	}
	return sumResultArgs.Pack(count, total)
}
