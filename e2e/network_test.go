package e2e_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/internal/pgtest"
	"github.com/w3bstream-go/w3bstream/project"
)

// gethVersion is the geth that scripts/install-geth.sh builds; later patch releases do not build here.
const gethVersion = "1.17.8"

// gethDevKey is the key `geth --dev` funds at genesis in a fresh data dir (go-ethereum's
// cmd/utils.DeveloperKey): the test signs with it rather than through geth's unlocked keystore.
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// How long a started process has to stop after SIGINT before it is killed.
const stopTimeout = 30 * time.Second

// TestNetworkSeparateProcesses runs network mode as operators run it: a separate `geth --dev`, a Postgres
// server, the contracts deployed and the sum project registered with the operator CLI, and the roles
// ingest, sequencer and prover as three `w3bstream node` processes that share the database and the
// chain. Messages signed by devices go through the ingest node to settled, with every transaction
// successful on geth. The device registry's events reach the ingest node: a device is refused until the
// project is opened on-chain.
func TestNetworkSeparateProcesses(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	dir := t.TempDir()
	g := startGeth(t, dir)
	eth, err := ethclient.DialContext(ctx, g.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()

	owner := mustKey(t, gethDevKey)
	seqKey, proverKey, deviceA, deviceB := newKey(t), newKey(t), newKey(t), newKey(t)
	fund(ctx, t, eth, owner, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)), address(seqKey), address(proverKey))
	ownerFile, seqFile, proverFile := writeKey(t, dir, "owner", owner), writeKey(t, dir, "sequencer", seqKey), writeKey(t, dir, "prover", proverKey)
	contracts := filepath.Join(dir, "contracts.json")
	chainArgs := []string{"--chain-rpc", g.rpc, "--contracts", contracts}

	// The network's proof of work (block.NetworkParams), as an operator deploys it.
	t.Log(w3bOK(t, "contracts", "deploy", "--chain-rpc", g.rpc, "--key-file", ownerFile, "--out", contracts))
	t.Log(w3bOK(t, append([]string{"sequencer", "register", "--key-file", seqFile, "--endpoint", "/ip4/127.0.0.1/tcp/4001"}, chainArgs...)...))
	projectFile := writeSumProject(t, dir, 2, 200*time.Millisecond)
	out := w3bOK(t, append([]string{"project", "register", "--file", projectFile, "--uri", "file://" + projectFile, "--key-file", ownerFile}, chainArgs...)...)
	t.Log(out)
	projectID := parseProjectID(t, out)
	id := strconv.FormatUint(projectID, 10)
	w3bOK(t, append([]string{"project", "bind", id, "--sum-dapp", "--key-file", ownerFile}, chainArgs...)...)
	w3bOK(t, append([]string{"device", "approve", id, address(deviceA).Hex(), "--key-file", ownerFile}, chainArgs...)...)
	w3bOK(t, append([]string{"prover", "register", "--runtimes", "wasm", "--key-file", proverFile}, chainArgs...)...)

	dsn := pgtest.Start(t)
	nodeArgs := append([]string{"--db", dsn, "--chain-ws", g.ws, "--http", "127.0.0.1:0", "--log-level", "info"}, chainArgs...)
	ingest := startNode(t, dir, "ingest", nodeArgs)
	sequencer := startNode(t, dir, "sequencer", slices.Concat(nodeArgs, []string{"--sequencer-key-file", seqFile}))
	prover := startNode(t, dir, "prover", slices.Concat(nodeArgs, []string{"--prover-key-file", proverFile}))

	c := client.New(ingest.url)
	var ids []string
	send := func(key *ecdsa.PrivateKey, reading int) error {
		m, err := client.Sign(key, projectID, "v1", fmt.Sprintf(`{"reading":%d}`, reading))
		if err != nil {
			t.Fatal(err)
		}
		id, err := c.Send(ctx, m)
		if err == nil {
			ids = append(ids, id)
		}
		return err
	}
	for i := range 8 {
		if err := send(deviceA, i+1); err != nil {
			t.Fatalf("send from the approved device: %v", err)
		}
	}
	if err := send(deviceB, 100); err == nil || !strings.Contains(err.Error(), "device_forbidden") {
		t.Fatalf("a device neither approved nor in an open project was not refused: %v", err)
	}
	w3bOK(t, append([]string{"device", "open", id, "true", "--key-file", ownerFile}, chainArgs...)...)
	// The ingest node learns of the opening from the device registry's events: soon, not at once.
	for deadline := time.Now().Add(30 * time.Second); ; {
		err := send(deviceB, 100)
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "device_forbidden") || time.Now().After(deadline) {
			t.Fatalf("send after the project was opened: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := send(deviceB, 101); err != nil {
		t.Fatal(err)
	}

	sent := time.Now()
	tasks := map[string]bool{}
	for _, id := range ids {
		final, err := c.Follow(ctx, id, nil, func(api.Message, api.State) {})
		if err != nil {
			t.Fatalf("follow %s: %v", id, err)
		}
		if final.State != "settled" {
			t.Fatalf("message %s ended %s: %+v", id, final.State, final.States)
		}
		tasks[final.TaskID] = true
		txs := map[string]string{}
		for _, s := range final.States {
			if s.TxHash != "" {
				txs[string(s.State)] = s.TxHash
			}
		}
		for _, state := range []string{"assigned", "submitted", "settled"} {
			h, ok := txs[state]
			if !ok {
				t.Fatalf("message %s: state %s has no txHash: %+v", id, state, final.States)
			}
			r, err := eth.TransactionReceipt(ctx, common.HexToHash(h))
			if err != nil {
				t.Fatalf("receipt of %s (%s): %v", h, state, err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction %s of state %s has status %d", h, state, r.Status)
			}
		}
	}
	if len(ids) != 10 || len(tasks) < 5 {
		t.Fatalf("%d messages in %d tasks, want 10 in at least 5 (tasks of up to 2)", len(ids), len(tasks))
	}
	t.Logf("%d messages in %d tasks settled %s after the last was sent", len(ids), len(tasks), time.Since(sent).Round(time.Millisecond))
	for _, n := range []*nodeProc{ingest, sequencer, prover} {
		n.stop(t)
	}
}

// startGeth starts `geth --dev` on free loopback ports with its data in dir/geth. It fails the test when
// the pinned geth is not installed.
func startGeth(t *testing.T, dir string) *gethProc { return startGethPeriod(t, dir, 0) }

// startGethPeriod is startGeth sealing a block every period seconds (0: one per transaction as it comes).
// Sealing on demand makes each block's timestamp at least its parent's plus a second, so under load the
// chain's clock runs ahead of the nodes'; a period keeps it with the wall clock, as on a public chain.
func startGethPeriod(t *testing.T, dir string, period int) *gethProc {
	t.Helper()
	bin := gethBinary(t)
	ports := freePorts(t, 3)
	args := []string{"--dev", "--dev.period", strconv.Itoa(period), "--dev.gaslimit", "60000000",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(ports[0]), "--http.api", "eth,net,web3",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(ports[1]), "--ws.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(ports[2]),
		"--datadir", filepath.Join(dir, "geth"), "--nodiscover", "--maxpeers", "0", "--port", "0", "--ipcdisable",
		"--verbosity", "2"}
	p := startProc(t, dir, "geth", bin, args, "")
	g := &gethProc{proc: p, rpc: fmt.Sprintf("http://127.0.0.1:%d", ports[0]), ws: fmt.Sprintf("ws://127.0.0.1:%d", ports[1])}
	// geth prints no ready line on stdout: it is ready when its RPC answers.
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		eth, err := ethclient.DialContext(ctx, g.rpc)
		if err == nil {
			_, err = eth.ChainID(ctx)
			eth.Close()
		}
		cancel()
		if err == nil {
			return g
		}
		select {
		case <-p.done:
			t.Fatalf("geth exited before its RPC answered; see %s", p.logPath)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth's RPC did not answer within 30s: %v; see %s", err, p.logPath)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// gethBinary finds geth: $W3BSTREAM_GETH, else where scripts/install-geth.sh puts it.
func gethBinary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("W3BSTREAM_GETH")
	if bin == "" {
		tools := os.Getenv("W3BSTREAM_TOOLS")
		if tools == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				t.Fatal(err)
			}
			tools = filepath.Join(home, ".cache", "w3bstream", "tools")
		}
		bin = filepath.Join(tools, "geth-v"+gethVersion, "geth")
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("geth %s not found at %s (%v): run scripts/install-geth.sh, or set W3BSTREAM_GETH", gethVersion, bin, err)
	}
	if !strings.Contains(string(out), "Version: "+gethVersion) {
		t.Fatalf("%s is not geth %s: run scripts/install-geth.sh", bin, gethVersion)
	}
	return bin
}

type gethProc struct {
	*proc
	rpc, ws string
}

// nodeProc is a running `w3bstream node`.
type nodeProc struct {
	*proc
	url string
}

var nodeReady = regexp.MustCompile(`^w3bstream node ready: (http://\S+) \(roles (\S+)\)$`)

// startNode starts `w3bstream node --roles role` with its own data dir and waits for its ready line.
func startNode(t *testing.T, dir, role string, args []string) *nodeProc {
	t.Helper()
	// The test's project files are file:// URIs on this machine, which a node refuses by default.
	args = append([]string{"node", "--roles", role, "--data-dir", filepath.Join(dir, "node-"+role), "--allow-local-uris"}, args...)
	p := startProc(t, dir, "node-"+role, binary, args, "w3bstream node ready: ")
	select {
	case line := <-p.ready:
		m := nodeReady.FindStringSubmatch(line)
		if m == nil || m[2] != role {
			t.Fatalf("node %s: unexpected ready line %q", role, line)
		}
		return &nodeProc{proc: p, url: m[1]}
	case <-p.done:
		t.Fatalf("node %s exited before it was ready; see %s", role, p.logPath)
	case <-time.After(60 * time.Second):
		t.Fatalf("node %s was not ready within 60s; see %s", role, p.logPath)
	}
	return nil
}

// proc is a process the test started. Its output goes to a log file, shown when the test fails; it is
// stopped when the test ends, by SIGINT and then SIGKILL, and dies with the test binary.
type proc struct {
	name    string
	cmd     *exec.Cmd
	logPath string
	ready   chan string // the first stdout line with the ready prefix
	done    chan struct{}
}

func startProc(t *testing.T, dir, name, bin string, args []string, readyPrefix string) *proc {
	t.Helper()
	logPath := filepath.Join(dir, name+".log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = cleanEnv()
	cmd.Stderr = logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	p := &proc{name: name, cmd: cmd, logPath: logPath, ready: make(chan string, 1), done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(logFile, line)
			if readyPrefix != "" && strings.HasPrefix(line, readyPrefix) {
				select {
				case p.ready <- line:
				default:
				}
			}
		}
		_ = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.halt()
		if t.Failed() {
			t.Logf("--- %s (%s) log tail:\n%s", name, logPath, tail(logPath, 40))
		}
	})
	return p
}

// halt stops the process if it runs: SIGINT, then SIGKILL after stopTimeout. It reports whether SIGINT
// was enough.
func (p *proc) halt() bool {
	select {
	case <-p.done:
		return true
	default:
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
		return true
	case <-time.After(stopTimeout):
		_ = p.cmd.Process.Kill()
		<-p.done
		return false
	}
}

// stop stops the process with SIGINT and fails the test unless it exits cleanly in time.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	if !p.halt() {
		t.Fatalf("%s did not stop within %s of SIGINT", p.name, stopTimeout)
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("%s exited with %d after SIGINT; see %s", p.name, code, p.logPath)
	}
}

// cleanEnv is the environment of started processes: ours without the variables that would point them
// elsewhere (geth reads GETH_*, the CLI W3BSTREAM_*).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GETH_") || strings.HasPrefix(kv, "W3BSTREAM_") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// w3bRun runs the binary to completion with a clean environment and returns its combined output and
// exit code.
func w3bRun(t *testing.T, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = cleanEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("w3bstream %s: %v", strings.Join(args, " "), err)
		}
		return string(out), exit.ExitCode()
	}
	return string(out), 0
}

// w3bOK runs the binary and fails the test unless it succeeds.
func w3bOK(t *testing.T, args ...string) string {
	t.Helper()
	out, code := w3bRun(t, args...)
	if code != 0 {
		t.Fatalf("w3bstream %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	return out
}

var projectIDLine = regexp.MustCompile(`(?m)^projectID (\d+)$`)

func parseProjectID(t *testing.T, out string) uint64 {
	t.Helper()
	m := projectIDLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("project register printed no projectID:\n%s", out)
	}
	id, _ := strconv.ParseUint(m[1], 10, 64)
	return id
}

// writeSumProject writes the sum program and a project file for it (open to any device per the file;
// the chain's device registry decides) and returns the project file's path.
func writeSumProject(t *testing.T, dir string, maxMessages int, maxWait time.Duration) string {
	t.Helper()
	program, err := examples.Program("sum")
	if err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(dir, "sum.wasm")
	if err := os.WriteFile(wasm, program, 0o644); err != nil {
		t.Fatal(err)
	}
	f := project.File{Name: "sum", Versions: []project.Version{{
		Version: "v1", Runtime: "wasm", SampleData: `{"reading":21}`,
		Code:        []project.Artifact{{Name: "program", URI: "file://" + wasm, SHA256: project.HashHex(program)}},
		Aggregation: project.Aggregation{MaxMessages: maxMessages, MaxWait: project.Duration(maxWait), GroupBy: project.GroupByProject},
		Devices:     project.DevicePolicy{Policy: project.DevicesOpen},
	}}}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sum-project.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// fund sends amount from the funder to each address and waits until every transfer is mined.
func fund(ctx context.Context, t *testing.T, eth *ethclient.Client, from *ecdsa.PrivateKey, amount *big.Int, to ...common.Address) {
	t.Helper()
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := eth.PendingNonceAt(ctx, address(from))
	if err != nil {
		t.Fatal(err)
	}
	tip, err := eth.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signer := types.LatestSignerForChainID(chainID)
	var txs []*types.Transaction
	for i, addr := range to {
		tx, err := types.SignNewTx(from, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i),
			GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &addr, Value: amount})
		if err != nil {
			t.Fatal(err)
		}
		if err := eth.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("fund %s: %v", addr, err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, eth, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("fund %s: %v (receipt %+v)", tx.To(), err, r)
		}
	}
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// writeKey writes a key file as `w3bstream key new --out` does.
func writeKey(t *testing.T, dir, name string, k *ecdsa.PrivateKey) string {
	t.Helper()
	path := filepath.Join(dir, name+".key")
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// freePorts returns n distinct TCP ports on 127.0.0.1 that nothing listens on now.
func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	var ls []net.Listener
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// tail returns the last n lines of a file.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
