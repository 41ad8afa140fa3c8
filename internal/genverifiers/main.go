// Command genverifiers writes the Solidity verifiers of the gnark examples, made with the deterministic
// development setup, into contracts/src/verifiers, where scripts/gen-contracts.sh compiles and binds
// them. The dev network builds the same keys at its first start (devnet.BuildZK), so the committed
// verifiers accept its proofs. Run it from the module root.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/logger"

	"github.com/w3bstream-go/w3bstream/examples"
)

const outDir = "contracts/src/verifiers"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genverifiers:", err)
		os.Exit(1)
	}
}

func run() error {
	logger.Disable()
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, ex := range examples.ZKExamples() {
		start := time.Now()
		compiled, err := ex.Compile(ex.DefaultSlots)
		if err != nil {
			return err
		}
		b, err := ex.DevBuild(compiled, ex.DefaultSlots)
		if err != nil {
			return err
		}
		sol, err := b.Solidity()
		if err != nil {
			return fmt.Errorf("%s: %w", ex.Name, err)
		}
		path := filepath.Join(outDir, ex.ContractName+".sol")
		if err := os.WriteFile(path, sol, 0o644); err != nil {
			return err
		}
		fmt.Printf("genverifiers: %s (%d constraints) in %s\n", path, compiled.Stats().Constraints, time.Since(start).Round(100*time.Millisecond))
	}
	return nil
}
