package wasm_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
)

// cacheDir is a wazero compilation cache shared by the runtimes of these tests and kept between runs, so
// that each test's fresh Runtime, and the next run (slow under -race), reuses the test program's machine
// code. wazero keys its entries by module hash and wazero version.
var cacheDir string

func TestMain(m *testing.M) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	cacheDir = filepath.Join(base, "w3bstream", "wazero-test")
	os.Exit(m.Run())
}

func newRuntime(t testing.TB, opts ...wasm.Option) *wasm.Runtime {
	t.Helper()
	rt, err := wasm.New(append([]wasm.Option{wasm.WithCompilationCacheDir(cacheDir)}, opts...)...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := rt.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return rt
}

var (
	progOnce sync.Once
	prog     []byte
)

// testProgram returns the test program of testdata/prog.
func testProgram(t testing.TB) []byte {
	t.Helper()
	progOnce.Do(func() { prog = wasmbuild.Build(t, "testdata/prog") })
	if prog == nil {
		t.Fatal("test program did not build")
	}
	return prog
}

func programJob(code []byte, data ...string) runtime.Job {
	job := runtime.Job{
		ProjectID:      1,
		ProjectVersion: "v1",
		TaskID:         common.HexToHash("0x01"),
		Artifacts:      map[string]runtime.Artifact{wasm.ProgramArtifact: runtimetest.NewArtifact(code)},
	}
	for i, d := range data {
		job.Messages = append(job.Messages, runtime.Message{
			ID:       common.BytesToHash([]byte{0x4d, byte(i)}),
			DeviceID: common.HexToAddress("0x1000000000000000000000000000000000000001"),
			Data:     d,
		})
	}
	return job
}

func TestConformance(t *testing.T) {
	code := testProgram(t)
	runtimetest.Run(t, newRuntime(t), runtimetest.Case{
		Artifacts: map[string]runtime.Artifact{wasm.ProgramArtifact: runtimetest.NewArtifact(code)},
		Data:      func(i int) string { return strconv.Itoa(7*i + 3) },
		Expect: func(job runtime.Job) (any, error) {
			var sum, weighted int64
			for i, m := range job.Messages {
				v, err := strconv.ParseInt(m.Data, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("reference data %q: %w", m.Data, err)
				}
				sum += v
				weighted += int64(i+1) * v
			}
			return map[string]any{
				"taskID":   job.TaskID.Hex(),
				"count":    len(job.Messages),
				"sum":      sum,
				"weighted": weighted,
			}, nil
		},
		Endless: []string{"spin"},
		BadJobs: []runtimetest.BadJob{
			{Name: "NoStart", Edit: withModule(module{noStart: true}), Want: runtime.ErrBadJob},
			{Name: "ForeignImport", Edit: withModule(module{importEnv: true}), Want: runtime.ErrBadJob},
			{Name: "NoMemory", Edit: withModule(module{noMemory: true}), Want: runtime.ErrBadJob},
			{Name: "UnknownConfig", Edit: func(j *runtime.Job) { j.Config = json.RawMessage(`{"fuel":1}`) }, Want: runtime.ErrBadJob},
			{Name: "Trap", Edit: withModule(module{}), Want: runtime.ErrProgram},
			{Name: "BadData", Edit: func(j *runtime.Job) { j.Messages[0].Data = "x" }, Want: runtime.ErrProgram},
		},
	})
}

func TestFailures(t *testing.T) {
	code := testProgram(t)
	tests := []struct {
		name   string
		opts   []wasm.Option
		job    runtime.Job
		want   error
		detail string // in the error message
	}{
		{"Time", []wasm.Option{wasm.WithMaxRunTime(300 * time.Millisecond)}, programJob(code, "spin"), runtime.ErrLimit, "run time"},
		{"Memory", []wasm.Option{wasm.WithMaxMemoryPages(1024)}, programJob(code, "alloc:128"), runtime.ErrLimit, "memory over 1024 pages"},
		{"MemoryAtStart", []wasm.Option{wasm.WithMaxMemoryPages(8)}, programJob(moduleBytes(module{minPages: 9})), runtime.ErrLimit, "needs 9 memory pages"},
		{"Output", []wasm.Option{wasm.WithMaxOutputBytes(4096)}, programJob(code, "bigout:100000"), runtime.ErrLimit, "output over 4096"},
		{"ExitCode", nil, programJob(code, "exit:3"), runtime.ErrProgram, "exit code 3; stderr: prog: exiting as asked"},
		{"NotJSON", nil, programJob(code, "notjson"), runtime.ErrProgram, "not one JSON value"},
		{"Trap", nil, programJob(moduleBytes(module{})), runtime.ErrProgram, "trap: wasm error: unreachable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newRuntime(t, tc.opts...).Prove(context.Background(), tc.job)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Prove error = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.detail) {
				t.Fatalf("Prove error %q does not mention %q", err, tc.detail)
			}
			t.Log(err)
		})
	}
}

// TestUnderLimits checks that work within the limits succeeds: the memory limit is not hit by a program
// that stays below it, and output up to the limit is accepted.
func TestUnderLimits(t *testing.T) {
	code := testProgram(t)
	rt := newRuntime(t, wasm.WithMaxMemoryPages(2048), wasm.WithMaxOutputBytes(1002))
	for _, data := range []string{"alloc:64", "bigout:1000"} {
		if _, err := rt.Prove(context.Background(), programJob(code, data, "1")); err != nil {
			t.Errorf("%s: %v", data, err)
		}
	}
}

// TestSandboxIsDeterministic checks that the clock and random sources are fixed: the same task reads the
// same values, the wall clock is FixedWalltime, and randomness follows the task ID.
func TestSandboxIsDeterministic(t *testing.T) {
	code := testProgram(t)
	rt := newRuntime(t)
	type clock struct {
		Wall     int64  `json:"wall"`
		Elapsed  int64  `json:"elapsed"`
		Crypto   string `json:"crypto"`
		MathRand uint64 `json:"mathrand"`
	}
	read := func(job runtime.Job) (clock, string) {
		t.Helper()
		res, err := rt.Prove(context.Background(), job)
		if err != nil {
			t.Fatalf("Prove: %v", err)
		}
		var c clock
		if err := json.Unmarshal(res.Output, &c); err != nil {
			t.Fatalf("decode %s: %v", res.Output, err)
		}
		return c, string(res.Output)
	}
	job := programJob(code, "clock")
	first, firstOut := read(job)
	_, secondOut := read(job)
	if firstOut != secondOut {
		t.Errorf("the same task read different clock or random values:\n%s\n%s", firstOut, secondOut)
	}
	if want := int64(wasm.FixedWalltime) * int64(time.Second); first.Wall != want {
		t.Errorf("wall clock = %d, want %d", first.Wall, want)
	}
	other := job
	other.TaskID = common.HexToHash("0x02")
	if o, _ := read(other); o.Crypto == first.Crypto || o.MathRand == first.MathRand {
		t.Errorf("another task read the same random values: %s", firstOut)
	}

	// A guest sleep of a minute ends well within the default run time: guest time is not host time.
	if _, err := rt.Prove(context.Background(), programJob(code, "sleep:60000", "5")); err != nil {
		t.Errorf("sleeping program: %v", err)
	}
}

func TestCompileCache(t *testing.T) {
	code := testProgram(t)
	ctx := context.Background()

	t.Run("Reuse", func(t *testing.T) {
		rt := newRuntime(t)
		for range 3 {
			if _, err := rt.Prove(ctx, programJob(code, "1")); err != nil {
				t.Fatalf("Prove: %v", err)
			}
		}
		if n := rt.Compiles(); n != 1 {
			t.Fatalf("compiled %d times, want 1", n)
		}
	})

	t.Run("Prepare", func(t *testing.T) {
		rt := newRuntime(t)
		job := programJob(code, "1")
		if err := rt.Prepare(ctx, job.Artifacts, nil); err != nil {
			t.Fatalf("Prepare: %v", err)
		}
		if _, err := rt.Prove(ctx, job); err != nil {
			t.Fatalf("Prove: %v", err)
		}
		if n := rt.Compiles(); n != 1 {
			t.Fatalf("compiled %d times, want 1: Prove did not use the prepared module", n)
		}
		if err := rt.Prepare(ctx, map[string]runtime.Artifact{}, nil); !errors.Is(err, runtime.ErrBadJob) {
			t.Fatalf("Prepare without a program: %v, want ErrBadJob", err)
		}
	})

	t.Run("ConcurrentFirstUse", func(t *testing.T) {
		rt := newRuntime(t)
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := rt.Prove(ctx, programJob(code, "2"))
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("Prove: %v", err)
			}
		}
		if n := rt.Compiles(); n != 1 {
			t.Fatalf("compiled %d times, want 1", n)
		}
	})

	t.Run("Evict", func(t *testing.T) {
		rt := newRuntime(t, wasm.WithMaxCachedModules(1))
		small := moduleBytes(module{print: `{"ok":true}`})
		for i, c := range [][]byte{code, small, code, code} {
			if _, err := rt.Prove(ctx, programJob(c, "3")); err != nil {
				t.Fatalf("Prove %d: %v", i, err)
			}
		}
		if n := rt.Compiles(); n != 3 {
			t.Fatalf("compiled %d times, want 3 (the first program is evicted by the second)", n)
		}
	})

	t.Run("BadModuleNotCached", func(t *testing.T) {
		rt := newRuntime(t)
		job := programJob([]byte("not wasm"))
		for range 2 {
			if _, err := rt.Prove(ctx, job); !errors.Is(err, runtime.ErrBadJob) {
				t.Fatalf("Prove error = %v, want ErrBadJob", err)
			}
		}
		if _, err := rt.Prove(ctx, programJob(code, "1")); err != nil {
			t.Fatalf("Prove: %v", err)
		}
	})
}

func TestOptions(t *testing.T) {
	bad := map[string]wasm.Option{
		"RunTime":      wasm.WithMaxRunTime(0),
		"MemoryZero":   wasm.WithMaxMemoryPages(0),
		"MemoryHuge":   wasm.WithMaxMemoryPages(1<<16 + 1),
		"Output":       wasm.WithMaxOutputBytes(-1),
		"CachedModule": wasm.WithMaxCachedModules(0),
		"CacheDir":     wasm.WithCompilationCacheDir(""),
	}
	for name, opt := range bad {
		if rt, err := wasm.New(opt); err == nil {
			rt.Close()
			t.Errorf("%s: New accepted a bad option", name)
		}
	}
	rt, err := wasm.New()
	if err != nil {
		t.Fatalf("New with defaults: %v", err)
	}
	if err := rt.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := rt.Prove(context.Background(), programJob(moduleBytes(module{}))); err == nil {
		t.Fatal("Prove after Close succeeded")
	}
}

// withModule replaces a job's program by a hand-made module.
func withModule(m module) func(*runtime.Job) {
	return func(j *runtime.Job) {
		j.Artifacts[wasm.ProgramArtifact] = runtimetest.NewArtifact(moduleBytes(m))
	}
}
