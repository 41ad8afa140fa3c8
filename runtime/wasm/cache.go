package wasm

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/tetratelabs/wazero"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// program is a compiled module in the cache, with what Prove checks before each run.
type program struct {
	key      string
	ready    chan struct{} // closed when compiled (or failed)
	compiled wazero.CompiledModule
	minPages uint32
	err      error

	elem    *list.Element
	refs    int  // jobs using compiled; guarded by Runtime.mu
	evicted bool // dropped from the cache; closed when refs reaches zero
}

// program returns the compiled module of art, compiling it at its first use, and a func that releases it.
func (r *Runtime) program(ctx context.Context, art runtime.Artifact) (*program, func(), error) {
	key := art.SHA256
	if key == "" {
		sum := sha256.Sum256(art.Bytes)
		key = hex.EncodeToString(sum[:])
	}

	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil, nil, errClosed
	}
	p := r.programs[key]
	compileHere := p == nil
	if compileHere {
		p = &program{key: key, ready: make(chan struct{})}
		r.programs[key] = p
		p.elem = r.lru.PushFront(p)
		r.evictLocked()
	} else {
		r.lru.MoveToFront(p.elem)
	}
	p.refs++
	r.mu.Unlock()
	release := func() { r.release(p) }

	if compileHere {
		r.compiles.Add(1)
		// A compile outlives the caller that started it: other jobs of the same program wait for it.
		p.compiled, p.minPages, p.err = r.compile(context.WithoutCancel(ctx), art.Bytes)
		close(p.ready)
		if p.err != nil {
			r.mu.Lock()
			r.removeLocked(p) // a bad module is not kept; the next job reports it afresh
			r.mu.Unlock()
		}
	} else {
		select {
		case <-p.ready:
		case <-ctx.Done():
			release()
			return nil, nil, fmt.Errorf("wasm: waiting for compilation: %w", ctx.Err())
		}
	}
	if p.err != nil {
		release()
		return nil, nil, p.err
	}
	return p, release, nil
}

// compile compiles a module and checks it is a WASI command this runtime can run.
func (r *Runtime) compile(ctx context.Context, code []byte) (wazero.CompiledModule, uint32, error) {
	cm, err := r.rt.CompileModule(ctx, code)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: wasm: invalid module: %v", runtime.ErrBadJob, err)
	}
	fail := func(format string, args ...any) (wazero.CompiledModule, uint32, error) {
		_ = cm.Close(ctx)
		return nil, 0, fmt.Errorf("%w: wasm: %s", runtime.ErrBadJob, fmt.Sprintf(format, args...))
	}
	if _, ok := cm.ExportedFunctions()["_start"]; !ok {
		return fail("module exports no _start: it is not a WASI command")
	}
	for _, f := range cm.ImportedFunctions() {
		if mod, name, _ := f.Import(); mod != wasiModule {
			return fail("module imports %s.%s; only %s is provided", mod, name, wasiModule)
		}
	}
	if len(cm.ImportedMemories()) > 0 {
		return fail("module imports its memory; it must define and export it")
	}
	mem, ok := cm.ExportedMemories()["memory"]
	if !ok {
		return fail("module exports no memory named \"memory\", which WASI requires")
	}
	return cm, mem.Min(), nil
}

// evictLocked drops least recently used programs beyond the cache size; one in use is closed when its
// last job releases it.
func (r *Runtime) evictLocked() {
	for e := r.lru.Back(); e != nil && r.lru.Len() > r.cfg.maxCachedModules; {
		p := e.Value.(*program)
		e = e.Prev()
		select {
		case <-p.ready:
		default:
			continue // still compiling; its compiler holds it
		}
		r.removeLocked(p)
	}
}

func (r *Runtime) removeLocked(p *program) {
	if r.programs[p.key] == p {
		delete(r.programs, p.key)
	}
	if p.elem != nil {
		r.lru.Remove(p.elem)
		p.elem = nil
	}
	p.evicted = true
	r.closeIfUnusedLocked(p)
}

func (r *Runtime) release(p *program) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p.refs--
	r.closeIfUnusedLocked(p)
}

func (r *Runtime) closeIfUnusedLocked(p *program) {
	if p.evicted && p.refs == 0 && p.compiled != nil {
		_ = p.compiled.Close(context.Background())
		p.compiled = nil
	}
}
