package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/sequencer"
)

// Preflight is the chain as a sequencer.Checker: it checks each assignment of a block by the rules
// BlockMinter.mint applies to it (a known, unpaused project; an active prover that supports the
// project's runtime; a task neither settled, nor assigned with its deadline unpassed on the chain's
// clock, nor held by this prover before), and the router's rule that a project without a dApp takes no
// result, against the state of one chain block, the latest, read once per check.
//
// It applies the rules in Go rather than eth_call mint itself, per assignment or by bisecting the block:
// mint checks the header first (proof of work over the merkle root of exactly the assignments sent, a
// timestamp within the drift of the latest block's clock), so every subset tried would need a header
// mined afresh, and an idle chain's latest block is too old for a header made now. The per-assignment
// rules need only view calls; reading them all at one block number keeps the answers consistent with one
// another. The block-level rules (link to the tip, nbits, deadlines within the proof window) are the
// sequencer's own and block.Validator's.
type Preflight struct{ c *Client }

// PreflightClockSlack is how far before our clock the chain block a mint lands in may be timestamped:
// about one slot of a chain with 12-second slots. The preflight takes the chain's clock to be the later
// of its latest block's time and our clock less this, because an idle chain's latest block is old while
// the mint lands in a new one; an assignment whose deadline the chain's clock may not have passed yet is
// refused (task_assigned) and tried again after its back-off.
const PreflightClockSlack = 15 * time.Second

var _ sequencer.Checker = (*Preflight)(nil)

// Preflight returns the client's sequencer.Checker.
func (c *Client) Preflight() *Preflight { return &Preflight{c: c} }

// Check returns a refusal for each assignment the chain would refuse now, with the chain's error name
// and arguments as the detail, and the latest block's time.
func (p *Preflight) Check(ctx context.Context, as []block.Assignment) (sequencer.Checked, error) {
	head, err := p.c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return sequencer.Checked{}, fmt.Errorf("preflight: head: %w", err)
	}
	r := preflightRead{p: p, at: head.Number, projects: map[uint64]projectState{}, eligibility: map[eligibilityKey][2]bool{}}
	nowMs := max(head.Time*1000, uint64(max(time.Now().Add(-PreflightClockSlack).UnixMilli(), 0)))
	var out []sequencer.Refusal
	for _, a := range as {
		reason, detail, err := r.check(ctx, a, nowMs)
		if err != nil {
			return sequencer.Checked{}, fmt.Errorf("preflight at block %s: %w", r.at, err)
		}
		if reason != "" {
			out = append(out, sequencer.Refusal{TaskID: a.TaskID, Reason: reason, Detail: detail})
		}
	}
	return sequencer.Checked{Refusals: out, ChainTime: time.Unix(int64(head.Time), 0)}, nil
}

type projectState struct {
	known, paused, dapp bool
	runtime             [32]byte
}

type eligibilityKey struct {
	prover  common.Address
	runtime [32]byte
}

// preflightRead is one check's reads, at one block, with what the block's assignments share cached.
type preflightRead struct {
	p           *Preflight
	at          *big.Int
	projects    map[uint64]projectState
	eligibility map[eligibilityKey][2]bool // active, supported
}

// check gives the refusal code and detail for one assignment, or "" when the chain takes it.
func (r *preflightRead) check(ctx context.Context, a block.Assignment, nowMs uint64) (string, string, error) {
	ps, err := r.project(ctx, a.ProjectID)
	if err != nil {
		return "", "", err
	}
	switch {
	case !ps.known:
		return sequencer.RefusedUnknownProject, fmt.Sprintf("UnknownProject(%d)", a.ProjectID), nil
	case ps.paused:
		return sequencer.RefusedProjectPaused, fmt.Sprintf("ProjectPaused(%d)", a.ProjectID), nil
	case !ps.dapp:
		return sequencer.RefusedNoDApp, fmt.Sprintf("NoDApp(%d): the router would refuse every result", a.ProjectID), nil
	}
	el, err := r.eligible(ctx, a.Prover, ps.runtime)
	if err != nil {
		return "", "", err
	}
	switch {
	case !el[0]:
		return sequencer.RefusedProverNotActive, fmt.Sprintf("ProverNotActive(%s)", a.Prover), nil
	case !el[1]:
		return sequencer.RefusedRuntimeNotSupported, fmt.Sprintf("RuntimeNotSupported(%s, %s)", a.Prover, RuntimeName(ps.runtime)), nil
	}
	m := r.p.c.dep.Minter
	t, err := callAt(ctx, r.p.c, m.Instance, r.at, m.Binding.PackTask(a.ProjectID, a.TaskID), m.Binding.UnpackTask)
	if err != nil {
		return "", "", fmt.Errorf("task %s: %w", a.TaskID, err)
	}
	switch {
	case t.Status == TaskSettled:
		return sequencer.RefusedTaskSettled, fmt.Sprintf("TaskAlreadySettled(%d, %s)", a.ProjectID, a.TaskID), nil
	case t.Status == TaskNone:
		return "", "", nil
	case nowMs <= t.Deadline:
		return sequencer.RefusedTaskAssigned, fmt.Sprintf("TaskAlreadyAssigned(%d, %s, %s, %d)", a.ProjectID, a.TaskID, t.Prover, t.Deadline), nil
	}
	tried, err := callAt(ctx, r.p.c, m.Instance, r.at, m.Binding.PackHasTried(a.ProjectID, a.TaskID, a.Prover), m.Binding.UnpackHasTried)
	if err != nil {
		return "", "", fmt.Errorf("task %s tried by %s: %w", a.TaskID, a.Prover, err)
	}
	if tried {
		return sequencer.RefusedProverTried, fmt.Sprintf("ProverAlreadyTried(%d, %s, %s)", a.ProjectID, a.TaskID, a.Prover), nil
	}
	return "", "", nil
}

func (r *preflightRead) project(ctx context.Context, id uint64) (projectState, error) {
	if ps, ok := r.projects[id]; ok {
		return ps, nil
	}
	p := r.p.c.dep.Projects
	st, err := callAt(ctx, r.p.c, p.Instance, r.at, p.Binding.PackProjectStatus(id), p.Binding.UnpackProjectStatus)
	if err != nil {
		return projectState{}, fmt.Errorf("project %d: %w", id, err)
	}
	ps := projectState{known: st.Owner != (common.Address{}), paused: st.Paused, runtime: st.Runtime}
	if st.Dapp != (common.Address{}) {
		code, err := r.p.c.eth.CodeAt(ctx, st.Dapp, r.at)
		if err != nil {
			return projectState{}, fmt.Errorf("project %d dApp %s: %w", id, st.Dapp, err)
		}
		ps.dapp = len(code) > 0
	}
	r.projects[id] = ps
	return ps, nil
}

func (r *preflightRead) eligible(ctx context.Context, prover common.Address, runtime [32]byte) ([2]bool, error) {
	k := eligibilityKey{prover, runtime}
	if el, ok := r.eligibility[k]; ok {
		return el, nil
	}
	p := r.p.c.dep.Provers
	out, err := callAt(ctx, r.p.c, p.Instance, r.at, p.Binding.PackEligibility(prover, runtime), p.Binding.UnpackEligibility)
	if err != nil {
		return [2]bool{}, fmt.Errorf("prover %s: %w", prover, err)
	}
	el := [2]bool{out.Active, out.Supported}
	r.eligibility[k] = el
	return el, nil
}
