package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/p2p"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

// Defaults of the P2P settings.
const (
	// DefaultRetention is how long a node serves a task's messages to peers after the task was made.
	DefaultRetention = 72 * time.Hour
	// P2PKeyFile is the node's peer key, in the data dir unless P2PConfig.KeyFile says otherwise.
	P2PKeyFile = "p2p.key"
	// maxHolderTasks bounds the holders remembered from gossip; past it the oldest half is forgotten.
	maxHolderTasks = 1 << 16
	// sequencerCheckTTL is how long the chain's word that an address is (or is not) an active sequencer is
	// kept before it is read again.
	sequencerCheckTTL = time.Minute
)

// sequencerChecker says whether an address is an active sequencer on-chain; chain.Client is one.
type sequencerChecker interface {
	SequencerInfo(ctx context.Context, addr common.Address) (chain.SequencerInfo, error)
}

// P2PConfig makes the node a peer of the network: it gossips per project, serves the messages of the tasks
// it holds and, as a prover, fetches the tasks assigned to it that its store does not hold.
type P2PConfig struct {
	KeyFile     string   // the node's persistent peer key; empty: P2PKeyFile in the data dir
	ListenAddrs []string // multiaddrs; empty: p2p.DefaultListenAddr
	Bootstrap   []string // peers to dial at start, full multiaddrs with /p2p/<id>
	// Retention is how long after a task was made the node serves its messages; zero: DefaultRetention.
	Retention time.Duration
	// FetchWorkers bounds the prover's task fetches at once; zero: prover.DefaultFetchWorkers.
	FetchWorkers int
	Limits       p2p.Limits
}

// network joins the node's roles to the P2P host: the store as the source of served tasks, the prover's
// fetches and reports, the sequencer's announcements, and what the gossip tells each role.
type network struct {
	host      *p2p.Host
	store     da.Store
	log       *slog.Logger
	retention time.Duration

	proverKey    *ecdsa.PrivateKey // nil without the prover role
	proverAddr   common.Address
	sequencerKey *ecdsa.PrivateKey // nil without the sequencer role
	prefetch     func(ctx context.Context, projectID uint64, taskID common.Hash, deadline time.Time)

	sequencers sequencerChecker // whose word on assignments starts a fetch early

	mu      sync.Mutex
	holders map[common.Hash][]string // peers gossip named as holding a task
	order   []common.Hash            // holders' keys, oldest first
	active  map[common.Address]sequencerCheck
}

// sequencerCheck is the chain's word on whether an address is an active sequencer, and when it was read.
type sequencerCheck struct {
	active bool
	at     time.Time
}

func newNetwork(ctx context.Context, cfg Config, n *Node) (*network, error) {
	pc := cfg.P2P
	keyFile := pc.KeyFile
	if keyFile == "" {
		keyFile = filepath.Join(cfg.DataDir, P2PKeyFile)
	}
	host, err := p2p.New(ctx, p2p.Config{KeyFile: keyFile, ListenAddrs: pc.ListenAddrs, Bootstrap: pc.Bootstrap,
		Limits: pc.Limits, Log: cfg.Log, Registerer: n.registry})
	if err != nil {
		return nil, fmt.Errorf("p2p: %w", err)
	}
	retention := pc.Retention
	if retention == 0 {
		retention = DefaultRetention
	}
	net := &network{host: host, store: n.store, log: cfg.Log, retention: retention, sequencers: n.chain,
		holders: map[common.Hash][]string{}, active: map[common.Address]sequencerCheck{}}
	if cfg.Roles.Prover {
		net.proverKey, net.proverAddr = cfg.ProverKey, crypto.PubkeyToAddress(cfg.ProverKey.PublicKey)
	}
	if cfg.Roles.Sequencer && cfg.Chain != nil {
		net.sequencerKey = cfg.Chain.SequencerKey
	}
	host.Serve(net)
	return net, nil
}

// TaskMessages serves a task's messages to a peer while the task is within the retention.
func (w *network) TaskMessages(ctx context.Context, projectID uint64, taskID common.Hash) ([]message.Message, error) {
	t, err := w.store.Task(ctx, taskID)
	switch {
	case errors.Is(err, da.ErrNotFound):
		return nil, p2p.ErrNotFound
	case err != nil:
		return nil, err
	case t.ProjectID != projectID || time.Since(t.CreatedAt) > w.retention:
		return nil, p2p.ErrNotFound
	}
	msgs, err := w.store.TaskMessages(ctx, taskID)
	if err != nil {
		return nil, err
	}
	out := make([]message.Message, len(msgs))
	for i, m := range msgs {
		out[i] = m.Message()
	}
	return out, nil
}

// FetchTask fetches a task from the peers gossip named as holders first, then from any peer.
func (w *network) FetchTask(ctx context.Context, projectID uint64, taskID common.Hash, check func([]message.Message) error,
	complete func([]message.Message) error) ([]message.Message, error) {
	w.join(projectID)
	msgs, stats, err := w.host.Fetch(ctx, p2p.FetchRequest{ProjectID: projectID, TaskID: taskID, Hint: w.holdersOf(taskID),
		Check: check, Complete: complete})
	if len(stats.Refused) > 0 {
		w.log.Warn("p2p: peers served task data that failed its checks", "task", taskID, "refused", stats.Refused)
	}
	if err != nil {
		return nil, err
	}
	w.log.Debug("p2p: fetched task", "task", taskID, "messages", len(msgs), "bytes", stats.Bytes, "peers", stats.Peers,
		"took", stats.Took)
	return msgs, nil
}

// Report tells the task's topic how this prover's task goes: holding its data once imported, proved,
// submitted.
func (w *network) Report(ctx context.Context, state task.State, t da.Task, txHash common.Hash) {
	kind := map[task.State]p2p.Kind{task.Assigned: p2p.Holding, task.Proved: p2p.Proved, task.Submitted: p2p.Submitted}[state]
	if kind == 0 || w.proverKey == nil {
		return
	}
	w.publish(ctx, w.proverKey, p2p.Notice{Kind: kind, ProjectID: t.ProjectID, TaskID: t.ID, Prover: t.Prover,
		Height: t.BlockHeight, Deadline: uint64(max(t.Deadline.UnixMilli(), 0)), TxHash: txHash})
}

// announce tells each assigned prover of a block this sequencer minted.
func (w *network) announce(ctx context.Context, b block.Block) {
	if w.sequencerKey == nil {
		return
	}
	for _, a := range b.Assignments {
		w.publish(ctx, w.sequencerKey, p2p.Notice{Kind: p2p.Assigned, ProjectID: a.ProjectID, TaskID: a.TaskID,
			Prover: a.Prover, Height: b.Height, Deadline: a.Deadline, TxHash: b.TxHash})
	}
}

func (w *network) publish(ctx context.Context, key *ecdsa.PrivateKey, n p2p.Notice) {
	if err := n.Sign(key); err != nil {
		w.log.Error("p2p: signing a notice", "err", err)
		return
	}
	if err := w.host.Publish(ctx, n); err != nil && ctx.Err() == nil {
		w.log.Warn("p2p: publishing a notice", "kind", n.Kind, "task", n.TaskID, "err", err)
	}
}

// run runs the host and acts on the notices it receives until ctx ends.
func (w *network) run(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- w.host.Run(ctx) }()
	for {
		select {
		case <-ctx.Done():
			return <-done
		case err := <-done:
			return err
		case r := <-w.host.Notices():
			w.receive(ctx, r)
		}
	}
}

// receive acts on one notice. Gossip only makes things fast: an assignment is taken from the chain's
// block, a verdict from the router's event; a notice starts a fetch early, names a peer to fetch from, or
// moves a sequencer's view of a task on the word of the prover it was assigned to.
func (w *network) receive(ctx context.Context, r p2p.Received) {
	n := r.Notice
	switch n.Kind {
	case p2p.Assigned, p2p.Holding:
		w.remember(n.TaskID, r.From)
	}
	switch n.Kind {
	case p2p.Assigned:
		// Only an active sequencer's word starts a fetch: anyone's would let a stranger keep the fetch
		// workers busy with tasks nobody assigned.
		if w.proverKey != nil && w.prefetch != nil && n.Prover == w.proverAddr && w.isSequencer(ctx, n.Signer) {
			w.prefetch(ctx, n.ProjectID, n.TaskID, time.UnixMilli(int64(n.Deadline)))
			w.publish(ctx, w.proverKey, p2p.Notice{Kind: p2p.Acknowledged, ProjectID: n.ProjectID, TaskID: n.TaskID,
				Prover: n.Prover, Height: n.Height, Deadline: n.Deadline})
		}
	case p2p.Proved, p2p.Submitted:
		if w.sequencerKey != nil && n.Signer == n.Prover {
			w.progress(ctx, n)
		}
	}
}

// isSequencer reports whether addr is an active sequencer, from the chain, remembered for sequencerCheckTTL.
func (w *network) isSequencer(ctx context.Context, addr common.Address) bool {
	w.mu.Lock()
	c, ok := w.active[addr]
	w.mu.Unlock()
	if ok && time.Since(c.at) < sequencerCheckTTL {
		return c.active
	}
	info, err := w.sequencers.SequencerInfo(ctx, addr)
	if err != nil {
		w.log.Warn("p2p: cannot read whether a notice's signer is a sequencer", "signer", addr, "err", err)
		return false
	}
	w.mu.Lock()
	if len(w.active) > maxHolderTasks {
		clear(w.active)
	}
	w.active[addr] = sequencerCheck{active: info.Active, at: time.Now()}
	w.mu.Unlock()
	return info.Active
}

// progress records a prover's own report on a task this sequencer holds and assigned to it.
func (w *network) progress(ctx context.Context, n p2p.Notice) {
	t, err := w.store.Task(ctx, n.TaskID)
	if err != nil || t.Prover != n.Prover || t.BlockHeight != n.Height {
		return
	}
	ev := task.Event{State: task.Proved, Time: time.Now(), BlockHeight: t.BlockHeight, Prover: n.Prover}
	from := []task.State{task.Assigned}
	if n.Kind == p2p.Submitted {
		ev.State, ev.TxHash = task.Submitted, n.TxHash
		from = []task.State{task.Assigned, task.Proved}
	}
	if err := w.store.UpdateTask(ctx, t.ID, from, ev, nil); err != nil && !errors.Is(err, da.ErrConflict) {
		w.log.Warn("p2p: recording a prover's report", "task", t.ID, "state", ev.State, "err", err)
	}
}

func (w *network) remember(taskID common.Hash, peerID string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	hs, known := w.holders[taskID]
	for _, h := range hs {
		if h == peerID {
			return
		}
	}
	if !known {
		if len(w.order) >= maxHolderTasks {
			for _, old := range w.order[:maxHolderTasks/2] {
				delete(w.holders, old)
			}
			w.order = append(w.order[:0], w.order[maxHolderTasks/2:]...)
		}
		w.order = append(w.order, taskID)
	}
	w.holders[taskID] = append(hs, peerID)
}

func (w *network) holdersOf(taskID common.Hash) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.holders[taskID]...)
}

// joinAll joins the topics of every registered project, so that the node hears of their tasks.
func (w *network) joinAll(ctx context.Context, projects interface {
	Projects(ctx context.Context) ([]project.Record, error)
}) {
	recs, err := projects.Projects(ctx)
	if err != nil {
		w.log.Warn("p2p: cannot list projects to join their topics; joining as they are used", "err", err)
		return
	}
	for _, r := range recs {
		w.join(r.ID)
	}
}

func (w *network) join(projectID uint64) {
	if err := w.host.Join(projectID); err != nil {
		w.log.Warn("p2p: cannot join the project's topic", "project", projectID, "err", err)
	}
}

// joiningForgetter joins a project's topic whenever the project registry names it (registered, changed).
type joiningForgetter struct {
	chainsync.Forgetter
	net *network
}

func (j joiningForgetter) Forget(projectID uint64) {
	j.Forgetter.Forget(projectID)
	j.net.join(projectID)
}

// peers is what GET /v1/peers shows.
func (w *network) peers() api.Peers {
	out := api.Peers{Enabled: true, Self: &api.Peer{ID: w.host.ID(), Addrs: w.host.Addrs(), Connected: true, Topics: []string{}}}
	for _, p := range w.host.Peers() {
		v := api.Peer{ID: p.ID, Addrs: p.Addrs, Connected: p.Connected, Score: p.Score, ServedBytes: p.Served,
			FetchedBytes: p.Fetched, Refusals: p.Refusals, Topics: p.Topics}
		if v.Addrs == nil {
			v.Addrs = []string{}
		}
		if v.Topics == nil {
			v.Topics = []string{}
		}
		if !p.LastSeen.IsZero() {
			seen := p.LastSeen
			v.LastSeen = &seen
		}
		out.Peers = append(out.Peers, v)
	}
	return out
}

func (w *network) close() { _ = w.host.Close() }
