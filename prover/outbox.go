package prover

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

// DefaultOutputWorkers is how many outputs a prover delivers at once unless WithOutputWorkers says.
const DefaultOutputWorkers = 4

// outbox delivers a prover's results to their off-chain outputs from the DA store's outbox, apart from
// proving: a slow or failing output holds one of its own workers, never a proving slot or a result on its
// way on-chain. An entry is stored with the result (UpdateTaskOutbox) and delivered once its task is
// final: settled when results go on-chain, proved when they do not. It wakes on the store's task signal
// and on a timer for the next retry; the store, not the signal, says what is due, so that a restart
// delivers what a crash left undelivered.
type outbox struct {
	store   da.Store
	prover  common.Address
	ready   []task.State // the task states in which its entries are delivered
	sinks   *sinks
	retry   Retry
	workers int
	log     *slog.Logger
	now     func() time.Time
	metrics *metrics

	mu       sync.Mutex
	inFlight map[string]bool // by key: entries handed to a worker
	targets  map[string]int  // by output settings: how many of inFlight go there
}

// perTarget is how many attempts may be in flight to one output (one webhook URL, one file) at a time:
// half the workers, so that a slow receiver leaves the others to the other outputs.
func (o *outbox) perTarget() int { return max(1, o.workers/2) }

// run delivers until ctx ends; attempts cut short by the end stay pending for the next start.
func (o *outbox) run(ctx context.Context) {
	wake, cancel := o.store.Subscribe(da.TopicTasks)
	defer cancel()
	jobs := make(chan da.OutboxEntry)
	attempted := make(chan struct{}, 1) // a worker is done with an entry: what is due next may have changed
	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for e := range jobs {
				stored := o.attempt(ctx, e)
				o.release(e)
				if !stored {
					continue // the store failed; the next signal or start tries the entry again
				}
				select {
				case attempted <- struct{}{}:
				default:
				}
			}
		})
	}
	defer func() {
		close(jobs)
		wg.Wait()
	}()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		next, ok := o.dispatch(ctx, jobs)
		if !ok {
			return
		}
		if !next.IsZero() {
			timer.Reset(next.Sub(o.now()))
		}
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-attempted:
		case <-timer.C:
		}
		timer.Stop()
	}
}

// dispatch hands every due entry to the workers and returns when the next one falls due (zero: none
// waits); false when ctx ended.
func (o *outbox) dispatch(ctx context.Context, jobs chan<- da.OutboxEntry) (next time.Time, ok bool) {
	due, err := o.store.Outbox(ctx, da.OutboxQuery{Prover: o.prover, States: []da.OutboxState{da.OutboxPending},
		TaskStates: o.ready, Limit: queryLimit})
	if err != nil {
		if ctx.Err() != nil {
			return time.Time{}, false
		}
		o.log.Error("prover: reading the outbox failed; retrying on the next signal", "err", err)
		return time.Time{}, true
	}
	now := o.now()
	for _, e := range due {
		if e.DueAt.After(now) {
			return e.DueAt, true // the rest are due later still
		}
		if !o.claim(e) {
			continue // in flight, or its output is as busy as it may be: a worker's end wakes the loop
		}
		select {
		case jobs <- e:
		case <-ctx.Done():
			o.release(e)
			return time.Time{}, false
		}
	}
	return time.Time{}, true
}

// attempt delivers one entry once and records the outcome: delivered, due again after the retry
// policy's delay, or dead. It says whether the store answered: false when reading or recording failed, or
// ctx ended.
func (o *outbox) attempt(ctx context.Context, e da.OutboxEntry) bool {
	// The list e came from may predate an attempt a worker recorded since; go on only with the entry as
	// it is now, so that no attempt repeats one already recorded.
	cur, err := o.current(ctx, e)
	if err != nil {
		if ctx.Err() == nil {
			o.log.Error("prover: re-reading an outbox entry failed", "key", e.Key(), "err", err)
		}
		return false
	}
	if cur.State != da.OutboxPending || cur.Attempts != e.Attempts || cur.Prover != o.prover {
		return true
	}
	var out project.Sink
	err = json.Unmarshal(e.Sink, &out)
	if err != nil {
		err = fmt.Errorf("%w: output settings: %w", errPermanent, err)
	} else {
		start := o.now()
		attemptCtx, cancel := context.WithTimeout(ctx, webhookTimeout)
		err = o.sinks.deliver(attemptCtx, out, e.Key(), e.Body)
		cancel()
		o.metrics.outputSeconds.WithLabelValues(out.Type).Observe(o.now().Sub(start).Seconds())
	}
	if ctx.Err() != nil {
		return false // stopping: the entry stays pending and the next start delivers it
	}
	log := o.log.With("task", e.TaskID, "output", e.Index, "type", out.Type, "key", e.Key())
	e.Attempts++
	e.UpdatedAt = o.now()
	switch {
	case err == nil:
		e.State, e.LastError = da.OutboxDelivered, ""
		o.metrics.outputsDelivered.WithLabelValues(out.Type).Inc()
	case errors.Is(err, errPermanent) || e.Attempts >= o.retry.Attempts:
		e.State, e.LastError = da.OutboxDead, err.Error()
		o.metrics.outputsDead.WithLabelValues(out.Type).Inc()
		log.Error("prover: output delivery given up", "attempts", e.Attempts, "err", err)
	default:
		e.DueAt, e.LastError = e.UpdatedAt.Add(o.retry.Delay(e.Attempts)), err.Error()
		o.metrics.outputRetries.WithLabelValues(out.Type).Inc()
		log.Warn("prover: output delivery failed; will retry", "attempts", e.Attempts, "at", e.DueAt, "err", err)
	}
	// The context is not passed: an attempt made is worth recording even while the node stops.
	if err := o.store.UpdateOutbox(context.Background(), e); err != nil {
		log.Error("prover: recording the delivery attempt", "err", err)
		return false
	}
	return true
}

// current reads an entry as the store holds it now.
func (o *outbox) current(ctx context.Context, e da.OutboxEntry) (da.OutboxEntry, error) {
	all, err := o.store.Outbox(ctx, da.OutboxQuery{TaskID: e.TaskID, Limit: queryLimit})
	if err != nil {
		return da.OutboxEntry{}, err
	}
	for _, cur := range all {
		if cur.Index == e.Index {
			return cur, nil
		}
	}
	return da.OutboxEntry{}, fmt.Errorf("outbox entry %s: %w", e.Key(), da.ErrNotFound)
}

func (o *outbox) claim(e da.OutboxEntry) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	key, target := e.Key(), string(e.Sink)
	if o.inFlight[key] || o.targets[target] >= o.perTarget() {
		return false
	}
	o.inFlight[key] = true
	o.targets[target]++
	return true
}

func (o *outbox) release(e da.OutboxEntry) {
	o.mu.Lock()
	defer o.mu.Unlock()
	key, target := e.Key(), string(e.Sink)
	if !o.inFlight[key] {
		return
	}
	delete(o.inFlight, key)
	if o.targets[target]--; o.targets[target] == 0 {
		delete(o.targets, target)
	}
}
