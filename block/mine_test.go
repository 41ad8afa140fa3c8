package block

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestMine(t *testing.T) {
	tests := []struct {
		name    string
		nbits   uint32
		workers int
	}{
		{"pow limit", DefaultPowLimit, 1},
		{"harder", 0x1f0fffff, 1},
		{"harder, two workers", 0x1f0fffff, 2},
		{"harder, four workers", 0x1f0fffff, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Header{Version: CurrentVersion, Timestamp: 1_700_000_000_000, NBits: tt.nbits}
			got, err := MineParallel(context.Background(), h, tt.workers)
			if err != nil {
				t.Fatal(err)
			}
			if err := CheckPoW(got.Hash(), got.NBits); err != nil {
				t.Fatalf("mined header fails PoW: %v", err)
			}
			if got.Nonce < h.Nonce || got.Timestamp != h.Timestamp || got.NBits != h.NBits {
				t.Fatalf("mining changed more than the nonce: %+v", got)
			}
		})
	}
}

func TestMineCancel(t *testing.T) {
	h := Header{Version: CurrentVersion, NBits: 0x03000001} // target 1: never found
	for _, workers := range []int{1, 2} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		_, err := MineParallel(ctx, h, workers)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("workers %d: %v, want deadline exceeded", workers, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Mine(ctx, Header{NBits: DefaultPowLimit}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled before start: %v", err)
	}
	if _, err := Mine(context.Background(), Header{NBits: 0x04923456}); !errors.Is(err, ErrBadNBits) {
		t.Fatalf("negative nbits: %v", err)
	}
}

// BenchmarkHash reports header hashes (sha256d of 88 bytes) per second.
func BenchmarkHash(b *testing.B) {
	h := Header{Version: CurrentVersion, NBits: DefaultPowLimit}
	for b.Loop() {
		h.Nonce++
		_ = h.Hash()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "hashes/s")
}

// BenchmarkMine reports hashes per second of Mine at a target of about 2^20 hashes per block, and the
// mean time to mine at PowLimit (about two hashes).
func BenchmarkMine(b *testing.B) {
	for _, bc := range []struct {
		name    string
		nbits   uint32
		workers int
	}{
		{"powlimit", DefaultPowLimit, 1},
		{"2^20/workers=1", 0x1e0fffff, 1},
		{"2^20/workers=2", 0x1e0fffff, 2},
	} {
		b.Run(bc.name, func(b *testing.B) {
			h := Header{Version: CurrentVersion, NBits: bc.nbits}
			var hashes uint64
			for b.Loop() {
				h.Timestamp++
				h.Nonce = 0
				got, err := MineParallel(context.Background(), h, bc.workers)
				if err != nil {
					b.Fatal(err)
				}
				// Worker w tries w, w+workers, ...: when one finds n, each has tried about n/workers.
				hashes += uint64(bc.workers) * (got.Nonce/uint64(bc.workers) + 1)
			}
			b.ReportMetric(float64(hashes)/b.Elapsed().Seconds(), "hashes/s")
		})
	}
}
