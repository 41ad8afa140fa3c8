package packer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	// DefaultReadBatch is how many unpacked messages one store read takes.
	DefaultReadBatch = 1000
	// MaxTasksPerCommit bounds how many tasks one CreateTasks call stores: the groups that are full or due
	// in a step close together, so that a store commit is paid per step rather than per task.
	MaxTasksPerCommit = 512
)

// Policies gives the aggregation policy of a project version.
type Policies interface {
	Version(ctx context.Context, projectID uint64, version string) (*project.Project, *project.Version, error)
}

// fallback is used for messages whose project can no longer be loaded: they are packed alone at once, and
// the prover records why they cannot run, rather than leaving them unpacked forever.
var fallback = project.Aggregation{MaxMessages: 1, GroupBy: project.GroupByProject}

// Packer closes tasks from stored messages.
type Packer struct {
	store    da.Store
	policies Policies
	log      *slog.Logger
	now      func() time.Time
	metrics  *metrics

	cursor  int64 // highest Seq read into a group
	groups  map[groupKey]*group
	closing []*group // full or due, out of groups, their tasks not stored yet
}

type groupKey struct {
	projectID uint64
	version   string
	device    common.Address // zero unless grouped by device
}

type group struct {
	key      groupKey
	policy   project.Aggregation
	ids      []common.Hash
	msgs     []message.Verified
	firstSeq int64       // Seq of the first message: due groups close oldest first
	first    time.Time   // ReceivedAt of the first message
	received []time.Time // ReceivedAt of each message, for the pack-wait metric
}

func (g *group) due() time.Time { return g.first.Add(time.Duration(g.policy.MaxWait)) }

// Option configures a Packer.
type Option func(*Packer) error

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(p *Packer) error { p.log = l; return nil } }

// WithClock sets the clock, for tests.
func WithClock(now func() time.Time) Option { return func(p *Packer) error { p.now = now; return nil } }

// WithMetrics registers the packer's metrics.
func WithMetrics(r prometheus.Registerer) Option {
	return func(p *Packer) error {
		m, err := newMetrics(r)
		p.metrics = m
		return err
	}
}

// New returns a packer over store.
func New(store da.Store, policies Policies, opts ...Option) (*Packer, error) {
	p := &Packer{store: store, policies: policies, log: slog.Default(), now: time.Now, groups: map[groupKey]*group{}}
	for _, o := range opts {
		if err := o(p); err != nil {
			return nil, err
		}
	}
	if p.metrics == nil {
		m, err := newMetrics(nil)
		if err != nil {
			return nil, err
		}
		p.metrics = m
	}
	return p, nil
}

// Run packs until ctx ends.
func (p *Packer) Run(ctx context.Context) error {
	wake, cancel := p.store.Subscribe(da.TopicMessages)
	defer cancel()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		if err := p.step(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			p.log.Error("packer: step failed; retrying on the next signal", "err", err)
		}
		if due, ok := p.soonest(); ok {
			timer.Reset(max(time.Until(due), 0))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-timer.C:
		}
	}
}

// step reads every new unpacked message into groups, then closes full and due groups, starting over
// when a conflict made the packer reread DA.
func (p *Packer) step(ctx context.Context) error {
	for {
		reread, err := p.pass(ctx)
		if err != nil || !reread {
			return err
		}
	}
}

// pass reads new messages into groups and stores the tasks of the groups that are full or due, in calls of
// at most MaxTasksPerCommit tasks.
func (p *Packer) pass(ctx context.Context) (reread bool, err error) {
	for {
		msgs, err := p.store.UnpackedMessages(ctx, p.cursor, DefaultReadBatch)
		if err != nil {
			return false, fmt.Errorf("read unpacked messages: %w", err)
		}
		for _, m := range msgs {
			g := p.groupFor(ctx, m)
			g.ids = append(g.ids, m.ID)
			g.msgs = append(g.msgs, m.Verified)
			g.received = append(g.received, m.ReceivedAt)
			p.cursor = m.Seq
			if len(g.ids) >= g.policy.MaxMessages {
				p.take(g)
			}
		}
		if len(p.closing) >= MaxTasksPerCommit {
			if reread, err := p.flush(ctx); err != nil || reread {
				return reread, err
			}
		}
		if len(msgs) < DefaultReadBatch {
			break
		}
	}
	now := p.now()
	due := len(p.closing)
	for _, g := range p.groups {
		if !g.due().After(now) {
			p.take(g)
		}
	}
	slices.SortFunc(p.closing[due:], func(a, b *group) int { return cmp.Compare(a.firstSeq, b.firstSeq) })
	return p.flush(ctx)
}

func (p *Packer) groupFor(ctx context.Context, m da.Message) *group {
	policy := fallback
	if _, v, err := p.policies.Version(ctx, m.ProjectID, m.ProjectVersion); err == nil {
		policy = v.Aggregation
	} else {
		p.log.Warn("packer: no policy for message; packing it alone", "message", m.ID, "err", err)
	}
	key := groupKey{projectID: m.ProjectID, version: m.ProjectVersion}
	if policy.GroupBy == project.GroupByDevice {
		key.device = m.DeviceID
	}
	g, ok := p.groups[key]
	if !ok {
		g = &group{key: key, policy: policy, firstSeq: m.Seq, first: m.ReceivedAt}
		p.groups[key] = g
	}
	return g
}

// take moves a group to those closing; the next message of its key starts a new group.
func (p *Packer) take(g *group) {
	delete(p.groups, g.key)
	p.closing = append(p.closing, g)
}

// flush stores the closing groups as tasks, MaxTasksPerCommit to a call. On a conflict (another packer
// took some of the messages) the packer forgets every group and rereads DA from the start, so no message
// is left behind unpacked: the messages of the refused call that no one took are grouped again, into the
// same tasks when their groups are the same. reread says so, and the caller stops this step. On another
// error the groups stay closing, and the next step retries them.
func (p *Packer) flush(ctx context.Context) (reread bool, err error) {
	for len(p.closing) > 0 {
		batch := p.closing[:min(len(p.closing), MaxTasksPerCommit)]
		now := p.now()
		ts := make([]task.Task, len(batch))
		for i, g := range batch {
			t, err := task.Build(g.key.projectID, g.key.version, g.msgs, now)
			if err != nil {
				// Only messages stored under older rules get here (intake checks what Build needs). Pack
				// them anyway, by their IDs, so that the packer goes on: a prover refuses such a task with
				// this reason and it ends abandoned instead of holding up the messages behind it.
				p.log.Warn("packer: messages do not make a task of their scheme", "project", g.key.projectID,
					"version", g.key.version, "err", err)
				t = task.New(g.key.projectID, g.key.version, g.ids, now)
			}
			ts[i] = t
		}
		err := p.store.CreateTasks(ctx, ts)
		switch {
		case errors.Is(err, da.ErrConflict):
			p.log.Warn("packer: tasks conflict with stored tasks; rereading unpacked messages", "tasks", len(ts), "err", err)
			p.groups = map[groupKey]*group{}
			p.closing = nil
			p.cursor = 0
			return true, nil
		case err != nil:
			return false, fmt.Errorf("create %d tasks: %w", len(ts), err)
		}
		for i, g := range batch {
			p.metrics.tasks.Inc()
			p.metrics.messages.Observe(float64(len(g.ids)))
			for _, at := range g.received {
				p.metrics.wait.Observe(now.Sub(at).Seconds())
			}
			p.log.Debug("packer: task packed", "task", ts[i].ID, "project", g.key.projectID, "version", g.key.version,
				"messages", len(g.ids))
		}
		clear(batch)
		p.closing = p.closing[len(batch):]
	}
	p.closing = nil
	return false, nil
}

func (p *Packer) soonest() (time.Time, bool) {
	var due time.Time
	for _, g := range p.groups {
		if d := g.due(); due.IsZero() || d.Before(due) {
			due = d
		}
	}
	for _, g := range p.closing { // left by a failed store call
		if d := g.due(); due.IsZero() || d.Before(due) {
			due = d
		}
	}
	return due, !due.IsZero()
}
