package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/project"
)

func devCommand() *cobra.Command {
	var (
		dataDir       string
		httpAddr      string
		dbURL         string
		demo          bool
		demoInterval  time.Duration
		blockInterval time.Duration
		logLevel      string
		chainAddr     string
		noChain       bool
		proofDeadline time.Duration
		provers       int
	)
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run a whole local network in one process",
		Long: `dev runs a whole network in one process: an embedded EVM chain (go-ethereum, JSON-RPC on --chain-rpc)
with the contracts deployed, ingest, data availability on an SQLite file in --data-dir, packer, sequencer
and prover. On first start it makes dev-only keys (contract owner, sequencer, prover and three devices),
funds them, deploys the contracts and registers the example projects, their devices, the prover and the
sequencer on-chain. It then writes DIR/devnet.json: the HTTP and RPC URLs, the chain ID, the contract
addresses, the projects and the funded dev keys.

Blocks of assignments are minted on-chain and results are routed through the router to each project's
dApp: a message goes received, packed, assigned, proved, submitted, settled.

Restarting on the same data dir resumes: the chain, its contracts and registrations, and every
acknowledged message are still there, and messages go on to their final state; nothing is packed or
proved twice. With --no-chain the node runs without a chain: projects come from DIR/projects and
messages end at proved.

With --provers N the dev node also runs N prover nodes as separate processes, each with its own key, stake
and SQLite store in DIR/provers/<i> and no access to the dev node's database: they learn their assignments
from the chain and over P2P on loopback, fetch each task's messages from the dev node (or from each other)
and check them, prove and settle. The sequencer spreads tasks over all provers; see each one's peers with
'w3bstream peers --url URL' and its log in DIR/provers/<i>/node.log.`,
		Example: `  w3bstream dev --demo
  w3bstream dev --data-dir /tmp/w3b --http 127.0.0.1:9000
  w3bstream dev --demo --provers 3
  curl -s localhost:8888/v1/tasks?limit=5`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := newLogger(logLevel)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return err
			}
			keys, err := devnet.LoadOrCreateKeys(dataDir)
			if err != nil {
				return err
			}
			program, err := examples.Program("sum")
			if err != nil {
				return err
			}
			var zk []*devnet.ZKBuild
			for _, ex := range examples.ZKExamples() {
				b, err := devnet.BuildZK(devnet.ZKCacheDir(dataDir), ex, cmd.OutOrStdout())
				if err != nil {
					return err
				}
				zk = append(zk, b)
			}
			projects, err := devnet.WriteProjects(dataDir, program, keys, zk)
			if err != nil {
				return err
			}
			params := block.DefaultParams()
			params.TargetInterval = blockInterval
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			// Everything of a dev network is on this machine: its project files and the builder's webhook
			// receivers too.
			cfg := node.Config{DataDir: dataDir, HTTPAddr: httpAddr, DatabaseURL: dbURL, ProverKey: keys.Prover,
				BlockParams: params, Log: log, AllowPrivateWebhooks: true, AllowLocalURIs: true, ProofDeadline: proofDeadline}
			if provers < 0 {
				return fmt.Errorf("--provers must not be negative, got %d", provers)
			}
			var devChain *devnet.Chain
			if noChain && provers > 0 {
				return errors.New("--provers needs the chain: prover nodes of their own learn their assignments from it")
			}
			if noChain {
				if cfg.Registry, err = project.NewDirRegistry(filepath.Join(dataDir, devnet.ProjectsDir)); err != nil {
					return err
				}
				cfg.DeviceKeys = devnet.StaticDeviceKeys{devnet.ProvenanceProjectID: keys.ZKDeviceKeys()}
			} else {
				if devChain, err = devnet.StartChain(ctx, dataDir, chainAddr, keys, projects, params); err != nil {
					return err
				}
				defer devChain.Close()
				cfg.Chain = &node.ChainConfig{RPCURL: devChain.RPCURL(), WSURL: devChain.WSURL(),
					Contracts: devChain.Contracts, SequencerKey: keys.Sequencer}
			}
			var extra []*devnet.ExtraProver
			for i := range provers {
				x, err := devChain.AddProver(ctx, dataDir, keys.Owner, i+1)
				if err != nil {
					return err
				}
				extra = append(extra, x)
			}
			if provers > 0 {
				cfg.P2P = &node.P2PConfig{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}}
			}
			n, err := node.New(ctx, cfg)
			if err != nil {
				return err
			}
			if err := devnet.WriteManifest(dataDir, n.URL(), devChain, projects, keys); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "w3bstream dev ready: %s\n", n.URL())
			fmt.Fprintf(out, "  devnet:   %s\n", filepath.Join(dataDir, devnet.ManifestFile))
			if devChain != nil {
				fmt.Fprintf(out, "  chain:    %s (chain ID %d), block minter %s, router %s\n", devChain.RPCURL(),
					devchain.ChainID, devChain.Contracts.BlockMinter.Hex(), devChain.Contracts.Router.Hex())
			}
			fmt.Fprintf(out, "  messages: POST %s/v1/messages   status: GET %s/v1/messages/{id}\n", n.URL(), n.URL())
			fmt.Fprintf(out, "  api:      %s/openapi.json   metrics: %s/metrics\n", n.URL(), n.URL())
			for _, p := range projects {
				fmt.Fprintf(out, "  project %d (%s, %s %s, devices %s), sample data %s\n", p.ID, p.Name, p.Runtime, p.Version, p.Devices, p.SampleData)
			}
			if provers > 0 {
				procs, stopProvers, err := startProvers(ctx, dataDir, devChain.RPCURL(), devChain.WSURL(), n.P2PAddrs(), extra, logLevel)
				if err != nil {
					return err
				}
				defer stopProvers()
				for _, p := range procs {
					fmt.Fprintf(out, "  prover %d: %s (own store and key in %s)\n", p.n, p.url, extra[p.n-1].Dir)
				}
			}
			if demo {
				go runDemo(ctx, out, n.URL(), projects, keys, demoInterval)
			}
			err = n.Run(ctx)
			if errors.Is(err, context.Canceled) {
				err = nil
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", ".w3bstream", "directory for the DA file, dev keys, project files and devnet.json")
	f.StringVar(&httpAddr, "http", "127.0.0.1:8888", "address of the HTTP API (port 0 picks a free port)")
	f.StringVar(&dbURL, "db", "", "postgres:// URL of a DA database; empty keeps DA in SQLite in --data-dir")
	f.BoolVar(&demo, "demo", false, "run simulated devices that keep sending, and print each message's progress")
	f.DurationVar(&demoInterval, "demo-interval", time.Second, "how often each simulated device sends")
	f.DurationVar(&blockInterval, "block-interval", block.DefaultParams().TargetInterval, "block interval that proof-of-work difficulty adjusts toward")
	f.StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	f.StringVar(&chainAddr, "chain-rpc", "127.0.0.1:8545", "address of the embedded chain's JSON-RPC endpoint (port 0 picks a free one)")
	f.BoolVar(&noChain, "no-chain", false, "run without a chain: projects from DIR/projects, results end at proved")
	f.IntVar(&provers, "provers", 0, "run this many more prover nodes as separate processes, each with its own store, over P2P on loopback")
	f.DurationVar(&proofDeadline, "proof-deadline", 0, "how long a prover has for an assignment before it expires and goes to another (default 5m, at most the chain's longest proof window)")
	return cmd
}
