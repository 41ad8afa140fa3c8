// Command program is the provenance example's witness program (GOOS=wasip1): it reads a task from stdin
// and writes the circuit assignment and the readable output on stdout, or a reason on stderr and exit
// code 1 when the task breaks the example's rules.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "provenance:", err)
		os.Exit(1)
	}
}

func run() error {
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		return err
	}
	in, err := assign.DecodeInput(b)
	if err != nil {
		return err
	}
	res, err := assign.Compute(in)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}
