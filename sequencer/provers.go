package sequencer

import (
	"bytes"
	"context"
	"encoding/binary"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Prover is a prover the sequencer may assign tasks to.
type Prover struct {
	Address  common.Address
	Runtimes []string // runtime kinds it runs, as a project version names them ("wasm", "gnark-groth16" ...)
	Paused   bool
}

// Runs reports whether the prover runs the runtime kind.
func (p Prover) Runs(runtime string) bool { return slices.Contains(p.Runtimes, runtime) }

// ProverSet is where the sequencer learns its provers: a static list in dev mode, the chain's prover
// registry in a network.
type ProverSet interface {
	Provers(ctx context.Context) ([]Prover, error)
}

// ProverNotifier is implemented by a ProverSet that can say when its provers change (one registered,
// paused, resumed); the sequencer then looks again at tasks that had no eligible prover.
type ProverNotifier interface {
	ProversChanged() <-chan struct{}
}

// StaticProvers is a fixed ProverSet.
type StaticProvers []Prover

// Provers returns the list.
func (s StaticProvers) Provers(context.Context) ([]Prover, error) { return slices.Clone(s), nil }

// RuntimeLookup gives the runtime kind of a project version; the node adapts project.Manager to it.
type RuntimeLookup interface {
	Runtime(ctx context.Context, projectID uint64, version string) (string, error)
}

// RuntimeFunc adapts a function to RuntimeLookup.
type RuntimeFunc func(ctx context.Context, projectID uint64, version string) (string, error)

// Runtime calls f.
func (f RuntimeFunc) Runtime(ctx context.Context, projectID uint64, version string) (string, error) {
	return f(ctx, projectID, version)
}

// eligible returns the provers, in address order, that may take a task of runtime kind rt: not paused,
// running rt, and not in excluded (those that had the task before and failed it or let it expire).
func eligible(provers []Prover, rt string, excluded map[common.Address]bool) []common.Address {
	var out []common.Address
	for _, p := range provers {
		if !p.Paused && p.Address != (common.Address{}) && p.Runs(rt) && !excluded[p.Address] {
			out = append(out, p.Address)
		}
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return slices.Compact(out)
}

// MissWeight is how many outstanding tasks one recent miss (an assignment let expire) counts as when the
// sequencer chooses a prover; a miss is forgotten after MissMemory.
// A prover with BenchMisses misses within MissMemory gets no task while another eligible prover may take
// it: a prover that died keeps its stake and registration, and would otherwise be given tasks that wait out
// their deadlines.
const (
	MissWeight  = 4
	MissMemory  = 10 * time.Minute
	BenchMisses = 3
)

// balancer chooses each task's prover: of the eligible provers not benched (BenchMisses recent misses; all of
// them if every one is), the one with the least load, where a prover's load is
// its outstanding tasks (assigned and not yet settled, as DA knows them), the tasks this block gave it
// so far, and MissWeight for each assignment it let expire within MissMemory. Ties are broken by the task
// ID, so that successive one-task blocks do not all land on the same prover. Only registered, staked
// provers are candidates (one per address, from the chain), so announcing oneself many times gains nothing;
// the same load and tasks in the same order give the same choice.
type balancer struct {
	load    map[common.Address]int
	benched map[common.Address]bool
}

func newBalancer() balancer {
	return balancer{load: map[common.Address]int{}, benched: map[common.Address]bool{}}
}

func (b balancer) choose(taskID common.Hash, candidates []common.Address) common.Address {
	if fit := slices.DeleteFunc(slices.Clone(candidates), func(c common.Address) bool { return b.benched[c] }); len(fit) > 0 {
		candidates = fit
	}
	least := -1
	var ties []common.Address
	for _, c := range candidates {
		switch n := b.load[c]; {
		case least < 0 || n < least:
			least, ties = n, append(ties[:0], c)
		case n == least:
			ties = append(ties, c)
		}
	}
	pick := ties[binary.BigEndian.Uint64(taskID[24:])%uint64(len(ties))]
	b.load[pick]++
	return pick
}

// misses remembers the assignments each prover let expire lately.
type misses struct {
	at map[common.Address][]time.Time
}

func (m *misses) add(p common.Address, at time.Time) {
	if m.at == nil {
		m.at = map[common.Address][]time.Time{}
	}
	m.at[p] = append(m.at[p], at)
}

// recent returns each prover's misses since now-MissMemory, forgetting older ones.
func (m *misses) recent(now time.Time) map[common.Address]int {
	out := map[common.Address]int{}
	for p, ts := range m.at {
		i := 0
		for i < len(ts) && now.Sub(ts[i]) > MissMemory {
			i++
		}
		if ts = ts[i:]; len(ts) == 0 {
			delete(m.at, p)
			continue
		}
		m.at[p] = ts
		out[p] = len(ts)
	}
	return out
}
