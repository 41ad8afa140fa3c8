package e2e_test

import (
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// TestOperatorCommands drives the operator CLI against a separate `geth --dev`: every command that
// sends a transaction prints its hash and gas, and a command the contracts refuse exits non-zero with the
// contract's custom error and its arguments.
func TestOperatorCommands(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	dir := t.TempDir()
	g := startGeth(t, dir)
	eth, err := ethclient.DialContext(ctx, g.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	owner, stranger, prover := mustKey(t, gethDevKey), newKey(t), newKey(t)
	fund(ctx, t, eth, owner, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)), address(stranger), address(prover))
	ownerFile, strangerFile, proverFile := writeKey(t, dir, "owner", owner), writeKey(t, dir, "stranger", stranger), writeKey(t, dir, "prover", prover)
	contracts := filepath.Join(dir, "contracts.json")
	chainArgs := []string{"--chain-rpc", g.rpc, "--contracts", contracts}
	as := func(keyFile string, args ...string) []string {
		return slices.Concat(args, chainArgs, []string{"--key-file", keyFile})
	}
	sent := regexp.MustCompile(`: tx 0x[0-9a-f]{64}, gas used [1-9][0-9]*, block [0-9]+\n`)
	// ok runs a command that must send one transaction and succeed.
	ok := func(args ...string) string {
		t.Helper()
		out := w3bOK(t, args...)
		if !sent.MatchString(out) {
			t.Fatalf("w3bstream %s printed no tx hash and gas:\n%s", strings.Join(args, " "), out)
		}
		return out
	}
	// refused runs a command that must fail with the wanted text in its error.
	refused := func(want string, args ...string) {
		t.Helper()
		out, code := w3bRun(t, args...)
		if code == 0 || !strings.Contains(out, want) || !strings.HasPrefix(out, "error: ") {
			t.Fatalf("w3bstream %s: exit %d, want an error with %q:\n%s", strings.Join(args, " "), code, want, out)
		}
	}

	out := w3bOK(t, "contracts", "deploy", "--chain-rpc", g.rpc, "--key-file", ownerFile, "--out", contracts,
		"--min-stake", "0.5ether", "--unstake-delay", "1h")
	for _, s := range []string{"projectRegistry   0x", "sequencerRegistry 0x", "sumDApp           0x", "pow limit 0x1f00ffff", "gas used in all: ", "create 0x"} {
		if !strings.Contains(out, s) {
			t.Fatalf("contracts deploy: missing %q:\n%s", s, out)
		}
	}
	refused("exists", "contracts", "deploy", "--chain-rpc", g.rpc, "--key-file", ownerFile, "--out", contracts)

	// Sequencers: anyone may stake.
	refused("InsufficientStake(1, 1000000000000000000)", as(strangerFile, "sequencer", "register", "--stake", "1")...)
	endpoint := "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z"
	out = ok(as(strangerFile, "sequencer", "register", "--endpoint", endpoint)...)
	if !strings.Contains(out, "staked 1000000000000000000 wei") || !strings.Contains(out, "published endpoint "+endpoint) {
		t.Fatalf("sequencer register:\n%s", out)
	}
	refused("AlreadyRegistered("+address(stranger).Hex()+")", as(strangerFile, "sequencer", "register")...)
	if out = w3bOK(t, slices.Concat([]string{"sequencer", "list"}, chainArgs)...); out != address(stranger).Hex()+" 1000000000000000000 "+endpoint+"\n" {
		t.Fatalf("sequencer list:\n%s", out)
	}
	ok(as(strangerFile, "sequencer", "pause")...)
	if out = w3bOK(t, slices.Concat([]string{"sequencer", "list"}, chainArgs)...); out != "no sequencers\n" {
		t.Fatalf("sequencer list with the only one paused:\n%s", out)
	}
	if out = w3bOK(t, slices.Concat([]string{"sequencer", "list", "--all"}, chainArgs)...); !strings.Contains(out, " paused "+endpoint) {
		t.Fatalf("sequencer list --all:\n%s", out)
	}
	ok(as(strangerFile, "sequencer", "resume")...)
	ok(as(strangerFile, "sequencer", "endpoint")...)
	refused("NotRegistered("+address(prover).Hex()+")", as(proverFile, "sequencer", "endpoint", endpoint)...)
	ok(as(strangerFile, "sequencer", "unstake")...)
	refused("UnstakeNotReady(", as(strangerFile, "sequencer", "withdraw")...)
	out = w3bOK(t, slices.Concat([]string{"sequencer", "show", address(stranger).Hex()}, chainArgs)...)
	for _, s := range []string{"active      false (paused false, unstaking true)", "stake       1000000000000000000 wei", "endpoint    -", "withdrawable from "} {
		if !strings.Contains(out, s) {
			t.Fatalf("sequencer show: missing %q:\n%s", s, out)
		}
	}

	// Projects.
	projectFile := writeSumProject(t, dir, 4, time.Second)
	uri := "file://" + projectFile
	refused("content does not match its sha256", as(ownerFile, "project", "register", "--file", projectFile, "--uri", "file://"+filepath.Join(dir, "sum.wasm"))...)
	out = ok(as(ownerFile, "project", "register", "--file", projectFile, "--uri", uri)...)
	if id := parseProjectID(t, out); id != 1 {
		t.Fatalf("first project registered as %d", id)
	}
	refused("execution reverted: NotProjectOwner(1, "+address(stranger).Hex()+")", as(strangerFile, "project", "pause", "1")...)
	ok(as(ownerFile, "project", "pause", "1")...)
	refused("AlreadyPaused(1)", as(ownerFile, "project", "pause", "1")...)
	ok(as(ownerFile, "project", "resume", "1")...)
	refused("UnknownProject(7)", as(ownerFile, "project", "resume", "7")...)
	ok(as(ownerFile, "project", "attr", "1", "--provers", "2")...)
	refused("BadAttribute(", as(ownerFile, "project", "attr", "1", "--provers", "0")...)
	ok(as(ownerFile, "project", "attr", "1", "--key", "region", "--value", "6575")...)
	if out = w3bOK(t, slices.Concat([]string{"project", "attr", "1", "--key", "region"}, chainArgs)...); !strings.Contains(out, ": 0x6575\n") {
		t.Fatalf("project attr read:\n%s", out)
	}
	ok(as(ownerFile, "project", "bind", "1", "--sum-dapp")...)
	refused("NotAContract(", as(ownerFile, "project", "bind", "1", "--dapp", address(stranger).Hex())...)
	// A new file version: update, then the record says so.
	if err := os.WriteFile(projectFile+".v2", []byte(strings.Replace(mustRead(t, projectFile), `"sum"`, `"sum v2"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	ok(as(ownerFile, "project", "update", "1", "--file", projectFile+".v2", "--uri", uri+".v2")...)
	out = w3bOK(t, slices.Concat([]string{"project", "show", "1"}, chainArgs)...)
	for _, s := range []string{"owner   " + address(owner).Hex(), "uri     " + uri + ".v2", "runtime wasm", "provers 2 per task", "paused  false"} {
		if !strings.Contains(out, s) {
			t.Fatalf("project show: missing %q:\n%s", s, out)
		}
	}

	// Devices.
	device := address(newKey(t)).Hex()
	refused("DeviceNotApproved(1, "+device+")", as(ownerFile, "device", "revoke", "1", device)...)
	ok(as(ownerFile, "device", "approve", "1", device, "--pubkey", "0x04")...)
	refused("NotProjectOwner(1, "+address(stranger).Hex()+")", as(strangerFile, "device", "approve", "1", device)...)
	ok(as(ownerFile, "device", "revoke", "1", device)...)
	ok(as(ownerFile, "device", "open", "1", "true")...)

	// Provers.
	refused("InsufficientStake(100000000000000000, 500000000000000000)", as(proverFile, "prover", "register", "--runtimes", "wasm", "--stake", "0.1ether")...)
	out = ok(as(proverFile, "prover", "register", "--runtimes", "wasm")...)
	if !strings.Contains(out, "staked 500000000000000000 wei") {
		t.Fatalf("prover register did not stake the minimum:\n%s", out)
	}
	refused("AlreadyRegistered("+address(prover).Hex()+")", as(proverFile, "prover", "register", "--runtimes", "wasm")...)
	ok(as(proverFile, "prover", "pause")...)
	refused("AlreadyPaused("+address(prover).Hex()+")", as(proverFile, "prover", "pause")...)
	ok(as(proverFile, "prover", "resume")...)
	refused("UnstakeNotRequested("+address(prover).Hex()+")", as(proverFile, "prover", "withdraw")...)
	ok(as(proverFile, "prover", "unstake")...)
	refused("UnstakeNotReady(", as(proverFile, "prover", "withdraw")...)
	out = w3bOK(t, slices.Concat([]string{"prover", "show", address(prover).Hex()}, chainArgs)...)
	for _, s := range []string{"active      false (paused false, unstaking true)", "stake       500000000000000000 wei", "runtimes    wasm", "withdrawable from "} {
		if !strings.Contains(out, s) {
			t.Fatalf("prover show: missing %q:\n%s", s, out)
		}
	}

	// Usage errors say what is wrong without a chain round trip.
	refused("no key: give --key-file or set $W3BSTREAM_KEY", slices.Concat([]string{"project", "pause", "1"}, chainArgs)...)
	refused("project ID \"x\"", as(ownerFile, "project", "pause", "x")...)
	refused("no such file", "project", "pause", "1", "--chain-rpc", g.rpc, "--contracts", filepath.Join(dir, "none.json"), "--key-file", ownerFile)
	for _, args := range [][]string{{"contracts", "deploy"}, {"sequencer", "register"}, {"sequencer", "endpoint"},
		{"sequencer", "pause"}, {"sequencer", "resume"}, {"sequencer", "unstake"}, {"sequencer", "withdraw"},
		{"sequencer", "show"}, {"sequencer", "list"}, {"project", "register"},
		{"project", "update"}, {"project", "pause"}, {"project", "resume"}, {"project", "attr"}, {"project", "bind"},
		{"project", "show"}, {"device", "approve"}, {"device", "revoke"}, {"device", "open"}, {"prover", "register"},
		{"prover", "pause"}, {"prover", "resume"}, {"prover", "unstake"}, {"prover", "withdraw"}, {"prover", "show"}} {
		if out, code := w3bRun(t, append(args, "--help")...); code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "--chain-rpc") {
			t.Fatalf("%v --help: exit %d\n%s", args, code, out)
		}
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
