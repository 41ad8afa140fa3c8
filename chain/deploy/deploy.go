package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
)

// Defaults for a development chain.
const (
	DefaultMaxProofWindow = 10 * time.Minute
	DefaultUnstakeDelay   = 7 * 24 * time.Hour
	DefaultDAppGasLimit   = 1_000_000
)

// DefaultMinStake is the development minimum stake of a prover: one coin.
var DefaultMinStake = big.NewInt(params.Ether)

// DefaultMinSequencerStake is the development minimum stake of a sequencer: one coin.
var DefaultMinSequencerStake = big.NewInt(params.Ether)

// Config is what the contracts are constructed with.
type Config struct {
	Block          block.Params  // difficulty rules; the minter takes TargetInterval in milliseconds
	MaxDrift       time.Duration // how far a header timestamp may be ahead of the chain's clock
	MaxProofWindow time.Duration // longest time from a block to one of its deadlines
	MinStake       *big.Int      // wei a prover must stake
	// MinSequencerStake is the wei a sequencer must stake to mint.
	MinSequencerStake *big.Int
	UnstakeDelay      time.Duration // from requestUnstake to withdraw, for provers and sequencers; whole seconds
	DAppGasLimit      uint64        // gas the router gives a dApp's process
}

// DefaultConfig returns the development defaults: the dev difficulty (block.DefaultParams). A network
// deployment sets Block to block.NetworkParams.
func DefaultConfig() Config {
	return Config{
		Block:             block.DefaultParams(),
		MaxDrift:          block.DefaultMaxDrift,
		MaxProofWindow:    DefaultMaxProofWindow,
		MinStake:          new(big.Int).Set(DefaultMinStake),
		MinSequencerStake: new(big.Int).Set(DefaultMinSequencerStake),
		UnstakeDelay:      DefaultUnstakeDelay,
		DAppGasLimit:      DefaultDAppGasLimit,
	}
}

// Validate checks the config as the constructors would, with clearer messages.
func (c Config) Validate() error {
	if err := c.Block.Validate(); err != nil {
		return err
	}
	if c.Block.TargetInterval%time.Millisecond != 0 {
		return fmt.Errorf("target interval %s is not whole milliseconds", c.Block.TargetInterval)
	}
	if c.MaxDrift < 0 || c.MaxDrift%time.Millisecond != 0 {
		return fmt.Errorf("max drift %s must be whole non-negative milliseconds", c.MaxDrift)
	}
	if c.MaxProofWindow < time.Millisecond || c.MaxProofWindow%time.Millisecond != 0 {
		return fmt.Errorf("max proof window %s must be whole positive milliseconds", c.MaxProofWindow)
	}
	if c.MinStake == nil || c.MinStake.Sign() < 0 {
		return errors.New("min stake must be set and not negative")
	}
	if c.MinSequencerStake == nil || c.MinSequencerStake.Sign() < 0 {
		return errors.New("min sequencer stake must be set and not negative")
	}
	if c.UnstakeDelay < 0 || c.UnstakeDelay%time.Second != 0 {
		return fmt.Errorf("unstake delay %s must be whole non-negative seconds", c.UnstakeDelay)
	}
	if c.DAppGasLimit == 0 {
		return errors.New("dApp gas limit must be positive")
	}
	return nil
}

// ErrNoSequencerRegistry is returned for addresses without a SequencerRegistry: a contracts file written
// before sequencers staked, whose minter takes an owner's allow-list that this version cannot drive.
var ErrNoSequencerRegistry = errors.New("no sequencerRegistry in the contract addresses: they predate staked sequencers; deploy the contracts again (w3bstream contracts deploy)")

// CheckSequencerRegistry returns ErrNoSequencerRegistry when a lacks the SequencerRegistry.
func (a Addresses) CheckSequencerRegistry() error {
	if a.SequencerRegistry == (common.Address{}) {
		return ErrNoSequencerRegistry
	}
	return nil
}

// Addresses are where the contracts live; what a node stores to find them again.
type Addresses struct {
	ProjectRegistry common.Address `json:"projectRegistry"`
	DeviceRegistry  common.Address `json:"deviceRegistry"`
	ProverRegistry  common.Address `json:"proverRegistry"`
	// SequencerRegistry is zero in files written before sequencers staked; such a deployment's minter has
	// no registry (CheckSequencerRegistry).
	SequencerRegistry common.Address `json:"sequencerRegistry"`
	BlockMinter       common.Address `json:"blockMinter"`
	Router            common.Address `json:"router"`
	SumDApp           common.Address `json:"sumDApp"`
	// DeployBlock is the block the first contract was deployed in: scans of past events start there. It is
	// 0 (from the genesis block) in files written before it was recorded.
	DeployBlock uint64 `json:"deployBlock,omitempty"`
}

// Contract is one deployed contract: its binding packs calls and unpacks results, events and errors; its
// instance sends them (bind.Call, bind.Transact).
type Contract[B any] struct {
	Address  common.Address
	Binding  *B
	Instance *bind.BoundContract
}

// Deployment is the set of contracts, bound to a backend.
type Deployment struct {
	Addresses Addresses
	Projects  Contract[bindings.ProjectRegistry]
	Devices   Contract[bindings.DeviceRegistry]
	Provers   Contract[bindings.ProverRegistry]
	// Sequencers is bound to the zero address when Addresses has no SequencerRegistry.
	Sequencers Contract[bindings.SequencerRegistry]
	Minter     Contract[bindings.BlockMinter]
	Router     Contract[bindings.Router]
	SumDApp    Contract[bindings.SumDApp]
}

// Backend is what Deploy needs of a chain: an ethclient.Client or a simulated backend's client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Option configures Deploy.
type Option func(*options) error

type options struct {
	commit func()
}

// WithCommit calls commit after each transaction is sent: a simulated chain's Commit, which mines it.
func WithCommit(commit func()) Option {
	return func(o *options) error {
		if commit == nil {
			return errors.New("nil commit")
		}
		o.commit = commit
		return nil
	}
}

// Bind binds to contracts deployed earlier.
func Bind(backend bind.ContractBackend, a Addresses) *Deployment {
	return &Deployment{
		Addresses: a,
		Projects:  newContract(backend, a.ProjectRegistry, bindings.NewProjectRegistry(), (*bindings.ProjectRegistry).Instance),
		Devices:   newContract(backend, a.DeviceRegistry, bindings.NewDeviceRegistry(), (*bindings.DeviceRegistry).Instance),
		Provers:   newContract(backend, a.ProverRegistry, bindings.NewProverRegistry(), (*bindings.ProverRegistry).Instance),
		Sequencers: newContract(backend, a.SequencerRegistry, bindings.NewSequencerRegistry(),
			(*bindings.SequencerRegistry).Instance),
		Minter:  newContract(backend, a.BlockMinter, bindings.NewBlockMinter(), (*bindings.BlockMinter).Instance),
		Router:  newContract(backend, a.Router, bindings.NewRouter(), (*bindings.Router).Instance),
		SumDApp: newContract(backend, a.SumDApp, bindings.NewSumDApp(), (*bindings.SumDApp).Instance),
	}
}

func newContract[B any](backend bind.ContractBackend, addr common.Address, b *B,
	instance func(*B, bind.ContractBackend, common.Address) *bind.BoundContract) Contract[B] {
	return Contract[B]{Address: addr, Binding: b, Instance: instance(b, backend, addr)}
}

// Deploy deploys and wires the contracts from key's account, which owns them: it deploys the registries,
// the minter, the router and SumDApp, and sets the minter's router. Sequencers register themselves, with
// stake, in the SequencerRegistry. Each transaction is mined before the next is sent.
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, cfg Config, opts ...Option) (*Deployment, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("deploy config: %w", err)
	}
	var o options
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain ID: %w", err)
	}
	d := &deployer{ctx: ctx, backend: backend, auth: bind.NewKeyedTransactor(key, chainID), commit: o.commit}
	d.auth.Context = ctx

	var a Addresses
	if a.ProjectRegistry, err = d.deploy("ProjectRegistry", &bindings.ProjectRegistryMetaData, nil); err != nil {
		return nil, err
	}
	a.DeployBlock = d.lastBlock
	if a.DeviceRegistry, err = d.deploy("DeviceRegistry", &bindings.DeviceRegistryMetaData,
		bindings.NewDeviceRegistry().PackConstructor(a.ProjectRegistry)); err != nil {
		return nil, err
	}
	if a.ProverRegistry, err = d.deploy("ProverRegistry", &bindings.ProverRegistryMetaData,
		bindings.NewProverRegistry().PackConstructor(cfg.MinStake, uint64(cfg.UnstakeDelay/time.Second))); err != nil {
		return nil, err
	}
	if a.SequencerRegistry, err = d.deploy("SequencerRegistry", &bindings.SequencerRegistryMetaData,
		bindings.NewSequencerRegistry().PackConstructor(cfg.MinSequencerStake, uint64(cfg.UnstakeDelay/time.Second))); err != nil {
		return nil, err
	}
	if a.BlockMinter, err = d.deploy("BlockMinter", &bindings.BlockMinterMetaData,
		bindings.NewBlockMinter().PackConstructor(a.ProjectRegistry, a.ProverRegistry, a.SequencerRegistry, cfg.Block.PowLimit,
			uint64(cfg.Block.TargetInterval.Milliseconds()), cfg.Block.RetargetWindow,
			uint64(cfg.MaxDrift.Milliseconds()), uint64(cfg.MaxProofWindow.Milliseconds()))); err != nil {
		return nil, err
	}
	if a.Router, err = d.deploy("Router", &bindings.RouterMetaData,
		bindings.NewRouter().PackConstructor(a.ProjectRegistry, a.BlockMinter, new(big.Int).SetUint64(cfg.DAppGasLimit))); err != nil {
		return nil, err
	}
	if a.SumDApp, err = d.deploy("SumDApp", &bindings.SumDAppMetaData, bindings.NewSumDApp().PackConstructor(a.Router)); err != nil {
		return nil, err
	}
	dep := Bind(backend, a)
	if err := d.transact("set router", dep.Minter.Instance, dep.Minter.Binding.PackSetRouter(a.Router)); err != nil {
		return nil, err
	}
	return dep, nil
}

// DeployContract deploys one contract (a dApp or a verifier, say) from key's account and waits until it
// is mined; args is its packed constructor call, nil for none.
func DeployContract(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, name string, meta *bind.MetaData, args []byte) (common.Address, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain ID: %w", err)
	}
	d := &deployer{ctx: ctx, backend: backend, auth: bind.NewKeyedTransactor(key, chainID)}
	d.auth.Context = ctx
	return d.deploy(name, meta, args)
}

// deployer sends one transaction at a time and waits for it.
type deployer struct {
	ctx     context.Context
	backend Backend
	auth    *bind.TransactOpts
	commit  func()
	// lastBlock is the block of the last transaction waited for.
	lastBlock uint64
}

func (d *deployer) deploy(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(d.auth, common.FromHex(meta.Bin), d.backend, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	if err := d.wait("deploy "+name, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

func (d *deployer) transact(what string, c *bind.BoundContract, data []byte) error {
	tx, err := bind.Transact(c, d.auth, data)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return d.wait(what, tx)
}

func (d *deployer) wait(what string, tx *types.Transaction) error {
	if d.commit != nil {
		d.commit()
	}
	r, err := waitMined(d.ctx, d.backend, tx.Hash())
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	d.lastBlock = r.BlockNumber.Uint64()
	return nil
}

// receiptPoll is how often a deployment looks for its receipts: bind.WaitMined looks once a second,
// which makes a deployment on a dev chain that seals in milliseconds take seconds.
const receiptPoll = 50 * time.Millisecond

func waitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(receiptPoll)
	defer t.Stop()
	for {
		// Not found yet, or the node still indexing transactions: both pass; ctx bounds the wait.
		if r, err := b.TransactionReceipt(ctx, hash); err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
