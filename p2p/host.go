package p2p

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// Defaults of Config and Limits.
const (
	DefaultListenAddr       = "/ip4/0.0.0.0/tcp/4001"
	DefaultMaxPageBytes     = 1 << 20
	DefaultMaxTaskMessages  = 4096
	DefaultMaxTaskBytes     = 64 << 20
	DefaultRequestTimeout   = 10 * time.Second
	DefaultMaxServeStreams  = 32
	DefaultAnnounceInterval = 30 * time.Second
	DefaultMaxPeers         = 64
)

// Timers and sizes of the host's own loops.
const (
	// dialTimeout bounds one outbound dial (bootstrap or discovered peer).
	dialTimeout = 10 * time.Second
	// bootstrapMinBackoff and bootstrapMaxBackoff bound the wait between redials of a bootstrap peer.
	bootstrapMinBackoff = time.Second
	bootstrapMaxBackoff = time.Minute
	// noticeBuffer is how many received notices wait for the reader before new ones are dropped.
	noticeBuffer = 1024
	// maxPubsubMessage bounds any gossip message (notices and peer records are far smaller).
	maxPubsubMessage = 64 << 10
)

// Config configures a Host.
type Config struct {
	KeyFile     string   // the node's persistent peer key (Ed25519, libp2p's marshalled form); created with mode 0600 when missing
	ListenAddrs []string // multiaddrs; default []string{DefaultListenAddr}
	Bootstrap   []string // full multiaddrs with /p2p/<peerID>; dialled at start and redialled with backoff while disconnected
	Limits      Limits   // zero fields: defaults
	// AnnounceInterval is how often the host publishes its listen addresses on the discovery topic
	// (besides when a peer joins that topic); zero: DefaultAnnounceInterval.
	AnnounceInterval time.Duration
	// MaxPeers caps the connections the host opens to peers it learned of by discovery; zero: DefaultMaxPeers.
	MaxPeers   int
	Log        *slog.Logger
	Registerer prometheus.Registerer // metrics; nil: not registered
}

// Limits bound what a peer may make this host read, hold or serve.
type Limits struct {
	MaxPageBytes    int           // most bytes one response page carries (default 1 MiB)
	MaxTaskMessages int           // most messages a fetched task may have (default 4096)
	MaxTaskBytes    int64         // most bytes a fetched task may have in all (default 64 MiB)
	RequestTimeout  time.Duration // one page request (default 10 s)
	MaxServeStreams int           // concurrent inbound fetch streams served (default 32)
}

func (l Limits) withDefaults() Limits {
	if l.MaxPageBytes <= 0 {
		l.MaxPageBytes = DefaultMaxPageBytes
	}
	if l.MaxTaskMessages <= 0 {
		l.MaxTaskMessages = DefaultMaxTaskMessages
	}
	if l.MaxTaskBytes <= 0 {
		l.MaxTaskBytes = DefaultMaxTaskBytes
	}
	if l.RequestTimeout <= 0 {
		l.RequestTimeout = DefaultRequestTimeout
	}
	if l.MaxServeStreams <= 0 {
		l.MaxServeStreams = DefaultMaxServeStreams
	}
	return l
}

// Host is this node's presence on the network: a libp2p host with gossip per project and the task fetch
// protocol.
type Host struct {
	cfg  Config
	lim  Limits
	log  *slog.Logger
	m    *metrics
	host host.Host
	ps   *pubsub.PubSub

	ctx    context.Context // the host's lifetime: ends at Close
	cancel context.CancelFunc
	wg     sync.WaitGroup

	notices  chan Received
	serveSem chan struct{}
	disc     *pubsub.Topic

	mu        sync.Mutex
	topics    map[uint64]*projectTopic
	peers     map[peer.ID]*peerState
	changed   chan struct{} // closed and replaced whenever a peer connects or disconnects
	source    Source
	dialing   map[peer.ID]bool
	onDrop    func(reason string) // tests: called for every dropped notice
	closeOnce sync.Once
}

// New starts a libp2p host listening on cfg.ListenAddrs with gossip and the discovery topic joined.
// Bootstrap and discovery start with Run.
func New(ctx context.Context, cfg Config) (*Host, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if len(cfg.ListenAddrs) == 0 {
		cfg.ListenAddrs = []string{DefaultListenAddr}
	}
	if cfg.AnnounceInterval <= 0 {
		cfg.AnnounceInterval = DefaultAnnounceInterval
	}
	if cfg.MaxPeers <= 0 {
		cfg.MaxPeers = DefaultMaxPeers
	}
	for _, b := range cfg.Bootstrap {
		if _, err := peer.AddrInfoFromString(b); err != nil {
			return nil, fmt.Errorf("p2p: bootstrap address %q: %w", b, err)
		}
	}
	key, err := LoadOrCreateKey(cfg.KeyFile)
	if err != nil {
		return nil, err
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, fmt.Errorf("p2p: metrics: %w", err)
	}
	lh, err := libp2p.New(libp2p.Identity(key), libp2p.ListenAddrStrings(cfg.ListenAddrs...))
	if err != nil {
		return nil, fmt.Errorf("p2p: libp2p host: %w", err)
	}
	lim := cfg.Limits.withDefaults()
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	h := &Host{
		cfg: cfg, lim: lim, log: cfg.Log.With("peer", lh.ID().String()), m: m, host: lh,
		ctx: hctx, cancel: cancel,
		notices:  make(chan Received, noticeBuffer),
		serveSem: make(chan struct{}, lim.MaxServeStreams),
		topics:   make(map[uint64]*projectTopic),
		peers:    make(map[peer.ID]*peerState),
		changed:  make(chan struct{}),
		dialing:  make(map[peer.ID]bool),
	}
	fail := func(err error) (*Host, error) {
		cancel()
		_ = lh.Close()
		return nil, err
	}
	sub, err := lh.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		return fail(fmt.Errorf("p2p: event bus: %w", err))
	}
	h.ps, err = pubsub.NewGossipSub(hctx, lh,
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(maxPubsubMessage),
		// A node's own notices go to every topic peer at once, not only its mesh: fast, and the networks
		// are small.
		pubsub.WithFloodPublish(true),
		pubsub.WithLogger(cfg.Log.With("peer", lh.ID().String(), "part", "pubsub")))
	if err != nil {
		_ = sub.Close()
		return fail(fmt.Errorf("p2p: gossipsub: %w", err))
	}
	if err := h.joinDiscovery(); err != nil {
		_ = sub.Close()
		return fail(err)
	}
	h.wg.Add(1)
	go h.watchConnections(sub)
	return h, nil
}

// ID is the host's peer ID.
func (h *Host) ID() string { return h.host.ID().String() }

// Addrs are the host's full multiaddrs, /p2p/<id> included, as others pass them to Config.Bootstrap.
func (h *Host) Addrs() []string {
	full, err := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.host.ID(), Addrs: h.host.Addrs()})
	if err != nil {
		return nil
	}
	out := make([]string, len(full))
	for i, a := range full {
		out[i] = a.String()
	}
	return out
}

// Run dials the bootstrap peers (and redials them with backoff while disconnected), announces this
// host's addresses on the discovery topic and dials the peers announced there, until ctx ends.
// Project topics are pumped from Join on, whether Run runs or not. It returns ctx's error, or
// context.Canceled once the host is closed.
func (h *Host) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() { // Close ends Run too
		select {
		case <-h.ctx.Done():
			cancel()
		case <-ctx.Done():
		}
	}()
	var wg sync.WaitGroup
	for _, b := range h.cfg.Bootstrap {
		ai, _ := peer.AddrInfoFromString(b) // checked in New
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.keepConnected(ctx, *ai)
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		h.discover(ctx)
	}()
	wg.Wait()
	return ctx.Err()
}

// Close leaves all topics and stops the libp2p host.
func (h *Host) Close() error {
	var err error
	h.closeOnce.Do(func() {
		h.cancel()
		err = h.host.Close()
		h.wg.Wait()
	})
	return err
}

// watchConnections keeps the peer table and the connected gauge current and wakes whoever waits on
// peersChanged.
func (h *Host) watchConnections(sub event.Subscription) {
	defer h.wg.Done()
	defer sub.Close()
	for {
		select {
		case <-h.ctx.Done():
			return
		case e, ok := <-sub.Out():
			if !ok {
				return
			}
			ev := e.(event.EvtPeerConnectednessChanged)
			h.mu.Lock()
			if ev.Connectedness == network.Connected {
				h.peerLocked(ev.Peer).lastSeen = time.Now()
			}
			close(h.changed)
			h.changed = make(chan struct{})
			h.mu.Unlock()
			h.m.connectedPeers.Set(float64(len(h.host.Network().Peers())))
		}
	}
}

// peersChanged returns a channel closed at the next connection or disconnection of a peer.
func (h *Host) peersChanged() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.changed
}

// LoadOrCreateKey reads the Ed25519 peer key at path, or creates it (mode 0600) when the file does not
// exist, so that the peer ID survives restarts. An empty path gives a fresh key that is not kept.
func LoadOrCreateKey(path string) (crypto.PrivKey, error) {
	if path == "" {
		k, _, err := crypto.GenerateEd25519Key(nil)
		return k, err
	}
	b, err := os.ReadFile(path)
	if err == nil {
		k, err := crypto.UnmarshalPrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("p2p: key file %s: %w", path, err)
		}
		return k, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("p2p: key file: %w", err)
	}
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, err
	}
	b, err = crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) { // another process created it first: use theirs
			return LoadOrCreateKey(path)
		}
		return nil, fmt.Errorf("p2p: key file: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("p2p: key file: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("p2p: key file: %w", err)
	}
	return k, nil
}
