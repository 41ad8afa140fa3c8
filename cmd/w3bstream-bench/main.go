// Command w3bstream-bench measures a dev node on this machine and prints a table of figures:
//
//   - throughput: signed messages accepted durably over HTTP on loopback, through the single endpoint
//     (POST /v1/messages, --concurrency clients) and the batch endpoint (POST /v1/messages/batch,
//     batches of --batch-size, --batch-clients clients): messages/s and request latency p50/p99. The
//     --n messages of each run are signed before timing starts (project 2, open to any device, with
//     --devices device keys), so that signing is not measured. Each run has a fresh node with the roles
//     of --throughput-roles, by default ingest alone, so that the figure is of intake (verify, group
//     commit, durable write) rather than of proving; accepted IDs are read back from the store afterwards.
//   - latency: --latency-messages messages, one every --latency-interval, to a project of its own with
//     maxMessages 1, so that the packer closes each task at once and no aggregation wait is in the
//     figure; prover on. From each message's states it reports received→proved, the runtime's share
//     (assigned→proved) and the difference, which is what the node adds, with the parts of each.
//   - memory: --sustain of batch sends at --sustain-rate messages/s to project 2 with the prover on,
//     sampling RSS, Go heap in use and live heap every --sample, and whether they level off.
//   - sustained (not among the default phases): pre-signed batches to project 2 at each of --sustained-rate
//     messages/s for --sustained-for on a whole node, then a wait until all are proved: messages/s in and
//     proved, and received→proved p50/p99 from a sample of the messages' states (see sustained.go).
//   - gnark (not among the default phases): the ZK examples at --gnark-slots message slots, on their own
//     backend or on each of --gnark-backends: constraints, the UNSAFE dev setup's time and proving key,
//     the runtime's Prove against gnark's own Prove over --gnark-runs runs (the overhead's target is 5%),
//     peak memory while proving, and the exported verifier's deploy and verify gas on a simulated chain
//     with mainnet's rules (compiled with the solc of contracts/node_modules). Each size runs in a child
//     process, stopped after --gnark-timeout or when the machine runs low on memory (see gnark.go).
//
// Each run starts a real node in this process (node.New on a fresh temporary data dir, HTTP on
// 127.0.0.1:0), over SQLite and, when the Postgres server binaries are installed, over a throwaway
// Postgres cluster (internal/pgtest's NewServer, a fresh database per run) with fsync on. The nodes'
// block target interval is --block-interval, 1ms by default, so that proof-of-work stays at its easiest
// and a block is made as soon as there are tasks; the dev default of 1s makes difficulty rise toward one
// block a second, which adds up to a second by design. Nothing leaves 127.0.0.1 and nothing is asserted:
// the figures are for people to read, and on a shared machine they are noisy.
//
// Run it with scripts/bench.sh, which builds the example programs first, or:
//
//	scripts/build-examples.sh
//	go run ./cmd/w3bstream-bench --n 20000 --concurrency 64 --postgres=false
//
// --cpuprofile PATH writes one CPU profile per measured run (PATH with -<store>-<run> before its
// extension, e.g. /tmp/cpu-sqlite-batch.pprof); the load generator runs in the same process, so its
// share (main.*, net/http.(*persistConn)) is in the profile too:
//
//	go run ./cmd/w3bstream-bench --phases throughput --cpuprofile /tmp/cpu.pprof
//	go tool pprof -top -cum /tmp/cpu-sqlite-single.pprof
//
// The gnark phase alone, provenance on both backends:
//
//	go run ./cmd/w3bstream-bench --phases gnark --gnark-slots 16,64 --gnark-backends groth16,plonk
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/ingest"
	"github.com/w3bstream-go/w3bstream/internal/pgtest"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	// latencyProjectID is the bench's own project: open, maxMessages 1, so each message is a task at once.
	latencyProjectID = 3
	projectVersion   = "v1"
	// warmups are sent and proved before the latency run, so that it does not time the first compile.
	warmups = 3
	// waitProved bounds how long the latency run waits for its messages to be proved.
	waitProved = 2 * time.Minute
	// durabilityChecks is how many accepted IDs of a throughput run are read back from the store.
	durabilityChecks = 200
	// retryAfter is how long a client waits after a 429 or 503 before sending the same request again.
	retryAfter = 20 * time.Millisecond
	// sustainInFlight bounds the requests of the memory run that may be in flight at once.
	sustainInFlight = 8
	// packedMessages is the series that counts messages put into tasks.
	packedMessages = "w3bstream_message_pack_wait_seconds_count"
)

type options struct {
	n            int
	concurrency  int
	batchSize    int
	batchClients int
	devices      int
	latencyN     int
	latencyEvery time.Duration
	sustain      time.Duration
	sustainRate  int
	sustainBatch int
	sample       time.Duration
	// sustained phase
	sustainedRates string
	sustainedRate  int // of the run under way, one of sustainedRates
	sustainedFor   time.Duration
	sustainedBatch int
	blockInterval  time.Duration
	sqlite         bool
	postgres       bool
	pgDurable      bool
	phases         string
	roles          string
	cpuprofile     string
	logLevel       string

	gnarkSlots    string
	gnarkBackends string
	gnarkExamples string
	gnarkRuns     int
	gnarkTimeout  time.Duration
	contracts     string
	gnarkSize     string // set in a child process: the one size it measures
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 20000, "messages per throughput run (each of single and batch)")
	flag.IntVar(&o.concurrency, "concurrency", 64, "concurrent clients of the single-message endpoint")
	flag.IntVar(&o.batchSize, "batch-size", 500, "messages per batch request")
	flag.IntVar(&o.batchClients, "batch-clients", 4, "concurrent clients of the batch endpoint")
	flag.IntVar(&o.devices, "devices", 16, "device keys that sign the messages")
	flag.IntVar(&o.latencyN, "latency-messages", 200, "messages of the latency run")
	flag.DurationVar(&o.latencyEvery, "latency-interval", 20*time.Millisecond, "time between messages of the latency run")
	flag.DurationVar(&o.sustain, "sustain", 30*time.Second, "duration of the sustained-load (memory) run")
	flag.IntVar(&o.sustainRate, "sustain-rate", 1000, "messages/s of the sustained-load run")
	flag.IntVar(&o.sustainBatch, "sustain-batch", 100, "messages per batch request of the sustained-load run")
	flag.StringVar(&o.sustainedRates, "sustained-rate", "2000", "sustained phase: offered messages/s, comma-separated for several runs")
	flag.DurationVar(&o.sustainedFor, "sustained-for", 10*time.Second, "sustained phase: how long messages are sent")
	flag.IntVar(&o.sustainedBatch, "sustained-batch", 100, "sustained phase: messages per batch request")
	flag.DurationVar(&o.sample, "sample", 250*time.Millisecond, "memory sampling interval")
	flag.DurationVar(&o.blockInterval, "block-interval", time.Millisecond,
		"block target interval of the nodes; the 1ms floor keeps proof-of-work at its easiest, while the dev default (1s) retargets toward one block a second")
	flag.BoolVar(&o.sqlite, "sqlite", true, "run over SQLite")
	flag.BoolVar(&o.postgres, "postgres", postgresInstalled(), "also run over a throwaway Postgres (default: true when initdb is found)")
	flag.BoolVar(&o.pgDurable, "pg-durable", true, "keep fsync on in the throwaway Postgres, as a production server does")
	flag.StringVar(&o.phases, "phases", "throughput,latency,memory", "comma-separated phases to run: throughput, latency, memory, sustained, gnark")
	flag.StringVar(&o.roles, "throughput-roles", "ingest",
		"roles of the throughput runs' nodes; ingest alone measures intake, ingest,sequencer,prover a whole dev node")
	flag.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of each measured run to this path, with -<store>-<run> inserted before the extension")
	flag.StringVar(&o.logLevel, "log-level", "error", "log level of the nodes: debug, info, warn or error")
	flag.StringVar(&o.gnarkSlots, "gnark-slots", "16,64", "gnark phase: comma-separated message slot counts of each example")
	flag.StringVar(&o.gnarkBackends, "gnark-backends", "",
		"gnark phase: comma-separated backends (groth16, plonk) to measure every example on; empty: each example on its own")
	flag.StringVar(&o.gnarkExamples, "gnark-examples", "provenance,stats", "gnark phase: comma-separated examples")
	flag.IntVar(&o.gnarkRuns, "gnark-runs", 3, "gnark phase: proofs per size, averaged")
	flag.DurationVar(&o.gnarkTimeout, "gnark-timeout", 15*time.Minute, "gnark phase: a size that runs longer is stopped and reported")
	flag.StringVar(&o.contracts, "contracts", "",
		"gnark phase: the contracts directory whose node_modules holds solc; empty: contracts/ found from the working directory up")
	flag.StringVar(&o.gnarkSize, "gnark-size", "", "internal: measure this one size (example/backend/slots) and print it as JSON")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if err := o.validate(); err != nil {
		return err
	}
	if o.gnarkSize != "" {
		return gnarkChild(ctx, o)
	}
	phases := strings.Split(o.phases, ",")
	if slices.ContainsFunc(phases, isNodePhase) {
		if err := runNodes(ctx, o, phases); err != nil {
			return err
		}
	}
	if slices.Contains(phases, "gnark") {
		return runGnark(ctx, o, os.Stdout)
	}
	return nil
}

// isNodePhase reports the phases that run dev nodes.
func isNodePhase(p string) bool {
	return p == "throughput" || p == "latency" || p == "memory" || p == "sustained"
}

// runNodes runs the phases that measure dev nodes and prints their tables.
func runNodes(ctx context.Context, o options, phases []string) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}
	roles, err := node.ParseRoles(o.roles)
	if err != nil {
		return fmt.Errorf("--throughput-roles: %w", err)
	}
	if !roles.Ingest {
		return errors.New("--throughput-roles must include ingest")
	}
	b := &bench{o: o, log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})),
		throughputRoles: roles}
	root, err := os.MkdirTemp("", "w3bstream-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(root)
	if err := b.setup(root); err != nil {
		return err
	}
	if o.sqlite {
		b.stores = append(b.stores, &store{name: "sqlite"})
	}
	if o.postgres {
		opts := []pgtest.Option{}
		if o.pgDurable {
			opts = append(opts, pgtest.Durable())
		}
		progress("starting a throwaway Postgres")
		pg, err := pgtest.NewServer(opts...)
		if err != nil {
			return fmt.Errorf("postgres (run with --postgres=false to skip it): %w", err)
		}
		defer func() {
			if err := pg.Stop(); err != nil {
				fmt.Fprintln(os.Stderr, "stop postgres:", err)
			}
		}()
		b.stores = append(b.stores, &store{name: "postgres", pg: pg})
	}

	var report report
	// Phase by phase rather than store by store, so that the pre-signed messages of the throughput runs
	// are dropped before the memory run samples the heap.
	if slices.Contains(phases, "throughput") {
		progress("signing %d messages with %d device keys", 2*o.n, o.devices)
		signed, err := signMessages(b.devices, devnet.SumOpenProjectID, 2*o.n, "tp")
		if err != nil {
			return err
		}
		single, batches, err := encode(signed[:o.n], signed[o.n:], o.batchSize)
		if err != nil {
			return err
		}
		for _, s := range b.stores {
			rs, err := b.throughput(ctx, s, single, batches)
			if err != nil {
				return fmt.Errorf("%s throughput: %w", s.name, err)
			}
			report.throughput = append(report.throughput, rs...)
		}
	}
	if slices.Contains(phases, "latency") {
		for _, s := range b.stores {
			r, err := b.latency(ctx, s)
			if err != nil {
				return fmt.Errorf("%s latency: %w", s.name, err)
			}
			report.latency = append(report.latency, r)
		}
	}
	if slices.Contains(phases, "memory") {
		for _, s := range b.stores {
			r, err := b.memory(ctx, s)
			if err != nil {
				return fmt.Errorf("%s memory: %w", s.name, err)
			}
			report.memory = append(report.memory, r)
		}
	}
	if slices.Contains(phases, "sustained") {
		rates, _ := sustainedRates(o.sustainedRates)
		for _, rate := range rates {
			b.o.sustainedRate = rate
			for _, s := range b.stores {
				r, err := b.sustained(ctx, s)
				if err != nil {
					return fmt.Errorf("%s sustained: %w", s.name, err)
				}
				report.sustained = append(report.sustained, r)
			}
		}
	}
	report.print(os.Stdout, o)
	return nil
}

func (o options) validate() error {
	phases := strings.Split(o.phases, ",")
	for _, p := range phases {
		if !isNodePhase(p) && p != "gnark" {
			return fmt.Errorf("--phases: unknown phase %q (throughput, latency, memory, sustained, gnark)", p)
		}
	}
	if slices.Contains(phases, "gnark") {
		if o.gnarkRuns <= 0 || o.gnarkTimeout <= 0 {
			return errors.New("--gnark-runs and --gnark-timeout must be positive")
		}
		if _, err := o.gnarkSizes(); err != nil {
			return err
		}
	}
	switch {
	case !slices.ContainsFunc(phases, isNodePhase):
		return nil
	case !o.sqlite && !o.postgres:
		return errors.New("--sqlite=false and --postgres=false leave nothing to measure")
	case o.n <= 0 || o.concurrency <= 0 || o.batchSize <= 0 || o.batchClients <= 0 || o.devices <= 0:
		return errors.New("--n, --concurrency, --batch-size, --batch-clients and --devices must be positive")
	case o.batchSize > ingest.DefaultMaxBatch || o.sustainBatch > ingest.DefaultMaxBatch:
		return fmt.Errorf("batches may carry at most %d messages", ingest.DefaultMaxBatch)
	case o.latencyN <= 0 || o.latencyEvery <= 0:
		return errors.New("--latency-messages and --latency-interval must be positive")
	case o.sustain <= 0 || o.sustainRate <= 0 || o.sustainBatch <= 0 || o.sample <= 0:
		return errors.New("--sustain, --sustain-rate, --sustain-batch and --sample must be positive")
	case o.sustainedFor <= 0 || o.sustainedBatch <= 0 || o.sustainedBatch > ingest.DefaultMaxBatch:
		return fmt.Errorf("--sustained-for must be positive and --sustained-batch in 1..%d", ingest.DefaultMaxBatch)
	}
	if _, err := sustainedRates(o.sustainedRates); err != nil {
		return err
	}
	return nil
}

// bench holds what every run shares: the project registry, the keys and the options.
type bench struct {
	o        options
	log      *slog.Logger
	root     string
	registry project.Registry
	prover   *ecdsa.PrivateKey
	devices  []*ecdsa.PrivateKey
	stores   []*store
	// throughputRoles are the roles of the throughput runs' nodes.
	throughputRoles node.Roles
	nodes           int
}

// setup writes the example projects and the latency project into root and makes the device keys.
func (b *bench) setup(root string) error {
	b.root = root
	keys, err := devnet.LoadOrCreateKeys(root)
	if err != nil {
		return err
	}
	b.prover = keys.Prover
	program, err := examples.Program("sum")
	if err != nil {
		return err
	}
	if _, err := devnet.WriteProjects(root, program, keys, nil); err != nil {
		return err
	}
	if err := writeLatencyProject(root, program); err != nil {
		return err
	}
	if b.registry, err = project.NewDirRegistry(filepath.Join(root, devnet.ProjectsDir)); err != nil {
		return err
	}
	for range b.o.devices {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		b.devices = append(b.devices, k)
	}
	return nil
}

// writeLatencyProject writes a project like example project 2 (open, the sum program) but with
// maxMessages 1, so that the packer closes a task as soon as its message is stored.
func writeLatencyProject(root string, program []byte) error {
	artifacts, err := filepath.Abs(filepath.Join(root, devnet.ArtifactsDir))
	if err != nil {
		return err
	}
	sum := project.HashHex(program)
	f := project.File{Name: "bench-latency", Versions: []project.Version{{
		Version: projectVersion, Runtime: "wasm",
		Code:        []project.Artifact{{Name: "program", URI: "file://" + filepath.Join(artifacts, sum+".wasm"), SHA256: sum}},
		Aggregation: project.Aggregation{MaxMessages: 1, MaxWait: project.Duration(time.Second), GroupBy: project.GroupByProject},
		Devices:     project.DevicePolicy{Policy: project.DevicesOpen},
	}}}
	if err := f.Validate(); err != nil {
		return err
	}
	js, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, devnet.ProjectsDir, fmt.Sprintf("%d.json", latencyProjectID)), js, 0o644)
}

// store is one kind of DA store the runs go over.
type store struct {
	name string
	pg   *pgtest.Server // nil for SQLite
	dbs  int
}

// databaseURL returns what node.Config.DatabaseURL takes for a fresh, empty store: "" for SQLite (a new
// data dir makes a new file), a new database for Postgres.
func (s *store) databaseURL(ctx context.Context) (string, error) {
	if s.pg == nil {
		return "", nil
	}
	s.dbs++
	name := fmt.Sprintf("bench_%d", s.dbs)
	conn, err := pgx.Connect(ctx, s.pg.DSN("postgres"))
	if err != nil {
		return "", fmt.Errorf("connect to postgres: %w", err)
	}
	defer func() { _ = conn.Close(context.Background()) }()
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("create database: %w", err)
	}
	return s.pg.DSN(name), nil
}

// running is a node started by startNode.
type running struct {
	*node.Node
	cancel context.CancelFunc
	done   chan error

	stopOnce sync.Once
	stopErr  error
}

// startNode starts a node with the given roles on a fresh store.
func (b *bench) startNode(ctx context.Context, s *store, roles node.Roles) (*running, error) {
	b.nodes++
	dir := filepath.Join(b.root, fmt.Sprintf("node-%d", b.nodes))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	dbURL, err := s.databaseURL(ctx)
	if err != nil {
		return nil, err
	}
	params := block.DefaultParams()
	params.TargetInterval = b.o.blockInterval
	cfg := node.Config{DataDir: dir, HTTPAddr: "127.0.0.1:0", DatabaseURL: dbURL, Roles: roles, Registry: b.registry,
		ProverKey: b.prover, BlockParams: params, Log: b.log}
	nctx, cancel := context.WithCancel(ctx)
	n, err := node.New(nctx, cfg)
	if err != nil {
		cancel()
		return nil, err
	}
	r := &running{Node: n, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- n.Run(nctx) }()
	return r, nil
}

// stop stops the node and waits for it; calls after the first return the first's outcome.
func (r *running) stop() error {
	r.stopOnce.Do(func() {
		r.cancel()
		if err := <-r.done; err != nil && !errors.Is(err, context.Canceled) {
			r.stopErr = err
		}
	})
	return r.stopErr
}

// ---- throughput ----

// throughputResult is one throughput run.
type throughputResult struct {
	store, endpoint string
	clients, batch  int
	sent, accepted  int
	elapsed         time.Duration
	latencies       []time.Duration // per request
	retries, errors int
	commits         float64 // group commits the node made during the run
	commitSeconds   float64 // their total time
	packed          float64 // messages the packer put into tasks during the run
	durable         int     // of the checked IDs, how many the store holds
	checked         int
}

func (r throughputResult) rate() float64 { return float64(r.accepted) / r.elapsed.Seconds() }

// throughput runs the single and the batch endpoint on one node without its prover.
func (b *bench) throughput(ctx context.Context, s *store, single [][]byte, batches [][]byte) ([]throughputResult, error) {
	runs := []struct {
		endpoint, path string
		bodies         [][]byte
		clients, batch int
	}{
		{"single", "/v1/messages", single, b.o.concurrency, 1},
		{"batch", "/v1/messages/batch", batches, b.o.batchClients, b.o.batchSize},
	}
	var out []throughputResult
	for _, run := range runs {
		r, err := b.throughputRun(ctx, s, run.endpoint, run.path, run.bodies, run.clients, run.batch)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// throughputRun sends bodies to one endpoint of a fresh node, so that no run inherits another's backlog.
func (b *bench) throughputRun(ctx context.Context, s *store, endpoint, path string, bodies [][]byte, clients, batch int) (throughputResult, error) {
	n, err := b.startNode(ctx, s, b.throughputRoles)
	if err != nil {
		return throughputResult{}, err
	}
	defer func() { _ = n.stop() }()
	progress("%s: %s endpoint, %d clients", s.name, endpoint, clients)
	hc := newHTTPClient(clients)
	defer hc.CloseIdleConnections()
	before, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return throughputResult{}, err
	}
	stopProfile, err := startProfile(b.o.cpuprofile, s.name+"-"+endpoint)
	if err != nil {
		return throughputResult{}, err
	}
	r, ids := post(ctx, hc, n.URL()+path, bodies, clients, batch > 1)
	stopProfile()
	if ctx.Err() != nil {
		return r, ctx.Err()
	}
	after, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return r, err
	}
	r.store, r.endpoint, r.clients, r.batch = s.name, endpoint, clients, batch
	r.commits = after["w3bstream_ingest_commit_seconds_count"] - before["w3bstream_ingest_commit_seconds_count"]
	r.commitSeconds = after["w3bstream_ingest_commit_seconds_sum"] - before["w3bstream_ingest_commit_seconds_sum"]
	r.packed = after[packedMessages] - before[packedMessages]
	r.checked, r.durable = checkDurable(ctx, n, ids)
	return r, n.stop()
}

// post sends every body with the given number of concurrent clients and returns the accepted IDs. A 429
// or 503 answer is retried after retryAfter and counted; other failures are counted as errors.
func post(ctx context.Context, hc *http.Client, url string, bodies [][]byte, clients int, batch bool) (throughputResult, []string) {
	var (
		next     atomic.Int64
		mu       sync.Mutex
		res      throughputResult
		ids      []string
		wg       sync.WaitGroup
		accepted atomic.Int64
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var lats []time.Duration
			var mine []string
			var retries, errs, sent int
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) {
					break
				}
				for ctx.Err() == nil {
					t0 := time.Now()
					status, answer, err := do(ctx, hc, http.MethodPost, url, bodies[i])
					lat := time.Since(t0)
					if err == nil && (status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable) {
						retries++
						time.Sleep(retryAfter)
						continue
					}
					lats = append(lats, lat)
					if err != nil || status != http.StatusAccepted {
						errs++
						break
					}
					got, n, err := acceptedIDs(answer, batch)
					if err != nil {
						errs++
						break
					}
					sent += n
					accepted.Add(int64(len(got)))
					mine = append(mine, got...)
					break
				}
			}
			mu.Lock()
			res.latencies = append(res.latencies, lats...)
			res.retries += retries
			res.errors += errs
			res.sent += sent
			ids = append(ids, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.accepted = int(accepted.Load())
	return res, ids
}

// acceptedIDs returns the IDs of the accepted messages of an answer and how many messages it answers for.
func acceptedIDs(answer []byte, batch bool) ([]string, int, error) {
	if !batch {
		var a ingest.Accepted
		if err := json.Unmarshal(answer, &a); err != nil {
			return nil, 1, err
		}
		return []string{a.MessageID}, 1, nil
	}
	var a ingest.BatchAnswer
	if err := json.Unmarshal(answer, &a); err != nil {
		return nil, 0, err
	}
	ids := make([]string, 0, len(a.Results))
	for _, r := range a.Results {
		if r.Status == http.StatusAccepted {
			ids = append(ids, r.MessageID)
		}
	}
	return ids, len(a.Results), nil
}

// checkDurable reads up to durabilityChecks of the accepted IDs back from the store.
func checkDurable(ctx context.Context, n *running, ids []string) (checked, found int) {
	if len(ids) == 0 {
		return 0, 0
	}
	step := max(1, len(ids)/durabilityChecks)
	for i := 0; i < len(ids); i += step {
		checked++
		if _, err := n.Store().Message(ctx, common.HexToHash(ids[i])); err == nil {
			found++
		}
	}
	return checked, found
}

// ---- latency ----

// latencyResult is one latency run: per message, the parts of its way from received to proved.
type latencyResult struct {
	store                                 string
	sent, proved, failed                  int
	ack                                   []time.Duration // HTTP request time of each send
	toPacked, toAssigned, runtime, toProv []time.Duration
	overhead                              []time.Duration // received→proved minus assigned→proved
	proveMean                             time.Duration   // w3bstream_task_prove_seconds: check, run and sign
	blocks                                float64         // blocks mined during the run
	mineMean                              time.Duration   // w3bstream_block_mine_seconds per block
}

func (b *bench) latency(ctx context.Context, s *store) (latencyResult, error) {
	res := latencyResult{store: s.name}
	n, err := b.startNode(ctx, s, node.AllRoles())
	if err != nil {
		return res, err
	}
	defer func() { _ = n.stop() }()
	c := client.New(n.URL())
	hc := newHTTPClient(4)

	progress("%s: latency warm-up", s.name)
	warm, err := signMessages(b.devices, latencyProjectID, warmups, "warm")
	if err != nil {
		return res, err
	}
	var warmIDs []string
	for _, m := range warm {
		id, err := c.Send(ctx, m)
		if err != nil {
			return res, fmt.Errorf("warm-up: %w", err)
		}
		warmIDs = append(warmIDs, id)
	}
	if _, err := waitFinal(ctx, c, warmIDs); err != nil {
		return res, fmt.Errorf("warm-up: %w", err)
	}

	msgs, err := signMessages(b.devices, latencyProjectID, b.o.latencyN, "lat")
	if err != nil {
		return res, err
	}
	before, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return res, err
	}
	progress("%s: latency, %d messages one every %s", s.name, len(msgs), b.o.latencyEvery)
	stopProfile, err := startProfile(b.o.cpuprofile, s.name+"-latency")
	if err != nil {
		return res, err
	}
	ids := make([]string, len(msgs))
	res.ack = make([]time.Duration, len(msgs))
	sendErrs := make([]error, len(msgs))
	var wg sync.WaitGroup
	tick := time.NewTicker(b.o.latencyEvery)
	for i, m := range msgs {
		if i > 0 {
			select {
			case <-tick.C:
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			break
		}
		// Each send runs apart, so that a slow answer does not delay the next message.
		wg.Go(func() {
			t0 := time.Now()
			ids[i], sendErrs[i] = c.Send(ctx, m)
			res.ack[i] = time.Since(t0)
		})
	}
	tick.Stop()
	wg.Wait()
	if err := errors.Join(sendErrs...); err != nil {
		stopProfile()
		return res, fmt.Errorf("send: %w", err)
	}
	res.sent = len(ids)
	final, err := waitFinal(ctx, c, ids)
	stopProfile()
	if err != nil {
		return res, err
	}
	after, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return res, err
	}
	if cnt := after["w3bstream_task_prove_seconds_count"] - before["w3bstream_task_prove_seconds_count"]; cnt > 0 {
		sum := after["w3bstream_task_prove_seconds_sum"] - before["w3bstream_task_prove_seconds_sum"]
		res.proveMean = time.Duration(sum / cnt * float64(time.Second))
	}
	if res.blocks = after["w3bstream_block_mine_seconds_count"] - before["w3bstream_block_mine_seconds_count"]; res.blocks > 0 {
		sum := after["w3bstream_block_mine_seconds_sum"] - before["w3bstream_block_mine_seconds_sum"]
		res.mineMean = time.Duration(sum / res.blocks * float64(time.Second))
	}
	for _, m := range final {
		at := map[task.State]time.Time{}
		for _, st := range m.States {
			if _, ok := at[st.State]; !ok {
				at[st.State] = st.Time
			}
		}
		if m.State != string(task.Proved) {
			res.failed++
			continue
		}
		res.proved++
		recv, packed, assigned, proved := at[task.Received], at[task.Packed], at[task.Assigned], at[task.Proved]
		res.toPacked = append(res.toPacked, packed.Sub(recv))
		res.toAssigned = append(res.toAssigned, assigned.Sub(packed))
		res.runtime = append(res.runtime, proved.Sub(assigned))
		res.toProv = append(res.toProv, proved.Sub(recv))
		res.overhead = append(res.overhead, assigned.Sub(recv))
	}
	return res, n.stop()
}

// waitFinal waits until every message is proved or failed and returns their histories. It polls only
// the messages not yet final, every 50ms: a long poll per message would wake on every task change and
// load the node it measures.
func waitFinal(ctx context.Context, c *client.Client, ids []string) ([]api.Message, error) {
	out := make([]api.Message, len(ids))
	pending := make([]int, len(ids))
	for i := range pending {
		pending[i] = i
	}
	deadline := time.Now().Add(waitProved)
	for len(pending) > 0 {
		var still []int
		for _, i := range pending {
			m, err := c.Message(ctx, ids[i], 0, 0)
			if err != nil {
				return nil, fmt.Errorf("message %s: %w", ids[i], err)
			}
			out[i] = m
			if m.State != string(task.Proved) && m.State != string(task.Failed) {
				still = append(still, i)
			}
		}
		pending = still
		if len(pending) == 0 {
			break
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%d of %d messages not proved after %s (first: %s, %s)", len(pending), len(ids),
				waitProved, ids[pending[0]], out[pending[0]].State)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return out, nil
}

// ---- memory ----

// memSample is one reading of the process's memory.
type memSample struct {
	at        time.Duration
	rss, heap uint64
	live      uint64 // heap marked live by the last GC: what the heap holds, without GC timing
}

// memoryResult is one sustained-load run.
type memoryResult struct {
	store                  string
	elapsed                time.Duration
	sent, accepted, proved int
	packed                 int
	retries, errors        int
	samples                []memSample
	baseRSS, baseHeap      uint64 // just before the load starts
	tasksFailed            float64
}

func (b *bench) memory(ctx context.Context, s *store) (memoryResult, error) {
	res := memoryResult{store: s.name}
	// Give back what earlier runs left, so that the baseline is of this node.
	goruntime.GC()
	debug.FreeOSMemory()
	n, err := b.startNode(ctx, s, node.AllRoles())
	if err != nil {
		return res, err
	}
	defer func() { _ = n.stop() }()
	hc := newHTTPClient(sustainInFlight)
	time.Sleep(500 * time.Millisecond) // let the prover compile the program before the baseline
	res.baseRSS, res.baseHeap, _ = readMem()
	progress("%s: sustained load, %d messages/s in batches of %d for %s", s.name, b.o.sustainRate, b.o.sustainBatch, b.o.sustain)

	runCtx, cancel := context.WithTimeout(ctx, b.o.sustain)
	defer cancel()
	stopProfile, err := startProfile(b.o.cpuprofile, s.name+"-memory")
	if err != nil {
		return res, err
	}

	// Batches are signed just ahead of sending and dropped once sent, so that the load generator's own
	// memory stays flat and what grows is the node's.
	bodies := make(chan []byte, 2)
	go func() {
		defer close(bodies)
		for i := 0; runCtx.Err() == nil; i++ {
			ms, err := signMessages(b.devices, devnet.SumOpenProjectID, b.o.sustainBatch, fmt.Sprintf("mem%d", i))
			if err != nil {
				return
			}
			body, err := json.Marshal(ms)
			if err != nil {
				return
			}
			select {
			case bodies <- body:
			case <-runCtx.Done():
				return
			}
		}
	}()

	var samplesMu sync.Mutex
	start := time.Now()
	samplerDone := make(chan struct{})
	go func() {
		defer close(samplerDone)
		t := time.NewTicker(b.o.sample)
		defer t.Stop()
		for {
			rss, heap, live := readMem()
			samplesMu.Lock()
			res.samples = append(res.samples, memSample{at: time.Since(start), rss: rss, heap: heap, live: live})
			samplesMu.Unlock()
			select {
			case <-t.C:
			case <-runCtx.Done():
				return
			}
		}
	}()

	interval := time.Duration(float64(time.Second) * float64(b.o.sustainBatch) / float64(b.o.sustainRate))
	tick := time.NewTicker(interval)
	slots := make(chan struct{}, sustainInFlight)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		url      = n.URL() + "/v1/messages/batch"
		sent     atomic.Int64
		accepted atomic.Int64
	)
loop:
	for {
		select {
		case <-runCtx.Done():
			break loop
		case <-tick.C:
		}
		var body []byte
		select {
		case body = <-bodies:
		case <-runCtx.Done():
			break loop
		}
		select {
		case slots <- struct{}{}:
		case <-runCtx.Done():
			break loop
		}
		wg.Go(func() {
			defer func() { <-slots }()
			for {
				status, answer, err := do(ctx, hc, http.MethodPost, url, body)
				if err == nil && (status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable) {
					mu.Lock()
					res.retries++
					mu.Unlock()
					time.Sleep(retryAfter)
					continue
				}
				var got []string
				var cnt int
				if err == nil && status == http.StatusAccepted {
					got, cnt, err = acceptedIDs(answer, true)
				}
				if err != nil || status != http.StatusAccepted {
					mu.Lock()
					res.errors++
					mu.Unlock()
					return
				}
				sent.Add(int64(cnt))
				accepted.Add(int64(len(got)))
				return
			}
		})
	}
	tick.Stop()
	wg.Wait()
	res.elapsed = time.Since(start)
	<-samplerDone
	stopProfile()
	res.sent, res.accepted = int(sent.Load()), int(accepted.Load())
	m, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return res, err
	}
	res.proved = int(m["w3bstream_message_received_to_proved_seconds_count"])
	res.packed = int(m[packedMessages])
	res.tasksFailed = m["w3bstream_tasks_failed_total"]
	return res, n.stop()
}

// readMem returns the process's resident set, the Go heap in use and the live heap, in bytes.
func readMem() (rss, heap, live uint64) {
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		live = sample[0].Value.Uint64()
	}
	if b, err := os.ReadFile("/proc/self/statm"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 1 {
			pages, _ := strconv.ParseUint(f[1], 10, 64)
			rss = pages * uint64(os.Getpagesize())
		}
	}
	return rss, ms.HeapInuse, live
}

// ---- messages and HTTP ----

// signMessages signs n messages with distinct data for a project, spread over the device keys, on
// every core.
func signMessages(devices []*ecdsa.PrivateKey, projectID uint64, n int, salt string) ([]message.Message, error) {
	out := make([]message.Message, n)
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	deviceTime := time.Now().UnixMilli()
	for range goruntime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				data := fmt.Sprintf(`{"deviceTime":%d,"reading":%d,"temperature":21.5,"humidity":40.25,"seq":"%s-%d"}`,
					deviceTime+int64(i), i%1000, salt, i)
				out[i], errs[i] = client.Sign(devices[i%len(devices)], projectID, projectVersion, data)
			}
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// encode makes the request bodies: one per message of single, one per batchSize messages of batched.
func encode(single, batched []message.Message, batchSize int) ([][]byte, [][]byte, error) {
	var ones, batches [][]byte
	for _, m := range single {
		b, err := json.Marshal(m)
		if err != nil {
			return nil, nil, err
		}
		ones = append(ones, b)
	}
	for len(batched) > 0 {
		k := min(batchSize, len(batched))
		b, err := json.Marshal(batched[:k])
		if err != nil {
			return nil, nil, err
		}
		batches = append(batches, b)
		batched = batched[k:]
	}
	return ones, batches, nil
}

// newHTTPClient returns a client that keeps a connection per concurrent caller and uses no proxy.
func newHTTPClient(conns int) *http.Client {
	return &http.Client{Timeout: time.Minute, Transport: &http.Transport{
		MaxIdleConns: conns, MaxIdleConnsPerHost: conns, IdleConnTimeout: time.Minute, DisableCompression: true}}
}

// do sends one request and returns the status and the whole answer.
func do(ctx context.Context, hc *http.Client, method, url string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	return resp.StatusCode, answer, err
}

// scrape reads the node's /metrics into a map from series (name{labels}) to value.
func scrape(ctx context.Context, hc *http.Client, base string) (map[string]float64, error) {
	status, answer, err := do(ctx, hc, http.MethodGet, base+"/metrics", nil)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("metrics: status %d", status)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(bytes.NewReader(answer))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	return out, sc.Err()
}

// startProfile starts a CPU profile into path with -label inserted before its extension; the returned
// function stops it. An empty path profiles nothing.
func startProfile(path, label string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	ext := filepath.Ext(path)
	name := strings.TrimSuffix(path, ext) + "-" + label + ext
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "cpu profile:", err)
		}
		progress("wrote CPU profile %s", name)
	}, nil
}

// postgresInstalled reports whether initdb is in PATH or where Debian puts it.
func postgresInstalled() bool {
	if _, err := exec.LookPath("initdb"); err == nil {
		return true
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	return len(found) > 0
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// ---- report ----

type report struct {
	throughput []throughputResult
	latency    []latencyResult
	memory     []memoryResult
	sustained  []sustainedResult
}

func (r report) print(w io.Writer, o options) {
	fmt.Fprintf(w, "\nw3bstream-bench: %s, GOMAXPROCS %d (%d CPUs), %s/%s; nodes in this process on 127.0.0.1\n",
		goruntime.Version(), goruntime.GOMAXPROCS(0), goruntime.NumCPU(), goruntime.GOOS, goruntime.GOARCH)
	var stores []string
	if o.sqlite {
		stores = append(stores, "SQLite (WAL, synchronous=FULL)")
	}
	if o.postgres {
		fsync := "fsync off"
		if o.pgDurable {
			fsync = "fsync on"
		}
		stores = append(stores, fmt.Sprintf("Postgres (throwaway cluster on 127.0.0.1, %s)", fsync))
	}
	fmt.Fprintf(w, "stores: %s\n", strings.Join(stores, ", "))
	if len(r.throughput) > 0 {
		fmt.Fprintf(w, "\nTHROUGHPUT: pre-signed messages (project 2, %d device keys) accepted durably over HTTP.\n", o.devices)
		fmt.Fprintf(w, "Each run has a fresh node with the roles %q (--throughput-roles)", o.roles)
		if !strings.Contains(o.roles, "prover") {
			fmt.Fprintln(w, ": the prover role is off so that the figure is of")
			fmt.Fprint(w, "intake (verify, group commit, durable write), not of proving")
			if !strings.Contains(o.roles, "sequencer") {
				fmt.Fprint(w, "; without a chain the sequencer role (packer and\nsequencer) needs the prover, so it is off too")
			}
		}
		fmt.Fprintln(w, ". Client and node share the same cores.")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "store\tendpoint\tclients\tmsgs/req\taccepted/sent\tseconds\tmsgs/s\treq p50\treq p99\tretries\terrors\tcommits\tmsgs/commit\tcommit avg\tread back\tpacked in run\t")
		for _, t := range r.throughput {
			perCommit, commitAvg, packed := "-", "-", "-"
			if strings.Contains(o.roles, "sequencer") {
				packed = fmt.Sprintf("%.0f", t.packed)
			}
			if t.commits > 0 {
				perCommit = fmt.Sprintf("%.0f", float64(t.accepted)/t.commits)
				commitAvg = ms(time.Duration(t.commitSeconds / t.commits * float64(time.Second)))
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d/%d\t%.2f\t%.0f\t%s\t%s\t%d\t%d\t%.0f\t%s\t%s\t%d/%d\t%s\t\n",
				t.store, t.endpoint, t.clients, t.batch, t.accepted, t.sent, t.elapsed.Seconds(), t.rate(),
				ms(pct(t.latencies, 0.50)), ms(pct(t.latencies, 0.99)), t.retries, t.errors, t.commits, perCommit,
				commitAvg, t.durable, t.checked, packed)
		}
		_ = tw.Flush()
	}
	if len(r.latency) > 0 {
		fmt.Fprintf(w, "\nLATENCY received→proved under light load: %d messages, one every %s, prover on.\n", o.latencyN, o.latencyEvery)
		fmt.Fprintln(w, "The project is the bench's own (id 3, the sum program, open) with maxMessages 1, so the packer closes each")
		fmt.Fprintln(w, "task at once: the figure shows the node's overhead, not the waiting an aggregation policy adds by design")
		fmt.Fprintln(w, "(example project 2 waits for 4 messages or 1s). Times come from each message's states: received is")
		fmt.Fprintln(w, "stamped when its group commit starts, so HTTP ack is the intake's share; runtime = assigned→proved;")
		fmt.Fprintf(w, "node = received→proved − runtime. Block target interval %s (see --block-interval).\n", o.blockInterval)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "store\tproved\tstat\tHTTP ack\treceived→packed\tpacked→assigned\truntime (assigned→proved)\treceived→proved\tnode (received→proved − runtime)\t")
		for _, l := range r.latency {
			for i, q := range []struct {
				name string
				f    func([]time.Duration) time.Duration
			}{{"mean", mean}, {"p50", quantile(0.5)}, {"p90", quantile(0.9)}, {"p99", quantile(0.99)}, {"max", quantile(1)}} {
				st, proved := "", ""
				if i == 0 {
					st, proved = l.store, fmt.Sprintf("%d/%d", l.proved, l.sent)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", st, proved, q.name, ms(q.f(l.ack)),
					ms(q.f(l.toPacked)), ms(q.f(l.toAssigned)), ms(q.f(l.runtime)), ms(q.f(l.toProv)), ms(q.f(l.overhead)))
			}
		}
		_ = tw.Flush()
		fmt.Fprintln(w, "assigned→proved is more than the runtime: the assigned time is stamped when the sequencer starts its round,")
		fmt.Fprintln(w, "so it also holds mining and saving the block, the prover's wake-up and storing the result. The prover's own")
		fmt.Fprintln(w, "time (w3bstream_task_prove_seconds: load, re-check signatures, run, sign) is narrower:")
		for _, l := range r.latency {
			fmt.Fprintf(w, "  %s: prove mean %s; %0.f blocks, mining mean %s/block; mean received→proved − mean prove = %s\n",
				l.store, ms(l.proveMean), l.blocks, ms(l.mineMean), ms(mean(l.toProv)-l.proveMean))
		}
	}
	if len(r.memory) > 0 {
		fmt.Fprintf(w, "\nMEMORY under sustained load: %s of batch sends (%d messages each) at %d messages/s to project 2, prover on.\n",
			o.sustain, o.sustainBatch, o.sustainRate)
		fmt.Fprintln(w, "RSS, Go heap in use and live heap (marked by the last GC) of this process: the node, and a load generator")
		fmt.Fprintf(w, "that signs each batch just before sending it and keeps nothing; sampled every %s, peaks per third of the\n", o.sample)
		fmt.Fprintln(w, "run. Plateaued: the last third's peak RSS and live heap are within 10% of the earlier thirds' peak.")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "store\tmsgs/s\taccepted\tpacked\tproved\ttasks failed\tretries\terrors\tRSS base\tRSS peak\tRSS by third\theap base\theap peak\theap by third\tlive heap by third\tplateaued\t")
		for _, m := range r.memory {
			rss := thirds(m.samples, func(s memSample) uint64 { return s.rss })
			heap := thirds(m.samples, func(s memSample) uint64 { return s.heap })
			live := thirds(m.samples, func(s memSample) uint64 { return s.live })
			fmt.Fprintf(tw, "%s\t%.0f\t%d\t%d\t%d\t%.0f\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n",
				m.store, float64(m.accepted)/m.elapsed.Seconds(), m.accepted, m.packed, m.proved, m.tasksFailed, m.retries, m.errors,
				mb(m.baseRSS), mb(slices.Max(rss[:])), mbs(rss), mb(m.baseHeap), mb(slices.Max(heap[:])), mbs(heap), mbs(live),
				plateau(rss, live))
		}
		_ = tw.Flush()
		fmt.Fprintln(w, "packed and proved count messages; what is not proved by the end waits in DA, not in memory.")
	}
	if len(r.sustained) > 0 {
		printSustained(w, o, r.sustained)
	}
}

// thirds returns the peak of f over each third of the samples.
func thirds(samples []memSample, f func(memSample) uint64) [3]uint64 {
	var out [3]uint64
	for i, s := range samples {
		k := min(2, i*3/max(1, len(samples)))
		out[k] = max(out[k], f(s))
	}
	return out
}

// plateau says whether the last third's peaks are within 10% of the highest peak before them.
func plateau(rss, live [3]uint64) string {
	grew := func(p [3]uint64) float64 { return float64(p[2])/float64(max(1, p[0], p[1])) - 1 }
	verdict := "yes"
	if grew(rss) > 0.10 || grew(live) > 0.10 {
		verdict = "no"
	}
	return fmt.Sprintf("%s (RSS %+.0f%%, live %+.0f%%)", verdict, 100*grew(rss), 100*grew(live))
}

// quantile returns a func that gives the q-quantile of its argument.
func quantile(q float64) func([]time.Duration) time.Duration {
	return func(ds []time.Duration) time.Duration { return pct(ds, q) }
}

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

// pct returns the q-quantile (nearest rank) of ds; 1 gives the maximum.
func pct(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

func mb(b uint64) string { return fmt.Sprintf("%.0fMB", float64(b)/(1<<20)) }

func mbs(p [3]uint64) string {
	return fmt.Sprintf("%.0f/%.0f/%.0fMB", float64(p[0])/(1<<20), float64(p[1])/(1<<20), float64(p[2])/(1<<20))
}
