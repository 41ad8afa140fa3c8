package contracttest_test

import (
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/contracttest/testbind"
)

// These tests run BlockLib, the library inside the block minter, against package block on many inputs.

type harness struct {
	e    *env
	b    *testbind.BlockLibHarness
	inst *bind.BoundContract
}

func newHarness(t *testing.T) *harness {
	e := newEnv(t, testConfig())
	addr := e.deployTest(&testbind.BlockLibHarnessMetaData, nil)
	b := testbind.NewBlockLibHarness()
	return &harness{e: e, b: b, inst: b.Instance(e.client, addr)}
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// compacts returns nbits worth checking: Bitcoin's vectors, every exponent with edge mantissas, sign bits
// and random words.
func compacts(r *rand.Rand) []uint32 {
	out := []uint32{0, 0x1d00ffff, 0x1b0404cb, 0x207fffff, 0x00123456, 0x01003456, 0x01123456, 0x02008000,
		0x05009234, 0x20123456, 0x04923456, 0x01fedcba, 0x00800000, 0x2100ffff, 0x21010000, 0x22000100,
		0xff123456, 0x217fffff, 0x2200ffff, 0x22000001, 0x23000001, 0x2000ffff, 0x03000000}
	for exp := uint32(0); exp <= 0x24; exp++ {
		for _, m := range []uint32{0, 1, 0xff, 0x100, 0xffff, 0x10000, 0x7fffff, 0x800000, 0x800001, 0xffffff} {
			out = append(out, exp<<24|m)
		}
	}
	for range 200 {
		out = append(out, r.Uint32())
	}
	return out
}

func TestCompactMatchesGo(t *testing.T) {
	h := newHarness(t)
	r := rand.New(rand.NewPCG(1, 2))
	for _, nbits := range compacts(r) {
		res := call(h.e, h.inst, h.b.PackTryTarget(nbits), h.b.UnpackTryTarget)
		want, err := block.Target(nbits)
		if (err == nil) != res.Ok {
			t.Fatalf("target(%#08x): ok %v, Go error %v", nbits, res.Ok, err)
		}
		if err == nil && res.T.Cmp(want) != 0 {
			t.Fatalf("target(%#08x) = %x, Go %x", nbits, res.T, want)
		}
		if err != nil {
			re := h.e.callRevert(h.inst, h.b.PackTarget(nbits), "BadNBits")
			if re.Args[0].(uint32) != nbits {
				t.Fatalf("BadNBits(%v), want %#08x", re.Args[0], nbits)
			}
		}
	}
}

func TestToCompactMatchesGo(t *testing.T) {
	h := newHarness(t)
	r := rand.New(rand.NewPCG(3, 4))
	var values []*big.Int
	for _, v := range []int64{0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0x7fffff, 0x800000, 0xffffff, 0x1000000} {
		values = append(values, big.NewInt(v))
	}
	max256 := new(big.Int).Sub(two256, big.NewInt(1))
	values = append(values, max256, new(big.Int).Rsh(max256, 1), new(big.Int).Lsh(big.NewInt(1), 255))
	for bits := 1; bits <= 256; bits++ {
		// A random number of exactly this many bits, and the powers of two around it.
		var buf [32]byte
		fill(r, buf[:])
		n := new(big.Int).SetBytes(buf[:])
		n.Rsh(n, uint(256-bits)).SetBit(n, bits-1, 1)
		values = append(values, n, new(big.Int).Lsh(big.NewInt(1), uint(bits-1)))
	}
	for _, nbits := range compacts(r) {
		if t, err := block.Target(nbits); err == nil {
			values = append(values, t)
		}
	}
	for _, v := range values {
		got := call(h.e, h.inst, h.b.PackToCompact(v), h.b.UnpackToCompact)
		if want := block.BigToCompact(v); got != want {
			t.Fatalf("toCompact(%x) = %#08x, Go %#08x", v, got, want)
		}
	}
}

func TestRetargetMatchesGo(t *testing.T) {
	h := newHarness(t)
	r := rand.New(rand.NewPCG(5, 6))
	limits := []uint32{0x207fffff, 0x2100ffff, 0x1d00ffff, 0x1f00ffff, 0x03123456}
	for i := range 400 {
		p := block.Params{
			PowLimit:       limits[i%len(limits)],
			TargetInterval: time.Duration(1+r.IntN(10_000)) * time.Millisecond,
			RetargetWindow: uint64(2 + r.IntN(2016)),
		}
		limit, _ := block.Target(p.PowLimit)
		// The tip's target: the limit, the limit scaled down a random amount, or tiny.
		var old *big.Int
		switch i % 4 {
		case 0:
			old = limit
		case 1, 2:
			old = new(big.Int).Rsh(limit, uint(r.IntN(limit.BitLen())))
		default:
			old = big.NewInt(int64(1 + r.IntN(1000)))
		}
		tipNBits := block.BigToCompact(old)
		expected := uint64(p.RetargetWindow-1) * uint64(p.TargetInterval.Milliseconds())
		start := uint64(1_700_000_000_000)
		var span uint64
		switch i % 5 {
		case 0:
			span = 0
		case 1:
			span = expected * 10 // clamped up
		case 2:
			span = expected / 10 // clamped down
		default:
			span = r.Uint64N(expected*5 + 1)
		}
		tip := block.Header{NBits: tipNBits, Timestamp: start + span}
		if i%7 == 0 {
			tip.Timestamp = start - 1 // a tip before its epoch start counts as no time
		}
		want := block.NextNBits(p, tip, p.RetargetWindow-1, block.Header{Timestamp: start})
		got := call(h.e, h.inst, h.b.PackRetarget(testbind.BlockLibParams{
			PowLimit: p.PowLimit, TargetInterval: uint64(p.TargetInterval.Milliseconds()), RetargetWindow: p.RetargetWindow,
		}, tipNBits, tip.Timestamp, start), h.b.UnpackRetarget)
		if got != want {
			t.Fatalf("case %d: retarget(%+v, tip %#08x, span %d) = %#08x, Go %#08x", i, p, tipNBits, span, got, want)
		}
	}
}

func TestHeaderHashMatchesGo(t *testing.T) {
	h := newHarness(t)
	r := rand.New(rand.NewPCG(7, 8))
	for range 50 {
		var hd block.Header
		hd.Version = r.Uint32()
		fill(r, hd.PrevHash[:])
		fill(r, hd.MerkleRoot[:])
		hd.Timestamp, hd.NBits, hd.Nonce = r.Uint64(), r.Uint32(), r.Uint64()
		got := call(h.e, h.inst, h.b.PackHashHeader(testbind.BlockLibHeader(chain.HeaderBinding(hd))), h.b.UnpackHashHeader)
		if common.Hash(got) != hd.Hash() {
			t.Fatalf("hash of %+v = %x, Go %s", hd, got, hd.Hash())
		}
	}
}

func TestMerkleRootMatchesGo(t *testing.T) {
	h := newHarness(t)
	r := rand.New(rand.NewPCG(9, 10))
	var as []block.Assignment
	for n := 0; n <= 70; n++ {
		if n > 0 {
			var a block.Assignment
			a.ProjectID, a.Deadline = r.Uint64(), r.Uint64()
			fill(r, a.TaskID[:])
			fill(r, a.Prover[:])
			as = append(as, a)
			leaf := call(h.e, h.inst, h.b.PackLeaf(testbind.BlockLibAssignment(chain.AssignmentBindings(as[n-1:])[0])), h.b.UnpackLeaf)
			if common.Hash(leaf) != a.Leaf() {
				t.Fatalf("leaf of %+v = %x, Go %s", a, leaf, a.Leaf())
			}
		}
		bas := chain.AssignmentBindings(as)
		tas := make([]testbind.BlockLibAssignment, len(bas))
		for i := range bas {
			tas[i] = testbind.BlockLibAssignment(bas[i])
		}
		got := call(h.e, h.inst, h.b.PackMerkleRoot(tas), h.b.UnpackMerkleRoot)
		if common.Hash(got) != block.MerkleRoot(as) {
			t.Fatalf("root of %d assignments = %x, Go %s", n, got, block.MerkleRoot(as))
		}
	}
}

func fill(r *rand.Rand, b []byte) {
	for i := 0; i < len(b); i += 8 {
		var w [8]byte
		binary.LittleEndian.PutUint64(w[:], r.Uint64())
		copy(b[i:], w[:])
	}
}
