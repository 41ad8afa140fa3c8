package e2e_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/postgres"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/internal/pgtest"
	"github.com/w3bstream-go/w3bstream/task"
)

// TestHostileProjectsCannotStopTheSequencer registers, beside the dev node's healthy example project,
// a project whose on-chain runtime no prover runs (its file says wasm), a project without a dApp, and a
// project paused while its message is in flight. The healthy project's messages settle; ingest refuses
// the mismatched project with runtime_mismatch; the task without a dApp is set aside with its reason;
// and the sequencer sends no mint that reverts.
func TestHostileProjectsCannotStopTheSequencer(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	dir := t.TempDir()
	node := startDev(t, dir)
	net := openDevnet(ctx, t, dir)
	open := net.m.Projects[devnet.SumOpenProjectID-1] // wasm, open to any device
	register := func(runtime string, dapp bool) uint64 {
		t.Helper()
		sum, err := hex.DecodeString(open.SHA256)
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := net.owner.RegisterProject(ctx, open.URI, [32]byte(sum), runtime)
		if err != nil {
			t.Fatal(err)
		}
		if dapp {
			if _, err := net.owner.BindDApp(ctx, id, net.m.Contracts.SumDApp); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := net.owner.SetDevicesOpen(ctx, id, true); err != nil {
			t.Fatal(err)
		}
		return id
	}
	mismatch := register("zk-other", true)
	noDApp := register("wasm", false)
	paused := register("wasm", true)

	c := client.New(node.url)
	stranger := newKey(t)
	devices := make([]*ecdsa.PrivateKey, len(net.m.Devices))
	for i, d := range net.m.Devices {
		devices[i] = mustKey(t, d.PrivateKey)
	}
	// The node learns that a new project is open from the device registry's events: soon, not at once.
	send := func(key *ecdsa.PrivateKey, project uint64, reading int) (string, error) {
		m, err := client.Sign(key, project, "v1", fmt.Sprintf(`{"reading":%d}`, reading))
		if err != nil {
			t.Fatal(err)
		}
		for {
			id, err := c.Send(ctx, m)
			var ce *client.Error
			if !errors.As(err, &ce) || ce.Code != "device_forbidden" || ctx.Err() != nil {
				return id, err
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	mustSend := func(key *ecdsa.PrivateKey, project uint64, reading int) string {
		t.Helper()
		id, err := send(key, project, reading)
		if err != nil {
			t.Fatalf("send to project %d: %v", project, err)
		}
		return id
	}

	var healthy []string
	for i, d := range devices {
		healthy = append(healthy, mustSend(d, devnet.SumProjectID, i+1))
	}
	var ce *client.Error
	if _, err := send(stranger, mismatch, 1); !errors.As(err, &ce) || ce.Status != http.StatusConflict || ce.Code != "runtime_mismatch" {
		t.Fatalf("message to a project registered with another runtime: %v, want 409 runtime_mismatch", err)
	}
	orphan := mustSend(stranger, noDApp, 2)
	inFlight := mustSend(stranger, paused, 3)
	if _, err := net.owner.PauseProject(ctx, paused); err != nil {
		t.Fatal(err)
	}
	for i, d := range devices {
		healthy = append(healthy, mustSend(d, devnet.SumProjectID, 10+i))
	}

	for _, id := range healthy {
		final, err := c.Follow(ctx, id, nil, func(api.Message, api.State) {})
		if err != nil {
			t.Fatalf("follow %s: %v", id, err)
		}
		if final.State != string(task.Settled) {
			t.Fatalf("healthy message %s ended %s: %+v", id, final.State, final.States)
		}
	}
	tk := waitTask(ctx, t, c, orphan, func(tk api.Task) bool {
		return tk.State == task.Failed && strings.HasPrefix(tk.Error, "refused: no_dapp")
	})
	if tk.Attempts != 0 {
		t.Errorf("task without a dApp used %d attempts", tk.Attempts)
	}
	// Paused mid-flight: whatever step the pause caught it at, the task ends settled (the result was in
	// first) or failed with the pause as its reason, and is not assigned again while paused.
	tk = waitTask(ctx, t, c, inFlight, func(tk api.Task) bool {
		return tk.State == task.Settled || tk.State == task.Failed && strings.Contains(strings.ToLower(tk.Error), "paused")
	})
	t.Logf("message to the project paused in flight: %s %q", tk.State, tk.Error)

	metrics := get(ctx, t, node.url+"/metrics")
	if !strings.Contains(metrics, `w3bstream_sequencer_assignments_refused_total{reason="no_dapp"}`) {
		t.Errorf("no refused{no_dapp} metric in:\n%s", grepLines(metrics, "w3bstream_sequencer"))
	}
	mints, reverted := net.mints(ctx, t)
	if mints == 0 || reverted != 0 {
		t.Fatalf("%d mint transactions from the sequencer, %d reverted; want some, none reverted", mints, reverted)
	}
	t.Logf("%d mints, none reverted", mints)
	node.stop(t)
}

// TestStalledProversTasksMoveOn runs the dev node with a short proof deadline beside two registered
// provers that run nowhere: they stand for provers that died. One "proves" a task and dies, the other
// "submits" one and dies (the test writes those states to DA as they would); both tasks expire at their
// deadline and settle by the dev node's prover. A task whose program fails for every prover ends
// abandoned after three attempts, saying so in the API.
func TestStalledProversTasksMoveOn(t *testing.T) {
	ctx := testContext(t, 5*time.Minute)
	dir := t.TempDir()
	dsn := pgtest.Start(t)
	node := startDev(t, dir, "--db", dsn, "--proof-deadline", "5s")
	net := openDevnet(ctx, t, dir)
	store, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	dead := []*ecdsa.PrivateKey{newKey(t), newKey(t)}
	fund(ctx, t, net.eth, net.ownerKey, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)), address(dead[0]), address(dead[1]))
	for _, k := range dead {
		if _, err := net.owner.WithKey(k).RegisterProver(ctx, []string{"wasm"}, common.Address{}, deploy.DefaultMinStake); err != nil {
			t.Fatal(err)
		}
	}

	c := client.New(node.url)
	device := mustKey(t, net.m.Devices[0].PrivateKey)
	var (
		mu      sync.Mutex
		healthy []string
	)
	// Healthy messages keep coming: tasks for the dead provers to take, and a chain that moves on.
	sendCtx, stopSending := context.WithCancel(ctx)
	sending := make(chan struct{})
	go func() {
		defer close(sending)
		for i := 0; sendCtx.Err() == nil; i++ {
			m, err := client.Sign(device, devnet.SumProjectID, "v1", fmt.Sprintf(`{"reading":%d}`, i))
			if err != nil {
				t.Error(err)
				return
			}
			if id, err := c.Send(sendCtx, m); err == nil {
				mu.Lock()
				healthy = append(healthy, id)
				mu.Unlock()
			}
			select {
			case <-sendCtx.Done():
			case <-time.After(500 * time.Millisecond):
			}
		}
	}()
	bad, err := client.Sign(newKey(t), devnet.SumOpenProjectID, "v1", `{"reading":-1}`) // the sum program refuses it
	if err != nil {
		t.Fatal(err)
	}
	badID, err := c.Send(ctx, bad)
	if err != nil {
		t.Fatal(err)
	}

	// The dead provers' last acts: one proved a task, the other submitted one.
	stalled := map[task.State]common.Hash{}
	for len(stalled) < 2 {
		for i, k := range dead {
			st := []task.State{task.Proved, task.Submitted}[i]
			if _, ok := stalled[st]; ok {
				continue
			}
			ts, err := store.Tasks(ctx, da.TaskQuery{ProjectID: devnet.SumProjectID, States: []task.State{task.Assigned},
				Prover: address(k), Order: da.OldestFirst, Limit: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(ts) == 0 {
				continue
			}
			tk := ts[0]
			ev := task.Event{State: task.Proved, Time: time.Now(), BlockHeight: tk.BlockHeight, Prover: tk.Prover}
			if err := store.UpdateTask(ctx, tk.ID, []task.State{task.Assigned}, ev, &task.Result{TaskID: tk.ID, Prover: tk.Prover}); err != nil {
				t.Fatal(err)
			}
			if st == task.Submitted {
				ev.State = task.Submitted
				if err := store.UpdateTask(ctx, tk.ID, []task.State{task.Proved}, ev, nil); err != nil {
					t.Fatal(err)
				}
			}
			stalled[st] = tk.ID
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the dead provers were given no task of the healthy project (caught %v)", stalled)
		case <-time.After(100 * time.Millisecond):
		}
	}

	for st, id := range stalled {
		final := waitTaskID(ctx, t, c, id.Hex(), func(tk api.Task) bool { return tk.State == task.Settled })
		want := "assignment deadline passed (" + string(st) + ")"
		var expired bool
		for _, s := range final.States {
			expired = expired || s.State == task.Failed && s.Error == want
		}
		if !expired || final.Attempts < 2 {
			t.Errorf("task %s left %s by a dead prover settled without its expiry (%q) or another assignment: %+v", id, st, want, final.States)
		}
	}
	tk := waitTask(ctx, t, c, badID, func(tk api.Task) bool { return tk.State == task.Abandoned })
	if tk.Error != "attempts exhausted (3)" || tk.Attempts != 3 {
		t.Errorf("abandoned task: %q after %d attempts", tk.Error, tk.Attempts)
	}
	if msg, err := c.Message(ctx, badID, 0, 0); err != nil || !msg.Final || msg.State != string(task.Abandoned) {
		t.Errorf("message of the abandoned task: %+v, %v", msg, err)
	}
	stopSending()
	<-sending
	mu.Lock()
	ids := healthy
	mu.Unlock()
	// A healthy task that went to the dead provers fails on the way (final for the moment) and settles.
	for _, id := range ids {
		waitTask(ctx, t, c, id, func(tk api.Task) bool { return tk.State == task.Settled })
	}
	metrics := get(ctx, t, node.url+"/metrics")
	for _, want := range []string{"w3bstream_sequencer_tasks_abandoned_total 1", `w3bstream_sequencer_assignments_expired_total{state="proved"}`,
		`w3bstream_sequencer_assignments_expired_total{state="submitted"}`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("no %s in:\n%s", want, grepLines(metrics, "w3bstream_sequencer"))
		}
	}
	if mints, reverted := net.mints(ctx, t); reverted != 0 {
		t.Fatalf("%d of %d mints reverted", reverted, mints)
	}
	t.Logf("%d healthy messages settled beside two dead provers", len(ids))
	node.stop(t)
}

// devnetChain is a dev node's chain as a test drives it: the manifest, an RPC connection and the
// contracts' owner.
type devnetChain struct {
	m        *devnet.Manifest
	eth      *ethclient.Client
	ownerKey *ecdsa.PrivateKey
	owner    *chain.Client
	seq      common.Address
}

func openDevnet(ctx context.Context, t *testing.T, dir string) *devnetChain {
	t.Helper()
	m, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := &devnetChain{m: m}
	for _, a := range m.Accounts {
		switch a.Role {
		case "owner":
			n.ownerKey = mustKey(t, a.PrivateKey)
		case "sequencer":
			n.seq = common.HexToAddress(a.Address)
		}
	}
	if n.eth, err = ethclient.DialContext(ctx, m.RPCURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.eth.Close)
	if n.owner, err = chain.NewClient(ctx, n.eth, *m.Contracts, n.ownerKey, chain.WithReceiptPollInterval(50*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	return n
}

// mints counts the sequencer's transactions to the block minter, and those whose receipt says reverted.
func (n *devnetChain) mints(ctx context.Context, t *testing.T) (mints, reverted int) {
	t.Helper()
	head, err := n.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(int64(n.m.ChainID)))
	for h := uint64(0); h <= head; h++ {
		b, err := n.eth.BlockByNumber(ctx, new(big.Int).SetUint64(h))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil || from != n.seq || tx.To() == nil || *tx.To() != n.m.Contracts.BlockMinter {
				continue
			}
			mints++
			r, err := n.eth.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				reverted++
				t.Errorf("mint %s in block %d reverted", tx.Hash(), h)
			}
		}
	}
	return mints, reverted
}

// waitTask follows a message to its task and waits until cond holds for the task.
func waitTask(ctx context.Context, t *testing.T, c *client.Client, messageID string, cond func(api.Task) bool) api.Task {
	t.Helper()
	for {
		m, err := c.Message(ctx, messageID, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if m.TaskID != "" {
			return waitTaskID(ctx, t, c, m.TaskID, cond)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("message %s was never packed: %+v", messageID, m.States)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitTaskID waits until cond holds for a task.
func waitTaskID(ctx context.Context, t *testing.T, c *client.Client, id string, cond func(api.Task) bool) api.Task {
	t.Helper()
	for {
		tk, err := c.Task(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if cond(tk) {
			return tk
		}
		select {
		case <-ctx.Done():
			t.Fatalf("task %s: condition never held; last %s %q, states %+v", id, tk.State, tk.Error, tk.States)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func get(ctx context.Context, t *testing.T, url string) string {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
