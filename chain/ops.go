package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
)

// AttrProvers is the project attribute of how many provers each task needs (ProjectRegistry.ATTR_PROVERS:
// keccak256("provers")), valued abi.encode(uint256).
var AttrProvers = crypto.Keccak256Hash([]byte("provers"))

// --- projects ---

// RegisterProject registers a project owned by the client's account and returns its ID.
func (c *Client) RegisterProject(ctx context.Context, uri string, sha256 [32]byte, runtime string) (uint64, *Receipt, error) {
	rt, err := runtimeID(runtime)
	if err != nil {
		return 0, nil, fmt.Errorf("register project: %w", err)
	}
	p := c.dep.Projects
	r, err := c.Transact(ctx, p.Instance, p.Binding.PackRegister(uri, sha256, rt), nil)
	if err != nil {
		return 0, r, fmt.Errorf("register project: %w", err)
	}
	for _, l := range r.Logs {
		if l.Address != p.Address {
			continue
		}
		if ev, err := p.Binding.UnpackProjectRegisteredEvent(l); err == nil {
			return ev.ProjectID, r, nil
		}
	}
	return 0, r, fmt.Errorf("register project: no ProjectRegistered event in %s", r.TxHash)
}

// UpdateProject points the project at a new project file.
func (c *Client) UpdateProject(ctx context.Context, projectID uint64, uri string, sha256 [32]byte) (*Receipt, error) {
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("update project %d", projectID), p.Instance, p.Binding.PackSetConfig(projectID, uri, sha256), nil)
}

// PauseProject stops new assignments and results for the project.
func (c *Client) PauseProject(ctx context.Context, projectID uint64) (*Receipt, error) {
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("pause project %d", projectID), p.Instance, p.Binding.PackPause(projectID), nil)
}

// ResumeProject undoes PauseProject.
func (c *Client) ResumeProject(ctx context.Context, projectID uint64) (*Receipt, error) {
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("resume project %d", projectID), p.Instance, p.Binding.PackResume(projectID), nil)
}

// SetProjectAttribute sets an attribute; an empty value deletes it.
func (c *Client) SetProjectAttribute(ctx context.Context, projectID uint64, key [32]byte, value []byte) (*Receipt, error) {
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("set attribute %s of project %d", hexutil.Encode(key[:]), projectID),
		p.Instance, p.Binding.PackSetAttribute(projectID, key, value), nil)
}

// SetRequiredProvers sets how many provers each task of the project needs (1 to 16; the contract checks).
func (c *Client) SetRequiredProvers(ctx context.Context, projectID uint64, n uint64) (*Receipt, error) {
	value := common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), 32) // abi.encode(uint256)
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("set provers of project %d to %d", projectID, n),
		p.Instance, p.Binding.PackSetAttribute(projectID, AttrProvers, value), nil)
}

// BindDApp binds the contract that the router hands the project's results to.
func (c *Client) BindDApp(ctx context.Context, projectID uint64, dapp common.Address) (*Receipt, error) {
	p := c.dep.Projects
	return c.op(ctx, fmt.Sprintf("bind dApp %s to project %d", dapp, projectID), p.Instance, p.Binding.PackBindDApp(projectID, dapp), nil)
}

// --- devices ---

// ApproveDevice approves a device for the project, or replaces its public key (which may be empty).
func (c *Client) ApproveDevice(ctx context.Context, projectID uint64, device common.Address, pubKey []byte) (*Receipt, error) {
	d := c.dep.Devices
	return c.op(ctx, fmt.Sprintf("approve device %s for project %d", device, projectID), d.Instance, d.Binding.PackApprove(projectID, device, pubKey), nil)
}

// RevokeDevice revokes an approved device.
func (c *Client) RevokeDevice(ctx context.Context, projectID uint64, device common.Address) (*Receipt, error) {
	d := c.dep.Devices
	return c.op(ctx, fmt.Sprintf("revoke device %s of project %d", device, projectID), d.Instance, d.Binding.PackRevoke(projectID, device), nil)
}

// SetDevicesOpen opens the project to any device (open) or to approved devices only.
func (c *Client) SetDevicesOpen(ctx context.Context, projectID uint64, open bool) (*Receipt, error) {
	d := c.dep.Devices
	return c.op(ctx, fmt.Sprintf("set project %d open=%t", projectID, open), d.Instance, d.Binding.PackSetOpen(projectID, open), nil)
}

// --- provers ---

// RegisterProver registers the client's account as a prover of the runtimes, staking stake (at least the
// registry's minimum). A zero beneficiary means the account itself.
func (c *Client) RegisterProver(ctx context.Context, runtimes []string, beneficiary common.Address, stake *big.Int) (*Receipt, error) {
	ids := make([][32]byte, len(runtimes))
	for i, name := range runtimes {
		id, err := runtimeID(name)
		if err != nil {
			return nil, fmt.Errorf("register prover: %w", err)
		}
		ids[i] = id
	}
	if beneficiary == (common.Address{}) {
		beneficiary = c.addr
	}
	p := c.dep.Provers
	return c.op(ctx, "register prover", p.Instance, p.Binding.PackRegister(ids, beneficiary), stake)
}

// SetProverRuntimes replaces the runtimes the client's account proves.
func (c *Client) SetProverRuntimes(ctx context.Context, runtimes []string) (*Receipt, error) {
	ids := make([][32]byte, len(runtimes))
	for i, name := range runtimes {
		id, err := runtimeID(name)
		if err != nil {
			return nil, fmt.Errorf("set prover runtimes: %w", err)
		}
		ids[i] = id
	}
	p := c.dep.Provers
	return c.op(ctx, "set prover runtimes", p.Instance, p.Binding.PackSetRuntimes(ids), nil)
}

// PauseProver stops new assignments to the client's account.
func (c *Client) PauseProver(ctx context.Context) (*Receipt, error) {
	p := c.dep.Provers
	return c.op(ctx, "pause prover", p.Instance, p.Binding.PackPause(), nil)
}

// ResumeProver undoes PauseProver.
func (c *Client) ResumeProver(ctx context.Context) (*Receipt, error) {
	p := c.dep.Provers
	return c.op(ctx, "resume prover", p.Instance, p.Binding.PackResume(), nil)
}

// RequestUnstake makes the prover inactive and starts the unstake delay.
func (c *Client) RequestUnstake(ctx context.Context) (*Receipt, error) {
	p := c.dep.Provers
	return c.op(ctx, "request unstake", p.Instance, p.Binding.PackRequestUnstake(), nil)
}

// Withdraw ends the registration after the unstake delay and sends the stake to the beneficiary.
func (c *Client) Withdraw(ctx context.Context) (*Receipt, error) {
	p := c.dep.Provers
	return c.op(ctx, "withdraw", p.Instance, p.Binding.PackWithdraw(), nil)
}

// --- blocks and results ---

// Mint submits a block made by package block: the next block over the minter's tip.
func (c *Client) Mint(ctx context.Context, b block.Block) (*Receipt, error) {
	m := c.dep.Minter
	// The gas limit is computed, not estimated: estimation runs against the latest block, whose time on
	// an idle chain lies far behind the header's, so the minter's timestamp check would refuse there what
	// it accepts in the block the transaction lands in.
	gas := min(MintGasBase+MintGasPerAssignment*uint64(len(b.Assignments)), MaxTxGas)
	r, err := c.TransactGas(ctx, m.Instance, m.Binding.PackMint(HeaderBinding(b.Header), AssignmentBindings(b.Assignments)), nil, gas)
	if err != nil {
		return r, fmt.Errorf("mint block %d %s: %w", b.Height, b.Hash, err)
	}
	return r, nil
}

// Gas of a mint: generous bounds from the measured costs (about 70k plus 142k per assignment on the dev
// chain's fork rules, which price new storage highest), within the per-transaction cap of recent forks.
const (
	MintGasBase          = 1_000_000 // the first mint initializes the tip and costs most
	MintGasPerAssignment = 200_000
	MaxTxGas             = 1 << 24
	// MaxMintAssignments is the most assignments a mint may carry within MaxTxGas.
	MaxMintAssignments = (MaxTxGas - MintGasBase) / MintGasPerAssignment
)

// Route hands a result to the router. settled reports TaskSettled. On TaskFailed (the dApp refused the
// result: the transaction succeeds, the task is failed), reason is the dApp's revert decoded where
// possible (Name(args), or the Error(string) message), 0x-hex otherwise.
func (c *Client) Route(ctx context.Context, projectID uint64, taskID common.Hash, result []byte) (r *Receipt, settled bool, reason string, err error) {
	rt := c.dep.Router
	r, err = c.op(ctx, fmt.Sprintf("route result of task %s of project %d", taskID, projectID), rt.Instance,
		rt.Binding.PackRoute(projectID, taskID, result), nil)
	if err != nil {
		return r, false, "", err
	}
	for _, l := range r.Logs {
		if l.Address != rt.Address {
			continue
		}
		if _, err := rt.Binding.UnpackTaskSettledEvent(l); err == nil {
			return r, true, "", nil
		}
		if ev, err := rt.Binding.UnpackTaskFailedEvent(l); err == nil {
			return r, false, c.DecodeReason(ev.Reason), nil
		}
	}
	return r, false, "", fmt.Errorf("route: neither TaskSettled nor TaskFailed in %s", r.TxHash)
}

// DecodeReason renders a dApp's revert data as text: Name(args) for a custom error known to the client,
// the message of Error(string), Panic(code), or 0x-hex for anything else.
func (c *Client) DecodeReason(data []byte) string {
	re, ok := deploy.ParseRevert(data, c.cfg.extraABIs...)
	if !ok {
		return hexutil.Encode(data)
	}
	if re.Name == "Error" && len(re.Args) == 1 {
		if s, ok := re.Args[0].(string); ok {
			return s
		}
	}
	args := make([]string, len(re.Args))
	for i, a := range re.Args {
		args[i] = deploy.FormatArg(a)
	}
	return re.Name + "(" + strings.Join(args, ", ") + ")"
}

// op is Transact with the operation named in the error.
func (c *Client) op(ctx context.Context, what string, contract *bind.BoundContract, data []byte, value *big.Int) (*Receipt, error) {
	r, err := c.Transact(ctx, contract, data, value)
	if err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	return r, nil
}

// HeaderBinding is a block header as the minter's ABI takes it.
func HeaderBinding(h block.Header) bindings.BlockLibHeader {
	return bindings.BlockLibHeader{Version: h.Version, PrevHash: h.PrevHash, MerkleRoot: h.MerkleRoot,
		Timestamp: h.Timestamp, Nbits: h.NBits, Nonce: h.Nonce}
}

// AssignmentBindings are a block's assignments as the minter's ABI takes them.
func AssignmentBindings(as []block.Assignment) []bindings.BlockLibAssignment {
	out := make([]bindings.BlockLibAssignment, len(as))
	for i, a := range as {
		out[i] = bindings.BlockLibAssignment{ProjectID: a.ProjectID, TaskID: a.TaskID, Prover: a.Prover, Deadline: a.Deadline}
	}
	return out
}
