package block

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"sync"
)

// mineCheckEvery is how many hashes a search tries between looks at its context.
const mineCheckEvery = 4096

// ErrNonceExhausted means every nonce was tried; the caller changes another field (the timestamp) and
// mines again. At any sane target it does not happen.
var ErrNonceExhausted = errors.New("nonce space exhausted")

// Mine searches nonces from h.Nonce upward for one whose header hash, read big-endian, is at most the
// target of h.NBits, and returns h with that nonce. It returns ctx.Err() once ctx is done, checking every
// few thousand hashes.
func Mine(ctx context.Context, h Header) (Header, error) { return MineParallel(ctx, h, 1) }

// MineParallel mines like Mine with workers goroutines, worker w trying nonces h.Nonce+w, +workers, ...
// Which valid nonce it returns depends on scheduling. With workers <= 1 it is Mine, in the caller's
// goroutine. Two workers on two cores find a nonce about twice as fast; at the dev target (two hashes a
// block) starting them costs more than it saves.
func MineParallel(ctx context.Context, h Header, workers int) (Header, error) {
	target, err := Target(h.NBits)
	if err != nil {
		return Header{}, err
	}
	var t [32]byte
	target.FillBytes(t[:])
	if workers <= 1 {
		n, err := search(ctx, h, &t, h.Nonce, 1)
		if err != nil {
			return Header{}, err
		}
		h.Nonce = n
		return h, nil
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	found := make(chan uint64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			if n, err := search(wctx, h, &t, h.Nonce+uint64(w), uint64(workers)); err == nil {
				found <- n
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	// Workers read h until they stop: the result goes into a copy.
	out := h
	select {
	case out.Nonce = <-found:
		return out, nil
	case <-done:
		select {
		case out.Nonce = <-found:
			return out, nil
		default:
		}
		if err := ctx.Err(); err != nil {
			return Header{}, err
		}
		return Header{}, ErrNonceExhausted
	}
}

// search tries nonces first, first+step, ... (wrapping) for one whose header hash is at most the target
// t (32 bytes, big-endian), giving up when ctx is done or after about 2^64/step tries.
func search(ctx context.Context, h Header, t *[32]byte, first, step uint64) (uint64, error) {
	var buf [HeaderSize]byte
	h.put(buf[:])
	nonce := buf[HeaderSize-8:]
	n, limit := first, ^uint64(0)/step
	for tries := uint64(0); ; {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		for range mineCheckEvery {
			binary.BigEndian.PutUint64(nonce, n)
			first := sha256.Sum256(buf[:])
			hash := sha256.Sum256(first[:])
			if bytes.Compare(hash[:], t[:]) <= 0 {
				return n, nil
			}
			n += step
			if tries++; tries == limit {
				return 0, ErrNonceExhausted
			}
		}
	}
}
