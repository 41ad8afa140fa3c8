package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/postgres"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/ingest"
	"github.com/w3bstream-go/w3bstream/packer"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
	"github.com/w3bstream-go/w3bstream/sequencer"
)

// Timeouts of the HTTP server; every one is named so that none is a surprise.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 30 * time.Second
	SQLiteFile        = "da.db"
	CompileCacheDir   = "cache/wazero"      // in the data dir: the wasm runtime's compiled programs
	OutputsDir        = "outputs"           // in the data dir: the projects' file outputs, by default
	GnarkLoadsDir     = "cache/gnark-loads" // in the data dir: the gnark runtimes' crash guard
)

// Config is what a node needs.
type Config struct {
	DataDir     string           // holds the SQLite file and the artifact cache
	HTTPAddr    string           // 127.0.0.1:8888; port 0 picks a free one
	DatabaseURL string           // postgres://...; empty means SQLite in DataDir
	Roles       Roles            // zero value: all roles
	Registry    project.Registry // where projects come from without a chain
	// DeviceKeys are the projects' registered ZK device keys without a chain; on a chain, the
	// DeviceRegistry's.
	DeviceKeys  prover.DeviceKeys
	ProverKey   *ecdsa.PrivateKey // the prover role's key
	BlockParams block.Params      // difficulty rules without a chain; on a chain the minter's rules apply
	// ProofDeadline is how long a prover has for an assignment; zero means the sequencer's default (capped
	// by the chain's longest proof window on a chain).
	ProofDeadline time.Duration
	// OutputDir is where the projects' file outputs are written (their paths are relative to it); empty
	// means OutputsDir in DataDir.
	OutputDir string
	// AllowPrivateWebhooks lets the projects' webhook outputs reach loopback, private and link-local
	// addresses; off, they reach public addresses only.
	AllowPrivateWebhooks bool
	// OutputRetry is how failed output deliveries are retried; zero means prover.DefaultRetry.
	OutputRetry prover.Retry
	// OutputWorkers is how many outputs are delivered at once; zero means prover.DefaultOutputWorkers.
	OutputWorkers int
	// AllowLocalURIs lets a node on a chain fetch project files and artifacts from file:// URIs and from
	// loopback and private addresses; off, it fetches what the registrants name from public addresses
	// only. Without a chain the projects are the operator's own and this does not apply.
	AllowLocalURIs bool
	// Chain, when set, makes the chain the source of truth: projects, devices and provers come from its
	// registries, blocks are minted on it and results are routed through its router.
	Chain *ChainConfig
	// P2P, when set, makes the node a peer of the network (on a chain only): it serves the tasks it holds,
	// and its prover fetches the tasks assigned to it that its own store does not hold.
	P2P *P2PConfig
	Log *slog.Logger
}

// ChainConfig says where the chain and the contracts are.
type ChainConfig struct {
	RPCURL       string // HTTP JSON-RPC endpoint
	WSURL        string // WebSocket endpoint for event subscriptions; empty: the follower polls RPCURL
	Contracts    deploy.Addresses
	SequencerKey *ecdsa.PrivateKey // signs mint transactions; required by the sequencer role
}

// Node is a running set of roles over one store and one HTTP server.
type Node struct {
	cfg       Config
	store     da.Store
	projects  *project.Manager
	intake    *ingest.Intake
	packer    *packer.Packer
	sequencer *sequencer.Sequencer
	prover    *prover.Prover
	follower  *chainsync.Follower
	api       *api.API
	runtimes  []runtime.Runtime
	chain     *chain.Client // the node's one connection to the chain, when it has one
	net       *network      // the node's P2P side; nil without P2PConfig
	listener  net.Listener
	server    *http.Server
	registry  *prometheus.Registry
}

// New opens the store, builds the configured roles and binds the HTTP address; Run starts them.
func New(ctx context.Context, cfg Config) (n *Node, err error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Roles == (Roles{}) {
		cfg.Roles = AllRoles()
	}
	if cfg.Roles.Prover && cfg.ProverKey == nil {
		return nil, errors.New("the prover role needs a prover key")
	}
	n = &Node{cfg: cfg, registry: prometheus.NewRegistry()}
	defer func() {
		if err != nil {
			n.close()
		}
	}()
	n.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if n.store, err = openStore(ctx, cfg); err != nil {
		return nil, err
	}
	w, err := n.wireChain(ctx)
	if err != nil {
		return nil, err
	}
	fetcher := project.NewFetcher(filepath.Join(cfg.DataDir, "cache"))
	fetcher.PublicOnly = cfg.Chain != nil && !cfg.AllowLocalURIs
	n.projects = project.NewManager(w.registry, fetcher)
	if cfg.P2P != nil {
		if cfg.Chain == nil {
			return nil, errors.New("P2P needs a chain: peers take assignments and verdicts from it")
		}
		if n.net, err = newNetwork(ctx, cfg, n); err != nil {
			return nil, err
		}
	}
	if cfg.Chain != nil {
		var forgetter chainsync.Forgetter = n.projects
		if n.net != nil {
			forgetter = joiningForgetter{Forgetter: n.projects, net: n.net}
		}
		n.follower = chainsync.NewFollower(w.reader, n.store, forgetter, w.devices, w.reader.Provers(), cfg.Chain.WSURL, cfg.Log)
	}
	if cfg.Roles.Ingest {
		opts := []ingest.Option{ingest.WithMetrics(n.registry), ingest.WithLogger(cfg.Log)}
		if w.devices != nil {
			opts = append(opts, ingest.WithDevicePolicy(w.devices))
		}
		if n.intake, err = ingest.New(n.store, n.projects, opts...); err != nil {
			return nil, err
		}
	}
	if cfg.Roles.Prover && !cfg.Roles.Sequencer && cfg.Chain != nil && cfg.P2P == nil && cfg.DatabaseURL == "" {
		cfg.Log.Warn("a prover on a store of its own without P2P gets the tasks of no sequencer: give --p2p-listen " +
			"and --bootstrap, or --db to share a sequencer's database")
	}
	if cfg.Roles.Prover {
		if err := n.newProver(ctx, w); err != nil {
			return nil, err
		}
	}
	if cfg.Roles.Sequencer {
		if err := n.newSequencer(ctx, w); err != nil {
			return nil, err
		}
	}
	if n.listener, err = net.Listen("tcp", cfg.HTTPAddr); err != nil {
		return nil, fmt.Errorf("listen on %s: %w", cfg.HTTPAddr, err)
	}
	mux := http.NewServeMux()
	if n.intake != nil {
		n.intake.Register(mux)
	}
	n.api = api.New(n.store, n.projects, cfg.Log, cfg.Chain != nil)
	n.api.Register(mux)
	if n.net != nil {
		n.api.SetPeers(n.net.peers)
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{}))
	n.server = &http.Server{Handler: mux, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		IdleTimeout: idleTimeout}
	return n, nil
}

// wiring is what the roles take from the chain, or from the node's own config without one.
type wiring struct {
	registry    project.Registry
	reader      *chain.Client  // read-only client; nil without a chain
	devices     *chain.Devices // nil without a chain: the project files' policies apply
	params      block.Params
	proofWindow time.Duration // 0: no cap
}

func (n *Node) wireChain(ctx context.Context) (wiring, error) {
	cfg := n.cfg
	if cfg.Chain == nil {
		if cfg.Registry == nil {
			return wiring{}, errors.New("a node without a chain needs a project registry")
		}
		return wiring{registry: cfg.Registry, params: cfg.BlockParams}, nil
	}
	// One connection serves the node: the read-only client's, which the prover's and the sequencer's
	// clients share (chain.Client.WithKey).
	reader, err := chain.Dial(ctx, n.cfg.Chain.RPCURL, n.cfg.Chain.Contracts, nil)
	if err != nil {
		return wiring{}, fmt.Errorf("chain: %w", err)
	}
	n.chain = reader
	params, window, err := chainsync.Params(ctx, reader)
	if err != nil {
		return wiring{}, err
	}
	// The device registry serves ingest's policy and the prover's device keys; the follower keeps it current.
	return wiring{registry: reader.Registry(), reader: reader, devices: reader.Devices(), params: params, proofWindow: window}, nil
}

func (n *Node) newProver(ctx context.Context, w wiring) error {
	wasmRuntime, err := wasm.New(wasm.WithCompilationCacheDir(filepath.Join(n.cfg.DataDir, CompileCacheDir)))
	if err != nil {
		return err
	}
	// gnark runtimes first: Close goes in order, and theirs waits for proofs that use the wasm runtime.
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		rt, err := gnark.New(b, wasmRuntime, gnark.WithRegisterer(n.registry),
			gnark.WithCrashGuardDir(filepath.Join(n.cfg.DataDir, GnarkLoadsDir)))
		if err != nil {
			_ = wasmRuntime.Close()
			return err
		}
		n.runtimes = append(n.runtimes, rt)
	}
	n.runtimes = append(n.runtimes, wasmRuntime)
	outputDir := n.cfg.OutputDir
	if outputDir == "" {
		outputDir = filepath.Join(n.cfg.DataDir, OutputsDir)
	}
	opts := []prover.Option{prover.WithMetrics(n.registry), prover.WithLogger(n.cfg.Log), prover.WithOutputDir(outputDir)}
	if n.cfg.AllowPrivateWebhooks {
		opts = append(opts, prover.WithPrivateWebhooks())
	}
	if n.cfg.OutputRetry != (prover.Retry{}) {
		opts = append(opts, prover.WithRetry(n.cfg.OutputRetry))
	}
	if n.cfg.OutputWorkers != 0 {
		opts = append(opts, prover.WithOutputWorkers(n.cfg.OutputWorkers))
	}
	switch {
	case w.devices != nil:
		opts = append(opts, prover.WithDeviceKeys(w.devices))
	case n.cfg.DeviceKeys != nil:
		opts = append(opts, prover.WithDeviceKeys(n.cfg.DeviceKeys))
	}
	if w.reader != nil {
		opts = append(opts, prover.WithSubmitter(chainsync.ResultSubmitter{Client: w.reader.WithKey(n.cfg.ProverKey)}))
	}
	if n.net != nil && w.devices != nil {
		opts = append(opts, prover.WithFetcher(n.net, w.devices, n.cfg.P2P.FetchWorkers), prover.WithReporter(n.net))
	}
	if n.prover, err = prover.New(n.store, n.projects, n.runtimes, n.cfg.ProverKey, opts...); err != nil {
		return err
	}
	if n.net != nil {
		n.net.prefetch = n.prover.Prefetch
	}
	return nil
}

func (n *Node) newSequencer(ctx context.Context, w wiring) error {
	var err error
	if n.packer, err = packer.New(n.store, n.projects, packer.WithMetrics(n.registry), packer.WithLogger(n.cfg.Log)); err != nil {
		return err
	}
	opts := []sequencer.Option{sequencer.WithParams(w.params), sequencer.WithLogger(n.cfg.Log),
		sequencer.WithMetrics(n.registry)}
	deadline := n.cfg.ProofDeadline
	if deadline == 0 {
		deadline = sequencer.DefaultDeadline
	}
	if w.proofWindow > 0 {
		deadline = min(deadline, w.proofWindow)
	}
	opts = append(opts, sequencer.WithDeadline(deadline))
	if n.net != nil {
		opts = append(opts, sequencer.WithAnnouncer(n.net.announce))
	}
	var provers sequencer.ProverSet
	if n.cfg.Chain != nil {
		if n.cfg.Chain.SequencerKey == nil {
			return errors.New("the sequencer role on a chain needs a sequencer key")
		}
		if err := w.reader.Deployment().Addresses.CheckSequencerRegistry(); err != nil {
			return fmt.Errorf("the sequencer role: %w", err)
		}
		c := w.reader.WithKey(n.cfg.Chain.SequencerKey)
		// Say so at start rather than at the first mint, which the minter would refuse (NotSequencer).
		if info, err := w.reader.SequencerInfo(ctx, c.Address()); err == nil && !info.Active {
			n.cfg.Log.Warn("the sequencer key is not an active sequencer on-chain: its blocks will be refused until it is "+
				"(w3bstream sequencer register, or resume)", "sequencer", c.Address(), "registered", info.Registered,
				"paused", info.Paused, "unstaking", info.Unstaking)
		}
		opts = append(opts, sequencer.WithSubmitter(chainsync.BlockSubmitter{Client: c}),
			sequencer.WithChecker(w.reader.Preflight()),            // no assignment the chain refuses reverts a mint
			sequencer.WithMaxAssignments(chain.MaxMintAssignments)) // a mint must fit one transaction's gas
		provers = w.reader.Provers() // kept current by the follower
	} else if n.prover != nil {
		provers = sequencer.StaticProvers{{Address: n.prover.Address(), Runtimes: n.prover.Runtimes()}}
	} else {
		return errors.New("a sequencer without a chain assigns only to its own node's prover: enable the prover role")
	}
	n.sequencer, err = sequencer.New(n.store, provers, runtimeLookup{n.projects}, opts...)
	return err
}

func openStore(ctx context.Context, cfg Config) (da.Store, error) {
	if strings.HasPrefix(cfg.DatabaseURL, "postgres://") || strings.HasPrefix(cfg.DatabaseURL, "postgresql://") {
		return postgres.Open(ctx, cfg.DatabaseURL)
	}
	if cfg.DatabaseURL != "" {
		return nil, fmt.Errorf("database URL must start with postgres:// (or be empty for SQLite in the data dir)")
	}
	return sqlite.Open(filepath.Join(cfg.DataDir, SQLiteFile))
}

// URL is the base URL of the node's HTTP server.
func (n *Node) URL() string { return "http://" + n.listener.Addr().String() }

// Store is the node's DA store.
func (n *Node) Store() da.Store { return n.store }

// Run serves until ctx ends, then stops in order: HTTP (answering what is in flight), the intake's
// writer, the coordinators, the store.
func (n *Node) Run(ctx context.Context) error {
	defer n.close()
	writerCtx, stopWriter := context.WithCancel(context.Background())
	writerDone := make(chan struct{})
	go func() {
		if n.intake != nil {
			n.intake.Run(writerCtx)
		}
		close(writerDone)
	}()

	work, stopWork := context.WithCancel(ctx)
	defer stopWork()
	g, gctx := errgroup.WithContext(work)
	for _, run := range []func(context.Context) error{n.runPacker, n.runSequencer, n.runProver, n.runFollower, n.runNetwork} {
		g.Go(func() error { return run(gctx) })
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- n.server.Serve(n.listener) }()

	var err error
	select {
	case <-gctx.Done():
	case err = <-serveErr:
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	n.api.Stop() // long polls answer now: Shutdown waits for every handler to return
	if serr := n.server.Shutdown(shutdownCtx); serr != nil && err == nil {
		err = serr
	}
	stopWriter()
	<-writerDone
	stopWork()
	if gerr := g.Wait(); gerr != nil && err == nil && ctx.Err() == nil {
		err = gerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func (n *Node) runPacker(ctx context.Context) error {
	if n.packer == nil {
		return nil
	}
	return n.packer.Run(ctx)
}

func (n *Node) runSequencer(ctx context.Context) error {
	if n.sequencer == nil {
		return nil
	}
	return n.sequencer.Run(ctx)
}

func (n *Node) runProver(ctx context.Context) error {
	if n.prover == nil {
		return nil
	}
	return n.prover.Run(ctx)
}

func (n *Node) runFollower(ctx context.Context) error {
	if n.follower == nil {
		return nil
	}
	return n.follower.Run(ctx)
}

func (n *Node) runNetwork(ctx context.Context) error {
	if n.net == nil {
		return nil
	}
	n.net.joinAll(ctx, n.projects)
	return n.net.run(ctx)
}

// P2PAddrs are the node's P2P addresses, with its peer ID, for other nodes' bootstrap lists; none
// without P2P.
func (n *Node) P2PAddrs() []string {
	if n.net == nil {
		return nil
	}
	return n.net.host.Addrs()
}

func (n *Node) close() {
	if n.net != nil {
		n.net.close()
	}
	for _, rt := range n.runtimes {
		if c, ok := rt.(interface{ Close() error }); ok {
			_ = c.Close()
		}
	}
	if n.listener != nil {
		_ = n.listener.Close()
	}
	if n.chain != nil {
		n.chain.Close()
	}
	if n.store != nil {
		_ = n.store.Close()
	}
}

// runtimeLookup tells the sequencer which runtime a project version needs.
type runtimeLookup struct{ projects *project.Manager }

// Runtime refuses (a sequencer.Refusal) the tasks of a paused project and of a version whose runtime the
// chain does not hold the project to: the sequencer sets them aside, saying why, rather than send them.
func (r runtimeLookup) Runtime(ctx context.Context, projectID uint64, version string) (string, error) {
	_, v, err := r.projects.Version(ctx, projectID, version)
	switch {
	case errors.Is(err, project.ErrRuntimeMismatch):
		return "", &sequencer.Refusal{Reason: sequencer.RefusedRuntimeMismatch, Detail: err.Error()}
	case errors.Is(err, project.ErrPaused):
		return "", &sequencer.Refusal{Reason: sequencer.RefusedProjectPaused, Detail: err.Error()}
	case err != nil:
		return "", err
	}
	return v.Runtime, nil
}
