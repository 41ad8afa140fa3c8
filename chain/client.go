package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/chain/deploy"
)

// Defaults of a Client.
const (
	// DefaultGasMarginPercent is added to every gas estimate: estimation runs on the latest block, and
	// checks at a time edge (a deadline, a drift limit) can cost more in the block the transaction lands in.
	DefaultGasMarginPercent = 25
	// DefaultReceiptPollInterval is how often a sent transaction's receipt is asked for.
	DefaultReceiptPollInterval = 100 * time.Millisecond
	// DefaultScanRange is the most blocks one eth_getLogs of a client scan covers (provers, devices).
	DefaultScanRange = 10_000
)

// receiptErrorLimit is how many failed receipt look-ups in a row (other than "not yet mined") end a wait:
// one transient RPC error must not fail a transaction that was sent, and so tempt a caller to send again.
const receiptErrorLimit = 5

// Sentinel errors.
var (
	// ErrReadOnly is returned by a transaction from a client without a key.
	ErrReadOnly = errors.New("chain: read-only client (no key)")
	// ErrReverted means a transaction was mined and reverted. The error also wraps the decoded
	// *deploy.RevertError when the replay of the call recovered it.
	ErrReverted = errors.New("transaction reverted on chain")
)

// Receipt is what callers need of a mined transaction's receipt.
type Receipt struct {
	TxHash      common.Hash
	BlockNumber uint64
	GasUsed     uint64
	Logs        []*types.Log
}

// Client sends transactions from one key (nil key: read-only) and reads the contracts. It is safe for
// concurrent use; sends from one Client are serialized so that each takes its own nonce.
type Client struct {
	eth     *ethclient.Client
	ownsEth bool
	dep     *deploy.Deployment
	chainID *big.Int
	key     *ecdsa.PrivateKey
	addr    common.Address
	signer  types.Signer
	cfg     config

	sendMu     sync.Mutex // held from nonce to send
	nextNonce  uint64     // the nonce after our last send; valid when nonceKnown
	nonceKnown bool

	registryOnce sync.Once
	registry     *Registry
	proversOnce  sync.Once
	provers      *ProverSet
	devicesOnce  sync.Once
	devices      *Devices
}

type config struct {
	gasMargin   uint64
	receiptPoll time.Duration
	scanRange   uint64
	extraABIs   []*abi.ABI
}

// Option configures a Client.
type Option func(*config) error

// WithGasMargin sets the percentage added to each gas estimate (default DefaultGasMarginPercent).
func WithGasMargin(percent uint64) Option {
	return func(c *config) error {
		if percent > 1000 {
			return fmt.Errorf("chain: gas margin %d%% is over 1000%%", percent)
		}
		c.gasMargin = percent
		return nil
	}
}

// WithReceiptPollInterval sets how often a receipt is asked for while waiting (default
// DefaultReceiptPollInterval; 50ms suits a dev chain).
func WithReceiptPollInterval(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("chain: receipt poll interval must be positive, got %s", d)
		}
		c.receiptPoll = d
		return nil
	}
}

// WithScanRange sets the most blocks one eth_getLogs of a scan covers (default DefaultScanRange); public
// endpoints often refuse wide ranges.
func WithScanRange(blocks uint64) Option {
	return func(c *config) error {
		if blocks == 0 {
			return errors.New("chain: scan range must be positive")
		}
		c.scanRange = blocks
		return nil
	}
}

// WithDAppABIs adds the custom errors of other contracts (the projects' dApps) to those decoded in
// reverts and in TaskFailed reasons.
func WithDAppABIs(abis ...*abi.ABI) Option {
	return func(c *config) error {
		for _, a := range abis {
			if a == nil {
				return errors.New("chain: nil dApp ABI")
			}
		}
		c.extraABIs = append(c.extraABIs, abis...)
		return nil
	}
}

// Dial connects to rpcURL (HTTP or WebSocket) and binds to the contracts at addrs. Close closes the
// connection.
func Dial(ctx context.Context, rpcURL string, addrs deploy.Addresses, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	eth, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", rpcURL, err)
	}
	c, err := NewClient(ctx, eth, addrs, key, opts...)
	if err != nil {
		eth.Close()
		return nil, err
	}
	c.ownsEth = true
	return c, nil
}

// NewClient is Dial over a connection the caller owns (and closes).
func NewClient(ctx context.Context, eth *ethclient.Client, addrs deploy.Addresses, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	cfg := config{gasMargin: DefaultGasMarginPercent, receiptPoll: DefaultReceiptPollInterval, scanRange: DefaultScanRange}
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, err
		}
	}
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain ID: %w", err)
	}
	if err := checkCode(ctx, eth, addrs); err != nil {
		return nil, err
	}
	c := &Client{eth: eth, dep: deploy.Bind(eth, addrs), chainID: chainID, signer: types.LatestSignerForChainID(chainID), cfg: cfg}
	return c.WithKey(key), nil
}

// WithKey returns a client that sends from key (nil: read-only) over c's connection, to c's contracts,
// with its own nonces and its own registry views. Closing it leaves the connection open; c closes it.
func (c *Client) WithKey(key *ecdsa.PrivateKey) *Client {
	k := &Client{eth: c.eth, dep: c.dep, chainID: c.chainID, key: key, signer: c.signer, cfg: c.cfg}
	if key != nil {
		k.addr = crypto.PubkeyToAddress(key.PublicKey)
	}
	return k
}

// checkCode makes sure every address given holds a contract, so that wrong addresses fail here and not
// as empty results later (a call to an account without code returns nothing, successfully).
func checkCode(ctx context.Context, eth *ethclient.Client, a deploy.Addresses) error {
	for _, c := range []struct {
		name string
		addr common.Address
	}{
		{"ProjectRegistry", a.ProjectRegistry}, {"DeviceRegistry", a.DeviceRegistry},
		{"ProverRegistry", a.ProverRegistry}, {"SequencerRegistry", a.SequencerRegistry}, {"BlockMinter", a.BlockMinter},
		{"Router", a.Router}, {"SumDApp", a.SumDApp},
	} {
		if c.addr == (common.Address{}) {
			continue
		}
		code, err := eth.CodeAt(ctx, c.addr, nil)
		if err != nil {
			return fmt.Errorf("chain: code of %s at %s: %w", c.name, c.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("chain: no contract at %s (%s)", c.addr, c.name)
		}
	}
	return nil
}

// Close closes the connection if Dial opened it.
func (c *Client) Close() {
	if c.ownsEth {
		c.eth.Close()
	}
}

// Address is the key's address; zero for a read-only client.
func (c *Client) Address() common.Address { return c.addr }

// Deployment is the bound contracts.
func (c *Client) Deployment() *deploy.Deployment { return c.dep }

// Eth is the underlying connection.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// ChainID is the chain's ID.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Transact sends data to a contract with value (nil for none), waits until it is mined and returns the
// receipt. A revert, in gas estimation or on chain, comes back as an error wrapping *deploy.RevertError
// (a custom error with its arguments, Error(string) or Panic; Name "UnknownError" for data that none of
// the known ABIs decodes, "Revert" for a revert without data). An on-chain revert also wraps ErrReverted
// and comes with its receipt; its reason is recovered by replaying the call at the receipt's block.
func (c *Client) Transact(ctx context.Context, contract *bind.BoundContract, data []byte, value *big.Int) (*Receipt, error) {
	return c.TransactGas(ctx, contract, data, value, 0)
}

// TransactGas is Transact with a fixed gas limit (0: estimate): for a transaction that must be mined
// even though estimation on the latest block says it reverts (a header at the very edge of the drift).
func (c *Client) TransactGas(ctx context.Context, contract *bind.BoundContract, data []byte, value *big.Int, gas uint64) (*Receipt, error) {
	if c.key == nil {
		return nil, ErrReadOnly
	}
	if contract == nil {
		return nil, errors.New("chain: nil contract")
	}
	to := contract.Address()
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		est, err := c.eth.EstimateGas(ctx, ethereum.CallMsg{From: c.addr, To: &to, Value: value, Data: data})
		if err != nil {
			if re, ok := c.revertOf(err); ok {
				return nil, fmt.Errorf("estimate gas: %w", re)
			}
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = est + est*c.cfg.gasMargin/100
	}
	tx, err := c.send(ctx, &types.DynamicFeeTx{To: &to, Value: value, Data: data, Gas: gas})
	if err != nil {
		return nil, err
	}
	return c.wait(ctx, tx)
}

// send prices, signs and sends a transaction with the next nonce. Only the nonce and the send are under
// the lock: waiting for receipts runs in parallel.
func (c *Client) send(ctx context.Context, txd *types.DynamicFeeTx) (*types.Transaction, error) {
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	if txd.Gas > head.GasLimit {
		txd.Gas = head.GasLimit
	}
	var build func(nonce uint64) types.TxData
	if head.BaseFee != nil {
		tip, err := c.eth.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, fmt.Errorf("gas tip: %w", err)
		}
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
		build = func(nonce uint64) types.TxData {
			d := *txd
			d.ChainID, d.Nonce, d.GasTipCap, d.GasFeeCap = c.chainID, nonce, tip, feeCap
			return &d
		}
	} else { // a chain before London
		price, err := c.eth.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("gas price: %w", err)
		}
		build = func(nonce uint64) types.TxData {
			return &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: txd.Gas, To: txd.To, Value: txd.Value, Data: txd.Data}
		}
	}

	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	for retried := false; ; retried = true {
		nonce, err := c.nonce(ctx)
		if err != nil {
			return nil, err
		}
		tx, err := types.SignNewTx(c.key, c.signer, build(nonce))
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		err = c.eth.SendTransaction(ctx, tx)
		switch {
		case err == nil, isAlreadyKnown(err):
			// Already known: this very transaction (same nonce, same content) is in the pool; sending
			// another with a new nonce would do the call twice.
			c.nextNonce, c.nonceKnown = nonce+1, true
			return tx, nil
		case !retried && isNonceClash(err):
			// Another sender of this key (the CLI beside a node) took the nonce: read it again.
			c.nonceKnown = false
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(c.cfg.receiptPoll):
			}
		default:
			c.nonceKnown = false
			return nil, fmt.Errorf("send transaction (nonce %d): %w", nonce, err)
		}
	}
}

// nonce is the pending nonce, or the one after our last send if the pool has not caught up with it yet
// (it takes transactions in asynchronously).
func (c *Client) nonce(ctx context.Context) (uint64, error) {
	pending, err := c.eth.PendingNonceAt(ctx, c.addr)
	if err != nil {
		return 0, fmt.Errorf("pending nonce: %w", err)
	}
	if c.nonceKnown && c.nextNonce > pending {
		return c.nextNonce, nil
	}
	return pending, nil
}

func isAlreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction")
}

func isNonceClash(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "replacement transaction underpriced")
}

// wait polls for tx's receipt until it is mined or ctx ends.
func (c *Client) wait(ctx context.Context, tx *types.Transaction) (*Receipt, error) {
	t := time.NewTicker(c.cfg.receiptPoll)
	defer t.Stop()
	failures := 0
	for {
		r, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			rec := &Receipt{TxHash: r.TxHash, BlockNumber: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, Logs: r.Logs}
			if err := c.waitHead(ctx, rec.BlockNumber, t.C); err != nil {
				return rec, err
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return rec, c.onChainRevert(ctx, tx, r)
			}
			return rec, nil
		case errors.Is(err, ethereum.NotFound):
			failures = 0
		case ctx.Err() == nil:
			if failures++; failures >= receiptErrorLimit {
				c.forgetNonce()
				return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
			}
		}
		select {
		case <-ctx.Done():
			// The transaction may never be mined (dropped, underpriced): take the pool's nonce next time
			// rather than leave a gap that no later transaction could pass.
			c.forgetNonce()
			return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}

// waitHead waits until the node's latest block is at least n. A node finds a receipt as soon as its block's
// transactions are indexed, which go-ethereum does a moment before it moves its head to that block; a call
// on "latest" made in that moment (the gas estimate of the next transaction, say) would not see the
// transaction's effects.
func (c *Client) waitHead(ctx context.Context, n uint64, tick <-chan time.Time) error {
	for {
		head, err := c.eth.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("head after block %d: %w", n, err)
		}
		if head >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("head after block %d: %w", n, ctx.Err())
		case <-tick:
		}
	}
}

func (c *Client) forgetNonce() {
	c.sendMu.Lock()
	c.nonceKnown = false
	c.sendMu.Unlock()
}

// onChainRevert recovers the reason of a mined, reverted transaction by replaying it with eth_call at its
// block. The replay runs on the state after that block, which is the state the transaction saw unless
// another transaction of the same block changed it.
func (c *Client) onChainRevert(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: c.addr, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := c.eth.CallContract(ctx, msg, r.BlockNumber)
	switch re, ok := c.revertOf(err); {
	case ok:
		return fmt.Errorf("transaction %s: %w: %w", tx.Hash(), ErrReverted, re)
	case err != nil:
		return fmt.Errorf("transaction %s: %w (replay: %v)", tx.Hash(), ErrReverted, err)
	case r.GasUsed >= tx.Gas():
		return fmt.Errorf("transaction %s: %w: out of gas (%d)", tx.Hash(), ErrReverted, tx.Gas())
	default:
		return fmt.Errorf("transaction %s: %w (its replay at block %s succeeded)", tx.Hash(), ErrReverted, r.BlockNumber)
	}
}

// revertOf decodes the revert inside err, from eth_call or eth_estimateGas; false when err is not a
// revert.
func (c *Client) revertOf(err error) (*deploy.RevertError, bool) {
	if err == nil {
		return nil, false
	}
	if re, ok := deploy.DecodeRevert(err, c.cfg.extraABIs...); ok {
		return re, true
	}
	if data, ok := deploy.RevertData(err); ok && len(data) > 0 {
		return &deploy.RevertError{Name: "UnknownError", Args: []any{hexutil.Encode(data)}, Data: data}, true
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &deploy.RevertError{Name: "Revert"}, true
	}
	return nil, false
}

// call runs a view function of a contract at the latest block.
func call[T any](ctx context.Context, c *Client, contract *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callAt(ctx, c, contract, nil, data, unpack)
}

// head is the number of the chain's latest block, for reads that must see one block's state.
func (c *Client) head(ctx context.Context) (*big.Int, error) {
	n, err := c.eth.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	return new(big.Int).SetUint64(n), nil
}

// callAt runs a view function at a block (nil: latest); a revert comes back decoded.
func callAt[T any](ctx context.Context, c *Client, contract *bind.BoundContract, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(contract, &bind.CallOpts{Context: ctx, BlockNumber: block}, data, unpack)
	if err != nil {
		if re, ok := c.revertOf(err); ok {
			return v, re
		}
		return v, err
	}
	return v, nil
}
