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

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/postgres"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/ingest"
	"github.com/w3bstream-go/w3bstream/packer"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/runtime"
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
	CompileCacheDir   = "cache/wazero" // in the data dir: the wasm runtime's compiled programs
)

// Config is what a node needs.
type Config struct {
	DataDir     string            // holds the SQLite file and the artifact cache
	HTTPAddr    string            // 127.0.0.1:8888; port 0 picks a free one
	DatabaseURL string            // postgres://...; empty means SQLite in DataDir
	Registry    project.Registry  // where projects come from
	ProverKey   *ecdsa.PrivateKey // the prover role's key; nil disables the prover role
	BlockParams block.Params
	// ProofDeadline is how long a prover has for an assignment; zero means the sequencer's default.
	ProofDeadline time.Duration
	Log           *slog.Logger
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
	api       *api.API
	runtimes  []runtime.Runtime
	listener  net.Listener
	server    *http.Server
	registry  *prometheus.Registry
}

// New opens the store, builds every role and binds the HTTP address; Run starts them.
func New(ctx context.Context, cfg Config) (n *Node, err error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
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
	n.projects = project.NewManager(cfg.Registry, project.NewFetcher(filepath.Join(cfg.DataDir, "cache")))
	if n.intake, err = ingest.New(n.store, n.projects, ingest.WithMetrics(n.registry), ingest.WithLogger(cfg.Log)); err != nil {
		return nil, err
	}
	if n.packer, err = packer.New(n.store, n.projects, packer.WithMetrics(n.registry), packer.WithLogger(cfg.Log)); err != nil {
		return nil, err
	}
	// Compiled programs are kept in the data dir, so that a restarted node does not compile them again.
	wasmRuntime, err := wasm.New(wasm.WithCompilationCacheDir(filepath.Join(cfg.DataDir, CompileCacheDir)))
	if err != nil {
		return nil, err
	}
	n.runtimes = append(n.runtimes, wasmRuntime)
	var provers staticProvers
	if cfg.ProverKey != nil {
		if n.prover, err = prover.New(n.store, n.projects, n.runtimes, cfg.ProverKey,
			prover.WithMetrics(n.registry), prover.WithLogger(cfg.Log)); err != nil {
			return nil, err
		}
		provers = append(provers, sequencer.Prover{Address: crypto.PubkeyToAddress(cfg.ProverKey.PublicKey),
			Runtimes: n.prover.Runtimes()})
	}
	seqOpts := []sequencer.Option{sequencer.WithParams(cfg.BlockParams), sequencer.WithLogger(cfg.Log),
		sequencer.WithMetrics(n.registry)}
	if cfg.ProofDeadline > 0 {
		seqOpts = append(seqOpts, sequencer.WithDeadline(cfg.ProofDeadline))
	}
	if n.sequencer, err = sequencer.New(n.store, provers, runtimeLookup{n.projects}, seqOpts...); err != nil {
		return nil, err
	}
	if n.listener, err = net.Listen("tcp", cfg.HTTPAddr); err != nil {
		return nil, fmt.Errorf("listen on %s: %w", cfg.HTTPAddr, err)
	}
	mux := http.NewServeMux()
	n.intake.Register(mux)
	n.api = api.New(n.store, n.projects, cfg.Log)
	n.api.Register(mux)
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{}))
	n.server = &http.Server{Handler: mux, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		IdleTimeout: idleTimeout}
	return n, nil
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
	go func() { n.intake.Run(writerCtx); close(writerDone) }()

	work, stopWork := context.WithCancel(ctx)
	defer stopWork()
	g, gctx := errgroup.WithContext(work)
	g.Go(func() error { return n.packer.Run(gctx) })
	g.Go(func() error { return n.sequencer.Run(gctx) })
	if n.prover != nil {
		g.Go(func() error { return n.prover.Run(gctx) })
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
	if gerr := g.Wait(); gerr != nil && err == nil {
		err = gerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func (n *Node) close() {
	for _, rt := range n.runtimes {
		if c, ok := rt.(interface{ Close() error }); ok {
			_ = c.Close()
		}
	}
	if n.listener != nil {
		_ = n.listener.Close()
	}
	if n.store != nil {
		_ = n.store.Close()
	}
}

// staticProvers is the prover set of a single node: its own prover, always active.
type staticProvers []sequencer.Prover

func (s staticProvers) Provers(context.Context) ([]sequencer.Prover, error) { return s, nil }

// runtimeLookup tells the sequencer which runtime a project version needs.
type runtimeLookup struct{ projects *project.Manager }

func (r runtimeLookup) Runtime(ctx context.Context, projectID uint64, version string) (string, error) {
	_, v, err := r.projects.Version(ctx, projectID, version)
	if err != nil {
		return "", err
	}
	return v.Runtime, nil
}
