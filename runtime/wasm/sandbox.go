package wasm

import (
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/tetratelabs/wazero/experimental"
)

// FixedWalltime is the wall clock every program sees, in Unix seconds: 2024-01-01T00:00:00Z.
const FixedWalltime = 1_704_067_200

// clockTick is how far the monotonic clock advances at each reading.
const clockTick = 1_000_000 // 1 ms

// randDomain separates the program's random stream from any other use of the task ID.
const randDomain = "w3bstream/runtime/wasm/rand/v1"

func walltime() (sec int64, nsec int32) { return FixedWalltime, 0 }

// newNanotime returns a monotonic clock that depends only on how often the program reads it; a constant
// clock would make guest timers (time.Sleep) wait forever.
func newNanotime() func() int64 {
	var t atomic.Int64
	return func() int64 { return t.Add(clockTick) - clockTick }
}

func nanosleep(int64) {}

func osyield() {}

// newRand returns the program's random source: a ChaCha8 stream keyed by the task ID, so a task's
// randomness is the same on every node and different between tasks.
func newRand(taskID common.Hash) io.Reader {
	seed := sha256.Sum256(append([]byte(randDomain), taskID[:]...))
	return rand.NewChaCha8(seed)
}

// memoryLimit is a wazero memory allocator that refuses growth past a limit and remembers that it did.
// wazero's own page limit refuses such growth before any allocator sees it, leaving nothing to tell a
// program that ran out of memory from one that crashed; so wazero's limit stays at the wasm32 maximum and
// this allocator enforces ours.
type memoryLimit struct {
	limit    uint64 // bytes
	exceeded bool
	pool     *memoryPool // nil: every memory is allocated afresh
}

func (m *memoryLimit) Allocate(_, _ uint64) experimental.LinearMemory {
	return &linearMemory{owner: m}
}

type linearMemory struct {
	owner *memoryLimit
	buf   []byte
}

// Reallocate grows the memory; wasm memory never shrinks, and bytes past len were never written, so
// reusing spare capacity needs no clearing.
func (l *linearMemory) Reallocate(size uint64) []byte {
	if size > l.owner.limit {
		l.owner.exceeded = true
		return nil
	}
	if l.buf == nil && l.owner.pool != nil {
		l.buf = l.owner.pool.get(size)
	}
	if size <= uint64(cap(l.buf)) {
		l.buf = l.buf[:size]
		return l.buf
	}
	newCap := min(max(size, 2*uint64(cap(l.buf))), l.owner.limit)
	buf := make([]byte, size, newCap)
	copy(buf, l.buf)
	l.buf = buf
	return l.buf
}

func (l *linearMemory) Free() {
	if l.owner.pool != nil && l.buf != nil {
		l.owner.pool.put(l.buf)
	}
	l.buf = nil
}

// memoryPool keeps the memories of finished runs for the next ones: a Go program's memory is megabytes, and
// allocating (and collecting) it afresh for every task cost more than the program's own run. Every pooled
// buffer is zero over its whole capacity, so a run never sees another's bytes.
type memoryPool struct {
	p sync.Pool // of *[]byte, length 0
}

// get returns a zeroed buffer of length 0 and capacity at least size, or nil when none is pooled.
func (p *memoryPool) get(size uint64) []byte {
	b, _ := p.p.Get().(*[]byte)
	if b == nil || uint64(cap(*b)) < size {
		return nil // a smaller buffer is dropped: memories of one program have one size, mostly
	}
	return (*b)[:0]
}

// put clears what a run wrote (bytes past len never were) and keeps buf for another run.
func (p *memoryPool) put(buf []byte) {
	clear(buf)
	buf = buf[:0]
	p.p.Put(&buf)
}

// errOutputLimit is what a program's write gets once stdout is over the limit.
var errOutputLimit = errors.New("output limit exceeded")

// limitedBuffer keeps what is written up to limit bytes. Past the limit it calls onExceed (once) and,
// when strict, fails the write; stderr is not strict, it is only truncated.
type limitedBuffer struct {
	buf      []byte
	limit    int
	strict   bool
	exceeded bool
	onExceed func()
}

func (w *limitedBuffer) Write(p []byte) (int, error) {
	room := w.limit - len(w.buf)
	if len(p) <= room {
		w.buf = append(w.buf, p...)
		return len(p), nil
	}
	w.buf = append(w.buf, p[:max(room, 0)]...)
	if !w.exceeded {
		w.exceeded = true
		if w.onExceed != nil {
			w.onExceed()
		}
	}
	if w.strict {
		return max(room, 0), errOutputLimit
	}
	return len(p), nil
}
