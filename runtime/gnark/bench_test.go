package gnark_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// BenchmarkProve is the cost of a job of a loaded version of the reference circuit with all its slots
// used, split by Stats into gnark's Prove and the runtime's overhead around it: the program, the witness
// and the verification of the proof.
func BenchmarkProve(b *testing.B) {
	for _, backend := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		b.Run(string(backend), func(b *testing.B) {
			f := refFixture(b, backend)
			rt, _ := newRuntime(b, backend)
			data := make([]string, slots)
			for i := range data {
				data[i] = strconv.Itoa(1000 + i)
			}
			job := f.job("", data...)
			ctx := context.Background()
			if _, err := rt.Prove(ctx, job); err != nil { // load and compile outside the timing
				b.Fatal(err)
			}
			before := rt.Stats()
			b.ResetTimer()
			for b.Loop() {
				if _, err := rt.Prove(ctx, job); err != nil {
					b.Fatal(err)
				}
			}
			elapsed := b.Elapsed()
			s := rt.Stats().Sub(before)
			n := float64(b.N)
			ms := func(d float64) float64 { return d / n / 1e6 }
			b.ReportMetric(ms(float64(s.Prove)), "gnark-ms/op")
			b.ReportMetric(ms(float64(s.Program)), "program-ms/op")
			b.ReportMetric(ms(float64(s.Witness)), "witness-ms/op")
			b.ReportMetric(ms(float64(s.Verify)), "verify-ms/op")
			b.ReportMetric(ms(float64(elapsed-s.Prove)), "overhead-ms/op")
		})
	}
}
