package chain

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Devices is the DeviceRegistry as the ingest device policy, answered from memory. A project is loaded
// on its first question (its open flag, and its approved devices from the DeviceApproved and DeviceRevoked
// events, all as of one block) and then kept current by HandleLog, which the node calls with the device
// registry's logs from an Indexer. It is safe for concurrent use.
type Devices struct {
	c *Client

	mu       sync.RWMutex
	projects map[uint64]*deviceSet
}

// deviceSet is one project's devices. Its fields are guarded by Devices.mu; err is written before ready
// is closed.
type deviceSet struct {
	ready    chan struct{} // closed when the load ended
	err      error         // the load's failure; the set is then dropped
	loaded   bool
	asOf     uint64 // the set is the state after this block
	open     bool
	approved map[common.Address][]byte // approved devices and their public keys (maybe empty)
	pending  []types.Log               // handed in while loading
}

// Devices returns the client's device cache.
func (c *Client) Devices() *Devices {
	c.devicesOnce.Do(func() { c.devices = &Devices{c: c, projects: map[uint64]*deviceSet{}} })
	return c.devices
}

// Allowed reports whether the device may send for the project: the project is open or the device
// approved. The device registry is per project, so version is not consulted. Only the first question about
// a project reaches the chain.
func (d *Devices) Allowed(ctx context.Context, projectID uint64, version string, device common.Address) (bool, error) {
	d.mu.RLock()
	if s := d.projects[projectID]; s != nil && s.loaded {
		_, approved := s.approved[device]
		ok := s.open || approved
		d.mu.RUnlock()
		return ok, nil
	}
	d.mu.RUnlock()
	s, err := d.loaded(ctx, projectID)
	if err != nil {
		return false, err
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	_, approved := s.approved[device]
	return s.open || approved, nil
}

// PublicKeys returns the ZK-friendly public keys of the project's approved devices (those approved with
// one), in no particular order: what a device tree is built from.
func (d *Devices) PublicKeys(ctx context.Context, projectID uint64) ([][]byte, error) {
	s, err := d.loaded(ctx, projectID)
	if err != nil {
		return nil, err
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	keys := make([][]byte, 0, len(s.approved))
	for _, k := range s.approved {
		if len(k) > 0 {
			keys = append(keys, k)
		}
	}
	return keys, nil
}

// loaded returns the project's device set, loading it on first use.
func (d *Devices) loaded(ctx context.Context, projectID uint64) (*deviceSet, error) {
	d.mu.Lock()
	s := d.projects[projectID]
	if s == nil {
		s = &deviceSet{ready: make(chan struct{})}
		d.projects[projectID] = s
		d.mu.Unlock()
		d.load(ctx, projectID, s)
	} else {
		d.mu.Unlock()
	}
	select {
	case <-s.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if s.err != nil {
		return nil, s.err
	}
	return s, nil
}

// load reads the project's devices as of the head block and applies the logs handed in meanwhile.
func (d *Devices) load(ctx context.Context, projectID uint64, s *deviceSet) {
	asOf, open, approved, err := d.read(ctx, projectID)
	d.mu.Lock()
	if err != nil {
		s.err = fmt.Errorf("devices of project %d: %w", projectID, err)
		if d.projects[projectID] == s {
			delete(d.projects, projectID)
		}
	} else {
		s.asOf, s.open, s.approved, s.loaded = asOf, open, approved, true
		for _, l := range s.pending {
			d.apply(s, l)
		}
		s.pending = nil
	}
	d.mu.Unlock()
	close(s.ready)
}

func (d *Devices) read(ctx context.Context, projectID uint64) (asOf uint64, open bool, approved map[common.Address][]byte, err error) {
	if asOf, err = d.c.eth.BlockNumber(ctx); err != nil {
		return 0, false, nil, fmt.Errorf("head: %w", err)
	}
	dr := d.c.dep.Devices
	if open, err = callAt(ctx, d.c, dr.Instance, new(big.Int).SetUint64(asOf), dr.Binding.PackIsOpen(projectID), dr.Binding.UnpackIsOpen); err != nil {
		return 0, false, nil, err
	}
	events := dr.Binding.GetABI().Events
	q := ethereum.FilterQuery{
		Addresses: []common.Address{dr.Address},
		Topics:    [][]common.Hash{{events["DeviceApproved"].ID, events["DeviceRevoked"].ID}, {projectTopic(projectID)}},
	}
	logs, err := scanLogs(ctx, d.c.eth, q, d.c.dep.Addresses.DeployBlock, asOf, d.c.cfg.scanRange)
	if err != nil {
		return 0, false, nil, err
	}
	approved = map[common.Address][]byte{}
	for i := range logs {
		if ev, err := dr.Binding.UnpackDeviceApprovedEvent(&logs[i]); err == nil {
			approved[ev.Device] = ev.PubKey
		} else if ev, err := dr.Binding.UnpackDeviceRevokedEvent(&logs[i]); err == nil {
			delete(approved, ev.Device)
		}
	}
	return asOf, open, approved, nil
}

// HandleLog applies a device registry log (DeviceApproved, DeviceRevoked, OpenSet) to a loaded project;
// other logs, and logs of projects not loaded, are ignored. Logs must come in chain order, as an Indexer
// gives them; one already reflected in the project's load is skipped. A removed log (a reorg) drops the
// project, to be loaded again.
func (d *Devices) HandleLog(l types.Log) {
	dr := d.c.dep.Devices
	if l.Address != dr.Address || len(l.Topics) < 2 {
		return
	}
	projectID := new(big.Int).SetBytes(l.Topics[1][:]).Uint64()
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.projects[projectID]
	switch {
	case s == nil:
	case l.Removed:
		delete(d.projects, projectID)
	case !s.loaded:
		s.pending = append(s.pending, l)
	default:
		d.apply(s, l)
	}
}

// apply changes s by l unless s was read after l's block. d.mu is held.
func (d *Devices) apply(s *deviceSet, l types.Log) {
	if l.BlockNumber <= s.asOf {
		return
	}
	b := d.c.dep.Devices.Binding
	if ev, err := b.UnpackDeviceApprovedEvent(&l); err == nil {
		s.approved[ev.Device] = ev.PubKey
	} else if ev, err := b.UnpackDeviceRevokedEvent(&l); err == nil {
		delete(s.approved, ev.Device)
	} else if ev, err := b.UnpackOpenSetEvent(&l); err == nil {
		s.open = ev.Open
	}
}

// projectTopic is an indexed uint64 projectID as a log topic.
func projectTopic(id uint64) common.Hash {
	return common.BigToHash(new(big.Int).SetUint64(id))
}
