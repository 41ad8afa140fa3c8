package circuit

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

func devBuild(t *testing.T, b gnark.Backend, contract string) *Build {
	t.Helper()
	c := compileT(t, b, &committed{})
	k, err := DevSetup(c)
	if err != nil {
		t.Fatal(err)
	}
	return &Build{Circuit: "cubic with a commitment", Compiled: c, Keys: k, ContractName: contract}
}

func TestExportSolidity(t *testing.T) {
	for _, b := range backends {
		t.Run(string(b), func(t *testing.T) {
			build := devBuild(t, b, "CubicVerifier")
			sol, err := build.Solidity()
			if err != nil {
				t.Fatal(err)
			}
			src := string(sol)
			if !strings.HasPrefix(src, "// SPDX-License-Identifier:") {
				t.Error("the license line is not first")
			}
			if !regexp.MustCompile(`(?m)^contract CubicVerifier\b`).MatchString(src) {
				t.Error("no contract CubicVerifier")
			}
			if regexp.MustCompile(`(?m)^contract (Verifier|PlonkVerifier)\b`).MatchString(src) {
				t.Error("gnark's contract name is left")
			}
			if !strings.Contains(src, "pragma solidity "+SolidityPragma+";") {
				t.Errorf("no pragma %s", SolidityPragma)
			}
			header, _, _ := strings.Cut(src, "pragma")
			for _, want := range []string{"UNSAFE", "DO NOT EDIT", string(b), "cubic with a commitment"} {
				if !strings.Contains(header, want) {
					t.Errorf("header does not say %q:\n%s", want, header)
				}
			}
			compileSolidity(t, "CubicVerifier", sol)
		})
	}
	build := devBuild(t, gnark.Groth16, "")
	for _, name := range []string{"", "1Verifier", "My Verifier", "Verifier;"} {
		if _, err := ExportSolidity(gnark.Groth16, build.Keys.VerifyingKey, name); err == nil {
			t.Errorf("contract name %q accepted", name)
		}
	}
	plonkKeys := devBuild(t, gnark.Plonk, "").Keys
	if _, err := ExportSolidity(gnark.Groth16, plonkKeys.VerifyingKey, "V"); err == nil {
		t.Error("a PLONK key exported as a Groth16 verifier")
	}
}

// compileSolidity compiles src with the repository's pinned solc (contracts/node_modules), as
// contracts/compile.js does, and fails on any error or warning. It skips when node or solc is missing.
func compileSolidity(t *testing.T, contract string, src []byte) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Log("no node: the verifier is not compiled")
		return
	}
	solc, err := filepath.Abs(filepath.Join("..", "contracts", "node_modules", "solc"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(solc); err != nil {
		t.Log("no contracts/node_modules/solc (npm ci in contracts/): the verifier is not compiled")
		return
	}
	const script = `
const solc = require(process.argv[1]);
const src = require('fs').readFileSync(0, 'utf8');
const input = {
  language: 'Solidity',
  sources: { 'Verifier.sol': { content: src } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['evm.deployedBytecode.object'] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const problems = (out.errors || []).filter((e) => e.severity !== 'info').map((e) => e.formattedMessage);
const sizes = {};
for (const [name, c] of Object.entries((out.contracts || {})['Verifier.sol'] || {})) {
  sizes[name] = c.evm.deployedBytecode.object.length / 2;
}
console.log(JSON.stringify({ version: solc.version(), problems, sizes }));
`
	cmd := exec.Command(node, "-e", script, solc)
	cmd.Stdin = bytes.NewReader(src)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc: %v", err)
	}
	var res struct {
		Version  string
		Problems []string
		Sizes    map[string]int
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("solc output %q: %v", out, err)
	}
	if !strings.HasPrefix(res.Version, "0.8.37+") {
		t.Errorf("solc %s, want 0.8.37", res.Version)
	}
	if len(res.Problems) > 0 {
		t.Errorf("solc %s: %s", res.Version, strings.Join(res.Problems, "\n"))
	}
	if res.Sizes[contract] == 0 || res.Sizes[contract] > 24576 {
		t.Errorf("contract %s compiles to %d bytes, want 1 to 24576 (EIP-170)", contract, res.Sizes[contract])
	}
}
