package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
)

func deviceCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "device", Short: "Approve and revoke the devices that may send for a project"}
	cmd.AddCommand(deviceApproveCommand(), deviceRevokeCommand(), deviceOpenCommand(), deviceRootCommand())
	return cmd
}

func deviceRootCommand() *cobra.Command {
	var (
		cf     chainFlags
		depth  int
		commit bool
	)
	cmd := &cobra.Command{
		Use:   "root PROJECT_ID",
		Short: "Compute (and commit) the root of a project's device tree",
		Long: `device root builds the project's device tree from the EdDSA public keys its approved devices were
registered with (device approve --pubkey), and prints its root: a MiMC Merkle tree of depth --depth whose
leaves are MiMC(A.X, A.Y) of each key, sorted, padded with zeros (examples/provenance/assign). Circuits
that prove their signers are registered, such as the provenance example, prove membership in it, and
their dApps check the root the project committed. With --commit it sets the project attribute
"deviceRoot" to the root (the project owner only): run it again after approving or revoking devices.`,
		Example: `  w3bstream device root 3
  w3bstream device root 3 --commit --key-file owner.key`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProjectID(args[0])
			if err != nil {
				return err
			}
			ctx, cancel := cf.context(cmd)
			defer cancel()
			c, err := cf.dial(ctx, false)
			if err != nil {
				return err
			}
			keys, err := c.Devices().PublicKeys(ctx, id)
			c.Close()
			if err != nil {
				return err
			}
			tree, err := assign.NewTree(depth, keys)
			if err != nil {
				return err
			}
			root := tree.Root()
			rb := root.Bytes()
			fmt.Fprintf(cmd.OutOrStdout(), "device tree of project %d: %d keys, depth %d, root %s\n", id, tree.Len(), depth, hexutil.Encode(rb[:]))
			if !commit {
				return nil
			}
			return cf.transact(cmd, fmt.Sprintf("committed the device-tree root of project %d", id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.SetProjectAttribute(ctx, id, devnet.DeviceRootKey, rb[:])
			})
		},
	}
	cf.add(cmd, true)
	cmd.Flags().IntVar(&depth, "depth", examples.ProvenanceDepth, "depth of the tree (the circuit's)")
	cmd.Flags().BoolVar(&commit, "commit", false, "set the project attribute deviceRoot to the root")
	return cmd
}

func deviceApproveCommand() *cobra.Command {
	var (
		cf     chainFlags
		pubKey string
	)
	cmd := &cobra.Command{
		Use:   "approve PROJECT_ID DEVICE_ADDRESS",
		Short: "Allow a device to send messages for a project",
		Long: `device approve adds a device (its address: what its signatures recover to) to a project's approved
devices (the project owner only). Ingest nodes accept its messages as soon as they see the approval.
--pubkey records the device's public key with it; approving an approved device replaces the key.`,
		Example: `  w3bstream device approve 1 0xDe71... --key-file owner.key
  w3bstream device approve 1 0xDe71... --pubkey 0x04ab... --key-file owner.key`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, device, err := projectAndDevice(args)
			if err != nil {
				return err
			}
			var pk []byte
			if pubKey != "" {
				if pk, err = hexutil.Decode(withHexPrefix(pubKey)); err != nil {
					return fmt.Errorf("--pubkey: %w", err)
				}
			}
			return cf.transact(cmd, fmt.Sprintf("approved device %s for project %d", device.Hex(), id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.ApproveDevice(ctx, id, device, pk)
			})
		},
	}
	cf.add(cmd, true)
	cmd.Flags().StringVar(&pubKey, "pubkey", "", "the device's public key, hex")
	return cmd
}

func deviceRevokeCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "revoke PROJECT_ID DEVICE_ADDRESS",
		Short: "Stop accepting a device's messages for a project",
		Long: `device revoke removes a device from a project's approved devices (the project owner only). Ingest
nodes refuse its new messages once they see the revocation; an open project still accepts it.`,
		Example: `  w3bstream device revoke 1 0xDe71... --key-file owner.key`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, device, err := projectAndDevice(args)
			if err != nil {
				return err
			}
			return cf.transact(cmd, fmt.Sprintf("revoked device %s of project %d", device.Hex(), id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.RevokeDevice(ctx, id, device)
			})
		},
	}
	cf.add(cmd, true)
	return cmd
}

func deviceOpenCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "open PROJECT_ID true|false",
		Short: "Open a project to every device, or back to approved devices only",
		Long: `device open with true lets any device send messages for the project; with false only approved devices
may (the project owner only).`,
		Example: `  w3bstream device open 2 true --key-file owner.key`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProjectID(args[0])
			if err != nil {
				return err
			}
			open, err := strconv.ParseBool(args[1])
			if err != nil {
				return fmt.Errorf("%q: want true or false", args[1])
			}
			what := fmt.Sprintf("opened project %d to every device", id)
			if !open {
				what = fmt.Sprintf("closed project %d to all but approved devices", id)
			}
			return cf.transact(cmd, what, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.SetDevicesOpen(ctx, id, open)
			})
		},
	}
	cf.add(cmd, true)
	return cmd
}

func projectAndDevice(args []string) (uint64, common.Address, error) {
	id, err := parseProjectID(args[0])
	if err != nil {
		return 0, common.Address{}, err
	}
	device, err := parseAddress(args[1])
	return id, device, err
}

func proverCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "prover", Short: "Register, pause and unstake provers"}
	cmd.AddCommand(proverRegisterCommand(), proverSimpleCommand("pause"), proverSimpleCommand("resume"),
		proverSimpleCommand("unstake"), proverSimpleCommand("withdraw"), proverShowCommand())
	return cmd
}

func proverRegisterCommand() *cobra.Command {
	var (
		cf                 chainFlags
		runtimes           []string
		beneficiary, stake string
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register the --key-file account as a prover, with a stake",
		Long: `prover register registers the --key-file account (the key the prover node signs with) as a prover of
the --runtimes, staking --stake wei (default: the registry's minimum stake, read from the chain). The
stake goes back to --beneficiary (default: the account itself) on withdrawal. Sequencers assign tasks to
the prover from the next block on.`,
		Example: `  w3bstream prover register --runtimes wasm --key-file prover.key
  w3bstream prover register --runtimes wasm,gnark --stake 2ether --beneficiary 0xBe0e... --key-file prover.key`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(runtimes) == 0 {
				return errors.New("--runtimes is required")
			}
			var bene common.Address
			if beneficiary != "" {
				var err error
				if bene, err = parseAddress(beneficiary); err != nil {
					return fmt.Errorf("--beneficiary: %w", err)
				}
			}
			var amount *big.Int
			if stake != "" {
				var err error
				if amount, err = parseWei(stake); err != nil {
					return fmt.Errorf("--stake: %w", err)
				}
			}
			what := fmt.Sprintf("registered prover (runtimes %s)", strings.Join(runtimes, ","))
			return cf.transact(cmd, what, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				if amount == nil {
					min, err := minStake(ctx, c)
					if err != nil {
						return nil, err
					}
					amount = min
				}
				r, err := c.RegisterProver(ctx, runtimes, bene, amount)
				if err == nil {
					fmt.Fprintf(cmd.OutOrStdout(), "prover %s staked %s wei\n", c.Address().Hex(), amount)
				}
				return r, err
			})
		},
	}
	cf.add(cmd, true)
	f := cmd.Flags()
	f.StringSliceVar(&runtimes, "runtimes", nil, "runtimes the prover runs, comma-separated (wasm, ...)")
	f.StringVar(&beneficiary, "beneficiary", "", "address the stake goes back to (default: the prover's own)")
	f.StringVar(&stake, "stake", "", "stake in wei, or with a unit (2ether) (default: the registry's minimum)")
	return cmd
}

// minStake reads the prover registry's minimum stake.
func minStake(ctx context.Context, c *chain.Client) (*big.Int, error) {
	p := c.Deployment().Provers
	v, err := bind.Call(p.Instance, &bind.CallOpts{Context: ctx}, p.Binding.PackMinStake(), p.Binding.UnpackMinStake)
	if err != nil {
		return nil, fmt.Errorf("read the minimum stake: %w", err)
	}
	return v, nil
}

// proverSimpleCommand is one of the prover commands without arguments: pause, resume, unstake, withdraw.
func proverSimpleCommand(name string) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{Use: name, Args: cobra.NoArgs}
	var op func(*chain.Client, context.Context) (*chain.Receipt, error)
	switch name {
	case "pause":
		cmd.Short = "Stop new assignments to the prover"
		cmd.Long = `prover pause makes the --key-file prover inactive: sequencers assign it nothing new until ` + "`prover resume`" + `. Assignments made before stay its own to finish.`
		op = (*chain.Client).PauseProver
	case "resume":
		cmd.Short = "Undo prover pause"
		cmd.Long = `prover resume makes a paused prover active again: sequencers assign it tasks from the next block on.`
		op = (*chain.Client).ResumeProver
	case "unstake":
		cmd.Short = "Request the prover's stake back, starting the unstake delay"
		cmd.Long = `prover unstake makes the --key-file prover inactive for good and starts the registry's unstake delay;
after it, ` + "`prover withdraw`" + ` ends the registration and sends the stake to the beneficiary.`
		op = (*chain.Client).RequestUnstake
	case "withdraw":
		cmd.Short = "End the registration and send the stake to the beneficiary"
		cmd.Long = `prover withdraw ends the --key-file prover's registration once the unstake delay after ` + "`prover unstake`" + `
has passed, and sends its stake to its beneficiary. Before that the registry refuses it with UnstakeNotReady.`
		op = (*chain.Client).Withdraw
	default:
		panic("unknown prover command " + name) // a programming error: the names are fixed above
	}
	cmd.Example = "  w3bstream prover " + name + " --key-file prover.key"
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		past := map[string]string{"pause": "paused prover", "resume": "resumed prover", "unstake": "requested unstake of prover", "withdraw": "withdrew prover"}[name]
		return cf.transact(cmd, past, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
			r, err := op(c, ctx)
			if err == nil {
				fmt.Fprintf(cmd.OutOrStdout(), "prover %s\n", c.Address().Hex())
			}
			return r, err
		})
	}
	cf.add(cmd, true)
	return cmd
}

func proverShowCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "show [ADDRESS]",
		Short: "Print a prover's on-chain record",
		Long: `prover show prints what the prover registry records of a prover: whether it is registered and active,
its stake, runtimes and beneficiary, and when its unstake delay ends. Without ADDRESS it shows the
--key-file account.`,
		Example: `  w3bstream prover show 0x9a0e...
  w3bstream prover show --key-file prover.key`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := cf.account(args)
			if err != nil {
				return err
			}
			ctx, cancel := cf.context(cmd)
			defer cancel()
			c, err := cf.dial(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			p, err := c.Prover(ctx, addr)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if !p.Registered {
				fmt.Fprintf(w, "prover %s is not registered\n", addr.Hex())
				return nil
			}
			fmt.Fprintf(w, "prover %s\n  active      %t (paused %t, unstaking %t)\n  stake       %s wei\n  runtimes    %s\n  beneficiary %s\n",
				addr.Hex(), p.Active, p.Paused, p.Unstaking, p.Stake, strings.Join(p.Runtimes, ","), p.Beneficiary.Hex())
			if p.Unstaking {
				fmt.Fprintf(w, "  withdrawable from %s\n", time.Unix(int64(p.UnstakeAt), 0).UTC().Format(time.RFC3339))
			}
			return nil
		},
	}
	cf.add(cmd, true)
	return cmd
}
