package chain_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/w3bstream-go/w3bstream/ingest"
)

// TestDevices checks that the device cache loads a project from the chain once, then answers from memory
// and follows approvals, revocations and the open flag through HandleLog, fed by an indexer.
func TestDevices(t *testing.T) {
	e := newEnv(t)
	ctx, po := e.ctx, e.projectOwner
	pid, other := e.newProject("devices"), e.newProject("other")
	d1, d2, d3 := common.HexToAddress("0xd1"), common.HexToAddress("0xd2"), common.HexToAddress("0xd3")
	must(po.ApproveDevice(ctx, pid, d1, nil))(t)
	must(po.ApproveDevice(ctx, pid, d3, []byte{7}))(t)
	must(po.RevokeDevice(ctx, pid, d3))(t)
	must(po.ApproveDevice(ctx, other, d2, nil))(t)

	devices := e.dial(nil).Devices()
	var _ ingest.DevicePolicy = devices
	allowed := func(projectID uint64, dev common.Address) bool {
		t.Helper()
		return must(devices.Allowed(ctx, projectID, "v1", dev))(t)
	}
	// Many first questions at once load the project once, consistently.
	var wg sync.WaitGroup
	var wrong atomic.Int32
	for range 8 {
		wg.Go(func() {
			ok1, err1 := devices.Allowed(ctx, pid, "v1", d1)
			ok2, err2 := devices.Allowed(ctx, pid, "v1", d2)
			if err1 != nil || err2 != nil || !ok1 || ok2 {
				wrong.Add(1)
			}
		})
	}
	wg.Wait()
	if wrong.Load() != 0 {
		t.Fatal("a first question got a wrong answer")
	}
	if allowed(pid, d3) || !allowed(other, d2) || allowed(other, d1) {
		t.Fatal("wrong answers after the load")
	}

	// Without its logs the cache does not see a change: it answers from memory.
	must(po.ApproveDevice(ctx, pid, d2, nil))(t)
	if !must(e.stranger.DeviceAllowed(ctx, pid, d2))(t) || allowed(pid, d2) {
		t.Fatal("the cache asked the chain")
	}

	// Fed by an indexer from the genesis block, it skips the logs its load already holds and applies
	// the rest.
	var handled atomic.Int64
	ix := e.newIndexer(e.chain.WSURL(), openStore(t, t.TempDir()), "devices", func(_ context.Context, l types.Log) error {
		devices.HandleLog(l)
		handled.Add(1)
		return nil
	})
	e.runIndexer(ix)
	e.eventually("the approval to reach the cache", func() bool { return allowed(pid, d2) })
	if !allowed(pid, d1) || allowed(pid, d3) {
		t.Fatal("replayed logs changed the cache")
	}

	// Readers keep asking while the cache changes under them.
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for range 4 {
		readers.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := devices.Allowed(ctx, pid, "v1", d1); err != nil {
					wrong.Add(1)
				}
			}
		})
	}
	must(po.RevokeDevice(ctx, pid, d1))(t)
	e.eventually("the revocation to reach the cache", func() bool { return !allowed(pid, d1) })
	must(po.SetDevicesOpen(ctx, pid, true))(t)
	e.eventually("the open flag to reach the cache", func() bool { return allowed(pid, common.HexToAddress("0xd9")) })
	must(po.SetDevicesOpen(ctx, pid, false))(t)
	e.eventually("the closed flag to reach the cache", func() bool { return !allowed(pid, common.HexToAddress("0xd9")) })
	close(stop)
	readers.Wait()
	if wrong.Load() != 0 {
		t.Fatal("a reader failed")
	}
	if allowed(pid, d1) || !allowed(pid, d2) || !allowed(other, d2) {
		t.Fatal("wrong answers at the end")
	}

	// A project first asked about after its logs went by loads as of its question.
	third := e.newProject("third")
	must(po.ApproveDevice(ctx, third, d3, nil))(t)
	if !allowed(third, d3) || allowed(third, d1) {
		t.Fatal("late project loaded wrong")
	}
	must(po.RevokeDevice(ctx, third, d3))(t)
	e.eventually("the late project's revocation", func() bool { return !allowed(third, d3) })
	if handled.Load() == 0 {
		t.Fatal("the indexer handed nothing over")
	}
}
