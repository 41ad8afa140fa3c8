package wasm

import (
	"bytes"
	"testing"
)

// TestMemoryPoolClears checks that a memory taken from the pool is zero, whatever the run before it wrote
// and however far it grew, and that growth past a pooled buffer still works.
func TestMemoryPoolClears(t *testing.T) {
	pool := &memoryPool{}
	owner := &memoryLimit{limit: 1 << 20, pool: pool}
	tests := []struct {
		name        string
		first, grow uint64 // sizes of the first and a later Reallocate
	}{
		{"same size", 4096, 4096},
		{"grown within capacity", 4096, 8192},
		{"grown past capacity", 8192, 64 << 10},
		{"smaller", 1024, 2048},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for round := range 3 {
				m := owner.Allocate(0, 0)
				buf := m.Reallocate(tc.first)
				if len(buf) != int(tc.first) {
					t.Fatalf("round %d: len %d, want %d", round, len(buf), tc.first)
				}
				buf = m.Reallocate(tc.grow)
				if len(buf) != int(tc.grow) {
					t.Fatalf("round %d: len %d, want %d", round, len(buf), tc.grow)
				}
				if !bytes.Equal(buf, make([]byte, len(buf))) {
					t.Fatalf("round %d: memory is not zero at the start", round)
				}
				for i := range buf {
					buf[i] = 0xAA
				}
				m.Free()
			}
		})
	}
	if got := (&memoryLimit{limit: 100, pool: pool}).Allocate(0, 0).Reallocate(101); got != nil {
		t.Errorf("growth past the limit: got %d bytes", len(got))
	}
}
