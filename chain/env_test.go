package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/devchain"
)

// testTimeout bounds each test that starts a chain.
const testTimeout = 90 * time.Second

// receiptPoll suits the dev chain, which seals a block as soon as a transaction arrives.
const receiptPoll = 20 * time.Millisecond

// env is a dev chain with the contracts deployed and a client per role.
type env struct {
	t     *testing.T
	ctx   context.Context
	chain *devchain.Chain
	eth   *ethclient.Client
	cfg   deploy.Config
	dep   *deploy.Deployment

	owner, seq, projectOwner, stranger, p1, p2 *chain.Client
	keys                                       map[*chain.Client]*ecdsa.PrivateKey

	blocks []block.Block // the minted chain, as Go sees it
}

func testKey(t *testing.T, name string) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("w3bstream chain test " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// roles are the test accounts, funded at genesis; the first deploys the contracts.
var roles = []string{"owner", "sequencer", "project owner", "stranger", "prover 1", "prover 2"}

// alloc funds every role at genesis.
func alloc(t *testing.T) map[common.Address]*big.Int {
	a := map[common.Address]*big.Int{}
	for _, n := range roles {
		a[crypto.PubkeyToAddress(testKey(t, n).PublicKey)] = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	}
	return a
}

// testConfig is the development config with a zero unstake delay, so that a prover may withdraw at once.
func testConfig() deploy.Config {
	cfg := deploy.DefaultConfig()
	cfg.UnstakeDelay = 0
	return cfg
}

// deployed is a dev chain's data directory with the contracts deployed, made once per test binary and
// copied by each test: deploy.Deploy waits for each of its transactions with bind.WaitMined, which polls
// every second.
var deployed struct {
	once  sync.Once
	dir   string
	addrs deploy.Addresses
	err   error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if deployed.dir != "" {
		_ = os.RemoveAll(deployed.dir)
	}
	os.Exit(code)
}

func deployOnce(t *testing.T) (string, deploy.Addresses) {
	t.Helper()
	deployed.once.Do(func() {
		deployed.dir, deployed.err = os.MkdirTemp("", "chain-test-")
		if deployed.err == nil {
			deployed.addrs, deployed.err = deployChain(t, deployed.dir)
		}
	})
	if deployed.err != nil {
		t.Fatalf("deploy: %v", deployed.err)
	}
	return deployed.dir, deployed.addrs
}

// deployChain starts a chain in dir, deploys the contracts and stops the chain.
func deployChain(t *testing.T, dir string) (deploy.Addresses, error) {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	c, err := devchain.Start(devchain.Config{DataDir: dir, Addr: "127.0.0.1:0", Alloc: alloc(t), MaxAhead: time.Hour})
	if err != nil {
		return deploy.Addresses{}, err
	}
	defer func() { _ = c.Close() }()
	eth, err := ethclient.DialContext(ctx, c.RPCURL())
	if err != nil {
		return deploy.Addresses{}, err
	}
	defer eth.Close()
	dep, err := deploy.Deploy(ctx, eth, testKey(t, roles[0]), testConfig())
	if err != nil {
		return deploy.Addresses{}, err
	}
	return dep.Addresses, nil
}

// newEnv starts a dev chain on loopback with the contracts deployed (on a copy of the deployed chain) and
// dials a client for each role.
func newEnv(t *testing.T) *env {
	t.Helper()
	src, addrs := deployOnce(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	e := &env{t: t, ctx: ctx, cfg: testConfig(), keys: map[*chain.Client]*ecdsa.PrivateKey{}}

	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	// The same alloc: the chain checks that its genesis is the one it was made with.
	c, err := devchain.Start(devchain.Config{DataDir: dir, Addr: "127.0.0.1:0", Alloc: alloc(t), MaxAhead: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	e.chain = c
	if e.eth, err = ethclient.DialContext(ctx, c.RPCURL()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.eth.Close)
	e.dep = deploy.Bind(e.eth, addrs)

	clients := make([]*chain.Client, len(roles))
	for i, n := range roles {
		key := testKey(t, n)
		clients[i] = e.dial(key)
		e.keys[clients[i]] = key
	}
	e.owner, e.seq, e.projectOwner, e.stranger, e.p1, e.p2 = clients[0], clients[1], clients[2], clients[3], clients[4], clients[5]
	return e
}

// dial opens a client over HTTP; nil key: read-only.
func (e *env) dial(key *ecdsa.PrivateKey) *chain.Client {
	e.t.Helper()
	c, err := chain.Dial(e.ctx, e.chain.RPCURL(), e.dep.Addresses, key, chain.WithReceiptPollInterval(receiptPoll))
	if err != nil {
		e.t.Fatalf("dial: %v", err)
	}
	e.t.Cleanup(c.Close)
	return c
}

// openStore opens a SQLite DA store in the test's directory.
func openStore(t *testing.T, dir string) da.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(dir, "da.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// must(f())(t) is f's value; the test fails on f's error.
func must[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// must3 is must for three values.
func must3[A, B, C any](a A, b B, c C, err error) func(*testing.T) (A, B, C) {
	return func(t *testing.T) (A, B, C) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a, b, c
	}
}

// wantRevert checks that err carries the contract's custom error name.
func wantRevert(t *testing.T, err error, name string) *deploy.RevertError {
	t.Helper()
	var re *deploy.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("error %v, want revert %s", err, name)
	}
	return re
}

// eventually polls cond every 20ms until it holds or the test's time is up.
func (e *env) eventually(what string, cond func() bool) {
	e.t.Helper()
	for !cond() {
		select {
		case <-e.ctx.Done():
			e.t.Fatalf("timed out waiting for %s", what)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (e *env) head() *types.Header {
	e.t.Helper()
	return must(e.eth.HeaderByNumber(e.ctx, nil))(e.t)
}

// newProject registers a wasm project of the project owner with SumDApp bound.
func (e *env) newProject(name string) uint64 {
	e.t.Helper()
	id, _, err := e.projectOwner.RegisterProject(e.ctx, "ipfs://"+name, sha256Of(name), "wasm")
	if err != nil {
		e.t.Fatal(err)
	}
	must(e.projectOwner.BindDApp(e.ctx, id, e.dep.Addresses.SumDApp))(e.t)
	return id
}

func sha256Of(s string) [32]byte { return crypto.Keccak256Hash([]byte("file " + s)) }

// --- blocks ---

func (e *env) lookup(h uint64) (block.Header, error) {
	if h >= uint64(len(e.blocks)) {
		return block.Header{}, fmt.Errorf("no block %d", h)
	}
	return e.blocks[h].Header, nil
}

// nextBlock builds and mines with package block the next block over the Go chain: its timestamp the chain's
// latest block time (never before the parent), nbits by the difficulty rules, the assignments' root.
func (e *env) nextBlock(as []block.Assignment) block.Block {
	e.t.Helper()
	height := uint64(len(e.blocks))
	h := block.Header{Version: block.CurrentVersion, MerkleRoot: block.MerkleRoot(as), Timestamp: e.head().Time * 1000}
	var parent *block.Header
	if height > 0 {
		p := e.blocks[height-1]
		parent, h.PrevHash = &p.Header, p.Hash
		h.Timestamp = max(h.Timestamp, p.Header.Timestamp)
	}
	nbits, err := block.ExpectedNBits(e.cfg.Block, height, parent, e.lookup)
	if err != nil {
		e.t.Fatal(err)
	}
	if want := must(e.seq.ExpectedNBits(e.ctx))(e.t); want != nbits {
		e.t.Fatalf("Go expects nbits %#x, the minter %#x", nbits, want)
	}
	h.NBits = nbits
	if h, err = block.Mine(e.ctx, h); err != nil {
		e.t.Fatal(err)
	}
	return block.Block{Height: height, Hash: h.Hash(), Header: h, Assignments: as}
}

// mint mints the next block from the sequencer's client and adds it to the Go chain.
func (e *env) mint(as ...block.Assignment) block.Block {
	e.t.Helper()
	b := e.nextBlock(as)
	if _, err := e.seq.Mint(e.ctx, b); err != nil {
		e.t.Fatalf("mint block %d: %v", b.Height, err)
	}
	e.blocks = append(e.blocks, b)
	return b
}

// assignment gives a task (named by a string) to a prover, due five minutes after the chain's time.
func (e *env) assignment(projectID uint64, task string, prover common.Address) block.Assignment {
	return block.Assignment{ProjectID: projectID, TaskID: taskID(task), Prover: prover,
		Deadline: e.head().Time*1000 + uint64((5 * time.Minute).Milliseconds())}
}

func taskID(name string) common.Hash { return crypto.Keccak256Hash([]byte("task " + name)) }
