package circuit

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"reflect"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/frontend/schema"

	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// minDomain is the smallest evaluation domain a setup makes: gnark's provers need at least two points.
const minDomain = 2

// tVariable is the leaf type of a circuit's schema.
var tVariable = reflect.TypeOf((*frontend.Variable)(nil)).Elem()

// Compiled is a circuit compiled for one backend. It is not safe for concurrent use.
type Compiled struct {
	Backend gnark.Backend
	CS      constraint.ConstraintSystem
	// Schema is the shape of the circuit's assignment; nil for a circuit read back from its artifact,
	// which does not keep it.
	Schema *schema.Schema

	encoded []byte // the circuit artifact, made once
}

// Stats are the sizes of a compiled circuit.
type Stats struct {
	Constraints int
	Public      int // public inputs, without R1CS's constant wire
	Secret      int
	Internal    int
}

// Compile compiles c over BN254 for backend b (R1CS for Groth16, sparse R1CS for PLONK) and derives its
// schema. c is an empty circuit value: only its shape counts.
func Compile(b gnark.Backend, c frontend.Circuit, opts ...Option) (*Compiled, error) {
	if _, err := gnark.ParseBackend(string(b)); err != nil {
		return nil, err
	}
	o := newOptions(opts)
	start := time.Now()
	var builder frontend.NewBuilder = r1cs.NewBuilder[constraint.U64]
	if b == gnark.Plonk {
		builder = scs.NewBuilder[constraint.U64]
	}
	field := gnark.Curve.ScalarField()
	ccs, err := frontend.Compile(field, builder, c)
	if err != nil {
		return nil, fmt.Errorf("circuit: compile: %w", err)
	}
	s, err := schema.New(field, c, tVariable)
	if err != nil {
		return nil, fmt.Errorf("circuit: schema: %w", err)
	}
	// A public input no constraint uses binds nothing in Groth16; refuse the circuit before keys are made.
	if err := gnark.CheckInputsBound(ccs, s); err != nil {
		return nil, fmt.Errorf("circuit: %w", err)
	}
	out := &Compiled{Backend: b, CS: ccs, Schema: s}
	st := out.Stats()
	o.done(start, "compiled: %s constraints (%s public, %s secret inputs)",
		numfmt.Thousands(st.Constraints), numfmt.Thousands(st.Public), numfmt.Thousands(st.Secret))
	return out, nil
}

// DecodeCircuit reads a circuit artifact of backend b (what Encode wrote). The result has no schema.
func DecodeCircuit(b gnark.Backend, data []byte) (*Compiled, error) {
	if _, err := gnark.ParseBackend(string(b)); err != nil {
		return nil, err
	}
	ccs, err := b.DecodeCircuit(data)
	if err != nil {
		return nil, fmt.Errorf("circuit: not a %s circuit: %w", b, err)
	}
	return &Compiled{Backend: b, CS: ccs, encoded: bytes.Clone(data)}, nil
}

// Stats returns the circuit's sizes.
func (c *Compiled) Stats() Stats {
	public := c.CS.GetNbPublicVariables()
	if c.Backend == gnark.Groth16 {
		public-- // the R1CS's constant-one wire
	}
	return Stats{
		Constraints: c.CS.GetNbConstraints(),
		Public:      public,
		Secret:      c.CS.GetNbSecretVariables(),
		Internal:    c.CS.GetNbInternalVariables(),
	}
}

// DomainSize is the size of the evaluation domain the backend's setup makes for the circuit: a power of
// two at least its number of constraints (PLONK: constraints and public inputs).
func (c *Compiled) DomainSize() uint64 {
	n := uint64(c.CS.GetNbConstraints())
	if c.Backend == gnark.Plonk {
		n += uint64(c.CS.GetNbPublicVariables())
	}
	return max(minDomain, ecc.NextPowerOfTwo(n))
}

// Encode returns the circuit artifact: gnark's binary encoding of the constraint system.
func (c *Compiled) Encode() ([]byte, error) {
	if c.encoded == nil {
		b, err := gnark.EncodeCircuit(c.CS)
		if err != nil {
			return nil, fmt.Errorf("circuit: encode: %w", err)
		}
		c.encoded = b
	}
	return c.encoded, nil
}

// Hash returns the sha256 of the circuit artifact: what a multi-party setup's phase 2 is bound to.
func (c *Compiled) Hash() ([32]byte, error) {
	b, err := c.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}
