package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// cubicCircuit proves knowledge of X with X³ + X + 5 = Y.
type cubicCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cubicCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.Y, api.Add(api.Mul(c.X, c.X, c.X), c.X, 5))
	return nil
}

// cubicExample stands for an example compiled into the binary.
var cubicExample = examples.ZKExample{
	Name:         "cubic",
	Backend:      gnark.Groth16,
	DefaultSlots: 1,
	Circuit:      func(int) frontend.Circuit { return &cubicCircuit{} },
	Params:       func(int) json.RawMessage { return json.RawMessage(`{"slots":1}`) },
	Program:      []byte("\x00asm\x01\x00\x00\x00"),
	ContractName: "CubicVerifier",
}

// runCircuit runs `w3bstream circuit args...` and returns what it printed.
func runCircuit(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := circuitCommand()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	err := cmd.Execute()
	return out.String(), err
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, err := runCircuit(t, args...)
	if err != nil {
		t.Fatalf("circuit %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

var contributionHash = regexp.MustCompile(`contribution hash: ([0-9a-f]{64})`)

// TestCircuitMPC runs a ceremony end to end through the commands, as its participants would, on a tiny
// circuit given as a circuit artifact; the keys prove, and build makes the same keys.
func TestCircuitMPC(t *testing.T) {
	logger.Disable()
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	compiled, err := circuit.Compile(gnark.Groth16, &cubicCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	enc, err := compiled.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(at("circuit.bin"), enc, 0o644); err != nil {
		t.Fatal(err)
	}

	mustRun(t, "mpc", "phase1", "init", "--circuit", at("circuit.bin"), "--out", at("p1-0.bin"))
	var hashes []string
	for i, step := range [][2]string{{"p1-0.bin", "p1-1.bin"}, {"p1-1.bin", "p1-2.bin"}} {
		out := mustRun(t, "mpc", "phase1", "contribute", at(step[0]), at(step[1]))
		m := contributionHash.FindStringSubmatch(out)
		if m == nil || !strings.Contains(out, "wrote contribution "+string(rune('1'+i))) {
			t.Fatalf("phase1 contribute printed:\n%s", out)
		}
		hashes = append(hashes, m[1])
	}
	out := mustRun(t, "mpc", "phase1", "verify", at("p1-0.bin"), at("p1-1.bin"), at("p1-2.bin"))
	for _, h := range hashes {
		if !strings.Contains(out, h) {
			t.Errorf("phase1 verify does not list contribution %s:\n%s", h, out)
		}
	}
	const beacon1, beacon2 = "0a1b2c3d4e5f", "f0e1d2c3b4a5"
	mustRun(t, "mpc", "phase1", "verify", "--beacon", beacon1, "--out", at("srs.bin"), at("p1-1.bin"), at("p1-2.bin"))

	mustRun(t, "mpc", "phase2", "init", "--srs", at("srs.bin"), "--circuit", at("circuit.bin"), "--out", at("p2-0.bin"))
	mustRun(t, "mpc", "phase2", "contribute", at("p2-0.bin"), at("p2-1.bin"))
	mustRun(t, "mpc", "phase2", "contribute", at("p2-1.bin"), at("p2-2.bin"))
	mustRun(t, "mpc", "phase2", "verify", "--srs", at("srs.bin"), "--circuit", at("circuit.bin"), at("p2-1.bin"), at("p2-2.bin"))
	mustRun(t, "mpc", "finalize", "--circuit", at("circuit.bin"),
		"--phase1", at("p1-1.bin")+","+at("p1-2.bin"), "--srs", at("srs.bin"),
		"--phase2", at("p2-1.bin"), "--phase2", at("p2-2.bin"), "--beacon", beacon2, "--out", at("keys"))

	pk := groth16.NewProvingKey(gnark.Curve)
	vk := groth16.NewVerifyingKey(gnark.Curve)
	readKeyFile(t, at("keys/provingKey.bin"), pk.UnsafeReadFrom)
	readKeyFile(t, at("keys/verifyingKey.bin"), vk.ReadFrom)
	w, err := frontend.NewWitness(&cubicCircuit{X: 3, Y: 35}, gnark.Curve.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(compiled.CS, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	public, _ := w.Public()
	if err := groth16.Verify(proof, vk, public); err != nil {
		t.Fatalf("a proof with the ceremony's keys does not verify: %v", err)
	}

	// circuit build with the ceremony's files makes the same keys.
	var buf bytes.Buffer
	err = runBuild(&buf, cubicExample, buildFlags{srs: at("srs.bin"), phase2: []string{at("p2-1.bin"), at("p2-2.bin")},
		beacon: beacon2, out: at("build")})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, buf.String())
	}
	if strings.Contains(buf.String(), "UNSAFE") {
		t.Errorf("build with a ceremony's keys says UNSAFE:\n%s", buf.String())
	}
	built, _ := os.ReadFile(at("build/verifyingKey.bin"))
	final, _ := os.ReadFile(at("keys/verifyingKey.bin"))
	if len(built) == 0 || !bytes.Equal(built, final) {
		t.Error("build and finalize make different verifying keys from the same ceremony")
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"phase 1 out of order", []string{"mpc", "phase1", "verify", at("p1-2.bin"), at("p1-1.bin")}, "p1-2.bin: circuit: phase 1 contribution 1 rejected"},
		{"phase 1 missing", []string{"mpc", "phase1", "verify", at("p1-0.bin"), at("p1-2.bin")}, "p1-2.bin: circuit: phase 1 contribution 1 rejected"},
		{"phase 2 out of order", []string{"mpc", "phase2", "verify", "--srs", at("srs.bin"), "--circuit", at("circuit.bin"), at("p2-2.bin")}, "p2-2.bin: circuit: phase 2 contribution 1 rejected"},
		{"phase 2 file as phase 1", []string{"mpc", "phase1", "verify", at("p2-1.bin")}, "a phase 2 file, not a phase 1 file"},
		{"overwrite", []string{"mpc", "phase1", "contribute", at("p1-1.bin"), at("p1-2.bin")}, "exists"},
		{"seal without out", []string{"mpc", "phase1", "verify", "--beacon", beacon1, at("p1-1.bin")}, "both --beacon and --out"},
		{"bad beacon", []string{"mpc", "phase1", "verify", "--beacon", "xyz", "--out", at("x.bin"), at("p1-1.bin")}, "--beacon must be hex"},
		{"no circuit", []string{"mpc", "phase2", "init", "--srs", at("srs.bin"), "--out", at("x.bin")}, "name the circuit"},
		{"no power", []string{"mpc", "phase1", "init", "--power", "40", "--out", at("x.bin")}, "--power must be 1 to 28"},
		{"finalize with a phase 1 the SRS does not seal", []string{"mpc", "finalize", "--circuit", at("circuit.bin"), "--phase1", at("p1-1.bin"),
			"--srs", at("srs.bin"), "--phase2", at("p2-1.bin"), "--beacon", beacon2, "--out", at("keys2")}, "not what these phase 1 contributions seal"},
		{"unknown example", []string{"build", "--example", "nope", "--setup", "dev", "--out", at("x")}, `no example "nope"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runCircuit(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error with %q\n%s", err, tc.want, out)
			}
		})
	}
}

func readKeyFile(t *testing.T, path string, read func(r io.Reader) (int64, error)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := read(bytes.NewReader(data)); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestCircuitBuildDev builds an example with the dev setup and a project file that validates.
func TestCircuitBuildDev(t *testing.T) {
	logger.Disable()
	dir := t.TempDir()
	var out bytes.Buffer
	f := buildFlags{setup: "dev", out: filepath.Join(dir, "build"), projectFile: filepath.Join(dir, "project.json"), version: "v1"}
	if err := runBuild(&out, cubicExample, f); err != nil {
		t.Fatalf("build: %v\n%s", err, out.String())
	}
	for _, want := range []string{"compiled: ", "constraints", "setup (UNSAFE dev", "WARNING: UNSAFE", "CubicVerifier.sol", "project file"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("build output lacks %q:\n%s", want, out.String())
		}
	}
	data, err := os.ReadFile(f.projectFile)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := project.Decode(data)
	if err != nil {
		t.Fatalf("project file: %v\n%s", err, data)
	}
	v := pf.Versions[0]
	var config bytes.Buffer
	if err := json.Compact(&config, v.Config); err != nil {
		t.Fatal(err)
	}
	if v.Runtime != gnark.KindGroth16 || len(v.Code) != 5 || config.String() != `{"params":{"slots":1}}` || v.Aggregation.MaxMessages != 1 {
		t.Errorf("project version %+v", v)
	}
	sol, err := os.ReadFile(filepath.Join(f.out, "CubicVerifier.sol"))
	if err != nil || !bytes.Contains(sol, []byte("UNSAFE")) {
		t.Errorf("CubicVerifier.sol: %v, or no UNSAFE in it", err)
	}

	for _, tc := range []struct {
		name string
		f    buildFlags
		want string
	}{
		{"no setup", buildFlags{out: f.out}, "choose the keys' setup"},
		{"both setups", buildFlags{setup: "dev", beacon: "aa", out: f.out}, "exclude each other"},
		{"other setup", buildFlags{setup: "prod", out: f.out}, "the only one is dev"},
		{"partial ceremony", buildFlags{srs: "srs.bin", out: f.out}, "need all of --srs, --phase2 and --beacon"},
		{"ceremony for plonk", buildFlags{backend: gnark.KindPlonk, srs: "s", phase2: []string{"p"}, beacon: "aa", out: f.out}, "add --backend gnark-groth16"},
		{"no out", buildFlags{setup: "dev"}, "--out is required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := runBuild(&bytes.Buffer{}, cubicExample, tc.f); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}

// TestCircuitHelp: every command explains itself.
func TestCircuitHelp(t *testing.T) {
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Short == "" {
			t.Errorf("%s has no short help", c.CommandPath())
		}
		if c.Runnable() && (c.Long == "" || c.Example == "") {
			t.Errorf("%s has no long help or example", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(circuitCommand())
}
