package block

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Reasons a block is invalid. Validate wraps one of them, so callers test with errors.Is.
var (
	ErrBadPoW        = errors.New("bad proof of work") // hash above target, or Block.Hash not the header's
	ErrBadLink       = errors.New("bad link")          // prevHash or height does not follow the parent
	ErrBadRoot       = errors.New("bad merkle root")   // root does not commit to the assignments
	ErrBadDifficulty = errors.New("bad difficulty")    // nbits is not what the params require
	ErrBadTimestamp  = errors.New("bad timestamp")     // before the parent's or too far in the future
	ErrBadVersion    = errors.New("bad version")       // a header version this node does not know
	ErrBadAssignment = errors.New("bad assignment")    // a task twice, no prover, or a deadline not after the block
)

// DefaultMaxDrift is how far past the validator's clock a block timestamp may be.
const DefaultMaxDrift = 2 * time.Minute

// Validator checks blocks against their parent and the difficulty rules.
type Validator struct {
	params   Params
	lookup   HeaderLookup
	maxDrift time.Duration
	now      func() time.Time
}

// ValidatorOption configures a Validator.
type ValidatorOption func(*Validator) error

// WithMaxDrift sets how far in the future a block timestamp may be (default DefaultMaxDrift).
func WithMaxDrift(d time.Duration) ValidatorOption {
	return func(v *Validator) error {
		if d < 0 {
			return fmt.Errorf("max drift %s is negative", d)
		}
		v.maxDrift = d
		return nil
	}
}

// WithValidatorClock sets the clock that future timestamps are measured against (default time.Now).
func WithValidatorClock(now func() time.Time) ValidatorOption {
	return func(v *Validator) error {
		if now == nil {
			return errors.New("nil clock")
		}
		v.now = now
		return nil
	}
}

// NewValidator returns a validator for a chain with params p. lookup gives earlier headers by height; it
// is called only at retarget heights, for the epoch-start header.
func NewValidator(p Params, lookup HeaderLookup, opts ...ValidatorOption) (*Validator, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("block params: %w", err)
	}
	if lookup == nil {
		return nil, errors.New("nil header lookup")
	}
	v := &Validator{params: p, lookup: lookup, maxDrift: DefaultMaxDrift, now: time.Now}
	for _, o := range opts {
		if err := o(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Validate checks b against its parent (nil for the block at height 0): version, hash, link, difficulty,
// proof of work, timestamp, assignments and merkle root, in that order.
func (v *Validator) Validate(b Block, parent *Block) error {
	h := b.Header
	if h.Version != CurrentVersion {
		return fmt.Errorf("%w: %d", ErrBadVersion, h.Version)
	}
	if got := h.Hash(); got != b.Hash {
		return fmt.Errorf("%w: block hash %s, header hashes to %s", ErrBadPoW, b.Hash, got)
	}
	var parentHeader *Header
	if parent == nil {
		if b.Height != 0 || h.PrevHash != (common.Hash{}) {
			return fmt.Errorf("%w: block %d without a parent must be height 0 with a zero prevHash", ErrBadLink, b.Height)
		}
	} else {
		if h.PrevHash != parent.Hash {
			return fmt.Errorf("%w: prevHash %s, parent is %s", ErrBadLink, h.PrevHash, parent.Hash)
		}
		if b.Height != parent.Height+1 {
			return fmt.Errorf("%w: height %d after parent %d", ErrBadLink, b.Height, parent.Height)
		}
		parentHeader = &parent.Header
	}
	want, err := ExpectedNBits(v.params, b.Height, parentHeader, v.lookup)
	if err != nil {
		return fmt.Errorf("block %d: %w", b.Height, err)
	}
	if h.NBits != want {
		return fmt.Errorf("%w: nbits %#08x, want %#08x", ErrBadDifficulty, h.NBits, want)
	}
	if err := CheckPoW(b.Hash, h.NBits); err != nil {
		if errors.Is(err, ErrBadNBits) {
			return fmt.Errorf("%w: %w", ErrBadPoW, err)
		}
		return err
	}
	if parent != nil && h.Timestamp < parent.Header.Timestamp {
		return fmt.Errorf("%w: %d before parent's %d", ErrBadTimestamp, h.Timestamp, parent.Header.Timestamp)
	}
	if limit := v.now().Add(v.maxDrift).UnixMilli(); h.Timestamp > uint64(max(limit, 0)) {
		return fmt.Errorf("%w: %d is more than %s in the future", ErrBadTimestamp, h.Timestamp, v.maxDrift)
	}
	seen := make(map[common.Hash]struct{}, len(b.Assignments))
	for i, a := range b.Assignments {
		if _, dup := seen[a.TaskID]; dup {
			return fmt.Errorf("%w: task %s assigned twice", ErrBadAssignment, a.TaskID)
		}
		seen[a.TaskID] = struct{}{}
		if a.Prover == (common.Address{}) {
			return fmt.Errorf("%w: assignment %d has no prover", ErrBadAssignment, i)
		}
		if a.Deadline <= h.Timestamp {
			return fmt.Errorf("%w: assignment %d deadline %d not after block time %d", ErrBadAssignment, i, a.Deadline, h.Timestamp)
		}
	}
	if root := MerkleRoot(b.Assignments); root != h.MerkleRoot {
		return fmt.Errorf("%w: header has %s, assignments give %s", ErrBadRoot, h.MerkleRoot, root)
	}
	return nil
}
