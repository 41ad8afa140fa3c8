package sequencer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// Defaults of the options.
const (
	DefaultMaxAssignments = 1024
	DefaultDeadline       = 5 * time.Minute
	DefaultMaxAttempts    = 3
	DefaultRetryInterval  = time.Second
	DefaultMineWorkers    = 1
	DefaultMaxScan        = 16 * DefaultMaxAssignments
)

// ExpiredReason is the error of the failed event the sequencer writes when an assignment's deadline
// passes without a result (followed by the state the task was in, when it was proved or submitted).
const ExpiredReason = "assignment deadline passed"

// ExhaustedReason is the error of the abandoned event of a task assigned the most times allowed.
func ExhaustedReason(attempts int) string { return fmt.Sprintf("attempts exhausted (%d)", attempts) }

const (
	// conflictRetries is how many SaveBlock conflicts in a row are retried at once, re-reading the store;
	// past it the sequencer waits for the next wake-up.
	conflictRetries = 3
	// expirySlack is how long after a deadline the timer fires, so that the deadline has strictly passed.
	expirySlack = 5 * time.Millisecond
	// stuckListMax is how many task IDs one "left unassigned" log line names.
	stuckListMax = 10
)

// Sequencer turns packed, failed and expired tasks into mined blocks of assignments, stored in DA.
type Sequencer struct {
	store    da.Store
	provers  ProverSet
	runtimes RuntimeLookup
	cfg      config
	metrics  *metrics
	running  atomic.Bool

	// stuck holds the tasks the last round could not assign, with why, so that each is logged once.
	// Only Run's goroutine touches it, and aside.
	stuck map[common.Hash]string
	// aside holds the tasks the chain refused lately, each until its back-off ends. It is not
	// checkpointed: after a restart each refused task is tried once more and set aside again.
	aside map[common.Hash]*setAside
	// missed holds the assignments each prover let expire lately, which weigh against it.
	missed misses
}

type config struct {
	params         block.Params
	maxAssignments int
	proofDeadline  time.Duration
	maxAttempts    int
	now            func() time.Time
	log            *slog.Logger
	registry       prometheus.Registerer
	retryInterval  time.Duration
	maxDrift       time.Duration
	mineWorkers    int
	maxScan        int
	submitter      Submitter
	checker        Checker
	backoff        time.Duration
	maxBackoff     time.Duration
	announce       func(ctx context.Context, b block.Block)
}

// ErrTipMoved is what a Submitter wraps when the chain refused a block because its parent is no longer
// the tip: another sequencer's block won the race for the height. The sequencer then waits for that block
// (its chain follower stores it) and mines its tasks again on the new tip.
var ErrTipMoved = errors.New("another block took the tip")

// Submitter puts a mined block where it becomes authoritative before the node records it: on-chain,
// through the block minter. It returns the transaction and the chain block that included it. A block the
// submitter refuses is not stored; its tasks stay assignable for the next round.
type Submitter interface {
	Submit(ctx context.Context, b block.Block) (txHash common.Hash, chainBlock uint64, err error)
}

// Option configures a Sequencer. A bad value is an error from New.
type Option func(*config) error

// WithParams sets the chain's difficulty rules (default block.DefaultParams()).
func WithParams(p block.Params) Option {
	return func(c *config) error {
		if err := p.Validate(); err != nil {
			return fmt.Errorf("block params: %w", err)
		}
		c.params = p
		return nil
	}
}

// WithSubmitter makes every block go through s (minted on-chain) before it is stored.
func WithSubmitter(s Submitter) Option {
	return func(c *config) error {
		if s == nil {
			return fmt.Errorf("nil submitter")
		}
		c.submitter = s
		return nil
	}
}

// WithAnnouncer calls announce with each block this sequencer minted, once it is stored: the node tells the
// assigned provers over gossip, so that they start before the chain's event reaches them.
func WithAnnouncer(announce func(ctx context.Context, b block.Block)) Option {
	return func(c *config) error {
		if announce == nil {
			return errors.New("nil announcer")
		}
		c.announce = announce
		return nil
	}
}

// WithMaxAssignments sets the most assignments in one block (default DefaultMaxAssignments).
func WithMaxAssignments(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max assignments %d is not positive", n)
		}
		c.maxAssignments = n
		return nil
	}
}

// WithDeadline sets the proof deadline: how long after its block's timestamp an assignment expires
// (default DefaultDeadline). Block timestamps are milliseconds, so it must be at least one.
func WithDeadline(d time.Duration) Option {
	return func(c *config) error {
		if d < time.Millisecond {
			return fmt.Errorf("proof deadline %s is under a millisecond", d)
		}
		c.proofDeadline = d
		return nil
	}
}

// WithMaxAttempts sets how many times a task is assigned; a task that failed that many times ends
// abandoned (default DefaultMaxAttempts).
func WithMaxAttempts(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max attempts %d is not positive", n)
		}
		c.maxAttempts = n
		return nil
	}
}

// WithClock sets the clock of block timestamps, deadlines and expiry (default time.Now).
func WithClock(now func() time.Time) Option {
	return func(c *config) error {
		if now == nil {
			return errors.New("nil clock")
		}
		c.now = now
		return nil
	}
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return errors.New("nil logger")
		}
		c.log = l
		return nil
	}
}

// WithMetrics registers the sequencer's metrics on reg (default, or nil: not registered).
func WithMetrics(reg prometheus.Registerer) Option {
	return func(c *config) error {
		c.registry = reg
		return nil
	}
}

// WithRetryInterval sets how long the sequencer waits after a failed round (a store or prover-set error)
// before it tries again, unless a change signal comes first (default DefaultRetryInterval).
func WithRetryInterval(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("retry interval %s is not positive", d)
		}
		c.retryInterval = d
		return nil
	}
}

// WithMaxDrift sets how far in the future the self-check lets a block timestamp be (default
// block.DefaultMaxDrift). The sequencer's own block is ahead of its clock only when the tip is.
func WithMaxDrift(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return fmt.Errorf("max drift %s is negative", d)
		}
		c.maxDrift = d
		return nil
	}
}

// WithMineWorkers sets how many goroutines mine a block (default DefaultMineWorkers). At the dev target a
// block takes about two hashes, so more only pays at a real difficulty.
func WithMineWorkers(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("mine workers %d is not positive", n)
		}
		c.mineWorkers = n
		return nil
	}
}

// WithMaxScan sets how many tasks of one state a round reads at most to fill a block (default
// DefaultMaxScan). Tasks that cannot be assigned (no eligible prover, attempts used up) stay at the front
// of the oldest-first order, so a round reads past them, doubling its read up to this bound.
func WithMaxScan(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max scan %d is not positive", n)
		}
		c.maxScan = n
		return nil
	}
}

// New returns a sequencer over a store, assigning to provers from a prover set, learning each project
// version's runtime kind from runtimes.
func New(store da.Store, provers ProverSet, runtimes RuntimeLookup, opts ...Option) (*Sequencer, error) {
	if store == nil || provers == nil || runtimes == nil {
		return nil, errors.New("sequencer: store, prover set and runtime lookup are required")
	}
	cfg := config{
		params:         block.DefaultParams(),
		maxAssignments: DefaultMaxAssignments,
		proofDeadline:  DefaultDeadline,
		maxAttempts:    DefaultMaxAttempts,
		now:            time.Now,
		log:            slog.Default(),
		retryInterval:  DefaultRetryInterval,
		maxDrift:       block.DefaultMaxDrift,
		mineWorkers:    DefaultMineWorkers,
		maxScan:        DefaultMaxScan,
		backoff:        DefaultRefusalBackoff,
		maxBackoff:     DefaultMaxRefusalBackoff,
	}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, fmt.Errorf("sequencer: %w", err)
		}
	}
	cfg.maxScan = max(cfg.maxScan, cfg.maxAssignments)
	m, err := newMetrics(cfg.registry)
	if err != nil {
		return nil, fmt.Errorf("sequencer: metrics: %w", err)
	}
	return &Sequencer{store: store, provers: provers, runtimes: runtimes, cfg: cfg, metrics: m,
		aside: map[common.Hash]*setAside{}}, nil
}

// Run sequences until ctx ends, then returns nil. It works once at start, so that a restart picks up
// where the store stands, and then whenever tasks change, provers change (if the prover set says so) or
// the soonest assignment deadline passes. A failed round is logged and retried after the retry interval.
// Run may not be called twice at once.
func (s *Sequencer) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("sequencer: already running")
	}
	defer s.running.Store(false)
	tasks, unsubscribe := s.store.Subscribe(da.TopicTasks)
	defer unsubscribe()
	var proversChanged <-chan struct{}
	if n, ok := s.provers.(ProverNotifier); ok {
		proversChanged = n.ProversChanged()
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tasks:
		case <-proversChanged:
		case <-timer.C:
		}
		wait, err := s.work(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			s.cfg.log.Error("sequencer round failed", "err", err, "retryIn", s.cfg.retryInterval)
			wait = s.cfg.retryInterval
		}
		timer.Stop()
		if wait > 0 {
			timer.Reset(wait)
		}
	}
}

// work runs rounds until no block is left to make, and returns how long until the soonest assignment
// deadline passes (zero when nothing is assigned).
func (s *Sequencer) work(ctx context.Context) (time.Duration, error) {
	for conflicts := 0; ; {
		more, err := s.round(ctx)
		switch {
		case errors.Is(err, ErrTipMoved):
			// The new tip's block reaches DA through the chain follower, whose save signals the tasks topic.
			s.metrics.racesLost.Inc()
			s.cfg.log.Info("another sequencer's block took the tip; mining again on the new tip", "err", err)
			return s.nextWake(ctx)
		case errors.Is(err, da.ErrConflict) && conflicts < conflictRetries:
			conflicts++
			s.cfg.log.Info("block conflicts with the store; rebuilding", "err", err)
		case err != nil:
			return 0, err
		case !more:
			return s.nextWake(ctx)
		}
	}
}

// round expires overdue assignments, then makes at most one block from the assignable tasks. more says
// the block was full, so another may follow at once.
func (s *Sequencer) round(ctx context.Context) (more bool, err error) {
	now := s.cfg.now()
	if err := s.expire(ctx, now); err != nil {
		return false, err
	}
	provers, err := s.provers.Provers(ctx)
	if err != nil {
		return false, fmt.Errorf("provers: %w", err)
	}
	r, err := s.candidates(ctx, provers, now)
	if err != nil {
		return false, err
	}
	if err := s.abandon(ctx, now, r.exhausted); err != nil {
		return false, err
	}
	full := len(r.cands) == s.cfg.maxAssignments
	load, err := s.load(ctx, now, len(r.cands) > 0)
	if err != nil {
		return false, err
	}
	as := assignments(r.cands, load)
	var chainTime time.Time
	if s.cfg.checker != nil && len(as) > 0 {
		checked, err := s.cfg.checker.Check(ctx, as)
		if err != nil {
			return false, fmt.Errorf("check assignments: %w", err)
		}
		as, chainTime = r.drop(as, checked.Refusals), checked.ChainTime
	}
	if err := s.setAside(ctx, now, r.refused); err != nil {
		return false, err
	}
	if len(as) == 0 {
		return full, nil
	}
	// The block's time is taken after its tasks were read, so no assignment predates its task's packing.
	now = s.cfg.now()
	tip, err := s.store.LatestBlock(ctx)
	var parent *block.Block
	switch {
	case err == nil:
		parent = &tip
	case !errors.Is(err, da.ErrNotFound):
		return false, fmt.Errorf("tip: %w", err)
	}
	// The block's timestamp is at least the chain's clock; its tasks' events keep our clock.
	blockTime := now
	if chainTime.After(blockTime) {
		blockTime = chainTime
	}
	b, mined, err := s.build(ctx, blockTime, parent, as)
	if err != nil {
		return false, err
	}
	if s.cfg.submitter != nil {
		if b.TxHash, b.ChainBlock, err = s.cfg.submitter.Submit(ctx, b); err != nil {
			return false, fmt.Errorf("submit block %d: %w", b.Height, err)
		}
	}
	if err := s.store.SaveBlock(ctx, b, now); err != nil {
		// A chain follower may have stored the block from the chain's event first.
		if stored, lerr := s.store.Block(ctx, b.Height); !errors.Is(err, da.ErrConflict) || lerr != nil || stored.Hash != b.Hash {
			return false, fmt.Errorf("save block %d: %w", b.Height, err)
		}
	}
	for _, a := range b.Assignments {
		delete(s.aside, a.TaskID)
	}
	if s.cfg.announce != nil {
		s.cfg.announce(ctx, b)
	}
	s.metrics.mined(b, mined.Seconds())
	s.cfg.log.Info("block", "height", b.Height, "hash", b.Hash, "assignments", len(b.Assignments),
		"nbits", fmt.Sprintf("%#08x", b.Header.NBits))
	return full, nil
}

// expiring are the states whose assignments expire. On a chain (blocks go through a submitter) a result
// counts only once the router took it, so a task proved or submitted by a prover that died or stalled
// expires too; without one, proved is where a task ends.
func (s *Sequencer) expiring() []task.State {
	if s.cfg.submitter != nil {
		return []task.State{task.Assigned, task.Proved, task.Submitted}
	}
	return []task.State{task.Assigned}
}

// expire marks assignments whose deadline passed as failed, naming the prover that let them expire, so
// that they are assigned again to another prover and an expired task is never mistaken for a live one.
// A result the router took before the deadline is not lost: the chain then holds the task settled, and
// DA follows the chain's word.
func (s *Sequencer) expire(ctx context.Context, now time.Time) error {
	for {
		overdue, err := s.store.Tasks(ctx, da.TaskQuery{States: s.expiring(), DeadlineBefore: now,
			Order: da.DeadlineFirst, Limit: s.cfg.maxAssignments})
		if err != nil {
			return fmt.Errorf("overdue tasks: %w", err)
		}
		moved := 0
		for _, t := range overdue {
			why := ExpiredReason
			if t.State != task.Assigned {
				why += " (" + string(t.State) + ")"
			}
			ev := task.Event{State: task.Failed, Time: now, BlockHeight: t.BlockHeight, Prover: t.Prover, Error: why}
			err := s.store.UpdateTask(ctx, t.ID, []task.State{t.State}, ev, nil)
			if errors.Is(err, da.ErrConflict) || errors.Is(err, da.ErrNotFound) {
				continue // a result came in meanwhile
			}
			if err != nil {
				return fmt.Errorf("expire task %s: %w", t.ID, err)
			}
			moved++
			s.missed.add(t.Prover, now)
			s.metrics.expired.WithLabelValues(string(t.State)).Inc()
			s.cfg.log.Info("assignment expired", "task", t.ID, "state", t.State, "prover", t.Prover,
				"deadline", t.Deadline, "attempts", t.Attempts)
		}
		if len(overdue) < s.cfg.maxAssignments || moved == 0 {
			return nil
		}
	}
}

// abandon ends the tasks that failed on their last allowed attempt: abandoned, with the reason, so
// that nobody waits for them and they are told apart from failures that will be retried.
func (s *Sequencer) abandon(ctx context.Context, now time.Time, exhausted []da.Task) error {
	for _, t := range exhausted {
		ev := task.Event{State: task.Abandoned, Time: now, Error: ExhaustedReason(t.Attempts)}
		err := s.store.UpdateTask(ctx, t.ID, []task.State{task.Failed}, ev, nil)
		if errors.Is(err, da.ErrConflict) || errors.Is(err, da.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("abandon task %s: %w", t.ID, err)
		}
		s.metrics.abandoned.Inc()
		s.cfg.log.Warn("task abandoned", "task", t.ID, "project", t.ProjectID, "attempts", t.Attempts,
			"lastError", t.Error)
	}
	return nil
}

// candidate is an assignable task with the provers it may go to.
type candidate struct {
	task    da.Task
	provers []common.Address
}

// roundTasks is what a round made of the tasks it read: candidates for the block, tasks refused (to be
// set aside), tasks that used up their attempts (to be abandoned).
type roundTasks struct {
	cands     []candidate
	refused   []refused
	exhausted []da.Task
}

// refused is a task with the chain's (or the node's) reason not to assign it, and the prover it was
// refused for, if any.
type refused struct {
	task   da.Task
	prover common.Address
	Refusal
}

// candidates returns up to a block's worth of assignable tasks, oldest first, each with its eligible
// provers. Packed and failed tasks are read apart so that failed tasks nobody can take do not hide new
// ones; tasks that cannot be assigned are logged once. Tasks set aside are skipped until their back-off
// ends.
func (s *Sequencer) candidates(ctx context.Context, provers []Prover, now time.Time) (*roundTasks, error) {
	e := &eligibility{s: s, provers: provers, runtimes: map[projectVersion]runtimeKind{}}
	stuck := map[common.Hash]string{}
	r := &roundTasks{}
	for _, st := range []task.State{task.Packed, task.Failed} {
		if err := s.scan(ctx, st, e, now, stuck, r); err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(r.cands, func(a, b candidate) int {
		if c := a.task.CreatedAt.Compare(b.task.CreatedAt); c != 0 {
			return c
		}
		return bytes.Compare(a.task.ID[:], b.task.ID[:])
	})
	s.logStuck(stuck)
	s.forgetAside(now)
	r.cands = r.cands[:min(len(r.cands), s.cfg.maxAssignments)]
	return r, nil
}

// scan reads tasks in state st, oldest first, until it has a block's worth of candidates, the state has
// no more tasks, or it has read maxScan.
func (s *Sequencer) scan(ctx context.Context, st task.State, e *eligibility, now time.Time, stuck map[common.Hash]string, r *roundTasks) error {
	seen := map[common.Hash]bool{}
	found := 0
	for limit := s.cfg.maxAssignments; ; limit = min(2*limit, s.cfg.maxScan) {
		tasks, err := s.store.Tasks(ctx, da.TaskQuery{States: []task.State{st}, Order: da.OldestFirst, Limit: limit})
		if err != nil {
			return fmt.Errorf("%s tasks: %w", st, err)
		}
		for _, t := range tasks {
			if seen[t.ID] {
				continue
			}
			seen[t.ID] = true
			if a := s.aside[t.ID]; a != nil && now.Before(a.until) {
				continue
			}
			if st == task.Failed && s.cfg.submitter != nil && now.Before(t.Deadline) {
				// The chain takes a task from its last prover only once the deadline passed, even when the
				// prover failed it early: wait for it rather than be refused.
				s.waitDeadline(t)
				continue
			}
			if t.Attempts >= s.cfg.maxAttempts {
				r.exhausted = append(r.exhausted, t)
				continue
			}
			ps, why, refusal, err := e.of(ctx, t)
			switch {
			case err != nil:
				return err
			case refusal != nil:
				r.refused = append(r.refused, refused{task: t, Refusal: *refusal})
			case len(ps) == 0:
				stuck[t.ID] = why
			default:
				r.cands = append(r.cands, candidate{task: t, provers: ps})
				found++
			}
		}
		if found >= s.cfg.maxAssignments || len(tasks) < limit || limit >= s.cfg.maxScan {
			return nil
		}
	}
}

type runtimeKind struct {
	name string
	err  error
}

// eligibility works out which provers may take a task, caching runtime kinds for one round.
type eligibility struct {
	s        *Sequencer
	provers  []Prover
	runtimes map[projectVersion]runtimeKind
}

type projectVersion struct {
	id      uint64
	version string
}

// of returns the provers that may take t or, when none may, why: a refusal when the project's tasks may
// not be assigned at all (the runtime lookup said so), otherwise a reason to log.
func (e *eligibility) of(ctx context.Context, t da.Task) ([]common.Address, string, *Refusal, error) {
	key := projectVersion{t.ProjectID, t.ProjectVersion}
	rt, ok := e.runtimes[key]
	if !ok {
		name, err := e.s.runtimes.Runtime(ctx, t.ProjectID, t.ProjectVersion)
		if ctx.Err() != nil {
			return nil, "", nil, ctx.Err()
		}
		rt = runtimeKind{name: name, err: err}
		e.runtimes[key] = rt
	}
	if rt.err != nil {
		if r, ok := errors.AsType[*Refusal](rt.err); ok {
			return nil, "", &Refusal{TaskID: t.ID, Reason: r.Reason, Detail: r.Detail}, nil
		}
		return nil, fmt.Sprintf("runtime of project %d version %q: %v", t.ProjectID, t.ProjectVersion, rt.err), nil, nil
	}
	excluded, err := e.previousProvers(ctx, t)
	if err != nil {
		return nil, "", nil, err
	}
	if a := e.s.aside[t.ID]; a != nil {
		for p := range a.provers {
			excluded[p] = true
		}
	}
	ps := eligible(e.provers, rt.name, excluded)
	if len(ps) == 0 {
		if len(excluded) > 0 {
			return nil, fmt.Sprintf("no prover of runtime %q that has not had this task", rt.name), nil, nil
		}
		return nil, fmt.Sprintf("no prover of runtime %q", rt.name), nil, nil
	}
	return ps, "", nil, nil
}

// previousProvers returns the provers that had t before. A task being assigned again was failed or let
// expire by every one of them, so none gets it again.
func (e *eligibility) previousProvers(ctx context.Context, t da.Task) (map[common.Address]bool, error) {
	if t.Attempts == 0 && t.State == task.Packed {
		return map[common.Address]bool{}, nil
	}
	full, err := e.s.store.Task(ctx, t.ID)
	if err != nil {
		return nil, fmt.Errorf("task %s events: %w", t.ID, err)
	}
	out := map[common.Address]bool{}
	if t.Prover != (common.Address{}) {
		out[t.Prover] = true
	}
	for _, ev := range full.Events {
		if (ev.State == task.Assigned || ev.State == task.Failed) && ev.Prover != (common.Address{}) {
			out[ev.Prover] = true
		}
	}
	return out, nil
}

// logStuck logs, once per task and reason, the tasks a round could not assign.
func (s *Sequencer) logStuck(stuck map[common.Hash]string) {
	fresh := map[string][]string{}
	for id, why := range stuck {
		if s.stuck[id] != why {
			fresh[why] = append(fresh[why], id.Hex())
		}
	}
	s.stuck = stuck
	for why, ids := range fresh {
		slices.Sort(ids)
		s.cfg.log.Warn("tasks left unassigned", "reason", why, "count", len(ids),
			"tasks", strings.Join(ids[:min(len(ids), stuckListMax)], ","))
	}
}

// load returns what weighs against each prover when tasks are given out: its outstanding tasks and its
// recent misses (see balancer). It reads DA only when there is something to give out.
func (s *Sequencer) load(ctx context.Context, now time.Time, needed bool) (balancer, error) {
	bal := newBalancer()
	for p, n := range s.missed.recent(now) {
		bal.load[p] += MissWeight * n
		bal.benched[p] = n >= BenchMisses
	}
	if !needed {
		return bal, nil
	}
	q := da.TaskQuery{States: []task.State{task.Assigned, task.Proved, task.Submitted}, Order: da.DeadlineFirst,
		Limit: s.cfg.maxScan}
	// Counting in the store spares reading up to maxScan whole tasks each round.
	if c, ok := s.store.(da.ProverCounter); ok {
		counts, err := c.CountByProver(ctx, q)
		if err != nil {
			return balancer{}, fmt.Errorf("outstanding tasks: %w", err)
		}
		for p, n := range counts {
			bal.load[p] += n
		}
		return bal, nil
	}
	out, err := s.store.Tasks(ctx, q)
	if err != nil {
		return balancer{}, fmt.Errorf("outstanding tasks: %w", err)
	}
	for _, t := range out {
		bal.load[t.Prover]++
	}
	return bal, nil
}

// assignments gives each candidate a prover by the balancer's rule, starting from load; the deadlines are
// set when the block is built.
func assignments(cands []candidate, bal balancer) []block.Assignment {
	as := make([]block.Assignment, len(cands))
	for i, c := range cands {
		as[i] = block.Assignment{ProjectID: c.task.ProjectID, TaskID: c.task.ID, Prover: bal.choose(c.task.ID, c.provers)}
	}
	return as
}

// build makes the next block on parent (nil for the first block) of the assignments: deadlines, header,
// nonce, and a validation of the result against parent. It returns the block and the time mining took.
func (s *Sequencer) build(ctx context.Context, now time.Time, parent *block.Block, as []block.Assignment) (block.Block, time.Duration, error) {
	var (
		height uint64
		prev   common.Hash
		ph     *block.Header
		ts     = uint64(max(now.UnixMilli(), 0))
	)
	if parent != nil {
		height, prev, ph = parent.Height+1, parent.Hash, &parent.Header
		ts = max(ts, parent.Header.Timestamp)
	}
	deadline := ts + uint64(s.cfg.proofDeadline.Milliseconds())
	for i := range as {
		as[i].Deadline = deadline
	}
	lookup := s.lookup(ctx)
	nbits, err := block.ExpectedNBits(s.cfg.params, height, ph, lookup)
	if err != nil {
		return block.Block{}, 0, err
	}
	h := block.Header{Version: block.CurrentVersion, PrevHash: prev, MerkleRoot: block.MerkleRoot(as), Timestamp: ts,
		NBits: nbits}
	start := time.Now()
	if h, err = block.MineParallel(ctx, h, s.cfg.mineWorkers); err != nil {
		return block.Block{}, 0, fmt.Errorf("mine block %d: %w", height, err)
	}
	mined := time.Since(start)
	b := block.Block{Height: height, Hash: h.Hash(), Header: h, Assignments: as}
	v, err := block.NewValidator(s.cfg.params, lookup, block.WithMaxDrift(s.cfg.maxDrift),
		block.WithValidatorClock(s.cfg.now))
	if err != nil {
		return block.Block{}, 0, err
	}
	if err := v.Validate(b, parent); err != nil {
		return block.Block{}, 0, fmt.Errorf("self-check of block %d: %w", height, err)
	}
	return b, mined, nil
}

// nextWake returns how long until the soonest deadline of an assignment passes or the soonest set-aside
// task may be tried again, or zero if there is neither.
func (s *Sequencer) nextWake(ctx context.Context) (time.Duration, error) {
	var next time.Time
	for _, a := range s.aside {
		if next.IsZero() || a.until.Before(next) {
			next = a.until
		}
	}
	soonest, err := s.store.Tasks(ctx, da.TaskQuery{States: s.expiring(), Order: da.DeadlineFirst, Limit: 1})
	if err != nil {
		return 0, fmt.Errorf("soonest deadline: %w", err)
	}
	if len(soonest) > 0 && !soonest[0].Deadline.IsZero() && (next.IsZero() || soonest[0].Deadline.Before(next)) {
		next = soonest[0].Deadline
	}
	if next.IsZero() {
		return 0, nil
	}
	return max(next.Sub(s.cfg.now()), 0) + expirySlack, nil
}

func (s *Sequencer) lookup(ctx context.Context) block.HeaderLookup {
	return func(height uint64) (block.Header, error) {
		b, err := s.store.Block(ctx, height)
		return b.Header, err
	}
}
