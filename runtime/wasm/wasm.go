package wasm

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/w3bstream-go/w3bstream/runtime"
)

const (
	// Kind is the runtime name a project version gives to run on this runtime.
	Kind = "wasm"
	// ProgramArtifact is the name of the artifact that holds the program's module.
	ProgramArtifact = "program"
)

const (
	wasiModule = wasi_snapshot_preview1.ModuleName
	// programName is the program's argv[0].
	programName = "program"
	// maxStderrBytes bounds the stderr kept from a run; maxStderrDetail, the part of it an error quotes.
	maxStderrBytes  = 1024
	maxStderrDetail = 300
)

var errClosed = errors.New("wasm: runtime closed")

// Runtime runs WASI programs. It is safe for concurrent use.
type Runtime struct {
	cfg   config
	rt    wazero.Runtime
	cache wazero.CompilationCache

	mu       sync.Mutex
	programs map[string]*program // by artifact SHA-256
	lru      *list.List          // of *program, most recently used first
	closed   bool

	compiles atomic.Uint64
	memories memoryPool
}

var _ runtime.Runtime = (*Runtime)(nil)

// New returns a runtime with the options applied over the defaults.
func New(opts ...Option) (*Runtime, error) {
	cfg := defaultConfig()
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, fmt.Errorf("wasm: %w", err)
		}
	}
	cache := wazero.NewCompilationCache()
	if cfg.cacheDir != "" {
		var err error
		if cache, err = wazero.NewCompilationCacheWithDir(cfg.cacheDir); err != nil {
			return nil, fmt.Errorf("wasm: compilation cache: %w", err)
		}
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().
		WithCompilationCache(cache).
		WithCloseOnContextDone(true).
		WithMemoryLimitPages(maxPages)) // the memory limit is the allocator's; see memoryLimit
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		_ = rt.Close(ctx)
		_ = cache.Close(ctx)
		return nil, fmt.Errorf("wasm: instantiate WASI: %w", err)
	}
	return &Runtime{
		cfg:      cfg,
		rt:       rt,
		cache:    cache,
		programs: map[string]*program{},
		lru:      list.New(),
	}, nil
}

// Close releases the compiled programs. Call it once no Prove is running.
func (r *Runtime) Close() error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	r.programs = map[string]*program{}
	r.lru.Init()
	r.mu.Unlock()

	ctx := context.Background()
	return errors.Join(r.rt.Close(ctx), r.cache.Close(ctx))
}

// Kind returns "wasm".
func (r *Runtime) Kind() string { return Kind }

// Compiles returns how many modules this runtime has compiled; a cached program is not compiled again.
func (r *Runtime) Compiles() uint64 { return r.compiles.Load() }

// Prepare compiles a version's program into the cache ahead of its first job.
func (r *Runtime) Prepare(ctx context.Context, artifacts map[string]runtime.Artifact, config json.RawMessage) error {
	if err := checkConfig(config); err != nil {
		return err
	}
	art, ok := artifacts[ProgramArtifact]
	if !ok || len(art.Bytes) == 0 {
		return fmt.Errorf("%w: wasm: no %q artifact", runtime.ErrBadJob, ProgramArtifact)
	}
	_, release, err := r.program(ctx, art)
	if err != nil {
		return err
	}
	release()
	return nil
}

// Prove runs the job's program over the job and returns its output.
func (r *Runtime) Prove(ctx context.Context, job runtime.Job) (runtime.Result, error) {
	if err := ctx.Err(); err != nil {
		return runtime.Result{}, fmt.Errorf("wasm: %w", err)
	}
	if err := checkConfig(job.Config); err != nil {
		return runtime.Result{}, err
	}
	art, ok := job.Artifacts[ProgramArtifact]
	if !ok || len(art.Bytes) == 0 {
		return runtime.Result{}, fmt.Errorf("%w: wasm: no %q artifact", runtime.ErrBadJob, ProgramArtifact)
	}
	if job.Messages == nil {
		job.Messages = []runtime.Message{} // the program always reads an array
	}
	stdin, err := json.Marshal(job)
	if err != nil {
		return runtime.Result{}, fmt.Errorf("%w: wasm: encode job: %v", runtime.ErrBadJob, err)
	}
	out, err := r.Run(ctx, art, job.TaskID, stdin)
	if err != nil {
		return runtime.Result{}, err
	}
	return runtime.Result{Output: out}, nil
}

// Run runs program with stdin as its input and returns its output, under the same sandbox, limits, cache
// and error classification as Prove. It is for runtimes that build on this one and give their programs
// another input; taskID seeds the program's random source.
func (r *Runtime) Run(ctx context.Context, program runtime.Artifact, taskID common.Hash, stdin []byte) (json.RawMessage, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("wasm: %w", err)
	}
	if len(program.Bytes) == 0 {
		return nil, fmt.Errorf("%w: wasm: empty program", runtime.ErrBadJob)
	}
	p, release, err := r.program(ctx, program)
	if err != nil {
		return nil, err
	}
	defer release()
	return r.run(ctx, p, taskID, stdin)
}

// run instantiates the program in a fresh sandbox, calls _start and classifies how it ended.
func (r *Runtime) run(ctx context.Context, p *program, taskID common.Hash, stdin []byte) (json.RawMessage, error) {
	limit := uint64(r.cfg.maxMemoryPages) * 65536
	if uint64(p.minPages)*65536 > limit {
		return nil, fmt.Errorf("%w: wasm: module needs %d memory pages, limit %d", runtime.ErrLimit, p.minPages, r.cfg.maxMemoryPages)
	}

	timed, cancelTimed := context.WithTimeout(ctx, r.cfg.maxRunTime)
	defer cancelTimed()
	runCtx, stop := context.WithCancel(timed)
	defer stop()

	stdout := &limitedBuffer{limit: r.cfg.maxOutputBytes, strict: true, onExceed: stop}
	stderr := &limitedBuffer{limit: maxStderrBytes}
	mem := &memoryLimit{limit: limit, pool: &r.memories}
	modCfg := wazero.NewModuleConfig().
		WithName("").
		WithArgs(programName).
		WithStdin(bytes.NewReader(stdin)).
		WithStdout(stdout).
		WithStderr(stderr).
		WithStartFunctions(). // _start is called below, under the run's context
		WithWalltime(walltime, 1).
		WithNanotime(newNanotime(), 1).
		WithNanosleep(nanosleep).
		WithOsyield(osyield).
		WithRandSource(newRand(taskID))

	mod, err := r.rt.InstantiateModule(experimental.WithMemoryAllocator(runCtx, mem), p.compiled, modCfg)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("wasm: %w", ctx.Err())
		}
		return nil, fmt.Errorf("%w: wasm: instantiate: %v", runtime.ErrBadJob, err)
	}
	defer mod.Close(context.Background())
	_, callErr := mod.ExportedFunction("_start").Call(runCtx)

	var exit *sys.ExitError
	exited := errors.As(callErr, &exit)
	failed := callErr != nil && !(exited && exit.ExitCode() == 0)
	switch {
	case ctx.Err() != nil && failed:
		return nil, fmt.Errorf("wasm: %w", ctx.Err())
	case stdout.exceeded:
		return nil, fmt.Errorf("%w: wasm: output over %d bytes", runtime.ErrLimit, r.cfg.maxOutputBytes)
	case !failed:
	case mem.exceeded:
		return nil, fmt.Errorf("%w: wasm: memory over %d pages%s", runtime.ErrLimit, r.cfg.maxMemoryPages, stderrDetail(stderr))
	case errors.Is(timed.Err(), context.DeadlineExceeded):
		return nil, fmt.Errorf("%w: wasm: run time over %s", runtime.ErrLimit, r.cfg.maxRunTime)
	case exited:
		return nil, fmt.Errorf("%w: wasm: exit code %d%s", runtime.ErrProgram, exit.ExitCode(), stderrDetail(stderr))
	default:
		return nil, fmt.Errorf("%w: wasm: trap: %s%s", runtime.ErrProgram, firstLine(callErr.Error()), stderrDetail(stderr))
	}

	out := bytes.TrimSpace(stdout.buf)
	if !json.Valid(out) {
		return nil, fmt.Errorf("%w: wasm: output is not one JSON value: %q%s", runtime.ErrProgram, truncate(string(out), 120), stderrDetail(stderr))
	}
	return json.RawMessage(out), nil
}

// checkConfig accepts an absent or empty config: the wasm runtime has no per-version settings yet, and a
// field it does not know is more likely a mistake than something to ignore.
func checkConfig(raw json.RawMessage) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var c struct{}
	if err := dec.Decode(&c); err != nil {
		return fmt.Errorf("%w: wasm: config: %v", runtime.ErrBadJob, err)
	}
	return nil
}

// stderrDetail quotes the start of stderr on one line, where a Go panic or a program's own message is.
func stderrDetail(w *limitedBuffer) string {
	s := strings.Join(strings.Fields(string(w.buf)), " ")
	if s == "" {
		return ""
	}
	if w.exceeded {
		s += "…"
	}
	return "; stderr: " + truncate(s, maxStderrDetail)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
