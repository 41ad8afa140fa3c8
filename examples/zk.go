package examples

import (
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/examples/provenance"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/examples/stats"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// Defaults of the provenance example: the dev network's circuit.
const (
	ProvenanceSlots     = 8
	ProvenanceDepth     = 10 // up to 1024 devices
	ProvenanceThreshold = 1000
)

// ZKExample is a gnark example project compiled into the binary.
type ZKExample struct {
	Name         string
	Backend      gnark.Backend
	DefaultSlots int
	Circuit      func(slots int) frontend.Circuit // an empty circuit value with that many message slots
	Params       func(slots int) json.RawMessage  // the version config's "params" the program needs
	Program      []byte                           // the witness program (WASI module); nil until built
	ContractName string                           // name for the exported verifier contract
}

// Compile compiles the example's circuit with slots message slots.
func (ex ZKExample) Compile(slots int, opts ...circuit.Option) (*circuit.Compiled, error) {
	c, err := circuit.Compile(ex.Backend, ex.Circuit(slots), opts...)
	if err != nil {
		return nil, fmt.Errorf("example %s: %w", ex.Name, err)
	}
	return c, nil
}

// DevBuild makes the keys of the example compiled with slots message slots with the deterministic,
// UNSAFE development setup: the build the dev network runs and the committed verifiers were exported from.
func (ex ZKExample) DevBuild(compiled *circuit.Compiled, slots int, opts ...circuit.Option) (*circuit.Build, error) {
	keys, err := circuit.DevSetup(compiled, opts...)
	if err != nil {
		return nil, fmt.Errorf("example %s: setup: %w", ex.Name, err)
	}
	return &circuit.Build{Circuit: fmt.Sprintf("examples/%s, %d slots", ex.Name, slots), Compiled: compiled,
		Keys: keys, ContractName: ex.ContractName, Program: ex.Program}, nil
}

// ProvenanceParams are the provenance circuit's params for a number of slots.
func ProvenanceParams(slots int) assign.Params {
	return assign.Params{Slots: slots, Depth: ProvenanceDepth, Threshold: ProvenanceThreshold}
}

// ZKExamples returns the gnark examples: provenance on Groth16 and stats on PLONK.
func ZKExamples() []ZKExample {
	prov, _ := Program("provenance")
	st, _ := Program("stats")
	return []ZKExample{{
		Name:         "provenance",
		Backend:      gnark.Groth16,
		DefaultSlots: ProvenanceSlots,
		Circuit:      func(slots int) frontend.Circuit { return provenance.New(ProvenanceParams(slots)) },
		Params:       func(slots int) json.RawMessage { return mustJSON(ProvenanceParams(slots)) },
		Program:      prov,
		ContractName: "ProvenanceVerifier",
	}, {
		Name:         "stats",
		Backend:      gnark.Plonk,
		DefaultSlots: stats.DefaultSlots,
		Circuit:      func(slots int) frontend.Circuit { return stats.New(slots) },
		Params:       func(slots int) json.RawMessage { return mustJSON(map[string]int{"slots": slots}) },
		Program:      st,
		ContractName: "StatsVerifier",
	}}
}

// ZKExampleByName returns the gnark example of that name.
func ZKExampleByName(name string) (ZKExample, bool) {
	for _, e := range ZKExamples() {
		if e.Name == name {
			return e, true
		}
	}
	return ZKExample{}, false
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("examples: marshal params: %v", err))
	}
	return b
}
