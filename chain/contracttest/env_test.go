package contracttest_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/contracttest/testbind"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/devchain"
)

// Runtimes used by the tests.
var (
	wasm  = runtimeName("wasm")
	groth = runtimeName("gnark-groth16")
)

// fixedGas is the gas limit of transactions expected to revert, so that they are mined (and revert in
// their own block) rather than refused at gas estimation; and of those that must run at a time the
// estimate does not see (gas estimation runs on the latest block, a second before the next).
const fixedGas = 10_000_000

// clockLead puts the chain's clock this far ahead of the wall clock, so that every Commit mines a block
// exactly one second after the last one and chain time is the tests' to move.
const clockLead = 24 * time.Hour

func runtimeName(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

type account struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

type env struct {
	t      *testing.T
	ctx    context.Context
	sim    *simulated.Backend
	client simulated.Client
	cfg    deploy.Config
	dep    *deploy.Deployment

	owner, seq, projectOwner, stranger, p1, p2, p3 *account

	blocks   []block.Block // the minted chain, as Go sees it
	testABIs []*abi.ABI    // errors of the test-only contracts, for decoding
}

// testConfig is the development config with a small retarget window and the given overrides.
func testConfig() deploy.Config {
	cfg := deploy.DefaultConfig()
	cfg.Block.RetargetWindow = 16
	cfg.MinStake = big.NewInt(params.Ether)
	cfg.UnstakeDelay = time.Hour
	return cfg
}

// osaka is the simulated chain's config on Ethereum mainnet's rules (Osaka).
var osaka = devchain.MainnetRules()

// newEnv starts a simulated chain on mainnet rules (osaka) and deploys the contracts on it.
func newEnv(t *testing.T, cfg deploy.Config) *env {
	t.Helper()
	return newEnvOn(t, cfg, osaka)
}

// newEnvOn is newEnv on a chain config; nil keeps the simulated backend's.
func newEnvOn(t *testing.T, cfg deploy.Config, chain *params.ChainConfig) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), cfg: cfg}
	names := []string{"owner", "sequencer", "project owner", "stranger", "prover 1", "prover 2", "prover 3"}
	accs := make([]*account, len(names))
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for i, n := range names {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte("w3bstream contract test " + n)))
		if err != nil {
			t.Fatal(err)
		}
		accs[i] = &account{name: n, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accs[i].addr] = types.Account{Balance: funds}
	}
	e.owner, e.seq, e.projectOwner, e.stranger, e.p1, e.p2, e.p3 = accs[0], accs[1], accs[2], accs[3], accs[4], accs[5], accs[6]

	e.sim = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		if chain != nil {
			ec.Genesis.Config = chain
		}
	})
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	if err := e.sim.AdjustTime(clockLead); err != nil {
		t.Fatal(err)
	}
	chainID, err := e.client.ChainID(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accs {
		a.opts = bind.NewKeyedTransactor(a.key, chainID)
	}
	e.dep, err = deploy.Deploy(e.ctx, e.client, e.owner.key, e.cfg, deploy.WithCommit(func() { e.sim.Commit() }))
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.registerSequencer(e.seq)
	for _, meta := range []*bind.MetaData{&testbind.TestDAppMetaData, &testbind.TestProverMetaData, &testbind.BlockLibHarnessMetaData} {
		a, err := meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		e.testABIs = append(e.testABIs, a)
	}
	return e
}

// --- transactions ---

// send sends a transaction that must succeed, mines it and returns its receipt.
func (e *env) send(from *account, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	return e.sendValue(from, c, data, nil)
}

func (e *env) sendValue(from *account, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	return e.sendWith(from, c, data, value, 0)
}

// sendWith sends with a value and a gas limit (0: estimate) a transaction that must succeed.
func (e *env) sendWith(from *account, c *bind.BoundContract, data []byte, value *big.Int, gas uint64) *types.Receipt {
	e.t.Helper()
	opts := *from.opts
	opts.Value = value
	opts.GasLimit = gas
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		if re, ok := deploy.DecodeRevert(err, e.testABIs...); ok {
			e.t.Fatalf("%s: transaction refused: %v", from.name, re)
		}
		e.t.Fatalf("%s: transaction refused: %v", from.name, err)
	}
	r := e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("%s: transaction reverted: %v", from.name, e.replay(from, tx, r))
	}
	return r
}

func (e *env) mine(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	return r
}

// mustRevert sends a transaction with a fixed gas limit, mines it and checks that it reverted with the
// custom error named want. It returns the decoded error.
func (e *env) mustRevert(from *account, c *bind.BoundContract, data []byte, want string) *deploy.RevertError {
	e.t.Helper()
	return e.mustRevertWith(from, c, data, nil, fixedGas, want)
}

func (e *env) mustRevertWith(from *account, c *bind.BoundContract, data []byte, value *big.Int, gas uint64, want string) *deploy.RevertError {
	e.t.Helper()
	opts := *from.opts
	opts.Value = value
	opts.GasLimit = gas
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		e.t.Fatalf("%s: send: %v", from.name, err)
	}
	r := e.mine(tx)
	if r.Status == types.ReceiptStatusSuccessful {
		e.t.Fatalf("%s: transaction succeeded, want revert %s", from.name, want)
	}
	re := e.replay(from, tx, r)
	if re == nil || re.Name != want {
		e.t.Fatalf("%s: reverted with %v, want %s", from.name, re, want)
	}
	return re
}

// replay runs a mined, reverted transaction again as eth_call on its own block: the block's number and
// time are the ones it ran with and, since it reverted and is alone in its block, the contracts' state is
// the one it saw. It returns the decoded revert.
func (e *env) replay(from *account, tx *types.Transaction, r *types.Receipt) *deploy.RevertError {
	e.t.Helper()
	msg := ethereum.CallMsg{From: from.addr, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := e.client.CallContract(e.ctx, msg, r.BlockNumber)
	if err == nil {
		e.t.Fatalf("replay of reverted transaction %s succeeded", tx.Hash())
	}
	re, ok := deploy.DecodeRevert(err, e.testABIs...)
	if !ok {
		var de rpc.DataError
		if errors.As(err, &de) {
			return &deploy.RevertError{Name: "<unknown>", Args: []any{de.ErrorData()}}
		}
		return &deploy.RevertError{Name: "<none>", Args: []any{err.Error()}}
	}
	return re
}

// call runs a view function.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		if re, ok := deploy.DecodeRevert(err, e.testABIs...); ok {
			e.t.Fatalf("call: %v", re)
		}
		e.t.Fatalf("call: %v", err)
	}
	return v
}

// callRevert runs a view function that must revert with want.
func (e *env) callRevert(c *bind.BoundContract, data []byte, want string) *deploy.RevertError {
	e.t.Helper()
	_, err := c.CallRaw(nil, data)
	re, ok := deploy.DecodeRevert(err, e.testABIs...)
	if !ok || re.Name != want {
		e.t.Fatalf("call: %v (decoded %v), want revert %s", err, re, want)
	}
	return re
}

// events returns the events of one kind that the contract at addr emitted in r.
func events[T any](e *env, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) []*T {
	e.t.Helper()
	var out []*T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// event returns the one event of its kind in r.
func event[T any](e *env, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) *T {
	e.t.Helper()
	evs := events(e, r, addr, unpack)
	if len(evs) != 1 {
		e.t.Fatalf("%d events of type %T, want 1", len(evs), *new(T))
	}
	return evs[0]
}

// deployTest deploys a test-only contract.
func (e *env) deployTest(meta *bind.MetaData, args []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.owner.opts, common.FromHex(meta.Bin), e.client, args)
	if err != nil {
		e.t.Fatal(err)
	}
	if r := e.mine(tx); r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy %s reverted", meta.ID)
	}
	return addr
}

// --- time ---

// head returns the latest block header of the simulated chain.
func (e *env) head() *types.Header {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// nextTime is the time, in seconds, of the block the next transaction goes into.
func (e *env) nextTime() uint64 { return e.head().Time + 1 }

// nextMs is nextTime in milliseconds: block.timestamp * 1000 as the contracts see it.
func (e *env) nextMs() uint64 { return e.nextTime() * 1000 }

// advance moves chain time forward by d (whole seconds) in an empty block.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	// The pool drops mined transactions from its pending set asynchronously; until it has, AdjustTime
	// refuses with "non-empty block". Give it a bounded while.
	var err error
	for range 200 {
		if err = e.sim.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		e.t.Fatal(err)
	}
}

// --- registries ---

// newProject registers a project of projectOwner with a runtime and, if dapp is set, binds it.
func (e *env) newProject(runtime [32]byte, dapp common.Address) uint64 {
	e.t.Helper()
	p := e.dep.Projects
	r := e.send(e.projectOwner, p.Instance, p.Binding.PackRegister("ipfs://project", crypto.Keccak256Hash([]byte("project")), runtime))
	id := event(e, r, p.Address, p.Binding.UnpackProjectRegisteredEvent).ProjectID
	if dapp != (common.Address{}) {
		e.send(e.projectOwner, p.Instance, p.Binding.PackBindDApp(id, dapp))
	}
	return id
}

// register registers a prover staking minStake, with itself as beneficiary.
// registerSequencer registers a as a sequencer with the minimum stake.
func (e *env) registerSequencer(a *account) *types.Receipt {
	e.t.Helper()
	s := e.dep.Sequencers
	return e.sendValue(a, s.Instance, s.Binding.PackRegister(a.addr), e.cfg.MinSequencerStake)
}

func (e *env) register(a *account, runtimes ...[32]byte) {
	e.t.Helper()
	p := e.dep.Provers
	e.sendValue(a, p.Instance, p.Binding.PackRegister(runtimes, a.addr), e.cfg.MinStake)
}

// newTestDApp deploys a TestDApp in the given mode.
func (e *env) newTestDApp(mode uint8) (common.Address, *bind.BoundContract) {
	e.t.Helper()
	addr := e.deployTest(&testbind.TestDAppMetaData, nil)
	b := testbind.NewTestDApp()
	inst := b.Instance(e.client, addr)
	if mode != 0 {
		e.send(e.owner, inst, b.PackSetMode(mode))
	}
	return addr, inst
}

// --- blocks ---

func (e *env) validator() *block.Validator {
	e.t.Helper()
	now := time.Unix(int64(e.nextTime()), 0)
	v, err := block.NewValidator(e.cfg.Block, e.lookup, block.WithMaxDrift(e.cfg.MaxDrift),
		block.WithValidatorClock(func() time.Time { return now }))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) lookup(h uint64) (block.Header, error) {
	if h >= uint64(len(e.blocks)) {
		return block.Header{}, errors.New("no such block")
	}
	return e.blocks[h].Header, nil
}

func (e *env) parent() *block.Block {
	if len(e.blocks) == 0 {
		return nil
	}
	return &e.blocks[len(e.blocks)-1]
}

// nextBlock builds and mines, with package block, the next block over the Go chain: timestamp ts (0 for
// the next block's chain time, never before the parent), the expected nbits, the assignments' root.
func (e *env) nextBlock(ts uint64, as []block.Assignment) block.Block {
	e.t.Helper()
	parent := e.parent()
	h := block.Header{Version: block.CurrentVersion, MerkleRoot: block.MerkleRoot(as), Timestamp: ts}
	height := uint64(len(e.blocks))
	var ph *block.Header
	if parent != nil {
		h.PrevHash = parent.Hash
		ph = &parent.Header
		if ts == 0 {
			h.Timestamp = max(parent.Header.Timestamp, e.nextMs())
		}
	} else if ts == 0 {
		h.Timestamp = e.nextMs()
	}
	nbits, err := block.ExpectedNBits(e.cfg.Block, height, ph, e.lookup)
	if err != nil {
		e.t.Fatal(err)
	}
	h.NBits = nbits
	return e.seal(block.Block{Height: height, Header: h, Assignments: as})
}

// seal mines b's header as it is and sets its hash.
func (e *env) seal(b block.Block) block.Block {
	e.t.Helper()
	h, err := block.Mine(e.ctx, b.Header)
	if err != nil {
		e.t.Fatal(err)
	}
	b.Header, b.Hash = h, h.Hash()
	return b
}

// mint submits b, which the Go validator must accept, checks what the minter records and returns the
// receipt. b joins the Go chain.
func (e *env) mint(b block.Block) *types.Receipt {
	e.t.Helper()
	return e.mintGas(b, 0)
}

// mintGas is mint with a gas limit (0: estimate). Gas estimation runs on the latest block, a second
// before the block the transaction goes into: a header at the very edge of the drift needs a set limit.
func (e *env) mintGas(b block.Block, gas uint64) *types.Receipt {
	e.t.Helper()
	return e.mintFromGas(e.seq, b, gas)
}

// mintFrom is mint sent by another sequencer.
func (e *env) mintFrom(from *account, b block.Block) *types.Receipt {
	e.t.Helper()
	return e.mintFromGas(from, b, 0)
}

func (e *env) mintFromGas(from *account, b block.Block, gas uint64) *types.Receipt {
	e.t.Helper()
	if err := e.validator().Validate(b, e.parent()); err != nil {
		e.t.Fatalf("Go validator refuses block %d: %v", b.Height, err)
	}
	m := e.dep.Minter
	r := e.sendWith(from, m.Instance, m.Binding.PackMint(chain.HeaderBinding(b.Header), chain.AssignmentBindings(b.Assignments)), nil, gas)
	ev := event(e, r, m.Address, m.Binding.UnpackBlockMintedEvent)
	if ev.Height != b.Height || ev.Hash != b.Hash || ev.Sequencer != from.addr || ev.Assignments.Uint64() != uint64(len(b.Assignments)) {
		e.t.Fatalf("BlockMinted %+v, want height %d hash %s, %d assignments", ev, b.Height, b.Hash, len(b.Assignments))
	}
	if got := len(events(e, r, m.Address, m.Binding.UnpackTaskAssignedEvent)); got != len(b.Assignments) {
		e.t.Fatalf("%d TaskAssigned events, want %d", got, len(b.Assignments))
	}
	tip := call(e, m.Instance, m.Binding.PackTip(), m.Binding.UnpackTip)
	if !tip.Minted || tip.Hash != b.Hash || tip.Height != b.Height || tip.Timestamp != b.Header.Timestamp || tip.Nbits != b.Header.NBits {
		e.t.Fatalf("tip %+v after block %d %s", tip, b.Height, b.Hash)
	}
	e.blocks = append(e.blocks, b)
	return r
}

// mintAssign mints the next block with the given assignments.
func (e *env) mintAssign(as ...block.Assignment) *types.Receipt {
	e.t.Helper()
	return e.mint(e.nextBlock(0, as))
}

// mintRevert submits b and checks the minter refuses it with want. It does not validate with Go; callers
// that test a block rule check the Go validator themselves.
func (e *env) mintRevert(b block.Block, want string) *deploy.RevertError {
	e.t.Helper()
	return e.mintRevertFrom(e.seq, b, want)
}

func (e *env) mintRevertFrom(from *account, b block.Block, want string) *deploy.RevertError {
	e.t.Helper()
	m := e.dep.Minter
	return e.mustRevert(from, m.Instance, m.Binding.PackMint(chain.HeaderBinding(b.Header), chain.AssignmentBindings(b.Assignments)), want)
}

// assignment gives task (named by a string) of a project to a prover, due deadline ms after the next
// block's time.
func (e *env) assignment(projectID uint64, task string, prover *account, in time.Duration) block.Assignment {
	return block.Assignment{ProjectID: projectID, TaskID: taskID(task), Prover: prover.addr, Deadline: e.nextMs() + uint64(in.Milliseconds())}
}

func taskID(name string) common.Hash { return crypto.Keccak256Hash([]byte(name)) }

func (e *env) task(projectID uint64, id common.Hash) bindings.BlockMinterTask {
	e.t.Helper()
	m := e.dep.Minter
	return call(e, m.Instance, m.Binding.PackTask(projectID, id), m.Binding.UnpackTask)
}

// Task states of BlockMinter.TaskStatus.
const (
	statusNone uint8 = iota
	statusAssigned
	statusFailed
	statusSettled
)
