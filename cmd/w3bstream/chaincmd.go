package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
)

// Where the operator commands find the chain and the sending key unless told otherwise.
const (
	envChainRPC      = "W3BSTREAM_CHAIN_RPC"
	envKey           = "W3BSTREAM_KEY"
	defaultChainRPC  = "http://127.0.0.1:8545"
	defaultContracts = "contracts.json"
	defaultTxTimeout = 2 * time.Minute
)

// chainFlags are the flags every operator command shares: where the chain is, where its contracts are,
// which key sends, and how long to wait for the transaction.
type chainFlags struct {
	rpcURL    string
	contracts string
	keyFile   string
	timeout   time.Duration
}

// add registers the flags on cmd; withContracts is false for `contracts deploy`, which writes the file.
func (f *chainFlags) add(cmd *cobra.Command, withContracts bool) {
	fs := cmd.Flags()
	fs.StringVar(&f.rpcURL, "chain-rpc", "", "JSON-RPC URL of the chain (default $"+envChainRPC+" or "+defaultChainRPC+")")
	if withContracts {
		fs.StringVar(&f.contracts, "contracts", defaultContracts, "JSON `file` of contract addresses, as contracts deploy writes it")
	}
	fs.StringVar(&f.keyFile, "key-file", "", "`file` holding the sending account's private key, hex (or $"+envKey+")")
	fs.DurationVar(&f.timeout, "timeout", defaultTxTimeout, "give up waiting for the chain after this long")
}

func (f *chainFlags) rpc() string {
	if f.rpcURL != "" {
		return f.rpcURL
	}
	if env := os.Getenv(envChainRPC); env != "" {
		return env
	}
	return defaultChainRPC
}

func (f *chainFlags) key() (*ecdsa.PrivateKey, error) {
	return readKey(f.keyFile, envKey, "--key-file")
}

// context bounds a command by --timeout.
// account is the address an optional ADDRESS argument names, else the --key-file account.
func (f *chainFlags) account(args []string) (common.Address, error) {
	if len(args) == 1 {
		return parseAddress(args[0])
	}
	key, err := f.key()
	if err != nil {
		return common.Address{}, fmt.Errorf("give ADDRESS or a key: %w", err)
	}
	return crypto.PubkeyToAddress(key.PublicKey), nil
}

func (f *chainFlags) context(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	return context.WithTimeout(cmd.Context(), f.timeout)
}

// dial connects to the chain and the contracts of --contracts, sending from --key-file (read-only when
// withKey is false).
func (f *chainFlags) dial(ctx context.Context, withKey bool) (*chain.Client, error) {
	addrs, err := readContracts(f.contracts)
	if err != nil {
		return nil, fmt.Errorf("contracts file (see `w3bstream contracts deploy`): %w", err)
	}
	var key *ecdsa.PrivateKey
	if withKey {
		if key, err = f.key(); err != nil {
			return nil, err
		}
	}
	return chain.Dial(ctx, f.rpc(), addrs, key)
}

// transact dials with the key, runs op and prints its receipt: the one shape of every operator command
// that sends a transaction.
func (f *chainFlags) transact(cmd *cobra.Command, what string, op func(context.Context, *chain.Client) (*chain.Receipt, error)) error {
	ctx, cancel := f.context(cmd)
	defer cancel()
	c, err := f.dial(ctx, true)
	if err != nil {
		return err
	}
	defer c.Close()
	r, err := op(ctx, c)
	return printReceipt(cmd.OutOrStdout(), what, r, err)
}

// printReceipt prints the transaction of a command, also when it was mined and reverted (err then says
// why), and returns err.
func printReceipt(w io.Writer, what string, r *chain.Receipt, err error) error {
	if r == nil {
		return err
	}
	if err != nil {
		what = "transaction mined"
	}
	fmt.Fprintf(w, "%s: tx %s, gas used %d, block %d\n", what, r.TxHash.Hex(), r.GasUsed, r.BlockNumber)
	return err
}

func contractsCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "contracts", Short: "Deploy and administer W3bstream's contracts"}
	cmd.AddCommand(contractsDeployCommand())
	return cmd
}

func contractsDeployCommand() *cobra.Command {
	var (
		cf                               chainFlags
		out, minStake, minSeqStake       string
		force, devDifficulty             bool
		interval, drift, window, unstake time.Duration
		retarget, dappGas                uint64
		powLimit                         string
	)
	defaults := deploy.DefaultConfig()
	network := block.NetworkParams()
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the registries, block minter, router and SumDApp, and write their addresses",
		Long: `contracts deploy deploys W3bstream's contracts from the --key-file account, which owns them: the
project, device, prover and sequencer registries, the block minter (proof-of-work rules from the flags),
the router, and SumDApp (the sum example's dApp). It wires the minter to the router and writes the
addresses to --out, the file that nodes and the other operator commands read (--contracts).

No one may mint yet: each sequencer then stakes itself in the sequencer registry ('w3bstream sequencer
register'), and the minter takes blocks from every active one.

Proof of work: by default the network difficulty (block.NetworkParams): a pow limit of about 2^16 hashes
a block, 2s blocks and 30-block epochs; the retarget raises the difficulty to the sequencers' hash rate
within minutes. --dev-difficulty takes the dev mode's (about two hashes a block, 1s, 16-block epochs)
instead, for tests. --pow-limit, --target-interval and --retarget-window override either.

Every transaction is printed with its hash and the gas it used. An existing --out file is not
overwritten without --force: it is how nodes find the contracts of a running network.`,
		Example: `  w3bstream contracts deploy --chain-rpc http://127.0.0.1:8545 --key-file owner.key --out contracts.json
  W3BSTREAM_KEY=0x... w3bstream contracts deploy --target-interval 5s --min-stake 0.5ether --min-sequencer-stake 10ether
  w3bstream contracts deploy --dev-difficulty --key-file owner.key   # near-instant blocks, for tests`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := deploy.DefaultConfig()
			f := cmd.Flags()
			var err error
			cfg.Block, err = deployParams(devDifficulty, f.Changed("pow-limit"), powLimit,
				f.Changed("target-interval") || f.Changed("block-interval"), interval, f.Changed("retarget-window"), retarget)
			if err != nil {
				return err
			}
			cfg.MaxDrift, cfg.MaxProofWindow, cfg.UnstakeDelay, cfg.DAppGasLimit = drift, window, unstake, dappGas
			if cfg.MinStake, err = parseWei(minStake); err != nil {
				return fmt.Errorf("--min-stake: %w", err)
			}
			if cfg.MinSequencerStake, err = parseWei(minSeqStake); err != nil {
				return fmt.Errorf("--min-sequencer-stake: %w", err)
			}
			if err := cfg.Validate(); err != nil {
				return err
			}
			if !force {
				if _, err := os.Stat(out); err == nil {
					return fmt.Errorf("%s exists: it may name the contracts of a running network (use --force to replace it)", out)
				}
			}
			key, err := cf.key()
			if err != nil {
				return err
			}
			ctx, cancel := cf.context(cmd)
			defer cancel()
			eth, err := ethclient.DialContext(ctx, cf.rpc())
			if err != nil {
				return fmt.Errorf("dial %s: %w", cf.rpc(), err)
			}
			defer eth.Close()
			chainID, err := eth.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("chain ID: %w", err)
			}
			from, err := eth.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("head: %w", err)
			}
			owner := crypto.PubkeyToAddress(key.PublicKey)
			dep, err := deploy.Deploy(ctx, eth, key, cfg)
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(dep.Addresses, "", "  ")
			if err != nil {
				return err
			}
			if err := atomicfile.Write(out, append(b, '\n'), 0o644); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "deployed from %s on chain %s; proof of work: pow limit %#08x, %s blocks, %d-block epochs\n",
				owner.Hex(), chainID, cfg.Block.PowLimit, cfg.Block.TargetInterval, cfg.Block.RetargetWindow)
			// Deploy reports no receipts; the owner's transactions since the head before it are its own.
			if err := printOwnTransactions(ctx, w, eth, chainID, owner, from+1); err != nil {
				fmt.Fprintf(w, "  (transactions not listed: %v)\n", err)
			}
			a := dep.Addresses
			for _, c := range []struct {
				name string
				addr common.Address
			}{{"projectRegistry", a.ProjectRegistry}, {"deviceRegistry", a.DeviceRegistry}, {"proverRegistry", a.ProverRegistry},
				{"sequencerRegistry", a.SequencerRegistry}, {"blockMinter", a.BlockMinter}, {"router", a.Router}, {"sumDApp", a.SumDApp}} {
				fmt.Fprintf(w, "  %-17s %s\n", c.name, c.addr.Hex())
			}
			fmt.Fprintf(w, "wrote %s; sequencers now stake with 'w3bstream sequencer register'\n", out)
			return nil
		},
	}
	cf.add(cmd, false)
	f := cmd.Flags()
	f.StringVar(&out, "out", defaultContracts, "file to write the contract addresses to")
	f.BoolVar(&force, "force", false, "replace an existing --out file")
	f.StringVar(&minStake, "min-stake", defaults.MinStake.String(), "least stake of a prover, in wei (or with a unit: 0.5ether, 100gwei)")
	f.StringVar(&minSeqStake, "min-sequencer-stake", defaults.MinSequencerStake.String(), "least stake of a sequencer, in wei (or with a unit: 10ether)")
	f.BoolVar(&devDifficulty, "dev-difficulty", false, fmt.Sprintf("use the dev mode's proof of work (pow limit %#08x, %s, %d blocks) rather than the network's",
		block.DefaultPowLimit, block.DefaultTargetInterval, block.DefaultRetargetWindow))
	f.DurationVar(&interval, "target-interval", network.TargetInterval, "block interval that proof-of-work difficulty adjusts toward (--dev-difficulty: "+block.DefaultTargetInterval.String()+")")
	f.DurationVar(&interval, "block-interval", network.TargetInterval, "old name of --target-interval")
	_ = f.MarkDeprecated("block-interval", "use --target-interval")
	f.Uint64Var(&retarget, "retarget-window", network.RetargetWindow, fmt.Sprintf("blocks per difficulty epoch (--dev-difficulty: %d)", block.DefaultRetargetWindow))
	f.StringVar(&powLimit, "pow-limit", fmt.Sprintf("%#08x", network.PowLimit), fmt.Sprintf("nbits of the easiest proof-of-work target, the genesis block's (--dev-difficulty: %#08x)", block.DefaultPowLimit))
	f.DurationVar(&drift, "max-drift", defaults.MaxDrift, "how far a block header's time may be ahead of the chain's")
	f.DurationVar(&window, "max-proof-window", defaults.MaxProofWindow, "longest time from a block to one of its proof deadlines")
	f.DurationVar(&unstake, "unstake-delay", defaults.UnstakeDelay, "time from a prover's or sequencer's unstake request to its withdrawal")
	f.Uint64Var(&dappGas, "dapp-gas-limit", defaults.DAppGasLimit, "gas the router gives a dApp to process a result")
	return cmd
}

// deployParams is the proof of work of contracts deploy: the network's, or the dev mode's with
// devDifficulty, each flag that was set overriding its part.
func deployParams(devDifficulty, setPowLimit bool, powLimit string, setInterval bool, interval time.Duration,
	setWindow bool, window uint64) (block.Params, error) {
	p := block.NetworkParams()
	if devDifficulty {
		p = block.DefaultParams()
	}
	if setPowLimit {
		nbits, err := strconv.ParseUint(strings.TrimPrefix(powLimit, "0x"), 16, 32)
		if err != nil {
			return p, fmt.Errorf("--pow-limit %q: want compact nbits in hex, like %#08x", powLimit, block.NetworkPowLimit)
		}
		p.PowLimit = uint32(nbits)
	}
	if setInterval {
		p.TargetInterval = interval
	}
	if setWindow {
		p.RetargetWindow = window
	}
	return p, p.Validate()
}

// printOwnTransactions lists the transactions sent from addr in blocks from..head, with their gas.
func printOwnTransactions(ctx context.Context, w io.Writer, eth *ethclient.Client, chainID *big.Int, addr common.Address, from uint64) error {
	head, err := eth.BlockNumber(ctx)
	if err != nil {
		return err
	}
	signer := types.LatestSignerForChainID(chainID)
	var total uint64
	for n := from; n <= head; n++ {
		b, err := eth.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		for _, tx := range b.Transactions() {
			if sender, err := types.Sender(signer, tx); err != nil || sender != addr {
				continue
			}
			r, err := eth.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return err
			}
			what := "create " + r.ContractAddress.Hex()
			if to := tx.To(); to != nil {
				what = "call " + to.Hex()
			}
			fmt.Fprintf(w, "  tx %s, gas used %d, block %d (%s)\n", tx.Hash().Hex(), r.GasUsed, n, what)
			total += r.GasUsed
		}
	}
	fmt.Fprintf(w, "  gas used in all: %d\n", total)
	return nil
}

// parseWei reads an amount of wei: an integer, or a decimal with a unit (wei, gwei, ether).
func parseWei(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	unit := big.NewInt(1)
	for _, u := range []struct {
		suffix string
		wei    int64
	}{{"gwei", params.GWei}, {"ether", params.Ether}, {"eth", params.Ether}, {"wei", 1}} {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, unit = strings.TrimSpace(num), big.NewInt(u.wei)
			break
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("amount %q: want a non-negative number of wei, or one with a unit (1ether, 20gwei)", s)
	}
	r.Mul(r, new(big.Rat).SetInt(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("amount %q is not a whole number of wei", s)
	}
	return r.Num(), nil
}

func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not an address (0x and 40 hex digits)", s)
	}
	return common.HexToAddress(s), nil
}

func parseProjectID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("project ID %q: want a positive integer", s)
	}
	return id, nil
}
