package prover

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	goruntime "runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/task"
)

// Defaults for the prover.
const (
	DefaultMaxJobTime = 5 * time.Minute
	// DefaultSubmitWorkers is how many results wait for the chain at once: a submission mostly waits for
	// its transaction to be included, so it holds no proving slot.
	DefaultSubmitWorkers = 32
	queryLimit           = 256
)

// Projects is what the prover needs of the project manager.
type Projects interface {
	Projects(ctx context.Context) ([]project.Record, error)
	Project(ctx context.Context, id uint64) (*project.Project, error)
	Version(ctx context.Context, projectID uint64, version string) (*project.Project, *project.Version, error)
	Artifacts(ctx context.Context, v *project.Version) (map[string][]byte, error)
}

// Prover runs tasks assigned to its key.
type Prover struct {
	store    da.Store
	projects Projects
	runtimes map[string]runtime.Runtime
	key      *ecdsa.PrivateKey
	address  common.Address
	cfg      config
	metrics  *metrics
	outbox   *outbox
	importer *importer // nil unless the prover fetches tasks it does not hold

	mu       sync.Mutex
	inFlight map[common.Hash]bool
}

// Submitter hands a proved result to where it settles: the router on-chain, which calls the project's
// dApp. It returns once the submission is final: included, and settled or refused by the dApp.
type Submitter interface {
	Submit(ctx context.Context, t da.Task, r *task.Result) (Submission, error)
}

// Submission is the outcome of submitting a result.
type Submission struct {
	TxHash     common.Hash
	ChainBlock uint64
	Settled    bool   // the dApp accepted the result
	Reason     string // why the dApp refused it, when it did
}

// DeviceKeys gives the ZK-friendly public keys registered for a project (the DeviceRegistry on a chain):
// programs that prove their signers are registered build the project's device tree from them.
type DeviceKeys interface {
	PublicKeys(ctx context.Context, projectID uint64) ([][]byte, error)
}

type config struct {
	deviceKeys    DeviceKeys
	submitter     Submitter
	concurrency   int
	submitWorkers int
	maxJobTime    time.Duration
	log           *slog.Logger
	now           func() time.Time
	registerer    prometheus.Registerer
	outputDir     string
	privateHook   bool
	outWorkers    int
	retry         Retry

	fetcher      Fetcher
	devices      DevicePolicy
	fetchWorkers int
	reporter     Reporter
}

// Option configures a Prover.
type Option func(*config) error

// WithConcurrency sets how many tasks run at once (default: the number of CPUs).
func WithConcurrency(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("prover: concurrency must be positive, got %d", n)
		}
		c.concurrency = n
		return nil
	}
}

// WithSubmitWorkers sets how many results are submitted on-chain at once (default DefaultSubmitWorkers).
func WithSubmitWorkers(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("prover: submit workers must be positive, got %d", n)
		}
		c.submitWorkers = n
		return nil
	}
}

// WithMaxJobTime bounds one runtime call, whatever the assignment's deadline.
func WithMaxJobTime(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("prover: max job time must be positive")
		}
		c.maxJobTime = d
		return nil
	}
}

// WithSubmitter submits every proved result through s (the router on-chain).
func WithSubmitter(s Submitter) Option {
	return func(c *config) error {
		if s == nil {
			return errors.New("prover: nil submitter")
		}
		c.submitter = s
		return nil
	}
}

// WithDeviceKeys hands jobs of versions whose devices sign with message.SchemeEdDSA the project's
// registered device keys from k.
func WithDeviceKeys(k DeviceKeys) Option {
	return func(c *config) error {
		if k == nil {
			return errors.New("prover: nil device keys")
		}
		c.deviceKeys = k
		return nil
	}
}

// WithOutputDir sets the directory that file outputs are written in (a version's output paths are
// relative to it; none may leave it). Without it, file outputs are refused.
func WithOutputDir(dir string) Option { return func(c *config) error { c.outputDir = dir; return nil } }

// WithPrivateWebhooks lets webhook outputs reach loopback, private and link-local addresses. Off by
// default: a project's webhook URL is its owner's, and must not reach into the prover's own network.
func WithPrivateWebhooks() Option { return func(c *config) error { c.privateHook = true; return nil } }

// WithOutputWorkers sets how many outputs are delivered at once (default DefaultOutputWorkers), apart
// from the proving slots.
func WithOutputWorkers(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("prover: output workers must be positive, got %d", n)
		}
		c.outWorkers = n
		return nil
	}
}

// WithRetry sets how failed output deliveries are retried (default DefaultRetry).
func WithRetry(r Retry) Option {
	return func(c *config) error {
		if err := r.Check(); err != nil {
			return fmt.Errorf("prover: %w", err)
		}
		c.retry = r
		return nil
	}
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *config) error { c.log = l; return nil } }

// WithClock sets the clock, for tests.
func WithClock(now func() time.Time) Option { return func(c *config) error { c.now = now; return nil } }

// WithMetrics registers the prover's metrics.
func WithMetrics(r prometheus.Registerer) Option {
	return func(c *config) error { c.registerer = r; return nil }
}

// New returns a prover for key with the given runtimes, by kind.
func New(store da.Store, projects Projects, runtimes []runtime.Runtime, key *ecdsa.PrivateKey, opts ...Option) (*Prover, error) {
	cfg := config{concurrency: goruntime.NumCPU(), submitWorkers: DefaultSubmitWorkers, maxJobTime: DefaultMaxJobTime, log: slog.Default(), now: time.Now,
		outWorkers: DefaultOutputWorkers, retry: DefaultRetry()}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if key == nil {
		return nil, errors.New("prover: a key is required")
	}
	m, err := newMetrics(cfg.registerer)
	if err != nil {
		return nil, err
	}
	p := &Prover{store: store, projects: projects, runtimes: map[string]runtime.Runtime{}, key: key,
		address: crypto.PubkeyToAddress(key.PublicKey), cfg: cfg, metrics: m, inFlight: map[common.Hash]bool{}}
	// Outputs follow the result's settlement: on a chain a result is final once settled, without one once
	// proved.
	ready := []task.State{task.Proved}
	if cfg.submitter != nil {
		ready = []task.State{task.Settled}
	}
	p.outbox = &outbox{store: store, prover: p.address, ready: ready, sinks: newSinks(cfg.outputDir, cfg.privateHook),
		retry: cfg.retry, workers: cfg.outWorkers, log: cfg.log, now: cfg.now, metrics: m, inFlight: map[string]bool{},
		targets: map[string]int{}}
	for _, rt := range runtimes {
		p.runtimes[rt.Kind()] = rt
	}
	if cfg.fetcher != nil {
		p.importer = newImporter(p)
	}
	return p, nil
}

// Address is the prover's address: what blocks assign tasks to.
func (p *Prover) Address() common.Address { return p.address }

// Prefetch starts fetching the messages of a task that gossip says was assigned to this prover, ahead of
// its block; without a fetcher it does nothing. The assignment is taken only from the block.
func (p *Prover) Prefetch(ctx context.Context, projectID uint64, taskID common.Hash, deadline time.Time) {
	if p.importer != nil {
		p.importer.Prefetch(ctx, projectID, taskID, deadline)
	}
}

// Runtimes lists the runtime kinds this prover runs.
func (p *Prover) Runtimes() []string {
	out := make([]string, 0, len(p.runtimes))
	for k := range p.runtimes {
		out = append(out, k)
	}
	return out
}

// Run proves assigned tasks and delivers their results to their outputs until ctx ends, then waits for
// running tasks and deliveries to finish.
func (p *Prover) Run(ctx context.Context) error {
	wake, cancel := p.store.Subscribe(da.TopicTasks)
	defer cancel()
	slots := make(chan struct{}, p.cfg.concurrency)
	submitting := make(chan struct{}, p.cfg.submitWorkers)
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Go(func() { p.prepare(ctx) })
	wg.Go(func() { p.outbox.run(ctx) })
	if p.importer != nil {
		wg.Go(func() { p.importer.run(ctx) })
	}
	for {
		tasks, err := p.store.Tasks(ctx, da.TaskQuery{States: p.workStates(), Prover: p.address,
			Order: da.OldestFirst, Limit: queryLimit})
		if err != nil && ctx.Err() == nil {
			p.cfg.log.Error("prover: reading assignments failed; retrying on the next signal", "err", err)
		}
		for _, t := range tasks {
			if !p.claim(t.ID) {
				continue
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				p.release(t.ID)
				return nil
			}
			wg.Go(func() {
				defer p.release(t.ID)
				submit := p.prove(ctx, t)
				<-slots // the proving slot is free while the result waits for the chain
				if submit == nil {
					return
				}
				select {
				case submitting <- struct{}{}:
					submit()
					<-submitting
				case <-ctx.Done():
				}
			})
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		}
	}
}

// workStates are the states in which a task of this prover needs its work: assigned, and proved when
// results are submitted (a crash between proving and submitting leaves it there).
func (p *Prover) workStates() []task.State {
	if p.cfg.submitter != nil {
		return []task.State{task.Assigned, task.Proved}
	}
	return []task.State{task.Assigned}
}

func (p *Prover) claim(id common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inFlight[id] {
		return false
	}
	p.inFlight[id] = true
	return true
}

// release frees a task after it was proved or failed; the store's state keeps it from being read again.
func (p *Prover) release(id common.Hash) {
	p.mu.Lock()
	delete(p.inFlight, id)
	p.mu.Unlock()
}

// prove runs one task and records its outcome. It returns the submission of the result to make, if any:
// the caller makes it outside the proving slot, since it mostly waits for the chain.
func (p *Prover) prove(ctx context.Context, t da.Task) (submit func()) {
	log := p.cfg.log.With("task", t.ID, "project", t.ProjectID, "version", t.ProjectVersion)
	// The list t came from may predate an outcome this prover stored since (a task is released after its
	// outcome is stored); run it only while it is still assigned here, so that no task runs twice.
	cur, err := p.store.Task(ctx, t.ID)
	if err != nil {
		if ctx.Err() == nil {
			log.Error("prover: re-reading the task failed; retrying on the next signal", "err", err)
		}
		return
	}
	switch {
	case cur.Prover != p.address:
		return
	case cur.State == task.Proved && p.cfg.submitter != nil && cur.Result != nil:
		return func() { p.submit(ctx, cur, cur.Result) }
	case cur.State != task.Assigned:
		return
	}
	t = cur
	start := p.cfg.now()
	out, err := p.run(ctx, t)
	if ctx.Err() != nil {
		return // shutting down: the assignment stays, and a restart picks it up
	}
	ev := task.Event{Time: p.cfg.now(), BlockHeight: t.BlockHeight, Prover: p.address}
	var (
		result     *task.Result
		deliveries []da.OutboxEntry
	)
	if err != nil {
		ev.State, ev.Error = task.Failed, err.Error()
		log.Warn("prover: task failed", "err", err)
	} else {
		ev.State, result = task.Proved, out.result
		if deliveries, err = entries(out.version.Output, t, result); err != nil {
			log.Error("prover: the result cannot be delivered to its outputs", "err", err)
		}
	}
	// The context is not passed: a finished proof is worth storing even while the node stops. Its
	// deliveries are stored with it, and delivered after settlement by the outbox.
	err = p.store.UpdateTaskOutbox(context.Background(), t.ID, []task.State{task.Assigned}, ev, result, deliveries)
	switch {
	case errors.Is(err, da.ErrConflict):
		log.Info("prover: task was reassigned before its result was stored; dropping the result")
		return
	case err != nil:
		log.Error("prover: storing the outcome failed; the assignment will be retried", "err", err)
		return
	}
	if result == nil {
		p.metrics.failed.Inc()
		return
	}
	p.metrics.proved.Inc()
	if p.cfg.reporter != nil {
		p.cfg.reporter.Report(ctx, task.Proved, t, common.Hash{})
	}
	p.metrics.proveTime.Observe(ev.Time.Sub(start).Seconds())
	for _, at := range out.received {
		p.metrics.sinceReceived.Observe(ev.Time.Sub(at).Seconds())
	}
	if p.cfg.submitter != nil {
		return func() { p.submit(ctx, t, result) }
	}
	return nil
}

// submit hands a proved result to the submitter and records the outcome: submitted, then settled, or
// failed with the dApp's reason, after which the sequencer may assign the task to another prover.
func (p *Prover) submit(ctx context.Context, t da.Task, r *task.Result) {
	log := p.cfg.log.With("task", t.ID, "project", t.ProjectID)
	sub, err := p.cfg.submitter.Submit(ctx, t, r)
	if ctx.Err() != nil {
		return // the task stays proved; a restart submits it again
	}
	now := p.cfg.now()
	base := task.Event{Time: now, BlockHeight: t.BlockHeight, Prover: p.address, TxHash: sub.TxHash, ChainBlock: sub.ChainBlock}
	if err != nil {
		// Refused outright (late, reassigned, paused ...): nothing is pending on-chain, so the task is
		// failed here and may go to another prover.
		ev := base
		ev.State, ev.Error = task.Failed, "submit: "+err.Error()
		log.Warn("prover: submitting the result failed", "err", err)
		if uerr := p.store.UpdateTask(context.Background(), t.ID, []task.State{task.Proved}, ev, nil); uerr != nil && !errors.Is(uerr, da.ErrConflict) {
			log.Error("prover: recording the failed submission", "err", uerr)
		}
		return
	}
	if p.cfg.reporter != nil && sub.TxHash != (common.Hash{}) {
		p.cfg.reporter.Report(ctx, task.Submitted, t, sub.TxHash)
	}
	verdict := base
	if sub.Settled {
		verdict.State = task.Settled
		p.metrics.settled.Inc()
	} else {
		verdict.State, verdict.Error = task.Failed, "dApp refused the result: "+sub.Reason
		log.Warn("prover: the dApp refused the result", "reason", sub.Reason, "tx", sub.TxHash)
	}
	// The chain follower may have recorded the same verdict from the router's event first.
	if err := da.RecordVerdict(context.Background(), p.store, t.ID, verdict); err != nil {
		log.Error("prover: recording the verdict", "err", err)
	}
}

// outcome is what a successful run gives: the signed result, the version it ran, and when each of the
// task's messages was received.
type outcome struct {
	result   *task.Result
	version  *project.Version
	received []time.Time
}

// prepare loads every registered version this prover can run into its runtime ahead of the first task,
// so that the first task's latency is the program's, not the compiler's.
func (p *Prover) prepare(ctx context.Context) {
	records, err := p.projects.Projects(ctx)
	if err != nil {
		p.cfg.log.Warn("prover: cannot list projects to prepare", "err", err)
		return
	}
	for _, rec := range records {
		proj, err := p.projects.Project(ctx, rec.ID)
		if err != nil {
			p.cfg.log.Warn("prover: cannot load project to prepare", "project", rec.ID, "err", err)
			continue
		}
		for i := range proj.File.Versions {
			v := &proj.File.Versions[i]
			rt, ok := p.runtimes[v.Runtime].(runtime.Preparer)
			if !ok {
				continue
			}
			artifacts, err := p.artifacts(ctx, v)
			if err == nil {
				err = rt.Prepare(ctx, artifacts, v.Config)
			}
			if err != nil && ctx.Err() == nil {
				p.cfg.log.Warn("prover: cannot prepare version", "project", rec.ID, "version", v.Version, "err", err)
			}
		}
	}
}

// artifacts fetches a version's artifacts, each checked against its hash.
func (p *Prover) artifacts(ctx context.Context, v *project.Version) (map[string]runtime.Artifact, error) {
	fetched, err := p.projects.Artifacts(ctx, v)
	if err != nil {
		return nil, fmt.Errorf("load artifacts: %w", err)
	}
	out := make(map[string]runtime.Artifact, len(v.Code))
	for _, a := range v.Code {
		out[a.Name] = runtime.Artifact{SHA256: a.SHA256, Bytes: fetched[a.Name]}
	}
	return out, nil
}

// run loads and checks the task, then runs its runtime and signs the result.
func (p *Prover) run(ctx context.Context, t da.Task) (outcome, error) {
	if t.Prover != p.address {
		return outcome{}, fmt.Errorf("task is assigned to %s, not this prover", t.Prover)
	}
	msgs, err := p.store.TaskMessages(ctx, t.ID)
	if err != nil {
		return outcome{}, fmt.Errorf("read messages: %w", err)
	}
	verified := make([]message.Verified, len(msgs))
	received := make([]time.Time, len(msgs))
	job := runtime.Job{ProjectID: t.ProjectID, ProjectVersion: t.ProjectVersion, TaskID: t.ID,
		Messages: make([]runtime.Message, len(msgs))}
	for i, m := range msgs {
		if err := m.Check(); err != nil {
			return outcome{}, fmt.Errorf("message %s: %w", m.ID, err)
		}
		if m.ProjectID != t.ProjectID || m.ProjectVersion != t.ProjectVersion {
			return outcome{}, fmt.Errorf("message %s belongs to project %d version %s", m.ID, m.ProjectID, m.ProjectVersion)
		}
		verified[i], received[i] = m.Verified, m.ReceivedAt
		job.Messages[i] = runtime.Message{ID: m.ID, DeviceID: m.DeviceID, Data: m.Data, Signature: m.Signature}
	}
	if err := t.Task.CheckMessages(verified); err != nil {
		return outcome{}, err
	}
	_, v, err := p.projects.Version(ctx, t.ProjectID, t.ProjectVersion)
	if err != nil {
		return outcome{}, fmt.Errorf("load project: %w", err)
	}
	rt, ok := p.runtimes[v.Runtime]
	if !ok {
		return outcome{}, fmt.Errorf("this prover has no %q runtime", v.Runtime)
	}
	if job.Artifacts, err = p.artifacts(ctx, v); err != nil {
		return outcome{}, err
	}
	job.Config = v.Config
	if v.SignatureScheme == message.SchemeEdDSA {
		if p.cfg.deviceKeys == nil {
			return outcome{}, fmt.Errorf("project %d signs with %s but this prover has no source of device keys", t.ProjectID, message.SchemeEdDSA)
		}
		keys, err := p.cfg.deviceKeys.PublicKeys(ctx, t.ProjectID)
		if err != nil {
			return outcome{}, fmt.Errorf("device keys: %w", err)
		}
		job.DeviceKeys = make([]hexutil.Bytes, len(keys))
		for i, k := range keys {
			job.DeviceKeys[i] = k
		}
	}

	jobCtx, cancel := context.WithTimeout(ctx, p.cfg.maxJobTime)
	defer cancel()
	if !t.Deadline.IsZero() {
		var cancelDeadline context.CancelFunc
		jobCtx, cancelDeadline = context.WithDeadline(jobCtx, t.Deadline)
		defer cancelDeadline()
	}
	out, err := rt.Prove(jobCtx, job)
	if err != nil {
		return outcome{}, fmt.Errorf("%s runtime: %w", v.Runtime, err)
	}
	r := &task.Result{TaskID: t.ID, Prover: p.address, Output: out.Output, Proof: out.Proof, PublicInputs: out.PublicInputs}
	sig, err := crypto.Sign(r.Digest().Bytes(), p.key)
	if err != nil {
		return outcome{}, fmt.Errorf("sign result: %w", err)
	}
	r.Signature = sig
	return outcome{result: r, version: v, received: received}, nil
}
