package chainsync

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

// IndexerName names the follower's cursor in DA.
const IndexerName = "follower"

// Forgetter drops cached state of a project; the project manager is one.
type Forgetter interface{ Forget(projectID uint64) }

// Follower mirrors chain events into DA and caches. Its handlers are idempotent, because after a crash
// the indexer may hand over events whose processing was not yet checkpointed.
type Follower struct {
	client   *chain.Client
	store    da.Store
	projects Forgetter
	devices  *chain.Devices
	provers  *chain.ProverSet
	log      *slog.Logger
	wsURL    string

	minter, router, projectReg, deviceReg, proverReg abi.ABI
	mintMethod                                       abi.Method
}

// NewFollower returns a follower. devices and provers are the caches it keeps current; either may be nil
// when no role of this node uses it. wsURL may be empty, and the indexer then polls over HTTP.
func NewFollower(client *chain.Client, store da.Store, projects Forgetter, devices *chain.Devices, provers *chain.ProverSet,
	wsURL string, log *slog.Logger) *Follower {
	if log == nil {
		log = slog.Default()
	}
	f := &Follower{client: client, store: store, projects: projects, devices: devices, provers: provers, log: log, wsURL: wsURL,
		minter: bindings.NewBlockMinter().GetABI(), router: bindings.NewRouter().GetABI(),
		projectReg: bindings.NewProjectRegistry().GetABI(), deviceReg: bindings.NewDeviceRegistry().GetABI(),
		proverReg: bindings.NewProverRegistry().GetABI()}
	f.mintMethod = f.minter.Methods["mint"]
	return f
}

// Run follows the chain until ctx ends.
func (f *Follower) Run(ctx context.Context) error {
	a := f.client.Deployment().Addresses
	idx, err := chain.NewIndexer(f.client.Eth(), f.wsURL, f.store, IndexerName,
		[]common.Address{a.BlockMinter, a.Router, a.ProjectRegistry, a.DeviceRegistry, a.ProverRegistry}, f.Handle,
		chain.WithStartBlock(a.DeployBlock))
	if err != nil {
		return err
	}
	return idx.Run(ctx)
}

// Handle applies one log.
func (f *Follower) Handle(ctx context.Context, l types.Log) error {
	if len(l.Topics) == 0 {
		return nil
	}
	a := f.client.Deployment().Addresses
	switch l.Address {
	case a.BlockMinter:
		if l.Topics[0] == f.minter.Events["BlockMinted"].ID {
			return f.mirrorBlock(ctx, l)
		}
	case a.Router:
		switch l.Topics[0] {
		case f.router.Events["TaskSettled"].ID:
			return f.settle(ctx, l, true, "")
		case f.router.Events["TaskFailed"].ID:
			ev, err := f.client.Deployment().Router.Binding.UnpackTaskFailedEvent(&l)
			if err != nil {
				return fmt.Errorf("TaskFailed log: %w", err)
			}
			return f.settle(ctx, l, false, f.client.DecodeReason(ev.Reason))
		}
	case a.ProjectRegistry:
		if len(l.Topics) > 1 {
			f.projects.Forget(common.BytesToHash(l.Topics[1].Bytes()).Big().Uint64())
		}
	case a.DeviceRegistry:
		if f.devices != nil {
			f.devices.HandleLog(l)
		}
	case a.ProverRegistry:
		if f.provers != nil {
			f.provers.HandleLog(l)
		}
	}
	return nil
}

// mirrorBlock stores a block minted on-chain, rebuilt from the mint transaction's input, unless DA has it.
func (f *Follower) mirrorBlock(ctx context.Context, l types.Log) error {
	height := common.BytesToHash(l.Topics[1].Bytes()).Big().Uint64()
	hash := l.Topics[2]
	if b, err := f.store.Block(ctx, height); err == nil {
		if b.Hash != hash {
			f.log.Error("chainsync: DA holds another block at this height than the chain", "height", height,
				"da", b.Hash, "chain", hash)
		}
		return nil
	} else if !errors.Is(err, da.ErrNotFound) {
		return err
	}
	tx, _, err := f.client.Eth().TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return fmt.Errorf("mint transaction %s: %w", l.TxHash, err)
	}
	b, err := f.decodeMint(tx.Data())
	if err != nil {
		return fmt.Errorf("mint transaction %s: %w", l.TxHash, err)
	}
	b.Height, b.TxHash, b.ChainBlock = height, l.TxHash, l.BlockNumber
	if b.Hash != hash {
		return fmt.Errorf("mint transaction %s: header hashes to %s, event says %s", l.TxHash, b.Hash, hash)
	}
	err = f.store.SaveChainBlock(ctx, b, time.UnixMilli(int64(b.Header.Timestamp)))
	if errors.Is(err, da.ErrConflict) {
		if stored, lerr := f.store.Block(ctx, height); lerr == nil && stored.Hash == b.Hash {
			return nil // the sequencer, or another node on the same DA, stored it meanwhile
		}
	}
	switch {
	case errors.Is(err, da.ErrConflict):
		// The sequencer stored it meanwhile, or DA lacks the tasks (they were packed by another network):
		// either way nothing here can make it whole.
		f.log.Warn("chainsync: cannot mirror minted block", "height", height, "err", err)
		return nil
	case err != nil:
		return err
	}
	f.log.Info("chainsync: mirrored block minted on-chain", "height", height, "assignments", len(b.Assignments))
	return nil
}

func (f *Follower) decodeMint(input []byte) (block.Block, error) {
	if len(input) < 4 || common.Bytes2Hex(input[:4]) != common.Bytes2Hex(f.mintMethod.ID) {
		return block.Block{}, errors.New("not a mint call")
	}
	args, err := f.mintMethod.Inputs.Unpack(input[4:])
	if err != nil {
		return block.Block{}, err
	}
	var call struct {
		Header      bindings.BlockLibHeader
		Assignments []bindings.BlockLibAssignment
	}
	if err := f.mintMethod.Inputs.Copy(&call, args); err != nil {
		return block.Block{}, err
	}
	h := call.Header
	b := block.Block{Header: block.Header{Version: h.Version, PrevHash: h.PrevHash, MerkleRoot: h.MerkleRoot,
		Timestamp: h.Timestamp, NBits: h.Nbits, Nonce: h.Nonce}}
	for _, a := range call.Assignments {
		b.Assignments = append(b.Assignments, block.Assignment{ProjectID: a.ProjectID, TaskID: a.TaskID,
			Prover: a.Prover, Deadline: a.Deadline})
	}
	b.Hash = b.Header.Hash()
	return b, nil
}

// settle records the router's verdict on a task. A prover that submitted records the same itself; the
// first to write wins and the other finds the task settled. A settlement is recorded from any state.
func (f *Follower) settle(ctx context.Context, l types.Log, settled bool, reason string) error {
	taskID := l.Topics[2]
	prover := common.BytesToAddress(l.Topics[3].Bytes())
	t, err := f.store.Task(ctx, taskID)
	if errors.Is(err, da.ErrNotFound) {
		return nil // a task of another network sharing the contracts
	} else if err != nil {
		return err
	}
	ev := task.Event{State: task.Settled, Time: time.Now(), BlockHeight: t.BlockHeight, Prover: prover,
		TxHash: l.TxHash, ChainBlock: l.BlockNumber}
	if settled {
		// The chain's word settles the task whatever DA holds: a prover whose receipt poll gave up
		// recorded it failed, and the sequencer would assign it again to a mint the chain refuses.
		return da.RecordSettlement(ctx, f.store, taskID, ev)
	}
	ev.State, ev.Error = task.Failed, "dApp refused the result: "+reason
	return da.RecordVerdict(ctx, f.store, taskID, ev)
}
