package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/project"
)

// Files of the dev chain inside the data dir.
const (
	ChainDir      = "chain"
	ContractsFile = "contracts.json"
	// ExamplesFile holds the addresses of the gnark examples' verifiers and dApps, deployed apart from
	// the network's contracts so that a data dir from before them gains them.
	ExamplesFile = "example-contracts.json"
)

// DevRuntimes are the runtimes the dev prover registers for.
var DevRuntimes = []string{"wasm", "gnark-groth16", "gnark-plonk"}

// ExampleContracts are the gnark examples' contracts on the dev chain.
type ExampleContracts struct {
	ProvenanceVerifier common.Address `json:"provenanceVerifier"`
	ProvenanceDApp     common.Address `json:"provenanceDApp"`
	StatsVerifier      common.Address `json:"statsVerifier"`
	StatsDApp          common.Address `json:"statsDApp"`
	// CodeHash tells which build of the contracts is deployed (exampleCodeHash): a data dir made by an
	// older build gets the current ones, since its verifiers do not accept the current circuits' proofs.
	CodeHash common.Hash `json:"codeHash"`
}

// exampleCodeHash is keccak256 of the examples' contracts' creation code.
func exampleCodeHash() common.Hash {
	return crypto.Keccak256Hash([]byte(bindings.ProvenanceVerifierMetaData.Bin), []byte(bindings.ProvenanceDAppMetaData.Bin),
		[]byte(bindings.StatsVerifierMetaData.Bin), []byte(bindings.StatsDAppMetaData.Bin))
}

// devFunds is what each dev account holds at genesis.
var devFunds = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Chain is the dev chain with the contracts deployed on it.
type Chain struct {
	*devchain.Chain
	Contracts deploy.Addresses
	Examples  ExampleContracts
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
	eth, err := ethclient.DialContext(ctx, c.RPCURL())
	if err != nil {
		return err
	}
	defer eth.Close()
	path := filepath.Join(dir, ContractsFile)
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := json.Unmarshal(b, &c.Contracts); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := c.Contracts.CheckSequencerRegistry(); err != nil {
			return fmt.Errorf("%s: %w; this data dir's chain is from an older version: start with a new data dir", path, err)
		}
	case errors.Is(err, os.ErrNotExist):
		cfg := deploy.DefaultConfig()
		cfg.Block = params
		dep, err := deploy.Deploy(ctx, eth, keys.Owner, cfg)
		if err != nil {
			return fmt.Errorf("deploy contracts: %w", err)
		}
		c.Contracts = dep.Addresses
		out, err := json.MarshalIndent(c.Contracts, "", "  ")
		if err != nil {
			return err
		}
		if err := atomicfile.Write(path, append(out, '\n'), 0o644); err != nil {
			return err
		}
	default:
		return err
	}
	if err := c.deployExamples(ctx, eth, dir, keys); err != nil {
		return err
	}
	owner, err := chain.NewClient(ctx, eth, c.Contracts, keys.Owner)
	if err != nil {
		return err
	}
	for _, p := range projects {
		dapp, devices := c.Contracts.SumDApp, keys.DeviceAddresses()
		var pubKeys [][]byte
		switch p.ID {
		case ProvenanceProjectID:
			dapp, devices, pubKeys = c.Examples.ProvenanceDApp, keys.ZKDeviceAddresses(), keys.ZKDeviceKeys()
		case StatsProjectID:
			dapp = c.Examples.StatsDApp
		}
		if err := registerProject(ctx, owner, p, dapp, devices, pubKeys); err != nil {
			return fmt.Errorf("example project %d: %w", p.ID, err)
		}
		if p.ID == ProvenanceProjectID {
			if err := commitDeviceRoot(ctx, owner, p.ID, pubKeys); err != nil {
				return fmt.Errorf("example project %d: %w", p.ID, err)
			}
		}
	}
	prover := owner.WithKey(keys.Prover)
	info, err := prover.Prover(ctx, prover.Address())
	if err != nil {
		return err
	}
	switch {
	case !info.Registered:
		if _, err := prover.RegisterProver(ctx, DevRuntimes, prover.Address(), deploy.DefaultMinStake); err != nil {
			return fmt.Errorf("register the dev prover: %w", err)
		}
	case !slices.Equal(info.Runtimes, DevRuntimes):
		// A data dir from before the gnark runtimes.
		if _, err := prover.SetProverRuntimes(ctx, DevRuntimes); err != nil {
			return fmt.Errorf("set the dev prover's runtimes: %w", err)
		}
	}
	return registerSequencer(ctx, owner.WithKey(keys.Sequencer))
}

// registerSequencer stakes the dev sequencer in the SequencerRegistry unless it is registered already
// (a restart), so that the minter takes its blocks.
func registerSequencer(ctx context.Context, seq *chain.Client) error {
	info, err := seq.SequencerInfo(ctx, seq.Address())
	if err != nil {
		return err
	}
	if info.Registered {
		return nil
	}
	if _, err := seq.RegisterSequencer(ctx, deploy.DefaultMinSequencerStake, seq.Address()); err != nil {
		return fmt.Errorf("register the dev sequencer: %w", err)
	}
	return nil
}

// deployExamples deploys the gnark examples' verifiers and dApps once per build of them, recording them
// in ExamplesFile; registerProject then binds the projects to the dApps recorded.
func (c *Chain) deployExamples(ctx context.Context, eth *ethclient.Client, dir string, keys *Keys) error {
	path := filepath.Join(dir, ExamplesFile)
	b, err := os.ReadFile(path)
	if err == nil {
		if err := json.Unmarshal(b, &c.Examples); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if c.Examples.CodeHash == exampleCodeHash() {
			return nil
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	deployOne := func(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
		return deploy.DeployContract(ctx, eth, keys.Owner, name, meta, args)
	}
	e := &c.Examples
	e.CodeHash = exampleCodeHash()
	if e.ProvenanceVerifier, err = deployOne("ProvenanceVerifier", &bindings.ProvenanceVerifierMetaData, nil); err != nil {
		return err
	}
	if e.ProvenanceDApp, err = deployOne("ProvenanceDApp", &bindings.ProvenanceDAppMetaData,
		bindings.NewProvenanceDApp().PackConstructor(c.Contracts.Router, c.Contracts.ProjectRegistry, e.ProvenanceVerifier)); err != nil {
		return err
	}
	if e.StatsVerifier, err = deployOne("StatsVerifier", &bindings.StatsVerifierMetaData, nil); err != nil {
		return err
	}
	if e.StatsDApp, err = deployOne("StatsDApp", &bindings.StatsDAppMetaData,
		bindings.NewStatsDApp().PackConstructor(c.Contracts.Router, e.StatsVerifier)); err != nil {
		return err
	}
	out, err := json.MarshalIndent(c.Examples, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(out, '\n'), 0o644)
}

// DeviceRootKey is the ProjectRegistry attribute under which a project commits its device-tree root
// (ProvenanceDApp.DEVICE_ROOT_KEY).
var DeviceRootKey = crypto.Keccak256Hash([]byte("deviceRoot"))

// commitDeviceRoot sets the project's deviceRoot attribute to the root of the tree of keys, unless it
// holds it already.
func commitDeviceRoot(ctx context.Context, owner *chain.Client, projectID uint64, keys [][]byte) error {
	root, err := DeviceRoot(keys)
	if err != nil {
		return err
	}
	have, err := owner.ProjectAttribute(ctx, projectID, DeviceRootKey)
	if err != nil {
		return err
	}
	if bytes.Equal(have, root[:]) {
		return nil
	}
	_, err = owner.SetProjectAttribute(ctx, projectID, DeviceRootKey, root[:])
	return err
}

// registerProject registers an example project (or updates its file on-chain), binds its dApp and sets
// its device policy: open, or the devices approved (with their public keys, when pubKeys is given).
func registerProject(ctx context.Context, owner *chain.Client, p ManifestProject, dapp common.Address, devices []common.Address, pubKeys [][]byte) error {
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
	for i, d := range devices {
		ok, err := owner.DeviceAllowed(ctx, p.ID, d)
		if err != nil {
			return err
		}
		if !ok {
			var pub []byte
			if pubKeys != nil {
				pub = pubKeys[i]
			}
			if _, err := owner.ApproveDevice(ctx, p.ID, d, pub); err != nil {
				return err
			}
		}
	}
	return nil
}
