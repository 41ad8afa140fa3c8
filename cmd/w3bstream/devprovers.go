package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/w3bstream-go/w3bstream/devnet"
)

// Timeouts of the extra prover processes of `dev --provers`.
const (
	proverReadyTimeout = 2 * time.Minute  // a first start compiles the programs and loads the ZK keys
	proverStopTimeout  = 30 * time.Second // after SIGINT, before SIGKILL
)

// proverProc is one extra prover node running as a process of its own.
type proverProc struct {
	n    int
	cmd  *exec.Cmd
	url  string
	done chan struct{}
}

// startProvers starts each extra prover as `w3bstream node --roles prover` with its own store, talking to
// the dev node over P2P on loopback, and returns once all are ready. stop ends them all.
func startProvers(ctx context.Context, dataDir, rpcURL, wsURL string, bootstrap []string, provers []*devnet.ExtraProver,
	logLevel string) (procs []*proverProc, stop func(), err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, nil, err
	}
	stop = func() {
		var wg sync.WaitGroup
		for _, p := range procs {
			wg.Go(func() { p.stop() })
		}
		wg.Wait()
	}
	for i, x := range provers {
		args := []string{"node", "--roles", "prover", "--data-dir", x.Dir, "--prover-key-file", x.KeyFile,
			"--chain-rpc", rpcURL, "--chain-ws", wsURL, "--contracts", filepath.Join(dataDir, devnet.ContractsFile),
			"--http", "127.0.0.1:0", "--p2p-listen", "/ip4/127.0.0.1/tcp/0", "--bootstrap", strings.Join(bootstrap, ","),
			"--allow-local-uris", "--allow-private-webhooks", "--log-level", logLevel}
		p, err := startProver(ctx, self, i+1, filepath.Join(x.Dir, "node.log"), args)
		if err != nil {
			stop()
			return nil, nil, err
		}
		procs = append(procs, p)
	}
	return procs, stop, nil
}

func startProver(ctx context.Context, bin string, n int, logPath string, args []string) (*proverProc, error) {
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stderr = log
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // never outlive the dev node
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		log.Close()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("start prover %d: %w", n, err)
	}
	p := &proverProc{n: n, cmd: cmd, done: make(chan struct{})}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(log, line)
			if url, ok := strings.CutPrefix(line, "w3bstream node ready: "); ok {
				select {
				case ready <- strings.Fields(url)[0]:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
		_ = cmd.Wait()
		log.Close()
		close(p.done)
	}()
	select {
	case p.url = <-ready:
		return p, nil
	case <-p.done:
		return nil, fmt.Errorf("prover %d exited before it was ready; see %s", n, logPath)
	case <-time.After(proverReadyTimeout):
		p.stop()
		return nil, fmt.Errorf("prover %d was not ready within %s; see %s", n, proverReadyTimeout, logPath)
	case <-ctx.Done():
		p.stop()
		return nil, ctx.Err()
	}
}

// stop sends SIGINT and waits, then kills.
func (p *proverProc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(proverStopTimeout):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}
