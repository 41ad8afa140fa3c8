package e2e_test

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/p2p"
	"github.com/w3bstream-go/w3bstream/task"
)

// operatorDeadline is the proof deadline of the operators' network: short, so that a dead prover's tasks
// move on within the test.
const operatorDeadline = 15 * time.Second

// TestNetworkOfOperators runs the network as independent operators run it: `geth --dev`, two sequencers
// and three provers as separate processes, each with its own SQLite store and keys and no shared database,
// talking over P2P on loopback. Sequencers and provers register and stake on-chain; messages go to both
// sequencers and every one settles, the work spread over the provers, which fetch the tasks' messages
// from the sequencers over P2P. Then, in turn:
//   - a peer announces that it holds tasks and serves forged data for them: the provers that try it
//     refuse it (its refusals show in their /v1/peers) and the tasks settle from the sequencer;
//   - a prover holding tasks is frozen and then killed with SIGKILL: its tasks expire and settle through
//     other provers;
//   - a sequencer is killed with SIGKILL while messages stream in and mints go on: restarted on its data
//     dir, it resumes, every message it acknowledged settles, and no task settles twice.
func TestNetworkOfOperators(t *testing.T) {
	ctx := testContext(t, 6*time.Minute)
	net := startOperators(ctx, t, 2, 300*time.Millisecond)
	seqs, provers, bootstrap, seqArgs := net.seqs, net.provers, net.bootstrap, net.seqArgs
	dir, eth, contracts, proverKeys, projectID := net.dir, net.eth, net.contracts, net.proverKeys, net.projectID
	devices := []*ecdsa.PrivateKey{newKey(t), newKey(t), newKey(t), newKey(t)}
	sender := &operatorSender{t: t, projectID: projectID}

	// Light load through both sequencers: every message settles, the work spread over the provers.
	var sent []sentMessage
	for round := range 6 {
		for s := range seqs {
			sent = append(sent, sender.sendBatch(ctx, seqs[s].url, devices[2*s], devices[2*s+1], fmt.Sprintf("light-%d-%d", round, s))...)
		}
	}
	settled := sender.waitSettled(ctx, sent)
	byProver := map[string]int{}
	for _, m := range settled {
		byProver[m.prover]++
	}
	if len(byProver) < 2 {
		t.Errorf("the work went to %d prover(s): %v; want it spread", len(byProver), byProver)
	}
	t.Logf("light load: %d messages settled, tasks per prover %v; received->settled %s", len(settled), byProver, latencies(settled))
	var fetchSeconds, fetches, fetchedBytes, imported float64
	for _, p := range provers {
		m := scrape(ctx, t, p.url)
		fetchSeconds += m["w3bstream_prover_task_fetch_seconds_sum"]
		fetches += m["w3bstream_prover_task_fetch_seconds_count"]
		fetchedBytes += m["w3bstream_p2p_fetched_bytes_total"]
		imported += m["w3bstream_prover_tasks_imported_total"]
	}
	if imported == 0 || fetches == 0 {
		t.Fatalf("the provers imported %v tasks in %v fetches: they did not fetch over P2P", imported, fetches)
	}
	t.Logf("fetching: %.0f tasks imported, %.1f ms a fetch on average, %.0f bytes a task", imported,
		1000*fetchSeconds/fetches, fetchedBytes/imported)
	slowest := slices.MaxFunc(settled, func(a, b sentMessage) int { return cmp.Compare(a.settled.Sub(a.received), b.settled.Sub(b.received)) })
	t.Logf("slowest: %s", describe(ctx, t, slowest))

	// A peer that announces it holds tasks and serves forged data for them.
	hostile := startHostilePeer(ctx, t, dir, bootstrap, projectID)
	for _, p := range provers {
		waitConnectedTo(ctx, t, p.url, hostile.host.ID()) // found through the discovery topic
	}
	var forged []sentMessage
	for i := range 4 {
		ms := sender.sign(devices[0], devices[1], fmt.Sprintf("forged-%d", i))
		hostile.claim(ctx, t, ms)
		forged = append(forged, sender.post(ctx, seqs[0].url, ms)...)
	}
	forged = sender.waitSettled(ctx, forged)
	refusals := 0
	for _, p := range provers {
		for _, peer := range peersOf(ctx, t, p.url).Peers {
			if peer.ID == hostile.host.ID() {
				refusals += peer.Refusals
			}
		}
	}
	if refusals == 0 || hostile.served() == 0 {
		t.Errorf("the forging peer served %d requests and was refused %d times; want both above zero", hostile.served(), refusals)
	}
	t.Logf("forging peer: served %d requests, refused %d times; its tasks settled from the sequencer", hostile.served(), refusals)

	// A prover holding tasks is frozen, then killed: its tasks expire and settle through the others.
	victim := 0
	victimAddr := strings.ToLower(address(proverKeys[victim]).Hex())
	if err := provers[victim].cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	var held []sentMessage
	for i := 0; ; i++ {
		ms := sender.post(ctx, seqs[i%2].url, sender.sign(devices[2], devices[3], fmt.Sprintf("held-%d", i)))
		held = append(held, ms...)
		if sender.assignedTo(ctx, ms[0], victimAddr) {
			break
		}
		if i == 20 {
			t.Fatal("no task went to the frozen prover in 21 tasks")
		}
	}
	if err := provers[victim].cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-provers[victim].done
	held = sender.waitSettled(ctx, held)
	for _, m := range held {
		if m.prover == victimAddr {
			t.Errorf("message %s settled through the killed prover", m.id)
		}
	}
	t.Logf("killed prover: its tasks expired and settled through others")

	// A sequencer killed while messages stream in and its mints go on, then restarted.
	var (
		mu       sync.Mutex
		streamed []sentMessage
	)
	streamCtx, stopStream := context.WithCancel(ctx)
	streamDone := make(chan struct{})
	go func() {
		defer close(streamDone)
		for i := 0; streamCtx.Err() == nil; i++ {
			ms, err := sender.tryPost(streamCtx, seqs[1].url, sender.sign(devices[2], devices[3], fmt.Sprintf("stream-%d", i)))
			if err != nil {
				return // the sequencer is gone: what it did not acknowledge is not its to keep
			}
			mu.Lock()
			streamed = append(streamed, ms...)
			mu.Unlock()
			select { // a steady stream that the provers keep up with: the test is of the crash, not of the load
			case <-streamCtx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	time.Sleep(4 * time.Second)
	if err := seqs[1].cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-seqs[1].done
	stopStream()
	<-streamDone
	seqs[1] = startPeer(t, dir, "sequencer1", "ingest,sequencer", seqArgs(1, bootstrap))
	mu.Lock()
	acked := slices.Clone(streamed)
	mu.Unlock()
	for i := range acked {
		acked[i].url = seqs[1].url // the restarted node answers on a port of its own
	}
	if len(acked) == 0 {
		t.Fatal("the sequencer acknowledged nothing before it was killed")
	}
	acked = sender.waitSettled(ctx, acked)
	t.Logf("killed sequencer: restarted, and all %d messages it acknowledged settled", len(acked))

	// No task settled twice, on-chain: each TaskSettled names a distinct task.
	all := slices.Concat(settled, forged, held, acked)
	tasks := map[string]bool{}
	for _, m := range all {
		tasks[m.taskID] = true
	}
	settledEvents := countSettled(ctx, t, eth, contracts)
	for id, n := range settledEvents {
		if n != 1 {
			t.Errorf("task %s settled %d times on-chain", id, n)
		}
	}
	for id := range tasks {
		if n := settledEvents[strings.ToLower(id)]; n != 1 {
			t.Errorf("task %s of an acknowledged message settled %d times on-chain, want once", id, n)
		}
	}
	for _, p := range slices.Concat(seqs, provers[1:]) {
		p.stop(t)
	}
}

// operators is a network of two sequencers and three provers as separate processes on `geth --dev`, each
// with its own keys, stake and SQLite store, over P2P on loopback, and the sum project registered on it.
type operators struct {
	dir        string
	eth        *ethclient.Client
	contracts  string
	projectID  uint64
	proverKeys []*ecdsa.PrivateKey
	seqs       []*nodeProc
	provers    []*nodeProc
	bootstrap  []string
	seqArgs    func(i int, bootstrap []string) []string
}

// startOperators starts the network; the sum project packs maxMessages messages or waits maxWait.
func startOperators(ctx context.Context, t *testing.T, maxMessages int, maxWait time.Duration) *operators {
	t.Helper()
	dir := t.TempDir()
	if keep := os.Getenv("W3BSTREAM_E2E_KEEP"); keep != "" {
		dir = keep // the nodes' logs outlive the test
	}
	// A block a second, as on a public chain: the chain's clock keeps with the nodes' under load.
	g := startGethPeriod(t, dir, 1)
	eth, err := ethclient.DialContext(ctx, g.rpc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)

	owner := mustKey(t, gethDevKey)
	seqKeys := []*ecdsa.PrivateKey{newKey(t), newKey(t)}
	proverKeys := []*ecdsa.PrivateKey{newKey(t), newKey(t), newKey(t)}
	var funded []common.Address
	for _, k := range slices.Concat(seqKeys, proverKeys) {
		funded = append(funded, address(k))
	}
	fund(ctx, t, eth, owner, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)), funded...)
	ownerFile := writeKey(t, dir, "owner", owner)
	contracts := filepath.Join(dir, "contracts.json")
	chainArgs := []string{"--chain-rpc", g.rpc, "--contracts", contracts}
	w3bOK(t, "contracts", "deploy", "--chain-rpc", g.rpc, "--key-file", ownerFile, "--out", contracts)

	projectFile := writeSumProject(t, dir, maxMessages, maxWait)
	out := w3bOK(t, append([]string{"project", "register", "--file", projectFile, "--uri", "file://" + projectFile, "--key-file", ownerFile}, chainArgs...)...)
	projectID := parseProjectID(t, out)
	id := strconv.FormatUint(projectID, 10)
	w3bOK(t, append([]string{"project", "bind", id, "--sum-dapp", "--key-file", ownerFile}, chainArgs...)...)
	w3bOK(t, append([]string{"device", "open", id, "true", "--key-file", ownerFile}, chainArgs...)...)

	var seqFiles, proverFiles []string
	for i, k := range seqKeys {
		f := writeKey(t, dir, fmt.Sprintf("sequencer%d", i), k)
		seqFiles = append(seqFiles, f)
		w3bOK(t, append([]string{"sequencer", "register", "--key-file", f}, chainArgs...)...)
	}
	for i, k := range proverKeys {
		f := writeKey(t, dir, fmt.Sprintf("prover%d", i), k)
		proverFiles = append(proverFiles, f)
		w3bOK(t, append([]string{"prover", "register", "--runtimes", "wasm", "--key-file", f}, chainArgs...)...)
	}

	base := append([]string{"--chain-ws", g.ws, "--http", "127.0.0.1:0", "--p2p-listen", "/ip4/127.0.0.1/tcp/0",
		"--log-level", "info"}, chainArgs...)
	n := &operators{dir: dir, eth: eth, contracts: contracts, projectID: projectID, proverKeys: proverKeys}
	n.seqArgs = func(i int, bootstrap []string) []string {
		args := slices.Concat(base, []string{"--sequencer-key-file", seqFiles[i], "--proof-deadline", operatorDeadline.String()})
		if len(bootstrap) > 0 {
			args = append(args, "--bootstrap", strings.Join(bootstrap, ","))
		}
		return args
	}
	n.seqs = make([]*nodeProc, 2)
	n.seqs[0] = startPeer(t, dir, "sequencer0", "ingest,sequencer", n.seqArgs(0, nil))
	n.bootstrap = p2pAddrs(ctx, t, n.seqs[0].url)
	n.seqs[1] = startPeer(t, dir, "sequencer1", "ingest,sequencer", n.seqArgs(1, n.bootstrap))
	n.provers = make([]*nodeProc, 3)
	for i := range n.provers {
		n.provers[i] = startPeer(t, dir, fmt.Sprintf("prover%d", i), "prover",
			slices.Concat(base, []string{"--prover-key-file", proverFiles[i], "--bootstrap", strings.Join(n.bootstrap, ",")}))
	}
	waitPeers(ctx, t, n.seqs[0].url, 4) // every other node found the first sequencer
	return n
}

// startPeer starts `w3bstream node` with roles and its own data dir dir/name, and waits for its ready line.
func startPeer(t *testing.T, dir, name, roles string, args []string) *nodeProc {
	t.Helper()
	args = append([]string{"node", "--roles", roles, "--data-dir", filepath.Join(dir, name), "--allow-local-uris"}, args...)
	p := startProc(t, dir, name+"-"+strconv.FormatInt(time.Now().UnixNano(), 36), binary, args, "w3bstream node ready: ")
	select {
	case line := <-p.ready:
		m := nodeReady.FindStringSubmatch(line)
		if m == nil || m[2] != roles {
			t.Fatalf("%s: unexpected ready line %q", name, line)
		}
		return &nodeProc{proc: p, url: m[1]}
	case <-p.done:
		t.Fatalf("%s exited before it was ready; see %s", name, p.logPath)
	case <-time.After(90 * time.Second):
		t.Fatalf("%s was not ready within 90s; see %s", name, p.logPath)
	}
	return nil
}

func peersOf(ctx context.Context, t *testing.T, url string) api.Peers {
	t.Helper()
	p, err := client.New(url).Peers(ctx)
	if err != nil {
		t.Fatalf("peers of %s: %v", url, err)
	}
	return p
}

// p2pAddrs returns a node's loopback P2P addresses, for the others' --bootstrap.
func p2pAddrs(ctx context.Context, t *testing.T, url string) []string {
	t.Helper()
	p := peersOf(ctx, t, url)
	if !p.Enabled || p.Self == nil || len(p.Self.Addrs) == 0 {
		t.Fatalf("node %s has no P2P addresses: %+v", url, p)
	}
	return p.Self.Addrs
}

// waitPeers waits until the node is connected to at least n peers.
func waitPeers(ctx context.Context, t *testing.T, url string, n int) {
	t.Helper()
	for {
		connected := 0
		for _, p := range peersOf(ctx, t, url).Peers {
			if p.Connected {
				connected++
			}
		}
		if connected >= n {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("node %s has %d connected peers, want %d", url, connected, n)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// waitConnectedTo waits until the node is connected to the peer.
func waitConnectedTo(ctx context.Context, t *testing.T, url, peerID string) {
	t.Helper()
	for {
		for _, p := range peersOf(ctx, t, url).Peers {
			if p.ID == peerID && p.Connected {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("node %s is not connected to peer %s", url, peerID)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// sentMessage is a message a sequencer acknowledged, and once settled what became of it.
type sentMessage struct {
	id, url  string // message ID and the node it was sent to
	taskID   string
	prover   string
	received time.Time
	settled  time.Time
}

type operatorSender struct {
	t         *testing.T
	projectID uint64
}

// sign makes two messages, one from each device, carrying tag so that they are new.
func (s *operatorSender) sign(a, b *ecdsa.PrivateKey, tag string) []message.Message {
	var out []message.Message
	for i, k := range []*ecdsa.PrivateKey{a, b} {
		m, err := client.Sign(k, s.projectID, "v1", fmt.Sprintf(`{"reading":%d,"tag":%q}`, i+1, tag))
		if err != nil {
			s.t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func (s *operatorSender) sendBatch(ctx context.Context, url string, a, b *ecdsa.PrivateKey, tag string) []sentMessage {
	return s.post(ctx, url, s.sign(a, b, tag))
}

// post sends messages in one batch: one append to DA, so that they make one task of two.
func (s *operatorSender) post(ctx context.Context, url string, ms []message.Message) []sentMessage {
	out, err := s.tryPost(ctx, url, ms)
	if err != nil {
		s.t.Fatalf("send to %s: %v", url, err)
	}
	return out
}

func (s *operatorSender) tryPost(ctx context.Context, url string, ms []message.Message) ([]sentMessage, error) {
	res, err := client.New(url).SendBatch(ctx, ms)
	if err != nil {
		return nil, err
	}
	var out []sentMessage
	for _, r := range res {
		if r.Error != nil {
			return nil, fmt.Errorf("message refused: %+v", r.Error)
		}
		out = append(out, sentMessage{id: r.MessageID, url: url})
	}
	return out, nil
}

// waitSettled follows each message on the node it was sent to until it is settled, and fails the test
// if one ends otherwise.
func (s *operatorSender) waitSettled(ctx context.Context, ms []sentMessage) []sentMessage {
	s.t.Helper()
	out := make([]sentMessage, len(ms))
	for i, m := range ms {
		final := followUntil(ctx, s.t, m.url, m.id, task.Settled, task.Abandoned)
		if final.State != string(task.Settled) {
			s.t.Fatalf("message %s ended %s: %+v", m.id, final.State, final.States)
		}
		m.taskID = final.TaskID
		for _, st := range final.States {
			switch st.State {
			case task.Received:
				m.received = st.Time
			case task.Settled:
				m.settled, m.prover = st.Time, strings.ToLower(st.Prover)
			}
		}
		out[i] = m
	}
	return out
}

// assignedTo waits until m's task is assigned and reports whether to prover.
func (s *operatorSender) assignedTo(ctx context.Context, m sentMessage, prover string) bool {
	s.t.Helper()
	final := followUntil(ctx, s.t, m.url, m.id, task.Assigned)
	for _, st := range final.States {
		if st.State == task.Assigned {
			return strings.ToLower(st.Prover) == prover
		}
	}
	return false
}

// followUntil waits, in long polls, until the message has reached one of the states (a failed task may
// be assigned again, so failed ends nothing here).
func followUntil(ctx context.Context, t *testing.T, url, id string, states ...task.State) api.Message {
	t.Helper()
	c := client.New(url)
	seen := 0
	for {
		m, err := c.Message(ctx, id, 30*time.Second, seen)
		if err != nil {
			t.Fatalf("follow %s on %s: %v", id, url, err)
		}
		seen = len(m.States)
		for _, st := range m.States {
			if slices.Contains(states, st.State) {
				return m
			}
		}
	}
}

// scrape reads a node's /metrics, summing the series of each metric name.
func scrape(ctx context.Context, t *testing.T, url string) map[string]float64 {
	t.Helper()
	body := get(ctx, t, url+"/metrics")
	out := map[string]float64{}
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if i := strings.IndexByte(name, '{'); i >= 0 {
			name = name[:i]
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err == nil {
			out[name] += v
		}
	}
	return out
}

// describe lists a message's states with their times, for a log.
func describe(ctx context.Context, t *testing.T, m sentMessage) string {
	got, err := client.New(m.url).Message(ctx, m.id, 0, 0)
	if err != nil {
		return err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "message %s task %s:", m.id, got.TaskID)
	for _, st := range got.States {
		fmt.Fprintf(&b, " %s@+%s(%s %s)", st.State, st.Time.Sub(m.received).Round(time.Millisecond), st.Prover, st.Error)
	}
	return b.String()
}

// latencies summarises received->settled over messages.
func latencies(ms []sentMessage) string {
	if len(ms) == 0 {
		return "none"
	}
	q := latencyQuantiles(ms)
	return fmt.Sprintf("p50 %s, p99 %s, max %s", q[0], q[1], q[2])
}

// hostilePeer joins the network, announces that it holds the tasks it is told of, and serves forged
// messages for them: their data changed under the devices' signatures.
type hostilePeer struct {
	host     *p2p.Host
	key      *ecdsa.PrivateKey
	mu       sync.Mutex
	tasks    map[common.Hash][]message.Message
	requests int
}

func startHostilePeer(ctx context.Context, t *testing.T, dir string, bootstrap []string, projectID uint64) *hostilePeer {
	t.Helper()
	h, err := p2p.New(ctx, p2p.Config{KeyFile: filepath.Join(dir, "hostile.key"), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"},
		Bootstrap: bootstrap})
	if err != nil {
		t.Fatal(err)
	}
	hp := &hostilePeer{host: h, key: newKey(t), tasks: map[common.Hash][]message.Message{}}
	h.Serve(hp)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = h.Run(runCtx) }()
	t.Cleanup(func() { cancel(); <-done; _ = h.Close() })
	if err := h.Join(projectID); err != nil {
		t.Fatal(err)
	}
	go func() { // drain what gossip brings
		for {
			select {
			case <-runCtx.Done():
				return
			case <-h.Notices():
			}
		}
	}()
	return hp
}

// claim announces, before the messages are even sent, that the peer holds the task they will make.
func (h *hostilePeer) claim(ctx context.Context, t *testing.T, ms []message.Message) {
	t.Helper()
	vs := make([]message.Verified, len(ms))
	for i, m := range ms {
		v, err := m.Verify()
		if err != nil {
			t.Fatal(err)
		}
		vs[i] = v
	}
	id, err := task.IDOf(vs[0].ProjectID, vs[0].ProjectVersion, vs)
	if err != nil {
		t.Fatal(err)
	}
	forged := slices.Clone(ms)
	forged[0].Data = strings.Replace(forged[0].Data, `"reading":1`, `"reading":1000`, 1)
	h.mu.Lock()
	h.tasks[id] = forged
	h.mu.Unlock()
	n := p2p.Notice{Kind: p2p.Holding, ProjectID: vs[0].ProjectID, TaskID: id}
	if err := n.Sign(h.key); err != nil {
		t.Fatal(err)
	}
	// Gossip reaches the provers through the mesh; give it a moment before the task exists.
	if err := h.host.Publish(ctx, n); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
}

// TaskMessages serves forged data for every task the peer claimed.
func (h *hostilePeer) TaskMessages(_ context.Context, _ uint64, taskID common.Hash) ([]message.Message, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.requests++
	if ms, ok := h.tasks[taskID]; ok {
		return ms, nil
	}
	return nil, p2p.ErrNotFound
}

func (h *hostilePeer) served() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.requests
}

// countSettled counts the router's TaskSettled events per task ID (0x-hex, lower case).
func countSettled(ctx context.Context, t *testing.T, eth *ethclient.Client, contractsFile string) map[string]int {
	t.Helper()
	b, err := os.ReadFile(contractsFile)
	if err != nil {
		t.Fatal(err)
	}
	var addrs deploy.Addresses
	if err := json.Unmarshal(b, &addrs); err != nil {
		t.Fatal(err)
	}
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addrs.Router},
		Topics: [][]common.Hash{{bindings.NewRouter().GetABI().Events["TaskSettled"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, l := range logs {
		out[strings.ToLower(l.Topics[2].Hex())]++
	}
	return out
}

// TestDevProvers runs `w3bstream dev --provers 1`: a prover node of its own runs as a separate process with
// its own store, takes tasks of the dev node's messages over P2P, and settles them.
func TestDevProvers(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	dir := t.TempDir()
	node := startDev(t, dir, "--provers", "1")
	var proverURL string
	for proverURL == "" {
		select {
		case line := <-node.lines:
			if rest, ok := strings.CutPrefix(line, "  prover 1: "); ok {
				proverURL = strings.Fields(rest)[0]
			}
		case <-ctx.Done():
			t.Fatal("dev printed no line for its prover 1")
		}
	}
	m, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	sender := &operatorSender{t: t, projectID: devnet.SumProjectID}
	a, b := mustKey(t, m.Devices[0].PrivateKey), mustKey(t, m.Devices[1].PrivateKey)
	// The sequencer spreads tasks over both provers; send until one went to the prover of its own.
	for i := 0; ; i++ {
		sent := sender.waitSettled(ctx, sender.sendBatch(ctx, node.url, a, b, fmt.Sprintf("dev-%d", i)))
		metrics := scrape(ctx, t, proverURL)
		if metrics["w3bstream_prover_tasks_imported_total"] > 0 && metrics["w3bstream_tasks_settled_total"] > 0 {
			t.Logf("the prover of its own settled a task after %d messages", len(sent)*(i+1))
			break
		}
		if i == 20 {
			t.Fatalf("no task went through the prover of its own in 21 tasks: %v", metrics)
		}
	}
	node.stop(t)
}

// TestNetworkRate measures the network of TestNetworkOfOperators at rising rates of messages, split over
// both sequencers, and prints received->settled latency and the rate that settled. It is a benchmark,
// run on demand: W3BSTREAM_NETWORK_BENCH=1 go test -run TestNetworkRate -v ./e2e (W3BSTREAM_NETWORK_RATES
// sets the rates, messages/s, default 20,50,100,200; each runs W3BSTREAM_NETWORK_SECONDS, default 20).
func TestNetworkRate(t *testing.T) {
	if os.Getenv("W3BSTREAM_NETWORK_BENCH") == "" {
		t.Skip("a benchmark: set W3BSTREAM_NETWORK_BENCH=1 to run it")
	}
	rates := []int{20, 50, 100, 200}
	if s := os.Getenv("W3BSTREAM_NETWORK_RATES"); s != "" {
		rates = nil
		for _, f := range strings.Split(s, ",") {
			r, err := strconv.Atoi(f)
			if err != nil || r <= 0 {
				t.Fatalf("W3BSTREAM_NETWORK_RATES: %q", f)
			}
			rates = append(rates, r)
		}
	}
	seconds := 20
	if s := os.Getenv("W3BSTREAM_NETWORK_SECONDS"); s != "" {
		var err error
		if seconds, err = strconv.Atoi(s); err != nil || seconds <= 0 {
			t.Fatalf("W3BSTREAM_NETWORK_SECONDS: %q", s)
		}
	}
	ctx := testContext(t, time.Duration(len(rates)*(seconds+120))*time.Second+3*time.Minute)
	const batch = 10 // messages per request, and per task
	net := startOperators(ctx, t, batch, 200*time.Millisecond)
	sender := &operatorSender{t: t, projectID: net.projectID}
	devices := make([]*ecdsa.PrivateKey, batch)
	for i := range devices {
		devices[i] = newKey(t)
	}
	t.Logf("%-10s %-10s %-10s %-10s %-10s %-10s", "rate", "sent", "settled/s", "p50", "p99", "max")
	for _, rate := range rates {
		var (
			mu   sync.Mutex
			sent []sentMessage
			wg   sync.WaitGroup
		)
		interval := time.Duration(float64(time.Second) * batch * float64(len(net.seqs)) / float64(rate))
		until := time.Now().Add(time.Duration(seconds) * time.Second)
		for s, seq := range net.seqs {
			wg.Go(func() {
				tick := time.NewTicker(interval)
				defer tick.Stop()
				for i := 0; time.Now().Before(until); i++ {
					ms := make([]message.Message, batch)
					for j := range ms {
						m, err := client.Sign(devices[j], net.projectID, "v1", fmt.Sprintf(`{"reading":%d,"tag":"r%d-s%d-%d"}`, j, rate, s, i))
						if err != nil {
							t.Error(err)
							return
						}
						ms[j] = m
					}
					out, err := sender.tryPost(ctx, seq.url, ms)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					sent = append(sent, out...)
					mu.Unlock()
					<-tick.C
				}
			})
		}
		wg.Wait()
		done := sender.waitSettled(ctx, sent)
		first, last := done[0].received, done[0].settled
		for _, m := range done {
			if m.received.Before(first) {
				first = m.received
			}
			if m.settled.After(last) {
				last = m.settled
			}
		}
		lat := latencyQuantiles(done)
		t.Logf("%-10d %-10d %-10.0f %-10s %-10s %-10s", rate, len(done), float64(len(done))/last.Sub(first).Seconds(),
			lat[0], lat[1], lat[2])
	}
	var fetchSeconds, fetches, fetchedBytes, imported float64
	for _, p := range net.provers {
		m := scrape(ctx, t, p.url)
		fetchSeconds += m["w3bstream_prover_task_fetch_seconds_sum"]
		fetches += m["w3bstream_prover_task_fetch_seconds_count"]
		fetchedBytes += m["w3bstream_p2p_fetched_bytes_total"]
		imported += m["w3bstream_prover_tasks_imported_total"]
	}
	t.Logf("fetching: %.0f tasks imported, %.1f ms a fetch on average, %.0f bytes a task of %d messages", imported,
		1000*fetchSeconds/max(fetches, 1), fetchedBytes/max(imported, 1), batch)
}

// latencyQuantiles returns received->settled p50, p99 and max.
func latencyQuantiles(ms []sentMessage) [3]time.Duration {
	ds := make([]time.Duration, len(ms))
	for i, m := range ms {
		ds[i] = m.settled.Sub(m.received)
	}
	slices.Sort(ds)
	q := func(p float64) time.Duration {
		return ds[min(len(ds)-1, int(p*float64(len(ds))))].Round(time.Millisecond)
	}
	return [3]time.Duration{q(0.5), q(0.99), ds[len(ds)-1].Round(time.Millisecond)}
}
