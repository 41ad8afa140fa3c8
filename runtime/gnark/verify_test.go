package gnark_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/frontend"

	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
)

// TestVerify checks that Verify accepts the runtime's proofs and rejects every tampered proof and every
// changed public input off-chain, and tells malformed input apart.
func TestVerify(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		t.Run(string(b), func(t *testing.T) {
			f := refFixture(t, b)
			rt, _ := newRuntime(t, b)
			prove := func(data ...string) runtime.Result {
				t.Helper()
				res, err := rt.Prove(context.Background(), f.job("", data...))
				if err != nil {
					t.Fatalf("Prove: %v", err)
				}
				return res
			}
			res := prove("3", "4", "5")
			if err := gnark.Verify(b, f.vk, res.Proof, res.PublicInputs); err != nil {
				t.Fatalf("Verify of the runtime's proof: %v", err)
			}

			t.Run("TamperedProof", func(t *testing.T) {
				// A flipped bit in any word: a coordinate, a scalar.
				for word := range len(res.Proof) / 32 {
					for _, bit := range []byte{0x01, 0x80} {
						proof := bytes.Clone(res.Proof)
						proof[word*32+31] ^= bit
						if word == 0 && bit == 0x80 {
							proof[0] ^= 0x10 // also a high bit, past the modulus
						}
						if err := gnark.Verify(b, f.vk, proof, res.PublicInputs); !errors.Is(err, gnark.ErrInvalidProof) {
							t.Fatalf("word %d bit %#x flipped: Verify error = %v, want ErrInvalidProof", word, bit, err)
						}
					}
				}
			})

			t.Run("ChangedPublicInput", func(t *testing.T) {
				for word := range len(res.PublicInputs) / 32 {
					public := bytes.Clone(res.PublicInputs)
					public[word*32+31] ^= 1
					if err := gnark.Verify(b, f.vk, res.Proof, public); !errors.Is(err, gnark.ErrInvalidProof) {
						t.Fatalf("public input %d changed: Verify error = %v, want ErrInvalidProof", word, err)
					}
				}
			})

			t.Run("ProofOfAnotherTask", func(t *testing.T) {
				other := prove("3", "4", "6")
				if err := gnark.Verify(b, f.vk, other.Proof, res.PublicInputs); !errors.Is(err, gnark.ErrInvalidProof) {
					t.Fatalf("Verify error = %v, want ErrInvalidProof", err)
				}
			})

			t.Run("Malformed", func(t *testing.T) {
				other := refFixture(t, otherBackend(b))
				notInField := bytes.Clone(res.PublicInputs)
				copy(notInField, bytes.Repeat([]byte{0xff}, 32))
				tests := []struct {
					name          string
					backend       gnark.Backend
					vk            []byte
					proof, public []byte
				}{
					{"ShortProof", b, f.vk, res.Proof[:len(res.Proof)-32], res.PublicInputs},
					{"LongProof", b, f.vk, append(bytes.Clone(res.Proof), make([]byte, 32)...), res.PublicInputs},
					{"PartWord", b, f.vk, res.Proof, res.PublicInputs[:len(res.PublicInputs)-1]},
					{"MissingInput", b, f.vk, res.Proof, res.PublicInputs[32:]},
					{"InputNotInField", b, f.vk, res.Proof, notInField},
					{"GarbageKey", b, []byte("not a key"), res.Proof, res.PublicInputs},
					{"OtherBackendsKey", b, other.vk, res.Proof, res.PublicInputs},
					{"UnknownBackend", "gnark-stark", f.vk, res.Proof, res.PublicInputs},
				}
				for _, tc := range tests {
					err := gnark.Verify(tc.backend, tc.vk, tc.proof, tc.public)
					if !errors.Is(err, gnark.ErrMalformed) || errors.Is(err, gnark.ErrInvalidProof) {
						t.Errorf("%s: Verify error = %v, want ErrMalformed", tc.name, err)
					}
				}
			})
		})
	}
}

// TestCanceledWhileProving checks that a job canceled during gnark's Prove returns at once, and that the
// proof left running finishes in the background before Close returns.
func TestCanceledWhileProving(t *testing.T) {
	f := refFixture(t, gnark.Plonk)
	rt, _ := newRuntime(t, gnark.Plonk)
	job := f.job("", "1", "2")
	if err := rt.Prepare(context.Background(), job.Artifacts, nil); err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	before := rt.Stats()

	// Cancel as soon as the witness is built, that is when the proof starts.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() {
		for rt.Stats().Witness == before.Witness && ctx.Err() == nil {
			time.Sleep(100 * time.Microsecond)
		}
		cancel()
	})
	_, err := rt.Prove(ctx, job)
	wg.Wait()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Prove error = %v, want context.Canceled", err)
	}
	if got := rt.Stats().Proofs; got != before.Proofs {
		t.Fatalf("a canceled job counted as proved")
	}
	if err := rt.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if rt.Stats().Prove == before.Prove {
		t.Fatal("Close returned before the abandoned proof finished")
	}
}

// committedCircuit proves knowledge of a square root with a commitment in the circuit: Groth16 proofs then
// carry a Pedersen commitment and its proof of knowledge, PLONK proofs a BSB22 commitment and its
// opening, which the Solidity format and Verify must place.
type committedCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *committedCircuit) Define(api frontend.API) error {
	challenge, err := api.(frontend.Committer).Commit(c.X, c.Y)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(challenge, 0)
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

// TestCommitments proves and verifies a circuit with a commitment on both backends.
func TestCommitments(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		t.Run(string(b), func(t *testing.T) {
			f, err := setup(b, &committedCircuit{})
			if err != nil {
				t.Fatalf("set up: %v", err)
			}
			f.artifacts[gnark.ProgramArtifact] = runtimetest.NewArtifact(testProgram(t))
			rt, _ := newRuntime(t, b)

			res, err := rt.Prove(context.Background(), f.job(`{"params":{"mode":"echo","assignment":{"X":"0x3","Y":9}}}`))
			if err != nil {
				t.Fatalf("Prove: %v", err)
			}
			if err := gnark.Verify(b, f.vk, res.Proof, res.PublicInputs); err != nil {
				t.Fatalf("Verify: %v", err)
			}
			for _, at := range []int{31, len(res.Proof) - 1, len(res.Proof) - 33} {
				proof := bytes.Clone(res.Proof)
				proof[at] ^= 1
				if err := gnark.Verify(b, f.vk, proof, res.PublicInputs); !errors.Is(err, gnark.ErrInvalidProof) {
					t.Errorf("byte %d flipped: Verify error = %v, want ErrInvalidProof", at, err)
				}
			}
			public := bytes.Clone(res.PublicInputs)
			public[31] = 16
			if err := gnark.Verify(b, f.vk, res.Proof, public); !errors.Is(err, gnark.ErrInvalidProof) {
				t.Errorf("public input changed: Verify error = %v, want ErrInvalidProof", err)
			}

			_, err = rt.Prove(context.Background(), f.job(`{"params":{"mode":"echo","assignment":{"X":3,"Y":10}}}`))
			if !errors.Is(err, runtime.ErrProgram) {
				t.Fatalf("Prove of a wrong assignment: error = %v, want ErrProgram", err)
			}
		})
	}
}
