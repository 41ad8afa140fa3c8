package prover_test

import (
	"context"
	"crypto/ecdsa"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/prover"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/task"
)

// peerFetcher is a fetcher over peers in a fixed order: each serves a task's messages as it likes, and the
// first whose data passes the prover's checks wins. The p2p package's Fetch does this over the network.
type peerFetcher struct {
	peers   []func(taskID common.Hash) []message.Message
	refused []int
}

func (f *peerFetcher) FetchTask(ctx context.Context, _ uint64, taskID common.Hash, check func([]message.Message) error,
	complete func([]message.Message) error) ([]message.Message, error) {
	for i, serve := range f.peers {
		msgs := serve(taskID)
		if err := check(msgs); err != nil {
			f.refused = append(f.refused, i)
			continue
		}
		if err := complete(msgs); err != nil {
			f.refused = append(f.refused, i)
			continue
		}
		return msgs, nil
	}
	<-ctx.Done()
	return nil, ctx.Err()
}

// denyList allows every device but one.
type denyList struct{ denied common.Address }

func (d denyList) Allowed(_ context.Context, _ uint64, _ string, device common.Address) (bool, error) {
	return device != d.denied, nil
}

// TestImportsFetchedTasks runs a prover on a store of its own that holds none of the sequencer's tasks: it
// learns its assignment from a block mirrored from the chain, fetches the task from peers and proves it.
// Peers serving a forged message, a device the registry does not allow, another task's messages or a
// partial task are refused, each by the check that catches it.
func TestImportsFetchedTasks(t *testing.T) {
	f := newFixture(t, nil) // f.store stands for the sequencer's store
	ctx := t.Context()
	tk := f.createTask(t, sumProject, `{"reading":3}`, `{"reading":4}`, `{"reading":5}`)
	other := f.createTask(t, sumProject, `{"reading":9}`)
	b := assign(t, f.store, f.address, tk)

	honest := func(id common.Hash) []message.Message {
		ms, err := f.store.TaskMessages(ctx, id)
		if err != nil {
			t.Error(err)
		}
		out := make([]message.Message, len(ms))
		for i, m := range ms {
			out[i] = m.Message()
		}
		return out
	}
	banned, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	fetcher := &peerFetcher{peers: []func(common.Hash) []message.Message{
		func(id common.Hash) []message.Message { // forged: data changed under the device's signature
			ms := honest(id)
			ms[1].Data = `{"reading":400,"n":2}`
			return ms
		},
		func(id common.Hash) []message.Message { // a real signature by a device the registry does not allow
			return append(honest(id)[:2], signed(t, banned, `{"reading":5}`))
		},
		func(common.Hash) []message.Message { return honest(other.ID) },  // valid, but another task
		func(id common.Hash) []message.Message { return honest(id)[:2] }, // partial
		honest,
	}}

	own, err := sqlite.Open(filepath.Join(t.TempDir(), "prover.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = own.Close() })
	if err := own.SaveChainBlock(ctx, b, time.Now()); err != nil {
		t.Fatal(err)
	}
	p, err := prover.New(own, f.projects, []runtime.Runtime{f.runtime}, f.key,
		prover.WithFetcher(fetcher, denyList{crypto.PubkeyToAddress(banned.PublicKey)}, 1))
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(runCtx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()

	waitImported(t, own, tk.ID)
	got := waitDone(t, own, tk.ID)
	if got.State != task.Proved {
		t.Fatalf("imported task ended %s: %s", got.State, got.Error)
	}
	f.checkProved(t, got, f.expectSum(tk.ID, 3, 4, 5))
	if want := []int{0, 1, 2, 3}; !slices.Equal(fetcher.refused, want) {
		t.Errorf("refused peers %v, want %v", fetcher.refused, want)
	}
	if _, err := own.Task(ctx, other.ID); err == nil {
		t.Error("the other task's messages, served as this one's, made a task")
	}
	msgs, err := own.TaskMessages(ctx, tk.ID)
	if err != nil || len(msgs) != 3 {
		t.Fatalf("imported messages: %d, %v", len(msgs), err)
	}
	if events := got.Events; events[1].State != task.Assigned || events[1].BlockHeight != b.Height {
		t.Errorf("imported task events %+v: want packed, then assigned by block %d", events, b.Height)
	}
}

// waitImported waits on the store's task signal until it holds the task.
func waitImported(t *testing.T, s da.Store, id common.Hash) {
	t.Helper()
	sig, unsubscribe := s.Subscribe(da.TopicTasks)
	defer unsubscribe()
	timeout := time.After(testTimeout)
	for {
		if _, err := s.Task(t.Context(), id); err == nil {
			return
		}
		select {
		case <-sig:
		case <-timeout:
			t.Fatalf("task %s not imported after %s", id, testTimeout)
		}
	}
}

func signed(t *testing.T, key *ecdsa.PrivateKey, data string) message.Message {
	t.Helper()
	m, err := client.Sign(key, sumProject, "v1", data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
