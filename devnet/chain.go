package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/project"
)

// Files of the dev chain inside the data dir.
const (
	ChainDir      = "chain"
	ContractsFile = "contracts.json"
)

// devFunds is what each dev account holds at genesis.
var devFunds = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Chain is the dev chain with the contracts deployed on it.
type Chain struct {
	*devchain.Chain
	Contracts deploy.Addresses
}

// StartChain starts the dev chain kept in dir/chain, listening on addr. On first start it funds the dev
// accounts and deploys the contracts; at every start it makes sure the example projects, their devices,
// the dev prover and the dev sequencer are registered as the project files say, so that a restart
// resumes and an edited example is updated on-chain.
func StartChain(ctx context.Context, dir, addr string, keys *Keys, projects []ManifestProject, params block.Params) (*Chain, error) {
	alloc := map[common.Address]*big.Int{}
	for _, k := range append([]*ecdsa.PrivateKey{keys.Owner, keys.Sequencer, keys.Prover}, keys.Devices...) {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = devFunds
	}
	c, err := devchain.Start(devchain.Config{DataDir: filepath.Join(dir, ChainDir), Addr: addr, Alloc: alloc})
	if err != nil {
		return nil, err
	}
	dc := &Chain{Chain: c}
	if err := dc.setup(ctx, dir, keys, projects, params); err != nil {
		c.Close()
		return nil, err
	}
	return dc, nil
}

func (c *Chain) setup(ctx context.Context, dir string, keys *Keys, projects []ManifestProject, params block.Params) error {
	path := filepath.Join(dir, ContractsFile)
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := json.Unmarshal(b, &c.Contracts); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	case errors.Is(err, os.ErrNotExist):
		eth, err := ethclient.DialContext(ctx, c.RPCURL())
		if err != nil {
			return err
		}
		cfg := deploy.DefaultConfig()
		cfg.Block = params
		cfg.Sequencers = []common.Address{crypto.PubkeyToAddress(keys.Sequencer.PublicKey)}
		dep, err := deploy.Deploy(ctx, eth, keys.Owner, cfg)
		eth.Close()
		if err != nil {
			return fmt.Errorf("deploy contracts: %w", err)
		}
		c.Contracts = dep.Addresses
		out, err := json.MarshalIndent(c.Contracts, "", "  ")
		if err != nil {
			return err
		}
		if err := writeFile(path, append(out, '\n'), 0o644); err != nil {
			return err
		}
	default:
		return err
	}
	owner, err := chain.Dial(ctx, c.RPCURL(), c.Contracts, keys.Owner)
	if err != nil {
		return err
	}
	defer owner.Close()
	for _, p := range projects {
		if err := registerProject(ctx, owner, p, keys, c.Contracts.SumDApp); err != nil {
			return fmt.Errorf("example project %d: %w", p.ID, err)
		}
	}
	prover, err := chain.Dial(ctx, c.RPCURL(), c.Contracts, keys.Prover)
	if err != nil {
		return err
	}
	defer prover.Close()
	info, err := prover.Prover(ctx, prover.Address())
	if err != nil {
		return err
	}
	if !info.Registered {
		if _, err := prover.RegisterProver(ctx, []string{"wasm"}, prover.Address(), deploy.DefaultMinStake); err != nil {
			return fmt.Errorf("register the dev prover: %w", err)
		}
	}
	return nil
}

// registerProject registers an example project (or updates its file on-chain), binds SumDApp and sets
// its device policy.
func registerProject(ctx context.Context, owner *chain.Client, p ManifestProject, keys *Keys, dapp common.Address) error {
	sum, err := hex.DecodeString(p.SHA256)
	if err != nil || len(sum) != 32 {
		return fmt.Errorf("project file hash %q", p.SHA256)
	}
	info, err := owner.Project(ctx, p.ID)
	switch {
	case errors.Is(err, project.ErrNotFound):
		id, _, err := owner.RegisterProject(ctx, p.URI, [32]byte(sum), p.Runtime)
		if err != nil {
			return err
		}
		if id != p.ID {
			return fmt.Errorf("registered as project %d; the chain holds projects this data dir did not make", id)
		}
		info.DApp = common.Address{}
	case err != nil:
		return err
	case info.URI != p.URI || info.SHA256 != [32]byte(sum):
		if _, err := owner.UpdateProject(ctx, p.ID, p.URI, [32]byte(sum)); err != nil {
			return err
		}
	}
	if info.DApp != dapp {
		if _, err := owner.BindDApp(ctx, p.ID, dapp); err != nil {
			return err
		}
	}
	if p.Devices == project.DevicesOpen {
		// An open project allows every device, the zero address included.
		if open, err := owner.DeviceAllowed(ctx, p.ID, common.Address{}); err != nil || open {
			return err
		}
		_, err := owner.SetDevicesOpen(ctx, p.ID, true)
		return err
	}
	for _, d := range keys.DeviceAddresses() {
		ok, err := owner.DeviceAllowed(ctx, p.ID, d)
		if err != nil {
			return err
		}
		if !ok {
			if _, err := owner.ApproveDevice(ctx, p.ID, d, nil); err != nil {
				return err
			}
		}
	}
	return nil
}
