package e2e_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/message"
)

// TestKillNineLosesNothing sends messages from several devices, kills the dev node with SIGKILL twice
// (once while messages are arriving, once while tasks are being packed, assigned and proved), restarts
// it on the same data dir each time, and checks that every message the node acknowledged reaches proved
// in exactly one task and settles on the dev chain.
func TestKillNineLosesNothing(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	dir := t.TempDir()
	node := startDev(t, dir)
	manifest, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	var keys []*ecdsa.PrivateKey
	for _, d := range manifest.Devices {
		k, err := crypto.HexToECDSA(d.PrivateKey[2:])
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}

	acked := newAckSet()
	// Round 1: kill while senders are busy.
	stopSending := sendUntilStopped(ctx, node.url, keys, manifest, "r1", acked)
	acked.waitFor(t, ctx, 300)
	node.kill()
	stopSending()
	t.Logf("round 1: %d messages acknowledged before SIGKILL", acked.len())

	// Round 2: restart, send a burst, and kill while the node is still working through it.
	node = startDev(t, dir)
	stopSending = sendUntilStopped(ctx, node.url, keys, manifest, "r2", acked)
	acked.waitFor(t, ctx, acked.len()+200)
	stopSending()
	node.kill()
	t.Logf("round 2: %d messages acknowledged in all", acked.len())

	// Round 3: restart and let everything finish.
	node = startDev(t, dir)
	c := client.New(node.url)
	ids := acked.ids()
	taskOf := map[string]string{}
	for _, id := range ids {
		m, err := c.Follow(ctx, id, nil, func(api.Message, api.State) {})
		if err != nil {
			t.Fatalf("acknowledged message %s: %v", id, err)
		}
		if m.State != "settled" {
			t.Fatalf("acknowledged message %s ended %s: %+v", id, m.State, m.States)
		}
		taskOf[id] = m.TaskID
	}
	// Every acknowledged message is in exactly one task, and that task lists it once.
	seen := map[string]int{}
	tasks, err := c.Tasks(ctx, 0, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range tasks {
		for _, m := range task.Messages {
			seen[m]++
		}
	}
	if len(tasks) == 1000 {
		t.Fatal("more tasks than one page; raise the page or lower the load")
	}
	for _, id := range ids {
		if seen[id] != 1 {
			t.Fatalf("message %s is in %d tasks", id, seen[id])
		}
	}
	t.Logf("%d acknowledged messages settled in %d tasks across two SIGKILLs", len(ids), len(tasks))
	node.stop(t)
}

type ackSet struct {
	mu     sync.Mutex
	set    map[string]bool
	signal chan struct{}
}

func newAckSet() *ackSet { return &ackSet{set: map[string]bool{}, signal: make(chan struct{}, 1)} }

func (a *ackSet) add(id string) {
	a.mu.Lock()
	a.set[id] = true
	a.mu.Unlock()
	select {
	case a.signal <- struct{}{}:
	default:
	}
}

func (a *ackSet) len() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.set)
}

func (a *ackSet) ids() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]string, 0, len(a.set))
	for id := range a.set {
		out = append(out, id)
	}
	return out
}

func (a *ackSet) waitFor(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	for a.len() < n {
		select {
		case <-a.signal:
		case <-ctx.Done():
			t.Fatalf("only %d of %d messages acknowledged", a.len(), n)
		}
	}
}

// sendUntilStopped runs one sender per device, alternating single and batch requests to both example
// projects, and records every message the node acknowledged with 202.
func sendUntilStopped(ctx context.Context, url string, keys []*ecdsa.PrivateKey, m *devnet.Manifest, tag string, acked *ackSet) func() {
	ctx, cancel := context.WithCancel(ctx)
	c := client.New(url)
	var projects []devnet.ManifestProject // the sum examples: their programs take any reading
	for _, p := range m.Projects {
		if p.Runtime == "wasm" {
			projects = append(projects, p)
		}
	}
	var wg sync.WaitGroup
	for d, key := range keys {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				p := projects[i%len(projects)]
				sign := func(j int) message.Message {
					msg, _ := client.Sign(key, p.ID, p.Version, fmt.Sprintf(`{"reading":%d,"tag":"%s-%d-%d-%d"}`, (i+j)%100, tag, d, i, j))
					return msg
				}
				if i%2 == 0 {
					if id, err := c.Send(ctx, sign(0)); err == nil {
						acked.add(id)
					}
					continue
				}
				batch := []message.Message{sign(0), sign(1), sign(2), sign(3), sign(4)}
				results, err := c.SendBatch(ctx, batch)
				if err != nil {
					var apiErr *client.Error
					if errors.As(err, &apiErr) && apiErr.Status < 500 {
						panic(err) // a refusal of well-formed messages is a bug, not a crash effect
					}
					continue
				}
				for _, r := range results {
					if r.Status == 202 {
						acked.add(r.MessageID)
					}
				}
			}
		})
	}
	return func() { cancel(); wg.Wait() }
}
