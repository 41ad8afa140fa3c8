package circuit

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

func TestMain(m *testing.M) {
	logger.Disable()
	os.Exit(m.Run())
}

// cubic proves knowledge of X with X³ + X + 5 = Y.
type cubic struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cubic) Define(api frontend.API) error {
	x3 := api.Mul(c.X, c.X, c.X)
	api.AssertIsEqual(c.Y, api.Add(x3, c.X, 5))
	return nil
}

// committed is cubic with a commitment to X: the path circuits with lookups and range checks take.
type committed struct {
	cubic
}

func (c *committed) Define(api frontend.API) error {
	if err := c.cubic.Define(api); err != nil {
		return err
	}
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

// validCubic is an assignment that satisfies cubic: 3³ + 3 + 5 = 35.
func validCubic() cubic { return cubic{X: 3, Y: 35} }

func compileT(t *testing.T, b gnark.Backend, c frontend.Circuit) *Compiled {
	t.Helper()
	out, err := Compile(b, c)
	if err != nil {
		t.Fatalf("Compile(%s): %v", b, err)
	}
	return out
}

// prove proves assignment with the keys and verifies the proof with public; it returns the
// verification's error.
func prove(t *testing.T, c *Compiled, k *Keys, assignment, public frontend.Circuit) error {
	t.Helper()
	field := gnark.Curve.ScalarField()
	w, err := frontend.NewWitness(assignment, field)
	if err != nil {
		t.Fatal(err)
	}
	pw, err := frontend.NewWitness(public, field, frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	switch c.Backend {
	case gnark.Groth16:
		proof, err := groth16.Prove(c.CS, k.ProvingKey.(groth16.ProvingKey), w)
		if err != nil {
			t.Fatalf("prove: %v", err)
		}
		return groth16.Verify(proof, k.VerifyingKey.(groth16.VerifyingKey), pw)
	default:
		proof, err := plonk.Prove(c.CS, k.ProvingKey.(plonk.ProvingKey), w)
		if err != nil {
			t.Fatalf("prove: %v", err)
		}
		return plonk.Verify(proof, k.VerifyingKey.(plonk.VerifyingKey), pw)
	}
}

// proveCubic checks that the keys prove cubic (or committed) and that a proof does not verify for
// another public input.
func proveCubic(t *testing.T, c *Compiled, k *Keys, withCommit bool) {
	t.Helper()
	assign, public := frontend.Circuit(&cubic{X: 3, Y: 35}), frontend.Circuit(&cubic{Y: 35})
	wrong := frontend.Circuit(&cubic{Y: 36})
	if withCommit {
		assign, public, wrong = &committed{validCubic()}, &committed{cubic{Y: 35}}, &committed{cubic{Y: 36}}
	}
	if err := prove(t, c, k, assign, public); err != nil {
		t.Fatalf("a proof with the keys does not verify: %v", err)
	}
	if err := prove(t, c, k, assign, wrong); err == nil {
		t.Fatal("a proof verifies for a public input it was not made for")
	}
}

// unbound is cubic with a public input no constraint uses: in Groth16 its verifying-key point is zero
// and a proof verifies for any value of it.
type unbound struct {
	cubic
	TaskID frontend.Variable `gnark:",public"`
}

func TestCompileRefusesUnboundInput(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		_, err := Compile(b, &unbound{})
		if !errors.Is(err, gnark.ErrUnboundInput) || !strings.Contains(err.Error(), "TaskID") {
			t.Fatalf("%s: Compile = %v, want ErrUnboundInput naming TaskID", b, err)
		}
		if _, err := Compile(b, &cubic{}); err != nil {
			t.Fatalf("%s: cubic: %v", b, err)
		}
	}
}
