package sequencer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// Reasons of a Refusal: stable codes, the label of the refused-assignments metric and the start of the
// set-aside task's error.
const (
	RefusedRuntimeMismatch     = "runtime_mismatch"      // the project's on-chain runtime is not its project file's
	RefusedProjectPaused       = "project_paused"        // the project is paused
	RefusedUnknownProject      = "unknown_project"       // the chain has no such project
	RefusedNoDApp              = "no_dapp"               // the project has no dApp: the router would refuse every result
	RefusedProverNotActive     = "prover_not_active"     // the chosen prover is paused, unstaking or under the stake
	RefusedRuntimeNotSupported = "runtime_not_supported" // the chosen prover does not run the project's runtime
	RefusedTaskSettled         = "task_settled"          // the chain holds the task settled: DA is reconciled
	RefusedTaskAssigned        = "task_assigned"         // the chain's clock has not passed the last assignment's deadline
	RefusedProverTried         = "prover_tried"          // the chain says the chosen prover held the task before
)

// Defaults of the set-aside back-off.
const (
	DefaultRefusalBackoff    = time.Second
	DefaultMaxRefusalBackoff = 5 * time.Minute
)

// RefusedPrefix starts the error of the failed event that sets a refused task aside.
const RefusedPrefix = "refused: "

// Refusal says why the chain would refuse an assignment. A RuntimeLookup returns one (as an error) for a
// project whose tasks may not be assigned at all, a Checker one per refused assignment.
type Refusal struct {
	TaskID common.Hash
	Reason string // one of the Refused* codes
	Detail string // for people: the chain's error with its arguments
}

func (r *Refusal) Error() string {
	if r.Detail == "" {
		return r.Reason
	}
	return r.Reason + ": " + r.Detail
}

// Checker checks a block's assignments as the chain will check them when the block is minted, before
// the block is mined and sent, so that one project's or task's disagreement with the chain makes the
// sequencer leave that assignment out instead of sending a mint that reverts for every project. The
// sequencer package stays chain-agnostic: the node wires in the chain's implementation.
type Checker interface {
	// Check returns a Refusal for each assignment the chain would refuse, and the chain's clock. An
	// error means the chain could not be asked, and the round is retried.
	Check(ctx context.Context, as []block.Assignment) (Checked, error)
}

// Checked is a Checker's answer.
type Checked struct {
	Refusals []Refusal // one per refused assignment; none when all would pass
	// ChainTime is the chain's clock (its latest block's time). The block's timestamp is at least it, so
	// that its deadlines fall after the time of the chain block its mint lands in even where the chain's
	// clock runs ahead of ours, as a dev chain's may; zero: no floor.
	ChainTime time.Time
}

// WithChecker makes the sequencer check each block's assignments with c before mining it (default: no
// check, as without a chain).
func WithChecker(c Checker) Option {
	return func(cfg *config) error {
		if c == nil {
			return fmt.Errorf("nil checker")
		}
		cfg.checker = c
		return nil
	}
}

// WithRefusalBackoff sets how long a refused task is set aside: first after the first refusal, doubling
// with each refusal in a row up to most (defaults DefaultRefusalBackoff and DefaultMaxRefusalBackoff). It
// is per task, so that a refused task costs the chain a read now and then, not one every round.
func WithRefusalBackoff(first, most time.Duration) Option {
	return func(cfg *config) error {
		if first <= 0 || most < first {
			return fmt.Errorf("refusal back-off %s up to %s: want 0 < first <= most", first, most)
		}
		cfg.backoff, cfg.maxBackoff = first, most
		return nil
	}
}

// setAside is what the sequencer remembers of a refused task: when it may be tried again, how many
// refusals in a row it had, and the provers the chain refused for it.
type setAside struct {
	refusals int
	until    time.Time
	provers  map[common.Address]bool
}

// backoff is the wait after the n-th refusal in a row (n >= 1).
func (s *Sequencer) backoff(n int) time.Duration {
	d := s.cfg.backoff
	for i := 1; i < n && d < s.cfg.maxBackoff; i++ {
		d *= 2
	}
	return min(d, s.cfg.maxBackoff)
}

// drop removes the refused assignments from as, recording each refusal with its task.
func (r *roundTasks) drop(as []block.Assignment, refusals []Refusal) []block.Assignment {
	if len(refusals) == 0 {
		return as
	}
	byID := make(map[common.Hash]Refusal, len(refusals))
	for _, rf := range refusals {
		byID[rf.TaskID] = rf
	}
	tasks := make(map[common.Hash]da.Task, len(r.cands))
	for _, c := range r.cands {
		tasks[c.task.ID] = c.task
	}
	kept := as[:0]
	for _, a := range as {
		rf, ok := byID[a.TaskID]
		if !ok {
			kept = append(kept, a)
			continue
		}
		r.refused = append(r.refused, refused{task: tasks[a.TaskID], prover: a.Prover, Refusal: rf})
	}
	return kept
}

// setAside records refused tasks: each is counted, and set aside for its back-off. A task the chain holds
// settled is settled in DA on the chain's word. Any other is failed with the reason, unless it is failed
// with that reason already, so that the reason shows in the task's states once and a task refused again
// and again writes nothing more; its attempts are not used.
func (s *Sequencer) setAside(ctx context.Context, now time.Time, rs []refused) error {
	for _, r := range rs {
		s.metrics.refused.WithLabelValues(r.Reason).Inc()
		t := r.task
		if r.Reason == RefusedTaskSettled {
			delete(s.aside, t.ID)
			ev := task.Event{Time: now, BlockHeight: t.BlockHeight, Prover: t.Prover}
			if err := da.RecordSettlement(ctx, s.store, t.ID, ev); err != nil && !errors.Is(err, da.ErrNotFound) {
				return fmt.Errorf("settle task %s on the chain's word: %w", t.ID, err)
			}
			s.cfg.log.Info("task is settled on-chain; settled it in DA", "task", t.ID, "was", t.State)
			continue
		}
		a := s.aside[t.ID]
		if a == nil {
			a = &setAside{provers: map[common.Address]bool{}}
			s.aside[t.ID] = a
		}
		a.refusals++
		a.until = now.Add(s.backoff(a.refusals))
		if r.Reason == RefusedProverTried && r.prover != (common.Address{}) {
			a.provers[r.prover] = true
		}
		if t.State == task.Failed && strings.HasPrefix(t.Error, RefusedPrefix+r.Reason) {
			continue
		}
		ev := task.Event{State: task.Failed, Time: now, Error: RefusedPrefix + r.Refusal.Error()}
		err := s.store.UpdateTask(ctx, t.ID, []task.State{task.Packed, task.Failed}, ev, nil)
		if err != nil && !errors.Is(err, da.ErrConflict) && !errors.Is(err, da.ErrNotFound) {
			return fmt.Errorf("set task %s aside: %w", t.ID, err)
		}
		s.cfg.log.Warn("assignment refused; task set aside", "task", t.ID, "project", t.ProjectID,
			"reason", r.Reason, "detail", r.Detail, "retryIn", a.until.Sub(now))
	}
	return nil
}

// waitDeadline sets a failed task aside until its assignment's deadline, without counting a refusal.
func (s *Sequencer) waitDeadline(t da.Task) {
	a := s.aside[t.ID]
	if a == nil {
		a = &setAside{provers: map[common.Address]bool{}}
		s.aside[t.ID] = a
	}
	if a.until.Before(t.Deadline) {
		a.until = t.Deadline.Add(expirySlack)
	}
}

// forgetAside drops the back-off of tasks not refused for a long while: they left the states the
// sequencer reads (settled, abandoned), or their next refusal may start the back-off over.
func (s *Sequencer) forgetAside(now time.Time) {
	for id, a := range s.aside {
		if now.Sub(a.until) > 2*s.cfg.maxBackoff {
			delete(s.aside, id)
		}
	}
}
