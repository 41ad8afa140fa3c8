package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/project"
)

// withProjectChainCommands adds the on-chain project commands to the `project` command of the file tools.
func withProjectChainCommands(cmd *cobra.Command) *cobra.Command {
	cmd.Short = "Check and hash project files, and register and administer projects on-chain"
	cmd.AddCommand(projectRegisterCommand(), projectUpdateCommand(), projectPauseCommand(true), projectPauseCommand(false),
		projectAttrCommand(), projectBindCommand(), projectShowCommand())
	return cmd
}

// projectFileFlags are the flags that name a project file and where nodes fetch it.
type projectFileFlags struct {
	file, uri string
	noCheck   bool
}

func (p *projectFileFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&p.file, "file", "", "the project file (required)")
	f.StringVar(&p.uri, "uri", "", "where nodes fetch the project file: file://, http(s):// or ipfs:// (required)")
	f.BoolVar(&p.noCheck, "skip-uri-check", false, "do not check that --uri serves the same bytes as --file")
}

// load reads and validates the file and returns it with its sha256. Unless --skip-uri-check, it also
// fetches --uri as a node would and checks that it serves those very bytes: a registration that nodes
// cannot load is only found out when messages fail.
func (p *projectFileFlags) load(ctx context.Context) (*project.File, [32]byte, error) {
	if p.file == "" || p.uri == "" {
		return nil, [32]byte{}, errors.New("--file and --uri are required")
	}
	b, err := os.ReadFile(p.file)
	if err != nil {
		return nil, [32]byte{}, err
	}
	f, err := project.Decode(b)
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("%s: %w", p.file, err)
	}
	sum := project.HashHex(b)
	if !p.noCheck {
		if _, err := project.NewFetcher("").Fetch(ctx, p.uri, sum); err != nil {
			return nil, [32]byte{}, fmt.Errorf("--uri does not serve %s (--skip-uri-check to register anyway): %w", p.file, err)
		}
	}
	raw, _ := hex.DecodeString(sum)
	return f, [32]byte(raw), nil
}

func projectRegisterCommand() *cobra.Command {
	var (
		cf      chainFlags
		pf      projectFileFlags
		runtime string
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register a project on-chain and print its ID",
		Long: `project register registers a project owned by the --key-file account: the registry records --uri and
the sha256 of --file (nodes fetch the URI and refuse content with another hash) and the runtime that
provers must support, taken from the file's first version unless --runtime is given. The file is
validated first, and --uri is fetched and compared with it.

The new project has no dApp (see ` + "`project bind`" + `) and accepts approved devices only (see ` + "`device`" + `).`,
		Example: `  w3bstream project register --file sum.json --uri https://example.org/sum.json --key-file owner.key
  w3bstream project register --file sum.json --uri file:///srv/w3b/sum.json --contracts contracts.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := cf.context(cmd)
			defer cancel()
			f, sum, err := pf.load(ctx)
			if err != nil {
				return err
			}
			if runtime == "" {
				runtime = f.Versions[0].Runtime
			}
			c, err := cf.dial(ctx, true)
			if err != nil {
				return err
			}
			defer c.Close()
			id, r, err := c.RegisterProject(ctx, pf.uri, sum, runtime)
			if err := printReceipt(cmd.OutOrStdout(), fmt.Sprintf("registered project %d (runtime %s, sha256 %x)", id, runtime, sum), r, err); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "projectID %d\n", id)
			return nil
		},
	}
	cf.add(cmd, true)
	pf.add(cmd)
	cmd.Flags().StringVar(&runtime, "runtime", "", "runtime provers must support (default: the file's first version's)")
	return cmd
}

func projectUpdateCommand() *cobra.Command {
	var (
		cf chainFlags
		pf projectFileFlags
	)
	cmd := &cobra.Command{
		Use:   "update PROJECT_ID",
		Short: "Point a project at a new project file",
		Long: `project update records a new --uri and the sha256 of --file for a project (the owner only). Nodes
load the new file when they see the update on-chain. The file is validated and --uri checked as for
register.`,
		Example: `  w3bstream project update 1 --file sum-v2.json --uri https://example.org/sum-v2.json --key-file owner.key`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProjectID(args[0])
			if err != nil {
				return err
			}
			ctx, cancel := cf.context(cmd)
			defer cancel()
			_, sum, err := pf.load(ctx)
			if err != nil {
				return err
			}
			return cf.transact(cmd, fmt.Sprintf("updated project %d (sha256 %x)", id, sum), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.UpdateProject(ctx, id, pf.uri, sum)
			})
		},
	}
	cf.add(cmd, true)
	pf.add(cmd)
	return cmd
}

// projectPauseCommand is `project pause` (pause) or `project resume`.
func projectPauseCommand(pause bool) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:     "pause PROJECT_ID",
		Short:   "Stop new assignments and results for a project",
		Long:    `project pause stops a project (the owner only): the minter assigns none of its tasks and the router takes none of its results until ` + "`project resume`" + `.`,
		Example: `  w3bstream project pause 1 --key-file owner.key`,
	}
	if !pause {
		cmd.Use, cmd.Short = "resume PROJECT_ID", "Undo project pause"
		cmd.Long = `project resume lets a paused project's tasks be assigned and its results routed again (the owner only).`
		cmd.Example = `  w3bstream project resume 1 --key-file owner.key`
	}
	cmd.Args = cobra.ExactArgs(1)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		id, err := parseProjectID(args[0])
		if err != nil {
			return err
		}
		if pause {
			return cf.transact(cmd, fmt.Sprintf("paused project %d", id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.PauseProject(ctx, id)
			})
		}
		return cf.transact(cmd, fmt.Sprintf("resumed project %d", id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
			return c.ResumeProject(ctx, id)
		})
	}
	cf.add(cmd, true)
	return cmd
}

func projectAttrCommand() *cobra.Command {
	var (
		cf         chainFlags
		key, value string
		provers    uint64
		del        bool
	)
	cmd := &cobra.Command{
		Use:   "attr PROJECT_ID",
		Short: "Set, delete or read a project attribute",
		Long: `project attr sets a project attribute (the owner only). --key is the attribute's name, whose keccak256 is
the on-chain key (or a 0x-prefixed 32-byte key as it is), --value its value in hex; --delete removes it.
--provers N is the friendly form of the attribute "provers": how many provers each task needs (1 to 16).

With --key alone it prints the attribute's current value.`,
		Example: `  w3bstream project attr 1 --provers 2 --key-file owner.key
  w3bstream project attr 1 --key region --value 0x6575 --key-file owner.key
  w3bstream project attr 1 --key region`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProjectID(args[0])
			if err != nil {
				return err
			}
			fs := cmd.Flags()
			if fs.Changed("provers") {
				if fs.Changed("key") || fs.Changed("value") || del {
					return errors.New("--provers sets the provers attribute: give it without --key, --value or --delete")
				}
				return cf.transact(cmd, fmt.Sprintf("set provers of project %d to %d", id, provers), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
					return c.SetRequiredProvers(ctx, id, provers)
				})
			}
			if key == "" {
				return errors.New("give --key NAME (with --value HEX, --delete, or neither to read it), or --provers N")
			}
			k := attrKey(key)
			if !fs.Changed("value") && !del {
				ctx, cancel := cf.context(cmd)
				defer cancel()
				c, err := cf.dial(ctx, false)
				if err != nil {
					return err
				}
				defer c.Close()
				v, err := c.ProjectAttribute(ctx, id, k)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "project %d attribute %s: %s\n", id, hexutil.Encode(k[:]), hexutil.Encode(v))
				return nil
			}
			var v []byte
			if !del {
				if v, err = hexutil.Decode(withHexPrefix(value)); err != nil || len(v) == 0 {
					return fmt.Errorf("--value %q: want non-empty hex (use --delete to remove the attribute)", value)
				}
			} else if fs.Changed("value") {
				return errors.New("give --value or --delete, not both")
			}
			return cf.transact(cmd, fmt.Sprintf("set attribute %s of project %d", hexutil.Encode(k[:]), id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.SetProjectAttribute(ctx, id, k, v)
			})
		},
	}
	cf.add(cmd, true)
	f := cmd.Flags()
	f.StringVar(&key, "key", "", "attribute name (keccak256 of it is the key) or a 0x-prefixed 32-byte key")
	f.StringVar(&value, "value", "", "attribute value, hex")
	f.BoolVar(&del, "delete", false, "delete the attribute")
	f.Uint64Var(&provers, "provers", 0, "set how many provers each task needs")
	return cmd
}

// attrKey is the on-chain key of an attribute: a 32-byte hex key as it is, else keccak256 of the name.
func attrKey(name string) [32]byte {
	if b, err := hexutil.Decode(name); err == nil && len(b) == 32 {
		return [32]byte(b)
	}
	return crypto.Keccak256Hash([]byte(name))
}

func withHexPrefix(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}

func projectBindCommand() *cobra.Command {
	var (
		cf      chainFlags
		dapp    string
		sumDApp bool
	)
	cmd := &cobra.Command{
		Use:   "bind PROJECT_ID",
		Short: "Bind the dApp contract that receives a project's results",
		Long: `project bind binds the contract that the router hands the project's proved results to (the owner only).
--sum-dapp binds the SumDApp deployed with the contracts (the sum example's dApp), from --contracts.`,
		Example: `  w3bstream project bind 1 --dapp 0xDa99... --key-file owner.key
  w3bstream project bind 1 --sum-dapp --key-file owner.key`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProjectID(args[0])
			if err != nil {
				return err
			}
			var addr common.Address
			switch {
			case sumDApp && dapp != "":
				return errors.New("give --dapp or --sum-dapp, not both")
			case sumDApp:
				a, err := readContracts(cf.contracts)
				if err != nil {
					return err
				}
				if a.SumDApp == (common.Address{}) {
					return fmt.Errorf("%s names no sumDApp", cf.contracts)
				}
				addr = a.SumDApp
			case dapp != "":
				if addr, err = parseAddress(dapp); err != nil {
					return fmt.Errorf("--dapp: %w", err)
				}
			default:
				return errors.New("give --dapp ADDRESS or --sum-dapp")
			}
			return cf.transact(cmd, fmt.Sprintf("bound dApp %s to project %d", addr.Hex(), id), func(ctx context.Context, c *chain.Client) (*chain.Receipt, error) {
				return c.BindDApp(ctx, id, addr)
			})
		},
	}
	cf.add(cmd, true)
	cmd.Flags().StringVar(&dapp, "dapp", "", "address of the dApp contract")
	cmd.Flags().BoolVar(&sumDApp, "sum-dapp", false, "bind the SumDApp of --contracts")
	return cmd
}

func projectShowCommand() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:     "show PROJECT_ID",
		Short:   "Print a project's on-chain record",
		Long:    `project show prints what the project registry records of a project: owner, project file URI and sha256, runtime, dApp, provers per task, and whether it is paused.`,
		Example: `  w3bstream project show 1 --contracts contracts.json`,
		Args:    cobra.ExactArgs(1),
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
			defer c.Close()
			p, err := c.Project(ctx, id)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "project %d\n  owner   %s\n  uri     %s\n  sha256  %x\n  runtime %s\n  dApp    %s\n  provers %d per task\n  paused  %t\n",
				p.ID, p.Owner.Hex(), p.URI, p.SHA256, p.Runtime, p.DApp.Hex(), p.Provers, p.Paused)
			return nil
		},
	}
	cf.add(cmd, true)
	cmd.Flags().Lookup("key-file").Hidden = true
	return cmd
}
