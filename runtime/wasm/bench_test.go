package wasm_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
)

// sumJob is a job of the sum example with n messages from four devices.
func sumJob(b *testing.B, n int) runtime.Job {
	code := wasmbuild.Example(b, "sum")
	job := runtime.Job{
		ProjectID:      1,
		ProjectVersion: "v1",
		TaskID:         common.HexToHash("0xbe7c"),
		Artifacts:      map[string]runtime.Artifact{wasm.ProgramArtifact: runtimetest.NewArtifact(code)},
	}
	for i := range n {
		job.Messages = append(job.Messages, runtime.Message{
			ID:       common.BytesToHash([]byte{0xbe, byte(i)}),
			DeviceID: common.BytesToAddress([]byte{byte(i % 4)}),
			Data:     fmt.Sprintf(`{"reading":%d}`, 21+i),
		})
	}
	return job
}

// BenchmarkProve is the per-job cost of a cached program: instantiation, the Go runtime's start-up in the
// guest, the program itself and the JSON in and out.
func BenchmarkProve(b *testing.B) {
	job := sumJob(b, 16)
	rt, err := wasm.New()
	if err != nil {
		b.Fatal(err)
	}
	defer rt.Close()
	ctx := context.Background()
	if _, err := rt.Prove(ctx, job); err != nil { // compile outside the timing
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := rt.Prove(ctx, job); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProveParallel is BenchmarkProve from GOMAXPROCS goroutines: the throughput of one Runtime.
func BenchmarkProveParallel(b *testing.B) {
	job := sumJob(b, 16)
	rt, err := wasm.New()
	if err != nil {
		b.Fatal(err)
	}
	defer rt.Close()
	ctx := context.Background()
	if _, err := rt.Prove(ctx, job); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := rt.Prove(ctx, job); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkCompile is the first job of a program on a fresh Runtime with no compilation cache on disk:
// compiling the module to machine code, then one run.
func BenchmarkCompile(b *testing.B) {
	job := sumJob(b, 16)
	ctx := context.Background()
	for b.Loop() {
		rt, err := wasm.New()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.Prove(ctx, job); err != nil {
			b.Fatal(err)
		}
		rt.Close()
	}
	b.ReportMetric(float64(len(job.Artifacts[wasm.ProgramArtifact].Bytes)), "module-bytes")
}
