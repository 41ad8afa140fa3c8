package block

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"
)

// simulation is a chain mined by sequencers of a fixed combined hash rate, every block right after the
// last. Each block takes the time its expected work needs at that rate (Work(nbits) / rate), scaled by a
// draw of the exponential distribution when noise is set (a seeded source: the test is deterministic).
// No wall clock is read.
type simulation struct {
	p     Params
	rate  float64 // hashes per second
	noise *rand.Rand
}

// run mines epochs epochs from a tip at height 0 with nbits start and returns each epoch's mean interval
// and its last nbits. start is PowLimit for a new chain; a harder start stands for a chain whose hash
// rate dropped.
func (s simulation) run(start uint32, epochs int) (means []time.Duration, nbits []uint32) {
	headers := []Header{{NBits: start}}
	for range epochs {
		first := headers[len(headers)-1].Timestamp
		for range s.p.RetargetWindow {
			tip := headers[len(headers)-1]
			height := uint64(len(headers) - 1)
			var epochStart Header
			if h, ok := s.p.EpochStart(height + 1); ok {
				epochStart = headers[h]
			}
			next := NextNBits(s.p, tip, height, epochStart)
			work, _ := new(big.Float).SetInt(Work(next)).Float64()
			secs := work / s.rate
			if s.noise != nil {
				secs *= s.noise.ExpFloat64()
			}
			headers = append(headers, Header{NBits: next, Timestamp: tip.Timestamp + uint64(math.Round(secs*1000))})
		}
		last := headers[len(headers)-1]
		means = append(means, time.Duration(last.Timestamp-first)*time.Millisecond/time.Duration(s.p.RetargetWindow))
		nbits = append(nbits, last.NBits)
	}
	return means, nbits
}

// TestRetargetConverges shows that NetworkParams' retarget brings the mean block interval to the target
// from a too-easy start (a new chain at PowLimit, mined far faster than the target) and from a too-hard
// one (a chain that lost most of its hash rate), with the exact expected time per block and with
// exponential noise.
func TestRetargetConverges(t *testing.T) {
	p := NetworkParams()
	const rate = 4e6 // hashes per second: one core of the machines the defaults were measured on
	// A start 64 times harder than the rate needs: 128 s a block.
	hardWork := new(big.Int).SetUint64(uint64(64 * rate * p.TargetInterval.Seconds()))
	hard := BigToCompact(new(big.Int).Div(two256, hardWork))
	const epochs, settled = 20, 8 // the last epochs must all be near the target
	for _, tt := range []struct {
		name  string
		start uint32
		noise bool
		band  float64 // allowed relative distance of the settled epochs' mean from the target
	}{
		{"easy start, exact", p.PowLimit, false, 0.05},
		{"hard start, exact", hard, false, 0.05},
		{"easy start, noisy", p.PowLimit, true, 0.25},
		{"hard start, noisy", hard, true, 0.25},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := simulation{p: p, rate: rate}
			if tt.noise {
				s.noise = rand.New(rand.NewPCG(1, 2))
			}
			means, nbits := s.run(tt.start, epochs)
			if tt.start == p.PowLimit && means[0] > p.TargetInterval/10 {
				t.Fatalf("first epoch at PowLimit takes %s a block, want well under %s", means[0], p.TargetInterval)
			}
			if tt.start == hard && means[0] < 10*p.TargetInterval {
				t.Fatalf("hard start takes only %s a block", means[0])
			}
			var sum time.Duration
			for _, m := range means[epochs-settled:] {
				sum += m
			}
			mean := sum / settled
			if d := math.Abs(mean.Seconds()/p.TargetInterval.Seconds() - 1); d > tt.band {
				t.Fatalf("settled mean interval %s, want %s within %.0f%%; epochs %v", mean, p.TargetInterval, tt.band*100, means)
			}
			t.Logf("epoch means %v; settled %s at nbits %#08x (%.3g hashes a block)", means, mean, nbits[epochs-1],
				float64(Work(nbits[epochs-1]).Uint64()))
		})
	}
}

// BenchmarkNetworkParams mines blocks at NetworkPowLimit on one core and reports the hash rate, the
// time a genesis block takes at it, and the work per block the retarget settles on at that rate.
func BenchmarkNetworkParams(b *testing.B) {
	p := NetworkParams()
	h := Header{Version: CurrentVersion, NBits: p.PowLimit}
	var hashes uint64
	for b.Loop() {
		h.Timestamp++
		h.Nonce = 0
		got, err := Mine(b.Context(), h)
		if err != nil {
			b.Fatal(err)
		}
		hashes += got.Nonce + 1
	}
	rate := float64(hashes) / b.Elapsed().Seconds()
	work, _ := new(big.Float).SetInt(Work(p.PowLimit)).Float64()
	b.ReportMetric(rate, "hashes/s")
	b.ReportMetric(work/rate*1000, "ms/genesis-block")
	b.ReportMetric(rate*p.TargetInterval.Seconds(), "hashes/settled-block")
	b.Logf("one core: %.3g hashes/s; a block at NetworkPowLimit (%.0f hashes) takes %.1f ms; at %s a block the retarget settles on %.3g hashes a block",
		rate, work, work/rate*1000, p.TargetInterval, rate*p.TargetInterval.Seconds())
}
