package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/w3bstream-go/w3bstream/sequencer"
)

// ProverSet is the ProverRegistry as a sequencer.ProverSet. The registry has no list of its provers, so
// the set learns their addresses from ProverRegistered events, scanning each block once (from the
// deploy block, deploy.Addresses.DeployBlock), and reads each prover's record afresh on every call. It is also a
// sequencer.ProverNotifier when the node feeds it the registry's logs (HandleLog).
type ProverSet struct {
	c       *Client
	changed chan struct{}

	mu    sync.Mutex // serializes Provers: the scan state is shared
	known map[common.Address]bool
	next  uint64 // next block to scan for registrations
}

var (
	_ sequencer.ProverSet      = (*ProverSet)(nil)
	_ sequencer.ProverNotifier = (*ProverSet)(nil)
)

// Provers returns the client's sequencer.ProverSet.
func (c *Client) Provers() *ProverSet {
	c.proversOnce.Do(func() {
		c.provers = &ProverSet{c: c, changed: make(chan struct{}, 1), known: map[common.Address]bool{}, next: c.dep.Addresses.DeployBlock}
	})
	return c.provers
}

// Provers returns every registered prover in address order, with its runtimes, as of one block; Paused is
// !Active (paused, unstaking or under the minimum stake), which is what the minter checks.
func (s *ProverSet) Provers(ctx context.Context) ([]sequencer.Prover, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	head, err := s.scan(ctx)
	if err != nil {
		return nil, err
	}
	at := new(big.Int).SetUint64(head)
	addrs := make([]common.Address, 0, len(s.known))
	for a := range s.known {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	var out []sequencer.Prover
	for _, a := range addrs {
		p, err := s.c.proverAt(ctx, a, at)
		if err != nil {
			return nil, err
		}
		if !p.Registered { // withdrawn
			continue
		}
		out = append(out, sequencer.Prover{Address: a, Runtimes: p.Runtimes, Paused: !p.Active})
	}
	return out, nil
}

// scan adds the provers registered up to the head block, which it returns.
func (s *ProverSet) scan(ctx context.Context) (uint64, error) {
	head, err := s.c.eth.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("provers: head: %w", err)
	}
	if head < s.next {
		return head, nil
	}
	p := s.c.dep.Provers
	ev := p.Binding.GetABI().Events["ProverRegistered"]
	q := ethereum.FilterQuery{Addresses: []common.Address{p.Address}, Topics: [][]common.Hash{{ev.ID}}}
	logs, err := scanLogs(ctx, s.c.eth, q, s.next, head, s.c.cfg.scanRange)
	if err != nil {
		return 0, fmt.Errorf("provers: %w", err)
	}
	for i := range logs {
		if r, err := p.Binding.UnpackProverRegisteredEvent(&logs[i]); err == nil {
			s.known[r.Prover] = true
		}
	}
	s.next = head + 1
	return head, nil
}

// HandleLog signals ProversChanged for any log of the prover registry (a registration, a pause, a change
// of the minimum stake ...). Other logs are ignored. It never blocks.
func (s *ProverSet) HandleLog(l types.Log) {
	if l.Address != s.c.dep.Provers.Address {
		return
	}
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

// ProversChanged receives a signal after HandleLog saw a prover registry event; signals coalesce.
func (s *ProverSet) ProversChanged() <-chan struct{} { return s.changed }
