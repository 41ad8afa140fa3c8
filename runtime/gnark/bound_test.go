package gnark_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
)

// unboundCircuit declares a public input, TaskID, that no constraint uses: the mistake that lets a
// Groth16 proof of one task verify for any other.
type unboundCircuit struct {
	X      frontend.Variable
	Y      frontend.Variable `gnark:",public"`
	TaskID frontend.Variable `gnark:",public"`
}

func (c *unboundCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func TestUnboundInputRefused(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		t.Run(string(b), func(t *testing.T) {
			var builder frontend.NewBuilder = r1cs.NewBuilder
			if b == gnark.Plonk {
				builder = scs.NewBuilder
			}
			ccs, err := frontend.Compile(ecc.BN254.ScalarField(), builder, &unboundCircuit{})
			if err != nil {
				t.Fatal(err)
			}
			err = gnark.CheckInputsBound(ccs, nil)
			if !errors.Is(err, gnark.ErrUnboundInput) {
				t.Fatalf("CheckInputsBound = %v, want ErrUnboundInput", err)
			}
			t.Log(err)
			ref, err := frontend.Compile(ecc.BN254.ScalarField(), builder, &refCircuit{})
			if err != nil {
				t.Fatal(err)
			}
			if err := gnark.CheckInputsBound(ref, nil); err != nil {
				t.Fatalf("reference circuit: %v", err)
			}

			// The runtime refuses a version built on it, with the input's name.
			f, err := setup(b, &unboundCircuit{})
			if err != nil {
				t.Fatal(err)
			}
			f.artifacts[gnark.ProgramArtifact] = runtimetest.NewArtifact(testProgram(t))
			rt, _ := newRuntime(t, b)
			_, err = rt.Prove(context.Background(), f.job("", "1"))
			if !errors.Is(err, runtime.ErrBadJob) || !strings.Contains(err.Error(), gnark.ErrUnboundInput.Error()+": #1 (TaskID)") {
				t.Fatalf("Prove = %v, want a bad job naming the unbound TaskID", err)
			}
		})
	}
}

// TestZeroKeyPointRefused: a Groth16 verifying key with the zero point for an input verifies proofs
// for any value of it; such a key is refused whatever circuit it comes with.
func TestZeroKeyPointRefused(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &unboundCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if k := vk.(*groth16bn254.VerifyingKey).G1.K; !k[2].IsInfinity() {
		t.Fatalf("the unused input's point is %v, not zero: gnark changed, revisit ErrUnboundInput's doc", k[2])
	}
	if err := gnark.CheckKeyBinds(vk); !errors.Is(err, gnark.ErrUnboundInput) {
		t.Fatalf("CheckKeyBinds = %v, want ErrUnboundInput", err)
	}
	ref, _ := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &refCircuit{})
	_, refVK, err := groth16.Setup(ref)
	if err != nil {
		t.Fatal(err)
	}
	if err := gnark.CheckKeyBinds(refVK); err != nil {
		t.Fatalf("reference key: %v", err)
	}
}
