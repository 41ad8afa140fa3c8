package node_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/prover"
)

// outputProjectID is a project the test adds to the dev projects: the open sum project with a file and a
// webhook output.
const outputProjectID = 9

// TestOutputsAcrossRestart stops a node while its webhook holds a result's delivery, after the result is
// final (proved: no chain), and starts it again on the same data dir: the webhook gets the result again,
// with the same idempotency key, and takes it; the file output, delivered before the stop, is not
// written twice.
func TestOutputsAcrossRestart(t *testing.T) {
	d := newDevnet(t)
	var restarted atomic.Bool
	hits := make(chan string, 16)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		hits <- r.Header.Get(prover.IdempotencyHeader)
		if !restarted.Load() {
			<-r.Context().Done() // held until the node stops
			return
		}
	}))
	t.Cleanup(hook.Close)
	addOutputProject(t, d, []project.Sink{{Type: project.SinkFile, Path: "out/results.jsonl"},
		{Type: project.SinkWebhook, URL: hook.URL}})
	allowHook := func(c *node.Config) { c.AllowPrivateWebhooks = true }

	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	s := newSender(t)
	first := d.start(t, allowHook)
	id := s.send(ctx, first.c, d.keys.Devices[0], outputProjectID, 7)
	taskID := common.HexToHash(follow(ctx, t, first.c, id)[id].TaskID)
	want := da.OutboxKey(taskID, 1)
	if got := nextHit(ctx, t, hits); got != want {
		t.Fatalf("first delivery with key %q, want %q", got, want)
	}
	waitDelivered(ctx, t, first.Store(), taskID, 0)
	first.stop()

	restarted.Store(true)
	second := d.start(t, allowHook)
	if got := nextHit(ctx, t, hits); got != want {
		t.Fatalf("delivery after the restart with key %q, want %q", got, want)
	}
	waitDelivered(ctx, t, second.Store(), taskID, 1)

	f, err := os.Open(filepath.Join(d.dir, node.OutputsDir, "out", "results.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var keys []string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var rec prover.Delivery
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("file line %q: %v", sc.Bytes(), err)
		}
		keys = append(keys, rec.IdempotencyKey)
	}
	if len(keys) != 1 || keys[0] != da.OutboxKey(taskID, 0) {
		t.Errorf("file has records with keys %q, want one with %q", keys, da.OutboxKey(taskID, 0))
	}
}

// addOutputProject writes outputProjectID next to the dev projects: the open sum project with outs.
func addOutputProject(t *testing.T, d *devnetDir, outs []project.Sink) {
	t.Helper()
	dir := filepath.Join(d.dir, devnet.ProjectsDir)
	b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%d.json", devnet.SumOpenProjectID)))
	if err != nil {
		t.Fatal(err)
	}
	var f project.File
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	f.Name, f.Versions[0].Output = "sum-with-outputs", outs
	f.Versions[0].Aggregation.MaxMessages = 1
	if b, err = json.Marshal(f); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.json", outputProjectID)), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func nextHit(ctx context.Context, t *testing.T, hits <-chan string) string {
	t.Helper()
	select {
	case k := <-hits:
		return k
	case <-ctx.Done():
		t.Fatal("the webhook got no delivery")
		return ""
	}
}

// waitDelivered waits on the store's outbox signal until a task's index-th output is delivered.
func waitDelivered(ctx context.Context, t *testing.T, s da.Store, id common.Hash, index int) {
	t.Helper()
	sig, unsubscribe := s.Subscribe(da.TopicOutbox)
	defer unsubscribe()
	for {
		entries, err := s.Outbox(ctx, da.OutboxQuery{TaskID: id, Limit: 8})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Index == index && e.State == da.OutboxDelivered {
				return
			}
		}
		select {
		case <-sig:
		case <-ctx.Done():
			t.Fatalf("output %d of task %s: not delivered: %+v", index, id, entries)
		}
	}
}
