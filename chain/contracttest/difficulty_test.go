package contracttest_test

import (
	"testing"
	"time"

	"github.com/w3bstream-go/w3bstream/block"
)

// TestDifficultyFollowsGo mints four epochs of a window of four blocks, fast then slower, and checks at
// every height that the minter wants the nbits block.ExpectedNBits gives, that a block with the previous
// epoch's nbits is refused at each retarget, and that difficulty went the way the timing says.
func TestDifficultyFollowsGo(t *testing.T) {
	cfg := testConfig()
	cfg.Block = block.Params{PowLimit: 0x207fffff, TargetInterval: time.Second, RetargetWindow: 4}
	e := newEnv(t, cfg)
	m := e.dep.Minter
	// Gaps between blocks (ms) per epoch: the epoch's span is three gaps, against 3000ms expected.
	gaps := []uint64{
		1,      // 3ms: clamped to a quarter, four times harder
		667,    // 2001ms: 2001/3000 of the old target
		10_000, // 30s: clamped to four times easier
		20_000, // four times easier again, capped at the limit
	}
	ts := e.nextMs()
	var nbits []uint32
	for epoch, gap := range gaps {
		for i := range 4 {
			height := uint64(len(e.blocks))
			if height > 0 {
				ts += gap
			}
			b := e.nextBlock(ts, nil)
			want, err := block.ExpectedNBits(cfg.Block, height, headerOf(e.parent()), e.lookup)
			if err != nil {
				t.Fatal(err)
			}
			got := call(e, m.Instance, m.Binding.PackExpectedNBits(), m.Binding.UnpackExpectedNBits)
			if got != want || b.Header.NBits != want {
				t.Fatalf("height %d: minter wants %#08x, Go %#08x", height, got, want)
			}
			if i == 0 && epoch > 0 && want != e.parent().Header.NBits {
				stale := b
				stale.Header.NBits = e.parent().Header.NBits
				e.checkRefused(e.seal(stale), block.ErrBadDifficulty, "BadNBits")
			}
			if ts > e.nextMs()+uint64(cfg.MaxDrift.Milliseconds()) {
				e.advance(time.Duration(ts-e.nextMs())*time.Millisecond + time.Second)
			}
			e.mint(b)
		}
		nbits = append(nbits, e.blocks[len(e.blocks)-1].Header.NBits)
	}
	t.Logf("nbits by epoch: %#08x", nbits)
	target := func(n uint32) string { t, _ := block.Target(n); return t.Text(16) }
	t0, _ := block.Target(nbits[0])
	t1, _ := block.Target(nbits[1])
	t2, _ := block.Target(nbits[2])
	t3, _ := block.Target(nbits[3])
	switch {
	case nbits[0] != cfg.Block.PowLimit:
		t.Fatalf("first epoch at %#08x, want the limit", nbits[0])
	case t1.Cmp(t0) >= 0 || t2.Cmp(t1) >= 0:
		t.Fatalf("fast epochs did not raise difficulty: %s %s %s", target(nbits[0]), target(nbits[1]), target(nbits[2]))
	case t3.Cmp(t2) <= 0:
		t.Fatalf("slow epoch did not lower difficulty: %s then %s", target(nbits[2]), target(nbits[3]))
	}
	// One more slow epoch reaches the limit and stays there.
	for range 4 {
		ts += 20_000
		e.advance(20 * time.Second)
		e.mint(e.nextBlock(ts, nil))
	}
	if got := e.blocks[len(e.blocks)-1].Header.NBits; got != cfg.Block.PowLimit {
		t.Fatalf("after slow epochs nbits %#08x, want the limit", got)
	}
}

func headerOf(b *block.Block) *block.Header {
	if b == nil {
		return nil
	}
	return &b.Header
}
