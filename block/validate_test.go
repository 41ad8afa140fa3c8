package block

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// testChain builds valid chains: each next block is mined at the nbits the params require.
type testChain struct {
	t      *testing.T
	params Params
	blocks []Block
}

func (c *testChain) lookup(h uint64) (Header, error) {
	if h >= uint64(len(c.blocks)) {
		return Header{}, errors.New("no such block")
	}
	return c.blocks[h].Header, nil
}

func (c *testChain) tip() *Block {
	if len(c.blocks) == 0 {
		return nil
	}
	return &c.blocks[len(c.blocks)-1]
}

// next mines and appends the block after the tip, at timestamp ts (ms), with assignments as.
func (c *testChain) next(ts uint64, as []Assignment) Block {
	c.t.Helper()
	height := uint64(len(c.blocks))
	h := Header{Version: CurrentVersion, MerkleRoot: MerkleRoot(as), Timestamp: ts}
	var parent *Header
	if tip := c.tip(); tip != nil {
		h.PrevHash = tip.Hash
		parent = &tip.Header
	}
	nbits, err := ExpectedNBits(c.params, height, parent, c.lookup)
	if err != nil {
		c.t.Fatal(err)
	}
	h.NBits = nbits
	b := mineBlock(c.t, height, h, as)
	c.blocks = append(c.blocks, b)
	return b
}

func mineBlock(t *testing.T, height uint64, h Header, as []Assignment) Block {
	t.Helper()
	h, err := Mine(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	return Block{Height: height, Hash: h.Hash(), Header: h, Assignments: as}
}

const testNow = 1_700_000_000_000 // ms

func testValidator(t *testing.T, c *testChain) *Validator {
	t.Helper()
	v, err := NewValidator(c.params, c.lookup, WithMaxDrift(time.Minute),
		WithValidatorClock(func() time.Time { return time.UnixMilli(testNow) }))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestValidateChain(t *testing.T) {
	// 40 blocks 100ms apart with a 1s target: the retargets at 4, 8, ... make mining harder.
	c := &testChain{t: t, params: Params{PowLimit: DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 4}}
	as := testAssignments(5)
	for i := range 40 {
		for j := range as {
			as[j].Deadline = testNow + 60_000
		}
		c.next(testNow-40_000+uint64(i)*100, as[:i%6])
	}
	v := testValidator(t, c)
	var parent *Block
	for i := range c.blocks {
		if err := v.Validate(c.blocks[i], parent); err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		parent = &c.blocks[i]
	}
	if first, last := CompactToBig(c.blocks[0].Header.NBits), CompactToBig(parent.Header.NBits); last.Cmp(first) >= 0 {
		t.Fatalf("fast blocks did not raise the difficulty: %#08x -> %#08x", c.blocks[0].Header.NBits, parent.Header.NBits)
	}
}

func TestValidateRejects(t *testing.T) {
	params := Params{PowLimit: DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 4}
	c := &testChain{t: t, params: params}
	as := testAssignments(3)
	for i := range as {
		as[i].Deadline = testNow + 60_000
	}
	for i := range 4 { // the next block, at height 4, is a retarget
		c.next(testNow-10_000+uint64(i)*10, as[:2])
	}
	parent := *c.tip()
	v := testValidator(t, c)

	// good returns the header of a valid next block; each case changes one thing and re-mines.
	good := func() Header {
		nbits, err := ExpectedNBits(params, 4, &parent.Header, c.lookup)
		if err != nil {
			t.Fatal(err)
		}
		return Header{Version: CurrentVersion, PrevHash: parent.Hash, MerkleRoot: MerkleRoot(as),
			Timestamp: parent.Header.Timestamp + 1, NBits: nbits}
	}
	if good().NBits == params.PowLimit {
		t.Fatal("test needs a retarget away from the limit")
	}
	remine := func(h Header, as []Assignment) Block { return mineBlock(t, 4, h, as) }
	// aboveTarget mines a header whose hash is over its target: the nonce search for the opposite.
	aboveTarget := func(h Header) Block {
		for ; CheckPoW(h.Hash(), h.NBits) == nil; h.Nonce++ {
		}
		return Block{Height: 4, Hash: h.Hash(), Header: h, Assignments: as}
	}
	tests := []struct {
		name   string
		block  func() Block
		parent *Block
		want   error
	}{
		{"valid", func() Block { return remine(good(), as) }, &parent, nil},
		{"hash above target", func() Block { return aboveTarget(good()) }, &parent, ErrBadPoW},
		{"block hash not the header's", func() Block {
			b := remine(good(), as)
			b.Hash[31] ^= 1
			return b
		}, &parent, ErrBadPoW},
		{"nonce changed after mining", func() Block {
			b := remine(good(), as)
			b.Header.Nonce++
			b.Hash = b.Header.Hash()
			for CheckPoW(b.Hash, b.Header.NBits) == nil {
				b.Header.Nonce++
				b.Hash = b.Header.Hash()
			}
			return b
		}, &parent, ErrBadPoW},
		{"wrong prevHash", func() Block {
			h := good()
			h.PrevHash = c.blocks[2].Hash
			return remine(h, as)
		}, &parent, ErrBadLink},
		{"wrong height", func() Block {
			b := remine(good(), as)
			b.Height = 5
			return b
		}, &parent, ErrBadLink},
		{"no parent above height 0", func() Block { return remine(good(), as) }, nil, ErrBadLink},
		{"height 0 with prevHash", func() Block {
			h := c.blocks[0].Header
			h.PrevHash = parent.Hash
			return mineBlock(t, 0, h, c.blocks[0].Assignments)
		}, nil, ErrBadLink},
		{"root of other assignments", func() Block { return remine(good(), as[:2]) }, &parent, ErrBadRoot},
		{"assignment changed", func() Block {
			changed := append([]Assignment(nil), as...)
			changed[1].Prover = common.HexToAddress("0x00000000000000000000000000000000000000ff")
			return remine(good(), changed)
		}, &parent, ErrBadRoot},
		{"nbits easier than required", func() Block {
			h := good()
			h.NBits = params.PowLimit
			return remine(h, as)
		}, &parent, ErrBadDifficulty},
		{"nbits harder than required", func() Block {
			h := good()
			h.NBits = BigToCompact(CompactToBig(h.NBits).Rsh(CompactToBig(h.NBits), 1))
			return remine(h, as)
		}, &parent, ErrBadDifficulty},
		{"before parent", func() Block {
			h := good()
			h.Timestamp = parent.Header.Timestamp - 1
			return remine(h, as)
		}, &parent, ErrBadTimestamp},
		{"too far in the future", func() Block {
			h := good()
			h.Timestamp = testNow + uint64(time.Minute.Milliseconds()) + 1
			return remine(h, as)
		}, &parent, ErrBadTimestamp},
		{"version", func() Block {
			h := good()
			h.Version = 2
			return remine(h, as)
		}, &parent, ErrBadVersion},
		{"task twice", func() Block {
			twice := []Assignment{as[0], as[1], as[0]}
			h := good()
			h.MerkleRoot = MerkleRoot(twice)
			return remine(h, twice)
		}, &parent, ErrBadAssignment},
		{"deadline not after block", func() Block {
			late := append([]Assignment(nil), as...)
			h := good()
			late[2].Deadline = h.Timestamp
			h.MerkleRoot = MerkleRoot(late)
			return remine(h, late)
		}, &parent, ErrBadAssignment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := v.Validate(tt.block(), tt.parent)
			if tt.want == nil && err != nil || !errors.Is(err, tt.want) {
				t.Fatalf("Validate = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestNewValidator(t *testing.T) {
	lookup := func(uint64) (Header, error) { return Header{}, nil }
	if _, err := NewValidator(Params{}, lookup); err == nil {
		t.Error("zero params: no error")
	}
	if _, err := NewValidator(DefaultParams(), nil); err == nil {
		t.Error("nil lookup: no error")
	}
	if _, err := NewValidator(DefaultParams(), lookup, WithMaxDrift(-time.Second)); err == nil {
		t.Error("negative drift: no error")
	}
	if _, err := NewValidator(DefaultParams(), lookup, WithValidatorClock(nil)); err == nil {
		t.Error("nil clock: no error")
	}
}
