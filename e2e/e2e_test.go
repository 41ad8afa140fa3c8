package e2e_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// readyTimeout bounds a dev node's start: deploying the contracts on a fresh chain and, on a loaded
// machine running other test packages beside this one, more.
const readyTimeout = 3 * time.Minute

// binary is the w3bstream binary built once for the package's tests.
var binary string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "w3bstream-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	root := repoRoot()
	// The binary embeds the example programs, so they are built first.
	for _, c := range [][]string{
		{"bash", filepath.Join(root, "scripts", "build-examples.sh")},
		{"go", "build", "-o", filepath.Join(dir, "w3bstream"), "./cmd/w3bstream"},
	} {
		cmd := exec.Command(c[0], c[1:]...)
		cmd.Dir, cmd.Stdout, cmd.Stderr = root, io.Discard, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s: %v\n", strings.Join(c, " "), err)
			return 1
		}
	}
	binary = filepath.Join(dir, "w3bstream")
	return m.Run()
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// devNode is a running `w3bstream dev` process.
type devNode struct {
	cmd   *exec.Cmd
	url   string
	done  chan struct{}
	lines chan string // stdout after the ready line; dropped when nobody reads
}

// startDev starts `w3bstream dev` on dataDir and waits for its ready line.
func startDev(t *testing.T, dataDir string, args ...string) *devNode {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"dev", "--data-dir", dataDir, "--http", "127.0.0.1:0",
		"--chain-rpc", "127.0.0.1:0", "--log-level", "warn"}, args...)...)
	if !filepath.IsAbs(dataDir) {
		cmd.Dir = t.TempDir() // a relative data dir, as a user gives it, lives under a directory of the test's
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n := &devNode{cmd: cmd, done: make(chan struct{}), lines: make(chan string, 256)}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if url, ok := strings.CutPrefix(sc.Text(), "w3bstream dev ready: "); ok {
				ready <- url
				continue
			}
			select {
			case n.lines <- sc.Text():
			default:
			}
		}
		_ = cmd.Wait()
		close(n.done)
	}()
	t.Cleanup(func() { n.kill() })
	select {
	case n.url = <-ready:
		return n
	case <-n.done:
		t.Fatal("w3bstream dev exited before it was ready")
	case <-time.After(readyTimeout):
		t.Fatalf("w3bstream dev was not ready within %s", readyTimeout)
	}
	return nil
}

// kill sends SIGKILL and waits for the process to be gone.
func (n *devNode) kill() {
	_ = n.cmd.Process.Kill()
	<-n.done
}

// stop sends SIGTERM and waits, failing the test if the node does not stop cleanly in time.
func (n *devNode) stop(t *testing.T) {
	t.Helper()
	_ = n.cmd.Process.Signal(os.Interrupt)
	select {
	case <-n.done:
	case <-time.After(30 * time.Second):
		t.Fatal("w3bstream dev did not stop within 30s of SIGINT")
	}
	if code := n.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("w3bstream dev exited with %d after SIGINT", code)
	}
}

func testContext(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func mustKey(t *testing.T, hexKey string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}
