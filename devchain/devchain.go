// Package devchain runs an embedded go-ethereum chain for `w3bstream dev`: a real EVM with a JSON-RPC
// endpoint (HTTP and WebSocket) on loopback, sealing a block as soon as a transaction arrives, like
// `geth --dev`. Its state lives in a directory, so a dev node restarted on the same data dir finds its
// chain, contracts and registrations where it left them.
package devchain

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of the dev chain.
const (
	GasLimit = 60_000_000
	// ChainID is go-ethereum's dev chain ID.
	ChainID = 1337
	// DefaultMaxAhead bounds how far the chain's clock may run ahead of the wall clock. Block times are whole
	// seconds and each block is a second after its parent, so sealing on every transaction would let the
	// chain's clock race ahead under load and break every deadline compared against it; the chain seals
	// at once while it is at most this far ahead, and otherwise waits, putting more transactions in a block.
	// Thirty seconds is well inside the minter's timestamp drift and the minutes-long proof deadlines.
	DefaultMaxAhead = 30 * time.Second
)

// Config says where the chain keeps its state and where it listens.
type Config struct {
	DataDir string                      // chain database; empty keeps the chain in memory
	Addr    string                      // host:port of the JSON-RPC endpoint; port 0 picks a free one
	Alloc   map[common.Address]*big.Int // accounts funded at genesis (only used when the chain is new)
	// MaxAhead is how far the chain's clock may run ahead of the wall clock before sealing waits
	// (default DefaultMaxAhead). Tests that send bursts and compare no deadline with the wall clock may
	// raise it to seal every transaction at once.
	MaxAhead time.Duration
}

// Chain is a running dev chain.
type Chain struct {
	maxAhead time.Duration
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	quit     chan struct{}
	done     chan struct{}
}

// Start opens (or creates) the chain and starts its JSON-RPC endpoint.
func Start(cfg Config) (*Chain, error) {
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("devchain: address %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("devchain: port %q: %w", portStr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, errors.New("devchain: the dev chain listens on loopback only")
	}
	// go-ethereum logs to its own root logger; keep it quiet below warnings.
	log.SetDefault(log.NewLogger(log.DiscardHandler()))

	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "w3bstream-devchain"
	nodeCfg.DataDir = cfg.DataDir
	// LevelDB writes its journal with a system call per batch, so what the chain sealed survives a
	// SIGKILL of the process; Pebble's write-ahead log is flushed in the background and can lose the
	// last blocks, which would leave DA ahead of the chain.
	nodeCfg.DBEngine = "leveldb"
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeCfg.HTTPHost, nodeCfg.HTTPPort = host, port
	nodeCfg.HTTPModules = []string{"eth", "net", "web3"}
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.WSHost, nodeCfg.WSPort = host, 0
	nodeCfg.WSModules = []string{"eth", "net", "web3"}
	nodeCfg.AuthPort = 0
	nodeCfg.IPCPath = ""
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	genesis := core.DeveloperGenesisBlock(GasLimit, nil)
	for addr, bal := range cfg.Alloc {
		genesis.Alloc[addr] = types.Account{Balance: bal}
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = genesis
	ethCfg.NetworkId = ChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.TxPool.NoLocals = true
	ethCfg.Miner.GasCeil = GasLimit
	// Archive mode on the hash scheme writes every block's state to disk as it is sealed, so a dev node
	// killed with SIGKILL keeps every block it mined; the default keeps recent state in memory and would
	// roll the chain back.
	ethCfg.NoPruning = true
	ethCfg.StateScheme = rawdb.HashScheme
	// The log index is rebuilt in the background and can lag after a crash; a dev chain is small enough
	// to search its blocks' blooms instead.
	ethCfg.LogNoHistory = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: %w", err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: %w", err)
	}
	// With period 0 the beacon seals nothing by itself: the chain's own loop decides when.
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	c := &Chain{maxAhead: cfg.MaxAhead, stack: stack, eth: backend, beacon: beacon, quit: make(chan struct{}), done: make(chan struct{})}
	if c.maxAhead <= 0 {
		c.maxAhead = DefaultMaxAhead
	}
	go c.seal()
	return c, nil
}

// seal seals a block whenever transactions are waiting, as soon as the chain's clock allows (maxAhead).
func (c *Chain) seal() {
	defer close(c.done)
	pending := c.watchPool()
	for {
		select {
		case <-c.quit:
			return
		case <-pending:
		}
		for {
			next := time.Unix(int64(max(uint64(time.Now().Unix()), c.eth.BlockChain().CurrentBlock().Time+1)), 0)
			if wait := time.Until(next.Add(-c.maxAhead)); wait > 0 {
				select {
				case <-c.quit:
					return
				case <-time.After(wait):
				}
			}
			c.beacon.Commit()
			c.eth.TxPool().Sync()
			if executable, _ := c.eth.TxPool().Stats(); executable == 0 {
				break
			}
		}
	}
}

// watchPool signals (coalesced, on a channel of one) when transactions enter the pool. The pool's feed
// waits for its subscribers while it holds its reorganisation, and sealing waits for that reorganisation
// (TxPool.Sync): so the subscription is drained here, never by the sealing loop, or a burst of
// transactions that filled its buffer would stop the chain.
func (c *Chain) watchPool() <-chan struct{} {
	txs := make(chan core.NewTxsEvent, 64)
	sub := c.eth.TxPool().SubscribeTransactions(txs, true)
	pending := make(chan struct{}, 1)
	go func() {
		defer sub.Unsubscribe()
		for {
			select {
			case <-c.quit:
				return
			case <-sub.Err():
				return
			case <-txs:
				select {
				case pending <- struct{}{}:
				default:
				}
			}
		}
	}()
	return pending
}

// RPCURL is the HTTP JSON-RPC endpoint.
func (c *Chain) RPCURL() string { return c.stack.HTTPEndpoint() }

// WSURL is the WebSocket JSON-RPC endpoint, for subscriptions.
func (c *Chain) WSURL() string { return c.stack.WSEndpoint() }

// ChainConfig is the chain's configuration.
func (c *Chain) ChainConfig() *params.ChainConfig { return c.eth.BlockChain().Config() }

// Close stops the chain and closes its database.
func (c *Chain) Close() error {
	close(c.quit)
	<-c.done
	return c.stack.Close()
}

// MainnetRules is go-ethereum's dev chain config cut back to the forks Ethereum mainnet runs (Osaka), for
// simulated chains whose gas figures should be those of a chain in use: go-ethereum's own default runs
// every fork it knows, up to Bogota, whose state gas makes each new storage slot several times dearer.
func MainnetRules() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime, c.BogotaTime = nil, nil
	return &c
}
