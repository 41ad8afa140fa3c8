package examples_test

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark/logger"

	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// constraintsFile keeps the examples' constraint counts in review, as gnark keeps its circuits' stats: a
// change that grows a circuit shows in the diff.
const constraintsFile = "constraints.csv"

var update = flag.Bool("update", false, "rewrite "+constraintsFile+" from the compiled circuits")

var constraintsHeader = []string{"example", "backend", "slots", "constraints", "per_slot"}

// constraintSizes are the slot counts recorded for each example, on its own backend.
var constraintSizes = []struct {
	example string
	slots   []int
}{
	{"provenance", []int{1, 2, 4, 8, 16}},
	{"stats", []int{8, 16}},
}

// TestConstraints compiles every recorded size of the examples and compares its constraint count with
// constraints.csv; -update rewrites the file. All of it compiles in a couple of seconds.
func TestConstraints(t *testing.T) {
	logger.Disable()
	var got [][]string
	for _, size := range constraintSizes {
		ex, ok := examples.ZKExampleByName(size.example)
		if !ok {
			t.Fatalf("no example %s", size.example)
		}
		for _, slots := range size.slots {
			c, err := circuit.Compile(ex.Backend, ex.Circuit(slots))
			if err != nil {
				t.Fatalf("%s at %d slots: %v", size.example, slots, err)
			}
			n := c.Stats().Constraints
			got = append(got, []string{size.example, backendName(ex.Backend), strconv.Itoa(slots), strconv.Itoa(n),
				strconv.Itoa(int(math.Round(float64(n) / float64(slots))))})
		}
	}

	if *update {
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		_ = w.WriteAll(append([][]string{constraintsHeader}, got...))
		if err := w.Error(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(constraintsFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d rows", constraintsFile, len(got))
		return
	}

	const howToUpdate = "if the change is intended, run: go test ./examples -run TestConstraints -update"
	want, err := readConstraints(constraintsFile)
	if err != nil {
		t.Fatalf("%v; %s", err, howToUpdate)
	}
	for _, row := range got {
		key := strings.Join(row[:3], ",")
		w, ok := want[key]
		switch {
		case !ok:
			t.Errorf("%s: %s constraints, not in %s; %s", key, row[3], constraintsFile, howToUpdate)
		case w[3] != row[3] || w[4] != row[4]:
			t.Errorf("%s: %s constraints (%s per slot), %s records %s (%s per slot); %s",
				key, row[3], row[4], constraintsFile, w[3], w[4], howToUpdate)
		}
		delete(want, key)
	}
	for key := range want {
		t.Errorf("%s: in %s but not a recorded size; %s", key, constraintsFile, howToUpdate)
	}
}

// readConstraints reads the file's rows by example,backend,slots.
func readConstraints(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(constraintsHeader, ",") {
		return nil, fmt.Errorf("%s: header is not %s", path, strings.Join(constraintsHeader, ","))
	}
	out := map[string][]string{}
	for _, r := range rows[1:] {
		out[strings.Join(r[:3], ",")] = r
	}
	return out, nil
}

// backendName is a backend as the file names it: groth16 or plonk.
func backendName(b gnark.Backend) string {
	return strings.TrimPrefix(string(b), "gnark-")
}
