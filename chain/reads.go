package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/project"
)

// Task states, as BlockMinter.TaskStatus.
const (
	TaskNone     uint8 = iota // never assigned
	TaskAssigned              // waiting for the prover's result until the deadline
	TaskFailed                // the dApp refused the result; assignable again after the deadline
	TaskSettled               // done for good
)

// ProjectInfo is a project's on-chain record.
type ProjectInfo struct {
	ID      uint64
	Owner   common.Address
	URI     string
	SHA256  [32]byte
	Runtime string
	Paused  bool
	DApp    common.Address // zero until bound
	Provers uint64         // provers each task needs
}

// ProverInfo is a prover's on-chain record. Active is what the minter checks: registered, staked at
// least the minimum, not paused, not unstaking.
type ProverInfo struct {
	Address     common.Address
	Registered  bool
	Active      bool
	Paused      bool
	Unstaking   bool
	UnstakeAt   uint64 // unix seconds from which Withdraw works; zero unless unstaking
	Stake       *big.Int
	Runtimes    []string
	Beneficiary common.Address
}

// TaskInfo is a task's bookkeeping in the minter.
type TaskInfo struct {
	Prover   common.Address // the current or last assignee
	Deadline uint64         // unix milliseconds
	Status   uint8          // TaskNone, TaskAssigned, TaskFailed or TaskSettled
	Attempts uint64         // assignments so far
}

// Project returns a project's record as of one block; an unknown ID gives an error wrapping
// project.ErrNotFound.
func (c *Client) Project(ctx context.Context, id uint64) (ProjectInfo, error) {
	p := c.dep.Projects
	at, err := c.head(ctx)
	if err != nil {
		return ProjectInfo{}, fmt.Errorf("project %d: %w", id, err)
	}
	st, err := callAt(ctx, c, p.Instance, at, p.Binding.PackProjectStatus(id), p.Binding.UnpackProjectStatus)
	if err != nil {
		return ProjectInfo{}, fmt.Errorf("project %d: %w", id, err)
	}
	if st.Owner == (common.Address{}) {
		return ProjectInfo{}, fmt.Errorf("%w: %d", project.ErrNotFound, id)
	}
	cfg, err := callAt(ctx, c, p.Instance, at, p.Binding.PackProjectConfig(id), p.Binding.UnpackProjectConfig)
	if err != nil {
		return ProjectInfo{}, fmt.Errorf("project %d config: %w", id, err)
	}
	n, err := callAt(ctx, c, p.Instance, at, p.Binding.PackProversPerTask(id), p.Binding.UnpackProversPerTask)
	if err != nil {
		return ProjectInfo{}, fmt.Errorf("project %d provers: %w", id, err)
	}
	return ProjectInfo{
		ID: id, Owner: st.Owner, URI: cfg.ConfigURI, SHA256: cfg.ConfigHash, Runtime: RuntimeName(st.Runtime),
		Paused: st.Paused, DApp: st.Dapp, Provers: n.Uint64(),
	}, nil
}

// ProjectCount is how many projects are registered; their IDs are 1..count.
func (c *Client) ProjectCount(ctx context.Context) (uint64, error) {
	p := c.dep.Projects
	n, err := call(ctx, c, p.Instance, p.Binding.PackCount(), p.Binding.UnpackCount)
	if err != nil {
		return 0, fmt.Errorf("project count: %w", err)
	}
	return n, nil
}

// ProjectAttribute returns an attribute's value; empty when unset.
func (c *Client) ProjectAttribute(ctx context.Context, projectID uint64, key [32]byte) ([]byte, error) {
	p := c.dep.Projects
	v, err := call(ctx, c, p.Instance, p.Binding.PackAttribute(projectID, key), p.Binding.UnpackAttribute)
	if err != nil {
		return nil, fmt.Errorf("attribute of project %d: %w", projectID, err)
	}
	return v, nil
}

// DeviceAllowed asks the device registry (not the Devices cache) whether the device may send for the
// project: the project is open or the device approved.
func (c *Client) DeviceAllowed(ctx context.Context, projectID uint64, device common.Address) (bool, error) {
	d := c.dep.Devices
	ok, err := call(ctx, c, d.Instance, d.Binding.PackIsAllowed(projectID, device), d.Binding.UnpackIsAllowed)
	if err != nil {
		return false, fmt.Errorf("device %s of project %d: %w", device, projectID, err)
	}
	return ok, nil
}

// Prover returns a prover's record as of one block; Registered is false for an unknown address.
func (c *Client) Prover(ctx context.Context, addr common.Address) (ProverInfo, error) {
	at, err := c.head(ctx)
	if err != nil {
		return ProverInfo{}, fmt.Errorf("prover %s: %w", addr, err)
	}
	return c.proverAt(ctx, addr, at)
}

// proverAt reads a prover's record at block at: its fields come from three calls, which must see one
// state (a pause mined between them would give a record both paused and active).
func (c *Client) proverAt(ctx context.Context, addr common.Address, at *big.Int) (ProverInfo, error) {
	p := c.dep.Provers
	info, err := callAt(ctx, c, p.Instance, at, p.Binding.PackProverInfo(addr), p.Binding.UnpackProverInfo)
	if err != nil {
		return ProverInfo{}, fmt.Errorf("prover %s: %w", addr, err)
	}
	out := ProverInfo{
		Address: addr, Registered: info.Registered, Paused: info.Paused, Unstaking: info.UnstakeAt != 0,
		UnstakeAt: info.UnstakeAt, Stake: info.Stake, Beneficiary: info.Beneficiary,
	}
	if out.Stake == nil {
		out.Stake = new(big.Int)
	}
	if !info.Registered {
		return out, nil
	}
	if out.Active, err = callAt(ctx, c, p.Instance, at, p.Binding.PackIsActive(addr), p.Binding.UnpackIsActive); err != nil {
		return ProverInfo{}, fmt.Errorf("prover %s: %w", addr, err)
	}
	ids, err := callAt(ctx, c, p.Instance, at, p.Binding.PackRuntimesOf(addr), p.Binding.UnpackRuntimesOf)
	if err != nil {
		return ProverInfo{}, fmt.Errorf("prover %s runtimes: %w", addr, err)
	}
	out.Runtimes = make([]string, len(ids))
	for i, id := range ids {
		out.Runtimes[i] = RuntimeName(id)
	}
	return out, nil
}

// Tip returns the minter's last accepted block; exists is false before the genesis block.
func (c *Client) Tip(ctx context.Context) (height uint64, hash common.Hash, exists bool, err error) {
	m := c.dep.Minter
	t, err := call(ctx, c, m.Instance, m.Binding.PackTip(), m.Binding.UnpackTip)
	if err != nil {
		return 0, common.Hash{}, false, fmt.Errorf("tip: %w", err)
	}
	if !t.Minted {
		return 0, common.Hash{}, false, nil
	}
	return t.Height, t.Hash, true, nil
}

// ExpectedNBits is the nbits the minter wants in the next block.
func (c *Client) ExpectedNBits(ctx context.Context) (uint32, error) {
	m := c.dep.Minter
	n, err := call(ctx, c, m.Instance, m.Binding.PackExpectedNBits(), m.Binding.UnpackExpectedNBits)
	if err != nil {
		return 0, fmt.Errorf("expected nbits: %w", err)
	}
	return n, nil
}

// Task returns a task's bookkeeping; Status is TaskNone for a task never assigned.
func (c *Client) Task(ctx context.Context, projectID uint64, taskID common.Hash) (TaskInfo, error) {
	m := c.dep.Minter
	t, err := call(ctx, c, m.Instance, m.Binding.PackTask(projectID, taskID), m.Binding.UnpackTask)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("task %s of project %d: %w", taskID, projectID, err)
	}
	return TaskInfo{Prover: t.Prover, Deadline: t.Deadline, Status: t.Status, Attempts: uint64(t.Attempts)}, nil
}
