package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/chain"
)

func sequencerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sequencer",
		Short: "Stake, publish and unstake sequencers",
		Long: `Any account that stakes at least the SequencerRegistry's minimum may run a sequencer: the block
minter takes blocks from every active sequencer (registered, staked enough, not paused, not unstaking).
Sequencers race on one chain tip: the first valid block minted wins, and the others mine again on it, so
no coordination is needed. A sequencer may publish a libp2p multiaddr where its peers reach it.`,
	}
	cmd.AddCommand(sequencerRegisterCommand(), sequencerEndpointCommand(), sequencerSimpleCommand("pause"),
		sequencerSimpleCommand("resume"), sequencerSimpleCommand("unstake"), sequencerSimpleCommand("withdraw"),
		sequencerShowCommand(), sequencerListCommand())
	return cmd
}

func sequencerRegisterCommand() *cobra.Command {
	var (
		cf                           chainFlags
		beneficiary, stake, endpoint string
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register the --key-file account as a sequencer, with a stake",
		Long: `sequencer register registers the --key-file account (the key the sequencer node signs its mints with,
--sequencer-key-file of 'w3bstream node') in the SequencerRegistry, staking --stake (default: the
registry's minimum, read from the chain). The stake goes back to --beneficiary (default: the account
itself) on withdrawal. With --endpoint it also publishes where peers reach the sequencer (a libp2p
multiaddr, at most 256 bytes; 'sequencer endpoint' changes it later). The minter takes the account's
blocks from the next chain block on.`,
		Example: `  w3bstream sequencer register --stake 1ether --key-file seq.key
  w3bstream sequencer register --stake 2ether --beneficiary 0xBe0e... \
    --endpoint /ip4/203.0.113.7/tcp/4001/p2p/12D3KooW... --key-file seq.key`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
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
			if len(endpoint) > chain.MaxSequencerEndpoint {
				return fmt.Errorf("--endpoint: %d bytes, at most %d", len(endpoint), chain.MaxSequencerEndpoint)
			}
			err := cf.transact(cmd, "registered sequencer", func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				if amount == nil {
					min, err := minSequencerStake(ctx, c)
					if err != nil {
						return nil, err
					}
					amount = min
				}
				r, err := c.RegisterSequencer(ctx, amount, bene)
				if err == nil {
					fmt.Fprintf(cmd.OutOrStdout(), "sequencer %s staked %s wei\n", c.Address().Hex(), amount)
				}
				return r, err
			})
			if err != nil || endpoint == "" {
				return err
			}
			return cf.transact(cmd, "published endpoint "+endpoint, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.SetSequencerEndpoint(ctx, endpoint)
			})
		},
	}
	cf.add(cmd, true)
	f := cmd.Flags()
	f.StringVar(&beneficiary, "beneficiary", "", "address the stake goes back to (default: the sequencer's own)")
	f.StringVar(&stake, "stake", "", "stake in wei, or with a unit (1ether) (default: the registry's minimum)")
	f.StringVar(&endpoint, "endpoint", "", "libp2p multiaddr where peers reach the sequencer (default: none published)")
	return cmd
}

// minSequencerStake reads the sequencer registry's minimum stake.
func minSequencerStake(ctx context.Context, c *chain.Client) (*big.Int, error) {
	a := c.Deployment().Addresses
	if err := a.CheckSequencerRegistry(); err != nil {
		return nil, err
	}
	s := c.Deployment().Sequencers
	v, err := bind.Call(s.Instance, &bind.CallOpts{Context: ctx}, s.Binding.PackMinStake(), s.Binding.UnpackMinStake)
	if err != nil {
		return nil, fmt.Errorf("read the minimum sequencer stake: %w", err)
	}
	return v, nil
}

func sequencerEndpointCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "endpoint [MULTIADDR]",
		Short: "Publish where peers reach the sequencer, or withdraw it",
		Long: `sequencer endpoint sets the --key-file sequencer's endpoint in the SequencerRegistry: a libp2p multiaddr
(at most 256 bytes) that other nodes read with 'sequencer list' to reach it. Without MULTIADDR it clears
the endpoint. The registry stores the text as given; nodes parse it.`,
		Example: `  w3bstream sequencer endpoint /dns4/seq.example.org/tcp/4001/p2p/12D3KooW... --key-file seq.key
  w3bstream sequencer endpoint --key-file seq.key   # withdraw it`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var endpoint string
			if len(args) == 1 {
				endpoint = args[0]
			}
			if len(endpoint) > chain.MaxSequencerEndpoint {
				return fmt.Errorf("endpoint of %d bytes, at most %d", len(endpoint), chain.MaxSequencerEndpoint)
			}
			what := "published endpoint " + endpoint
			if endpoint == "" {
				what = "cleared endpoint"
			}
			return cf.transact(cmd, what, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.SetSequencerEndpoint(ctx, endpoint)
			})
		},
	}
	cf.add(cmd, true)
	return cmd
}

// sequencerSimpleCommand is one of the sequencer commands without arguments: pause, resume, unstake,
// withdraw.
func sequencerSimpleCommand(name string) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{Use: name, Args: cobra.NoArgs}
	var op func(*chain.Client, context.Context) (*chain.Receipt, error)
	var past string
	switch name {
	case "pause":
		cmd.Short = "Stop the sequencer's blocks from being taken"
		cmd.Long = `sequencer pause makes the --key-file sequencer inactive: the minter refuses its blocks (NotSequencer)
until ` + "`sequencer resume`" + `. Stop or pause its node first, or its mints revert.`
		op, past = (*chain.Client).PauseSequencer, "paused sequencer"
	case "resume":
		cmd.Short = "Undo sequencer pause"
		cmd.Long = `sequencer resume makes a paused sequencer active again: the minter takes its blocks from the next chain block on.`
		op, past = (*chain.Client).ResumeSequencer, "resumed sequencer"
	case "unstake":
		cmd.Short = "Request the sequencer's stake back, starting the unstake delay"
		cmd.Long = `sequencer unstake makes the --key-file sequencer inactive for good and starts the registry's unstake
delay; after it, ` + "`sequencer withdraw`" + ` ends the registration and sends the stake to the beneficiary.`
		op, past = (*chain.Client).RequestSequencerUnstake, "requested unstake of sequencer"
	case "withdraw":
		cmd.Short = "End the registration and send the stake to the beneficiary"
		cmd.Long = `sequencer withdraw ends the --key-file sequencer's registration once the unstake delay after
` + "`sequencer unstake`" + ` has passed, and sends its stake to its beneficiary. Before that the registry refuses
it with UnstakeNotReady.`
		op, past = (*chain.Client).WithdrawSequencer, "withdrew sequencer"
	default:
		panic("unknown sequencer command " + name) // a programming error: the names are fixed above
	}
	cmd.Example = "  w3bstream sequencer " + name + " --key-file seq.key"
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		return cf.transact(cmd, past, func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
			r, err := op(c, ctx)
			if err == nil {
				fmt.Fprintf(cmd.OutOrStdout(), "sequencer %s\n", c.Address().Hex())
			}
			return r, err
		})
	}
	cf.add(cmd, true)
	return cmd
}

func sequencerShowCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "show [ADDRESS]",
		Short: "Print a sequencer's on-chain record",
		Long: `sequencer show prints what the SequencerRegistry records of a sequencer: whether it is registered and
active (may mint), its stake, beneficiary and endpoint, and when its unstake delay ends. Without ADDRESS it
shows the --key-file account.`,
		Example: `  w3bstream sequencer show 0x5e9...
  w3bstream sequencer show --key-file seq.key`,
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
			s, err := c.SequencerInfo(ctx, addr)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if !s.Registered {
				fmt.Fprintf(w, "sequencer %s is not registered\n", addr.Hex())
				return nil
			}
			fmt.Fprintf(w, "sequencer %s\n  active      %t (paused %t, unstaking %t)\n  stake       %s wei\n  beneficiary %s\n  endpoint    %s\n",
				addr.Hex(), s.Active, s.Paused, s.Unstaking, s.Stake, s.Beneficiary.Hex(), orNone(s.Endpoint))
			if s.Unstaking {
				fmt.Fprintf(w, "  withdrawable from %s\n", time.Unix(int64(s.UnstakeAt), 0).UTC().Format(time.RFC3339))
			}
			return nil
		},
	}
	cf.add(cmd, true)
	return cmd
}

func sequencerListCommand() *cobra.Command {
	var (
		cf  chainFlags
		all bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the active sequencers and their endpoints",
		Long: `sequencer list prints the sequencers that may mint now, one a line: address, stake in wei and the
endpoint each published ('-' for none). With --all it lists every registered sequencer, paused and
unstaking ones too, with its state. The list comes from the registry's events since the deployment.`,
		Example: `  w3bstream sequencer list --contracts contracts.json
  w3bstream sequencer list --all`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := cf.context(cmd)
			defer cancel()
			c, err := cf.dial(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			read := c.ActiveSequencers
			if all {
				read = c.Sequencers
			}
			list, err := read(ctx)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if len(list) == 0 {
				fmt.Fprintln(w, "no sequencers")
				return nil
			}
			for _, s := range list {
				state := ""
				if all {
					state = " active"
					switch {
					case s.Unstaking:
						state = " unstaking"
					case s.Paused:
						state = " paused"
					case !s.Active:
						state = " understaked"
					}
				}
				fmt.Fprintf(w, "%s %s%s %s\n", s.Address.Hex(), s.Stake, state, orNone(s.Endpoint))
			}
			return nil
		},
	}
	cf.add(cmd, true)
	cmd.Flags().BoolVar(&all, "all", false, "list paused, unstaking and understaked sequencers too")
	return cmd
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
