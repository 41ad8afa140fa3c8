package block

import (
	"errors"
	"math/big"
	"testing"
	"time"
)

func TestParamsValidate(t *testing.T) {
	if err := DefaultParams().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	if err := NetworkParams().Validate(); err != nil {
		t.Fatalf("network defaults: %v", err)
	}
	if got := BigToCompact(CompactToBig(NetworkPowLimit)); got != NetworkPowLimit {
		t.Fatalf("NetworkPowLimit %#08x is not canonical (%#08x)", NetworkPowLimit, got)
	}
	if w := Work(NetworkPowLimit).Uint64(); w < 1<<15 || w > 1<<17 {
		t.Fatalf("NetworkPowLimit costs %d hashes, want about 2^16", w)
	}
	bad := []Params{
		{PowLimit: 0, TargetInterval: time.Second, RetargetWindow: 16},
		{PowLimit: 0x04923456, TargetInterval: time.Second, RetargetWindow: 16},
		{PowLimit: DefaultPowLimit, TargetInterval: time.Microsecond, RetargetWindow: 16},
		{PowLimit: DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 1},
	}
	for _, p := range bad {
		if err := p.Validate(); err == nil {
			t.Errorf("%+v: no error", p)
		}
	}
}

func TestNextNBits(t *testing.T) {
	p := Params{PowLimit: DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 16}
	const base = 0x1e0fffff       // target well under the limit, so that it can move both ways
	expected := uint64(15 * 1000) // ms over the 15 intervals of an epoch
	start := Header{Timestamp: 1_000_000, NBits: base}
	tip := func(span uint64, nbits uint32) Header { return Header{Timestamp: start.Timestamp + span, NBits: nbits} }
	scaled := func(num, den int64) uint32 {
		t := CompactToBig(base)
		t.Mul(t, big.NewInt(num)).Div(t, big.NewInt(den))
		return BigToCompact(t)
	}
	tests := []struct {
		name      string
		tip       Header
		tipHeight uint64
		want      uint32
	}{
		{"mid epoch keeps nbits", tip(1, base), 20, base},
		{"mid epoch ignores timing", tip(expected*10, base), 16, base},
		{"on time keeps target", tip(expected, base), 15, base},
		{"twice as fast halves target", tip(expected/2, base), 15, scaled(1, 2)},
		{"twice as slow doubles target", tip(expected*2, base), 31, scaled(2, 1)},
		{"much faster clamps at a quarter", tip(expected/100, base), 15, scaled(1, 4)},
		{"same timestamps clamp at a quarter", tip(0, base), 15, scaled(1, 4)},
		{"much slower clamps at four times", tip(expected*100, base), 15, scaled(4, 1)},
		{"easier than the limit is capped", tip(expected*4, 0x203fffff), 15, DefaultPowLimit},
		{"at the limit, slow stays at the limit", tip(expected*3, DefaultPowLimit), 15, DefaultPowLimit},
		{"at the limit, fast gets harder", tip(expected/4, DefaultPowLimit), 15, BigToCompact(new(big.Int).Div(CompactToBig(DefaultPowLimit), big.NewInt(4)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NextNBits(p, tt.tip, tt.tipHeight, start); got != tt.want {
				t.Fatalf("NextNBits = %#08x, want %#08x", got, tt.want)
			}
		})
	}
	// Harder means a smaller target.
	if CompactToBig(scaled(1, 2)).Cmp(CompactToBig(base)) >= 0 {
		t.Fatal("fast epoch did not lower the target")
	}
}

func TestExpectedNBits(t *testing.T) {
	p := Params{PowLimit: DefaultPowLimit, TargetInterval: time.Second, RetargetWindow: 4}
	headers := map[uint64]Header{0: {Timestamp: 1000, NBits: DefaultPowLimit}}
	lookup := func(h uint64) (Header, error) {
		hd, ok := headers[h]
		if !ok {
			return Header{}, errors.New("no header")
		}
		return hd, nil
	}
	if got, err := ExpectedNBits(p, 0, nil, lookup); err != nil || got != p.PowLimit {
		t.Fatalf("genesis: %#08x, %v", got, err)
	}
	if _, err := ExpectedNBits(p, 1, nil, lookup); err == nil {
		t.Fatal("height 1 without parent: no error")
	}
	parent := Header{Timestamp: 1000 + 3*1000/8, NBits: DefaultPowLimit} // epoch 8 times too fast
	got, err := ExpectedNBits(p, 4, &parent, lookup)
	want := NextNBits(p, parent, 3, headers[0])
	if err != nil || got != want || got == p.PowLimit {
		t.Fatalf("retarget at 4: %#08x, %v; want %#08x", got, err, want)
	}
	if _, err := ExpectedNBits(p, 8, &parent, lookup); err == nil {
		t.Fatal("missing epoch start: no error")
	}
	if got, err := ExpectedNBits(p, 5, &parent, nil); err != nil || got != parent.NBits {
		t.Fatalf("between retargets: %#08x, %v", got, err)
	}
	if start, ok := p.EpochStart(8); !ok || start != 4 {
		t.Fatalf("EpochStart(8) = %d, %v", start, ok)
	}
}
