package e2e_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// w3b runs the binary and returns its combined output and exit code.
func w3b(t *testing.T, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("w3bstream %s: %v", strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	return string(out), code
}

func TestCLIAgainstDevNode(t *testing.T) {
	dir := t.TempDir()
	node := startDev(t, dir)
	env := []string{"W3BSTREAM_URL=" + node.url}

	out, code := w3b(t, env, "send", "--data-dir", dir, "--dev-device", "0", "--project", "1", "--data", `{"reading":21}`, "--wait")
	if code != 0 || !strings.Contains(out, "settled") {
		t.Fatalf("send --wait: exit %d\n%s", code, out)
	}
	id := regexp.MustCompile(`messageID (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if id == nil {
		t.Fatalf("send printed no message ID:\n%s", out)
	}
	out, code = w3b(t, env, "status", id[1])
	for _, s := range []string{"received", "packed", "assigned", "proved", "submitted", "settled", "block 0", "tx 0x"} {
		if code != 0 || !strings.Contains(out, s) {
			t.Fatalf("status: exit %d, missing %q\n%s", code, s, out)
		}
	}
	out, code = w3b(t, env, "status", id[1], "--wait")
	if code != 0 || !strings.Contains(out, "settled") {
		t.Fatalf("status --wait: exit %d\n%s", code, out)
	}

	// A device not on project 1's allow list is refused with the stable code.
	key := filepath.Join(dir, "device.key")
	if out, code = w3b(t, nil, "key", "new", "--out", key); code != 0 || !strings.Contains(out, "address 0x") {
		t.Fatalf("key new: exit %d\n%s", code, out)
	}
	if _, code = w3b(t, nil, "key", "new", "--out", key); code == 0 {
		t.Fatal("key new overwrote an existing key file")
	}
	out, code = w3b(t, env, "send", "--key-file", key, "--project", "1", "--data", `{"reading":1}`)
	if code == 0 || !strings.Contains(out, "device_forbidden") {
		t.Fatalf("send from a device not allowed: exit %d\n%s", code, out)
	}
	// Project 2 is open to any device.
	if out, code = w3b(t, env, "send", "--key-file", key, "--project", "2", "--data", `{"reading":1}`, "--wait"); code != 0 {
		t.Fatalf("send to the open project: exit %d\n%s", code, out)
	}
	node.stop(t)
}

// TestDemoPrintsProgress runs the demo as the README's first command does: with a relative data dir.
func TestDemoPrintsProgress(t *testing.T) {
	node := startDev(t, ".w3bstream", "--demo", "--demo-interval", "100ms")
	deadline := time.After(60 * time.Second)
	for {
		select {
		case line := <-node.lines:
			if strings.HasPrefix(line, "demo: ") && strings.Contains(line, " proved ") {
				node.stop(t)
				return
			}
		case <-deadline:
			t.Fatal("the demo printed no proved message within 60s")
		}
	}
}

func TestProjectAndHelpCommands(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "p.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(good, []byte(`{"name":"p","versions":[{"version":"v1","runtime":"wasm","aggregation":{"maxMessages":4,"maxWait":"2s"}}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"versions":[{"version":"v1"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := w3b(t, nil, "project", "validate", good); code != 0 || !strings.Contains(out, "up to 4 messages or 2s") {
		t.Fatalf("validate good file: exit %d\n%s", code, out)
	}
	if out, code := w3b(t, nil, "project", "validate", bad); code == 0 || !strings.Contains(out, "runtime is required") {
		t.Fatalf("validate bad file: exit %d\n%s", code, out)
	}
	if out, code := w3b(t, nil, "project", "hash", good); code != 0 || !regexp.MustCompile(`^[0-9a-f]{64}\n$`).MatchString(out) {
		t.Fatalf("hash: exit %d %q", code, out)
	}
	for _, args := range [][]string{{"--help"}, {"dev", "--help"}, {"send", "--help"}, {"status", "--help"}, {"key", "new", "--help"}, {"project", "validate", "--help"}} {
		if out, code := w3b(t, nil, args...); code != 0 || !strings.Contains(out, "Example") && args[0] != "--help" {
			t.Fatalf("%v: exit %d\n%s", args, code, out)
		}
	}
}
