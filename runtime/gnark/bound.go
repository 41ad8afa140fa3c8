package gnark

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/constraint"
	csbn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend/schema"

	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// ErrUnboundInput refuses a circuit with a public input that takes part in no constraint. In Groth16 such
// an input has the zero point in the verifying key, so a proof verifies whatever value it is given: a
// proof made for one task would verify for any other. In PLONK it is bound to the proof but constrains
// nothing. Either way the circuit does not mean what its inputs say, and is refused.
var ErrUnboundInput = errors.New("public input bound by no constraint")

// CheckInputsBound returns ErrUnboundInput, naming the input, when a public input of ccs appears in no
// constraint with a non-zero coefficient. s names the inputs when it is not nil.
func CheckInputsBound(ccs constraint.ConstraintSystem, s *schema.Schema) error {
	// R1CS's first public wire is the constant one; sparse R1CS has none (PLONK's setup adds the
	// public-input rows, which are not constraints of the circuit).
	sys, ok := ccs.(*csbn254.R1CS) // gnark's one BN254 system type, R1CS or sparse by its Type
	if !ok {
		return fmt.Errorf("constraint system %T is not over %s", ccs, Curve)
	}
	first := 0
	if sys.Type == constraint.SystemR1CS {
		first = 1
	}
	nb := ccs.GetNbPublicVariables()
	used := make([]bool, nb)
	mark := func(wire uint32, coeffs ...uint32) {
		if int(wire) >= nb {
			return
		}
		for _, c := range coeffs {
			if c != constraint.CoeffIdZero {
				used[wire] = true
				return
			}
		}
	}
	switch sys.Type {
	case constraint.SystemR1CS:
		it := sys.GetR1CIterator()
		for c := it.Next(); c != nil; c = it.Next() {
			for _, l := range []constraint.LinearExpression{c.L, c.R, c.O} {
				for _, t := range l {
					mark(t.VID, t.CID)
				}
			}
		}
	case constraint.SystemSparseR1CS:
		it := sys.GetSparseR1CIterator()
		for c := it.Next(); c != nil; c = it.Next() {
			mark(c.XA, c.QL, c.QM)
			mark(c.XB, c.QR, c.QM)
			mark(c.XC, c.QO)
		}
	default:
		return fmt.Errorf("constraint system of unknown type %d", sys.Type)
	}
	names := publicNames(s)
	for w := first; w < nb; w++ {
		if !used[w] {
			i := w - first
			name := fmt.Sprintf("#%d", i)
			if i < len(names) {
				name = fmt.Sprintf("#%d (%s)", i, names[i])
			}
			return fmt.Errorf("%w: %s; use it in a constraint (assert it equals what the circuit computes)", ErrUnboundInput, name)
		}
	}
	return nil
}

// CheckKeyBinds returns ErrUnboundInput when a Groth16 verifying key holds the zero point for a public
// input: whatever the circuit says, such a key verifies proofs for any value of that input.
func CheckKeyBinds(vk any) error {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil
	}
	for i := 1; i < len(k.G1.K); i++ {
		if k.G1.K[i].IsInfinity() {
			return fmt.Errorf("%w: the verifying key's point for public input #%d is zero", ErrUnboundInput, i-1)
		}
	}
	return nil
}

// publicNames lists the public leaves of a schema in witness order, with their paths.
func publicNames(s *schema.Schema) []string {
	if s == nil {
		return nil
	}
	var out []string
	var walk func(prefix string, fs []schema.Field, public bool)
	walk = func(prefix string, fs []schema.Field, public bool) {
		for _, f := range fs {
			name := prefix + f.Name
			pub := public || f.Visibility == schema.Public
			switch f.Type {
			case schema.Leaf:
				if pub && len(out) < s.NbPublic {
					out = append(out, name)
				}
			case schema.Array:
				for j := 0; j < f.ArraySize && len(out) < s.NbPublic; j++ {
					if len(f.SubFields) == 0 {
						if pub {
							out = append(out, fmt.Sprintf("%s[%d]", name, j))
						}
						continue
					}
					walk(fmt.Sprintf("%s[%d].", name, j), f.SubFields, pub)
				}
			default:
				walk(name+".", f.SubFields, pub)
			}
		}
	}
	walk("", s.Fields, false)
	return out
}
