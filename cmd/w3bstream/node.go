package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/prover"
)

// Environment variables that may hold keys instead of files; argv is visible to every user of a machine.
const (
	envProverKey    = "W3BSTREAM_PROVER_KEY"
	envSequencerKey = "W3BSTREAM_SEQUENCER_KEY"
)

func nodeCommand() *cobra.Command {
	var (
		roles, httpAddr, dataDir, dbURL, rpcURL, wsURL, contractsFile string
		proverKeyFile, sequencerKeyFile, logLevel, outputDir          string
		privateWebhooks, localURIs                                    bool
		proofDeadline                                                 time.Duration
		outputRetry                                                   prover.Retry
		outputWorkers                                                 int
		p2pListen, bootstrap                                          []string
		p2pKeyFile                                                    string
		retention                                                     time.Duration
		fetchWorkers                                                  int
	)
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run some roles of a network node against a chain and a shared database",
		Long: `node runs any subset of the roles ingest, sequencer and prover against an EVM chain whose contracts
are deployed (see ` + "`w3bstream contracts deploy`" + `) and, for several processes or machines, a shared Postgres
database. Projects, devices and provers come from the chain's registries; the sequencer (with the packer)
mints its blocks on-chain; provers learn their assignments from DA and the chain's events and submit
results through the router.

Keys are read from files (hex) or from the environment (` + envProverKey + `, ` + envSequencerKey + `),
never from the command line.

What the chain's registrants name runs on the operator's machine, so the operator bounds it: project files
and artifacts are fetched from public addresses only (no file:// URIs) unless --allow-local-uris is given;
file outputs are written under --output-dir (default: outputs in the data dir) and never outside it; and
webhooks reach public addresses only unless --allow-private-webhooks is given. Outputs are delivered after
settlement from DA's outbox, retried after a doubling wait (--output-retry-first, --output-retry-max) and
given up as dead after --output-attempts.

With --p2p-listen (or --bootstrap) the node is a peer of the network of independent operators, and needs no
shared database: it keeps its own store (SQLite in --data-dir by default), dials the --bootstrap peers, finds
the others through them, and joins a gossip topic per project. A sequencer announces each block it mints
to the assigned provers and serves its tasks' messages to them; a prover learns its assignments from the
chain (and, sooner, from gossip), fetches each task's messages from any peer that holds them, checks every
message's signature and device and the task ID before it proves, then serves the task in turn. A node
serves a task for --p2p-retention after it was made. Its peer key is kept in --p2p-key-file (default
p2p.key in the data dir), so its peer ID survives restarts; GET /v1/peers and 'w3bstream peers' show it.`,
		Example: `  w3bstream node --roles ingest --db postgres://w3b@127.0.0.1/w3b --chain-rpc http://127.0.0.1:8545 --contracts contracts.json
  w3bstream node --roles sequencer --sequencer-key-file seq.key --db postgres://... --chain-rpc ... --contracts contracts.json --http 127.0.0.1:8889
  w3bstream node --roles prover --prover-key-file prover.key --db postgres://... --chain-rpc ... --contracts contracts.json --http 127.0.0.1:8890
  # a prover of its own, on its own store, joining over P2P:
  w3bstream node --roles prover --prover-key-file prover.key --chain-rpc https://... --chain-ws wss://... --contracts contracts.json \
    --p2p-listen /ip4/0.0.0.0/tcp/4001 --bootstrap /ip4/203.0.113.7/tcp/4001/p2p/12D3KooW...`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := newLogger(logLevel)
			if err != nil {
				return err
			}
			r, err := node.ParseRoles(roles)
			if err != nil {
				return err
			}
			if rpcURL == "" || contractsFile == "" {
				return errors.New("--chain-rpc and --contracts are required")
			}
			addrs, err := readContracts(contractsFile)
			if err != nil {
				return err
			}
			cfg := node.Config{DataDir: dataDir, HTTPAddr: httpAddr, DatabaseURL: dbURL, Roles: r, Log: log,
				OutputDir: outputDir, AllowPrivateWebhooks: privateWebhooks, AllowLocalURIs: localURIs, ProofDeadline: proofDeadline,
				OutputRetry: outputRetry, OutputWorkers: outputWorkers,
				Chain: &node.ChainConfig{RPCURL: rpcURL, WSURL: wsURL, Contracts: addrs}}
			if r.Prover {
				if cfg.ProverKey, err = readKey(proverKeyFile, envProverKey, "--prover-key-file"); err != nil {
					return err
				}
			}
			if r.Sequencer {
				if cfg.Chain.SequencerKey, err = readKey(sequencerKeyFile, envSequencerKey, "--sequencer-key-file"); err != nil {
					return err
				}
			}
			if len(p2pListen) > 0 || len(bootstrap) > 0 {
				if fetchWorkers < 0 {
					return fmt.Errorf("--fetch-workers must not be negative, got %d", fetchWorkers)
				}
				if retention < 0 {
					return fmt.Errorf("--p2p-retention must not be negative, got %s", retention)
				}
				cfg.P2P = &node.P2PConfig{KeyFile: p2pKeyFile, ListenAddrs: p2pListen, Bootstrap: bootstrap,
					Retention: retention, FetchWorkers: fetchWorkers}
			}
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			n, err := node.New(ctx, cfg)
			if err != nil {
				return err
			}
			for _, a := range n.P2PAddrs() {
				fmt.Fprintf(cmd.OutOrStdout(), "w3bstream node p2p: %s\n", a)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "w3bstream node ready: %s (roles %s)\n", n.URL(), r)
			err = n.Run(ctx)
			if errors.Is(err, context.Canceled) {
				err = nil
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&roles, "roles", "ingest,sequencer,prover", "comma-separated roles: ingest, sequencer, prover")
	f.StringVar(&httpAddr, "http", "127.0.0.1:8888", "address of the HTTP API (port 0 picks a free port)")
	f.StringVar(&dataDir, "data-dir", ".w3bstream-node", "directory for caches, and for DA when --db is empty")
	f.StringVar(&dbURL, "db", "", "postgres:// URL of the shared DA database; empty keeps DA in SQLite in --data-dir")
	f.StringVar(&rpcURL, "chain-rpc", "", "HTTP JSON-RPC URL of the chain")
	f.StringVar(&wsURL, "chain-ws", "", "WebSocket JSON-RPC URL, for event subscriptions (default: poll --chain-rpc)")
	f.StringVar(&contractsFile, "contracts", "", "JSON file of contract addresses, as 'w3bstream contracts deploy' writes it")
	f.StringVar(&proverKeyFile, "prover-key-file", "", "file holding the prover's key, hex (or $"+envProverKey+")")
	f.StringVar(&sequencerKeyFile, "sequencer-key-file", "", "file holding the sequencer's key, hex (or $"+envSequencerKey+")")
	f.StringVar(&outputDir, "output-dir", "", "directory of the projects' file outputs (default: outputs in the data dir)")
	f.BoolVar(&privateWebhooks, "allow-private-webhooks", false, "let projects' webhooks reach loopback, private and link-local addresses")
	outputRetry = prover.DefaultRetry()
	f.IntVar(&outputWorkers, "output-workers", prover.DefaultOutputWorkers, "how many off-chain outputs are delivered at once")
	f.IntVar(&outputRetry.Attempts, "output-attempts", outputRetry.Attempts, "delivery attempts of an off-chain output before it is given up as dead")
	f.DurationVar(&outputRetry.First, "output-retry-first", outputRetry.First, "wait after an output's first failed delivery; it doubles after each further one")
	f.DurationVar(&outputRetry.Max, "output-retry-max", outputRetry.Max, "longest wait between two delivery attempts of an output")
	f.BoolVar(&localURIs, "allow-local-uris", false, "fetch project files from file:// URIs and loopback or private addresses too (one machine, tests)")
	f.StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	f.DurationVar(&proofDeadline, "proof-deadline", 0, "sequencer: how long a prover has for an assignment before it expires and goes to another (default 5m, at most the chain's longest proof window)")
	f.StringSliceVar(&p2pListen, "p2p-listen", nil, "P2P listen multiaddrs, e.g. /ip4/0.0.0.0/tcp/4001 (turns P2P on)")
	f.StringSliceVar(&bootstrap, "bootstrap", nil, "peers to dial at start, full multiaddrs with /p2p/<peer ID> (turns P2P on)")
	f.StringVar(&p2pKeyFile, "p2p-key-file", "", "the node's persistent peer key, made on first start (default p2p.key in the data dir)")
	f.DurationVar(&retention, "p2p-retention", node.DefaultRetention, "how long after a task was made this node serves its messages to peers")
	f.IntVar(&fetchWorkers, "fetch-workers", 0, "prover: how many assigned tasks are fetched from peers at once (default 4)")
	return cmd
}

func readContracts(path string) (deploy.Addresses, error) {
	var a deploy.Addresses
	b, err := os.ReadFile(path)
	if err != nil {
		return a, err
	}
	if err := json.Unmarshal(b, &a); err != nil {
		return a, fmt.Errorf("%s: %w", path, err)
	}
	if a.BlockMinter == ([20]byte{}) || a.Router == ([20]byte{}) || a.ProjectRegistry == ([20]byte{}) {
		return a, fmt.Errorf("%s: contract addresses missing", path)
	}
	return a, nil
}

// readKey reads a hex key from a file, else from an environment variable.
func readKey(file, env, flag string) (*ecdsa.PrivateKey, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		return parseKey(string(b))
	}
	if v := os.Getenv(env); v != "" {
		return parseKey(v)
	}
	return nil, fmt.Errorf("no key: give %s or set $%s", flag, env)
}
