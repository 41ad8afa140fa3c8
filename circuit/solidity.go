package circuit

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/consensys/gnark/backend/solidity"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// SolidityPragma is the compiler range of exported verifiers: that of the repository's contracts, which
// are built with solc 0.8.37.
const SolidityPragma = "^0.8.24"

var solidityIdentifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// gnarkContractName is the name gnark gives the verifier contract of a backend.
func gnarkContractName(b gnark.Backend) string {
	if b == gnark.Plonk {
		return "PlonkVerifier"
	}
	return "Verifier"
}

// ExportSolidity returns the Solidity verifier of vk, a verifying key of backend b, as contract
// contractName. The header lines are written as comments above the pragma.
func ExportSolidity(b gnark.Backend, vk VerifyingKey, contractName string, header ...string) ([]byte, error) {
	if _, err := gnark.ParseBackend(string(b)); err != nil {
		return nil, err
	}
	if !solidityIdentifier.MatchString(contractName) {
		return nil, fmt.Errorf("circuit: contract name %q is not a Solidity identifier", contractName)
	}
	var buf bytes.Buffer
	if err := vk.ExportSolidity(&buf, solidity.WithPragmaVersion(SolidityPragma)); err != nil {
		return nil, fmt.Errorf("circuit: export solidity: %w", err)
	}
	src := buf.Bytes()

	decl := regexp.MustCompile(`(?m)^contract ` + gnarkContractName(b) + `\b`)
	if n := len(decl.FindAllIndex(src, -1)); n != 1 {
		return nil, fmt.Errorf("circuit: export solidity: %d contracts named %s in gnark's output, want 1: is the key a %s key?",
			n, gnarkContractName(b), b)
	}
	src = decl.ReplaceAllLiteral(src, []byte("contract "+contractName))
	src = bytes.TrimLeft(src, "\n") // gnark's Groth16 template starts with an empty line

	var out bytes.Buffer
	// The license line stays first, where tools look for it.
	if first, rest, ok := bytes.Cut(src, []byte("\n")); ok && bytes.HasPrefix(first, []byte("// SPDX-License-Identifier:")) {
		out.Write(first)
		out.WriteByte('\n')
		src = rest
	}
	for _, h := range header {
		for _, line := range strings.Split(h, "\n") {
			out.WriteString(strings.TrimRight("// "+line, " "))
			out.WriteByte('\n')
		}
	}
	out.Write(src)
	return out.Bytes(), nil
}
