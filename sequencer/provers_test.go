package sequencer

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestEligible(t *testing.T) {
	a := common.HexToAddress("0xa1")
	b := common.HexToAddress("0xb2")
	c := common.HexToAddress("0xc3")
	provers := []Prover{
		{Address: c, Runtimes: []string{"wasm", "gnark-groth16"}},
		{Address: a, Runtimes: []string{"wasm"}},
		{Address: b, Runtimes: []string{"wasm"}, Paused: true},
		{Address: common.Address{}, Runtimes: []string{"wasm"}},
		{Address: a, Runtimes: []string{"wasm"}}, // listed twice
	}
	tests := []struct {
		name     string
		runtime  string
		excluded map[common.Address]bool
		want     []common.Address
	}{
		{"runtime, not paused, in address order, once", "wasm", nil, []common.Address{a, c}},
		{"other runtime", "gnark-groth16", nil, []common.Address{c}},
		{"unknown runtime", "tee", nil, nil},
		{"excluded", "wasm", map[common.Address]bool{a: true}, []common.Address{c}},
		{"all excluded", "wasm", map[common.Address]bool{a: true, c: true}, nil},
	}
	for _, tt := range tests {
		got := eligible(provers, tt.runtime, tt.excluded)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: %v, want %v", tt.name, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Fatalf("%s: %v, want %v", tt.name, got, tt.want)
			}
		}
	}
}

func TestBalancerSpreadsEvenly(t *testing.T) {
	ps := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	run := func() []common.Address {
		bal := newBalancer()
		var out []common.Address
		for i := range 30 {
			out = append(out, bal.choose(crypto.Keccak256Hash([]byte{byte(i)}), ps))
		}
		return out
	}
	first, again := run(), run()
	count := map[common.Address]int{}
	for i := range first {
		if first[i] != again[i] {
			t.Fatal("same tasks gave different choices")
		}
		count[first[i]]++
	}
	for _, p := range ps {
		if count[p] != 10 {
			t.Fatalf("uneven load %v", count)
		}
	}
	// One-task blocks (a fresh balancer each) spread by task ID rather than all going to one prover.
	single := map[common.Address]int{}
	for i := range 300 {
		single[newBalancer().choose(crypto.Keccak256Hash([]byte{byte(i), 1}), ps)]++
	}
	for _, p := range ps {
		if single[p] < 50 {
			t.Fatalf("one-task blocks pile up: %v", single)
		}
	}
	// Only some candidates: the least loaded of them.
	bal := newBalancer()
	bal.load[ps[0]], bal.load[ps[1]] = 2, 1
	if got := bal.choose(common.Hash{}, ps[:2]); got != ps[1] {
		t.Fatalf("chose %s, want the least loaded %s", got, ps[1])
	}
}

// TestLoadWeighsOutstandingAndMisses: a prover with outstanding tasks, or one that let assignments expire
// lately, gets the next tasks only once the others carry as much; misses are forgotten after MissMemory.
func TestLoadWeighsOutstandingAndMisses(t *testing.T) {
	ps := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	t0 := time.Unix(1_700_000_000, 0)
	var m misses
	m.add(ps[0], t0)
	m.add(ps[0], t0.Add(time.Minute))
	m.add(ps[1], t0.Add(-MissMemory-time.Second)) // too old to count
	recent := m.recent(t0.Add(2 * time.Minute))
	if recent[ps[0]] != 2 || recent[ps[1]] != 0 || len(m.at) != 1 {
		t.Fatalf("recent misses %v (kept %v), want 2 for the first prover only", recent, m.at)
	}
	bal := newBalancer()
	bal.load[ps[0]], bal.load[ps[2]] = MissWeight*recent[ps[0]], 5 // ps[2] has 5 outstanding tasks
	got := map[common.Address]int{}
	for i := range 12 {
		got[bal.choose(crypto.Keccak256Hash([]byte{byte(i), 2}), ps)]++
	}
	// Loads start at 8, 0, 5: the 12 tasks bring all three to 25/3, so 0, 8 and 4 (or ±1 by ties) each.
	if got[ps[1]] < 7 || got[ps[0]] > 1 || got[ps[2]] < 3 || got[ps[2]] > 5 {
		t.Fatalf("choices %v from loads 8, 0, 5", got)
	}
}

// TestBenchedProverGetsNothingWhileOthersMay: a prover with BenchMisses recent misses (one that died, say)
// gets no task while another eligible prover may take it, whatever their loads, and still takes tasks
// nobody else may.
func TestBenchedProverGetsNothingWhileOthersMay(t *testing.T) {
	dead, busy := common.HexToAddress("0x0d"), common.HexToAddress("0x0b")
	bal := newBalancer()
	bal.load[busy] = 100
	bal.benched[dead] = true
	for i := range 10 {
		if got := bal.choose(crypto.Keccak256Hash([]byte{byte(i), 3}), []common.Address{dead, busy}); got != busy {
			t.Fatalf("task %d went to the benched prover", i)
		}
	}
	if got := bal.choose(common.Hash{}, []common.Address{dead}); got != dead {
		t.Fatalf("a task only the benched prover may take went to %s", got)
	}
}
