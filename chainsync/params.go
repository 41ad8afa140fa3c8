package chainsync

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
)

// Params reads the block minter's rules: the difficulty parameters every block must follow, and the
// longest proof window an assignment may have. A node on a chain takes them from there, never from
// its own flags, so that what it mines is what the chain accepts.
func Params(ctx context.Context, c *chain.Client) (block.Params, time.Duration, error) {
	m := c.Deployment().Minter
	opts := &bind.CallOpts{Context: ctx}
	powLimit, err := bind.Call(m.Instance, opts, m.Binding.PackPowLimit(), m.Binding.UnpackPowLimit)
	if err != nil {
		return block.Params{}, 0, fmt.Errorf("read powLimit: %w", err)
	}
	interval, err := bind.Call(m.Instance, opts, m.Binding.PackTargetInterval(), m.Binding.UnpackTargetInterval)
	if err != nil {
		return block.Params{}, 0, fmt.Errorf("read targetInterval: %w", err)
	}
	window, err := bind.Call(m.Instance, opts, m.Binding.PackRetargetWindow(), m.Binding.UnpackRetargetWindow)
	if err != nil {
		return block.Params{}, 0, fmt.Errorf("read retargetWindow: %w", err)
	}
	proofWindow, err := bind.Call(m.Instance, opts, m.Binding.PackMaxProofWindow(), m.Binding.UnpackMaxProofWindow)
	if err != nil {
		return block.Params{}, 0, fmt.Errorf("read maxProofWindow: %w", err)
	}
	p := block.Params{PowLimit: powLimit, TargetInterval: time.Duration(interval) * time.Millisecond, RetargetWindow: window}
	return p, time.Duration(proofWindow) * time.Millisecond, p.Validate()
}
