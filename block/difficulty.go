package block

import (
	"errors"
	"fmt"
	"math/big"
	"time"
)

// Development defaults: about two hashes per block at PowLimit (Bitcoin regtest's limit), one block a
// second, a retarget every 16 blocks.
const (
	DefaultPowLimit       uint32        = 0x207fffff
	DefaultTargetInterval time.Duration = time.Second
	DefaultRetargetWindow uint64        = 16
)

// Network defaults, for a chain where sequencers compete: the genesis block at NetworkPowLimit takes about
// 2^16 hashes (some 17 ms on one core at the 3.9 M sha256d headers a second of BenchmarkHash on a 2-core
// Xeon), so that a block costs real work from the start without keeping a new chain waiting; the
// retarget then raises the difficulty to the sequencers' combined hash rate, by up to four times an
// epoch. An epoch of 30 blocks at 2 s is a minute, so the difficulty follows a sequencer that joins or
// leaves within minutes.
const (
	NetworkPowLimit       uint32        = 0x1f00ffff
	NetworkTargetInterval time.Duration = 2 * time.Second
	NetworkRetargetWindow uint64        = 30
)

// retargetClamp bounds one retarget to a factor of four either way, as Bitcoin does.
const retargetClamp = 4

// Params are the difficulty rules of a chain. Every node of a chain must use the same Params.
type Params struct {
	PowLimit       uint32        // nbits of the easiest target allowed; the genesis block uses it
	TargetInterval time.Duration // wanted time between blocks
	RetargetWindow uint64        // blocks per epoch; the target changes only at multiples of it
}

// HeaderLookup returns the header of the block at a height of the chain being built or checked.
type HeaderLookup func(height uint64) (Header, error)

// DefaultParams returns the development defaults: almost no work, for an instant dev chain.
func DefaultParams() Params {
	return Params{PowLimit: DefaultPowLimit, TargetInterval: DefaultTargetInterval, RetargetWindow: DefaultRetargetWindow}
}

// NetworkParams returns the defaults of a network of competing sequencers (NetworkPowLimit ...).
func NetworkParams() Params {
	return Params{PowLimit: NetworkPowLimit, TargetInterval: NetworkTargetInterval, RetargetWindow: NetworkRetargetWindow}
}

// Validate checks that the params can drive a retarget.
func (p Params) Validate() error {
	if _, err := Target(p.PowLimit); err != nil {
		return fmt.Errorf("pow limit: %w", err)
	}
	if p.TargetInterval < time.Millisecond {
		return fmt.Errorf("target interval %s under the 1ms timestamp resolution", p.TargetInterval)
	}
	if p.RetargetWindow < 2 {
		return errors.New("retarget window must be at least 2 blocks")
	}
	return nil
}

// EpochStart says whether the block at height is a retarget block and, if so, the height of the header
// its nbits depends on: the first block of the epoch it closes, height - RetargetWindow.
func (p Params) EpochStart(height uint64) (uint64, bool) {
	if height == 0 || p.RetargetWindow == 0 || height%p.RetargetWindow != 0 {
		return 0, false
	}
	return height - p.RetargetWindow, true
}

// NextNBits returns the nbits of the block after tip (at tipHeight+1). Between retargets it is tip's.
// At a retarget (tipHeight+1 a multiple of RetargetWindow) the target becomes
//
//	old * actual / expected
//
// where actual is tip's timestamp minus epochStart's (epochStart is the block at EpochStart(tipHeight+1)),
// clamped to [expected/4, expected*4], and expected is (RetargetWindow-1) * TargetInterval: the
// RetargetWindow blocks of an epoch span RetargetWindow-1 intervals, so unlike Bitcoin (2016 blocks timed
// over 2015 intervals) the rule has no bias. The result is capped at PowLimit. Integer arithmetic
// throughout, so that a contract computes the same value. epochStart is ignored between retargets.
func NextNBits(p Params, tip Header, tipHeight uint64, epochStart Header) uint32 {
	if _, ok := p.EpochStart(tipHeight + 1); !ok {
		return tip.NBits
	}
	limit, err := Target(p.PowLimit)
	if err != nil {
		return p.PowLimit
	}
	old, err := Target(tip.NBits)
	if err != nil {
		return p.PowLimit
	}
	expected := int64(p.RetargetWindow-1) * p.TargetInterval.Milliseconds()
	var actual int64
	if tip.Timestamp > epochStart.Timestamp {
		actual = int64(min(tip.Timestamp-epochStart.Timestamp, uint64(expected)*retargetClamp))
	}
	actual = max(actual, expected/retargetClamp)
	next := old.Mul(old, big.NewInt(actual))
	next.Div(next, big.NewInt(expected))
	if next.Cmp(limit) > 0 {
		return p.PowLimit
	}
	if next.Sign() == 0 {
		next.SetInt64(1)
	}
	return BigToCompact(next)
}

// ExpectedNBits returns the nbits the block at height must carry: PowLimit for the genesis block (height
// 0, parent nil), otherwise NextNBits over parent, looking up the epoch start at a retarget.
func ExpectedNBits(p Params, height uint64, parent *Header, lookup HeaderLookup) (uint32, error) {
	if height == 0 {
		return p.PowLimit, nil
	}
	if parent == nil {
		return 0, fmt.Errorf("block %d needs its parent to compute nbits", height)
	}
	var start Header
	if h, ok := p.EpochStart(height); ok {
		if lookup == nil {
			return 0, fmt.Errorf("block %d is a retarget and there is no header lookup", height)
		}
		var err error
		if start, err = lookup(h); err != nil {
			return 0, fmt.Errorf("epoch start %d: %w", h, err)
		}
	}
	return NextNBits(p, *parent, height-1, start), nil
}
