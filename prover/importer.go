package prover

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

// Defaults of the importer.
const (
	DefaultFetchWorkers = 4
	// importCursor names, in the store's node state, the height through which blocks were scanned for
	// this prover's assignments.
	importCursor = "prover/import-cursor"
	// rescanBlocks is how many blocks before the cursor a start scans again: a fetch that was under way when
	// the node stopped is not lost.
	rescanBlocks = 256
	// cursorEvery is how many blocks a long scan reads between two saves of its cursor.
	cursorEvery = 64
	// prefetchTTL bounds how long messages fetched on a gossip notice wait for their block.
	prefetchTTL = 10 * time.Minute
)

// Fetcher gets the messages of a task this node does not hold from peers that do. check sees each page as
// it arrives, complete the whole task; an error from either refuses the data and the peers that served it,
// and the fetch goes on with other peers until ctx ends.
type Fetcher interface {
	FetchTask(ctx context.Context, projectID uint64, taskID common.Hash, check func(page []message.Message) error,
		complete func(all []message.Message) error) ([]message.Message, error)
}

// DevicePolicy says whether a device may send for a project version: the chain's device registry.
type DevicePolicy interface {
	Allowed(ctx context.Context, projectID uint64, version string, device common.Address) (bool, error)
}

// WithFetcher makes the prover take assignments of tasks its store does not hold: a prover with a store of
// its own learns its assignments from the blocks the chain follower mirrors, fetches each task's messages
// through f, checks every message's signature and device against devices and the task ID against the
// messages, and imports the task. workers bounds the fetches at once (0: DefaultFetchWorkers).
func WithFetcher(f Fetcher, devices DevicePolicy, workers int) Option {
	return func(c *config) error {
		if f == nil || devices == nil {
			return errors.New("prover: a fetcher needs a device policy")
		}
		if workers < 0 {
			return fmt.Errorf("prover: fetch workers must not be negative, got %d", workers)
		}
		if workers == 0 {
			workers = DefaultFetchWorkers
		}
		c.fetcher, c.devices, c.fetchWorkers = f, devices, workers
		return nil
	}
}

// importer brings this prover's assignments of tasks held elsewhere into its store. The blocks are the
// source of truth: gossip (Prefetch) only starts a fetch early.
type importer struct {
	p       *Prover
	fetcher Fetcher
	devices DevicePolicy
	slots   chan struct{}
	log     *slog.Logger

	mu       sync.Mutex
	fetching map[common.Hash]*fetch // by task ID, while under way or waiting for its block
	wg       sync.WaitGroup
}

// fetch is one task's fetch; done closes when msgs or err is set.
type fetch struct {
	projectID uint64
	done      chan struct{}
	msgs      []message.Verified
	err       error
	until     time.Time // a prefetch is forgotten after this
}

func newImporter(p *Prover) *importer {
	return &importer{p: p, fetcher: p.cfg.fetcher, devices: p.cfg.devices, slots: make(chan struct{}, p.cfg.fetchWorkers),
		log: p.cfg.log, fetching: map[common.Hash]*fetch{}}
}

// run scans the stored blocks for this prover's assignments, now and after every new block, until ctx ends.
func (im *importer) run(ctx context.Context) {
	defer im.wg.Wait()
	wake, cancel := im.p.store.Subscribe(da.TopicBlocks)
	defer cancel()
	next := uint64(0)
	if v, err := im.p.store.GetState(ctx, importCursor); err == nil && len(v) == 8 {
		next = binary.BigEndian.Uint64(v) + 1
		next -= min(next, rescanBlocks)
	}
	for {
		scanned, err := im.scan(ctx, next)
		if err != nil && ctx.Err() == nil {
			im.log.Error("prover: scanning blocks for assignments failed; retrying on the next block", "err", err)
		}
		if scanned >= next && err == nil {
			next = scanned
		}
		select {
		case <-ctx.Done():
			return
		case <-wake:
		}
	}
}

// scan looks at the blocks from height from to the tip and returns the height after the last it read.
func (im *importer) scan(ctx context.Context, from uint64) (uint64, error) {
	tip, err := im.p.store.LatestBlock(ctx)
	if errors.Is(err, da.ErrNotFound) {
		return from, nil
	} else if err != nil {
		return from, err
	}
	for h := from; h <= tip.Height; h++ {
		b, err := im.p.store.Block(ctx, h)
		if errors.Is(err, da.ErrNotFound) {
			continue // the store started at a later tip
		} else if err != nil {
			return h, err
		}
		for _, a := range b.Assignments {
			if a.Prover == im.p.address {
				im.take(ctx, b, a)
			}
		}
		if (h+1)%cursorEvery == 0 || h == tip.Height {
			var v [8]byte
			binary.BigEndian.PutUint64(v[:], h)
			if err := im.p.store.PutState(ctx, importCursor, v[:]); err != nil {
				return h, err
			}
		}
	}
	return tip.Height + 1, nil
}

// take imports the task of an assignment to this prover unless the store holds it already.
func (im *importer) take(ctx context.Context, b block.Block, a block.Assignment) {
	if _, err := im.p.store.Task(ctx, a.TaskID); err == nil {
		return // packed here, or imported before: the block's assignment was applied when it was stored
	} else if !errors.Is(err, da.ErrNotFound) {
		im.log.Error("prover: reading an assigned task", "task", a.TaskID, "err", err)
		return
	}
	deadline := time.UnixMilli(int64(a.Deadline))
	if !im.p.cfg.now().Before(deadline) {
		return
	}
	f := im.start(ctx, a.ProjectID, a.TaskID, deadline)
	im.wg.Go(func() {
		select {
		case <-f.done:
		case <-ctx.Done():
			return
		}
		im.forget(a.TaskID)
		if f.err != nil {
			im.p.metrics.fetchFailed.Inc()
			im.log.Error("prover: no peer served the task's data before its deadline; the assignment will expire",
				"task", a.TaskID, "project", a.ProjectID, "height", b.Height, "deadline", deadline, "err", f.err)
			return
		}
		if err := im.store(ctx, b.Height, a, f.msgs); err != nil && ctx.Err() == nil {
			im.log.Error("prover: importing a fetched task failed", "task", a.TaskID, "err", err)
		}
	})
}

// Prefetch starts fetching a task that gossip says was assigned to this prover, before its block is
// mirrored from the chain. What it fetches is checked as any fetch, and used only when the block comes.
func (im *importer) Prefetch(ctx context.Context, projectID uint64, taskID common.Hash, deadline time.Time) {
	if _, err := im.p.store.Task(ctx, taskID); err == nil || !im.p.cfg.now().Before(deadline) {
		return
	}
	if ttl := im.p.cfg.now().Add(prefetchTTL); ttl.Before(deadline) {
		deadline = ttl
	}
	im.start(ctx, projectID, taskID, deadline)
}

// start returns the fetch of a task, starting one unless it is under way.
func (im *importer) start(ctx context.Context, projectID uint64, taskID common.Hash, until time.Time) *fetch {
	im.mu.Lock()
	defer im.mu.Unlock()
	now := im.p.cfg.now()
	for id, f := range im.fetching {
		if now.After(f.until) {
			delete(im.fetching, id)
		}
	}
	if f := im.fetching[taskID]; f != nil && f.projectID == projectID {
		return f
	}
	f := &fetch{projectID: projectID, done: make(chan struct{}), until: until}
	im.fetching[taskID] = f
	im.wg.Go(func() {
		defer close(f.done)
		select {
		case im.slots <- struct{}{}:
			defer func() { <-im.slots }()
		case <-ctx.Done():
			f.err = ctx.Err()
			return
		}
		fctx, cancel := context.WithDeadline(ctx, until)
		defer cancel()
		start := time.Now()
		f.msgs, f.err = im.fetch(fctx, projectID, taskID)
		if f.err == nil {
			im.p.metrics.fetchTime.Observe(time.Since(start).Seconds())
		}
	})
	return f
}

func (im *importer) forget(taskID common.Hash) {
	im.mu.Lock()
	delete(im.fetching, taskID)
	im.mu.Unlock()
}

// fetch gets a task's messages and checks them: each message's signature, project, version, signature
// scheme and device as its page arrives; then the task ID, recomputed from all of them in order.
func (im *importer) fetch(ctx context.Context, projectID uint64, taskID common.Hash) ([]message.Verified, error) {
	var (
		mu       sync.Mutex
		verified = map[message.Message]message.Verified{} // what pages checked, whichever peer served them
		version  string
		scheme   string
	)
	check := func(page []message.Message) error {
		for _, m := range page {
			if m.ProjectID != projectID {
				return fmt.Errorf("message of project %d in a task of project %d", m.ProjectID, projectID)
			}
			mu.Lock()
			_, seen := verified[m]
			mu.Unlock()
			if seen {
				continue
			}
			v, err := m.Verify()
			if err != nil {
				return err
			}
			mu.Lock()
			if version == "" {
				version = m.ProjectVersion
				_, pv, err := im.p.projects.Version(ctx, projectID, version)
				if err != nil {
					mu.Unlock()
					return fmt.Errorf("project %d version %q: %w", projectID, version, err)
				}
				scheme = pv.SignatureScheme
			}
			ver, sch := version, scheme
			mu.Unlock()
			if m.ProjectVersion != ver {
				return fmt.Errorf("messages of versions %q and %q in one task", ver, m.ProjectVersion)
			}
			if v.Scheme() != sch {
				return fmt.Errorf("message %s is signed %s; version %q takes %s", v.ID, v.Scheme(), ver, sch)
			}
			ok, err := im.devices.Allowed(ctx, projectID, ver, v.DeviceID)
			if err != nil {
				return fmt.Errorf("device policy: %w", err)
			}
			if !ok {
				return fmt.Errorf("device %s may not send to project %d version %q", v.DeviceID, projectID, ver)
			}
			mu.Lock()
			verified[m] = v
			mu.Unlock()
		}
		return nil
	}
	var out []message.Verified
	complete := func(all []message.Message) error {
		if len(all) == 0 {
			return errors.New("a task of no messages")
		}
		if err := check(all); err != nil { // pages from several peers: each message was checked once
			return err
		}
		vs := make([]message.Verified, len(all))
		ids := make([]common.Hash, len(all))
		mu.Lock()
		for i, m := range all {
			vs[i] = verified[m]
			ids[i] = vs[i].ID
		}
		mu.Unlock()
		t := task.Task{ID: taskID, ProjectID: projectID, ProjectVersion: all[0].ProjectVersion, MessageIDs: ids}
		if err := t.CheckMessages(vs); err != nil {
			return err
		}
		out = vs
		return nil
	}
	if _, err := im.fetcher.FetchTask(ctx, projectID, taskID, check, complete); err != nil {
		return nil, err
	}
	if out == nil {
		return nil, errors.New("the fetcher returned a task it did not complete")
	}
	return out, nil
}

// store imports a fetched task: its messages, the task, and the block's assignment of it, each step
// idempotent so that a crash between them is mended by the next scan.
func (im *importer) store(ctx context.Context, height uint64, a block.Assignment, msgs []message.Verified) error {
	now := im.p.cfg.now()
	if _, err := im.p.store.AppendMessages(ctx, msgs, now); err != nil {
		return fmt.Errorf("append messages: %w", err)
	}
	t, err := task.Build(a.ProjectID, msgs[0].ProjectVersion, msgs, now)
	if err != nil {
		return err
	}
	t.ID = a.TaskID // an older task keyed by keccak: its messages checked against it above
	if err := im.p.store.CreateTask(ctx, t); err != nil && !errors.Is(err, da.ErrConflict) {
		return fmt.Errorf("create task: %w", err)
	}
	if err := im.p.store.AssignTask(ctx, height, a.TaskID, now); err != nil && !errors.Is(err, da.ErrNotFound) {
		return fmt.Errorf("assign task: %w", err)
	}
	im.p.metrics.imported.Inc()
	if r := im.p.cfg.reporter; r != nil {
		r.Report(ctx, task.Assigned, da.Task{Task: t, State: task.Assigned, Prover: a.Prover, BlockHeight: height,
			Deadline: time.UnixMilli(int64(a.Deadline))}, common.Hash{})
	}
	im.log.Info("prover: imported an assigned task", "task", a.TaskID, "project", a.ProjectID, "messages", len(msgs),
		"height", height)
	return nil
}

// Reporter tells peers how this prover's tasks go (proved, submitted): gossip that makes the sequencers'
// views fast. What they must not miss they learn from the chain.
type Reporter interface {
	Report(ctx context.Context, state task.State, t da.Task, txHash common.Hash)
}

// WithReporter reports each task proved and submitted through r.
func WithReporter(r Reporter) Option {
	return func(c *config) error {
		if r == nil {
			return errors.New("prover: nil reporter")
		}
		c.reporter = r
		return nil
	}
}
