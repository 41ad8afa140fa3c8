package circuit

import (
	"crypto/sha256"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// SetupKind says how a circuit's keys were made.
type SetupKind string

// The setups.
const (
	// SetupDev is the deterministic development setup: its secret is public, so proofs can be forged.
	SetupDev SetupKind = "dev-unsafe"
	// SetupMPC is the multi-party Groth16 ceremony.
	SetupMPC SetupKind = "mpc"
)

// devSeed is the public constant the development setup derives all its randomness from. Publishing it is
// what makes the setup unsafe, and what makes it reproducible.
const devSeed = "w3bstream UNSAFE development setup: this seed is public, so is the toxic waste"

// devBeacon is the development setup's beacon: Groth16's dev keys are those of an MPC with no
// contribution, sealed with it.
var devBeacon = func() []byte { h := sha256.Sum256([]byte(devSeed)); return h[:] }()

// ProvingKey is a groth16.ProvingKey or a plonk.ProvingKey.
type ProvingKey interface {
	io.WriterTo
	WriteRawTo(io.Writer) (int64, error)
}

// VerifyingKey is a groth16.VerifyingKey or a plonk.VerifyingKey.
type VerifyingKey interface {
	io.WriterTo
	ExportSolidity(w io.Writer, opts ...solidity.ExportOption) error
}

// Keys are a circuit's proving and verifying keys and how they were made.
type Keys struct {
	Backend      gnark.Backend
	Setup        SetupKind
	ProvingKey   ProvingKey
	VerifyingKey VerifyingKey
	// Transcript records the ceremony of SetupMPC keys; nil for the development setup.
	Transcript *Transcript
}

// Transcript names what a multi-party setup's keys derive from, so that anyone can check them.
type Transcript struct {
	SRS                 string   `json:"srsSHA256"`           // the sealed phase 1 file
	Phase1Contributions int      `json:"phase1Contributions"` // sealed into the SRS
	Phase1Beacon        string   `json:"phase1Beacon"`        // hex
	Phase2              []string `json:"phase2Contributions"` // contribution hashes, in order
	Phase2Beacon        string   `json:"phase2Beacon"`        // hex
}

// Unsafe reports whether anyone can forge proofs for the keys.
func (k *Keys) Unsafe() bool { return k.Setup == SetupDev }

// DevSetup makes keys for c with the deterministic, UNSAFE development setup: the same circuit gives
// byte-identical keys on every machine and run, and anyone who reads this package's source knows the
// secret they hide and can forge proofs. Groth16 keys are those of gnark's MPC with no contribution,
// sealed with a beacon derived from a public constant (see devGroth16); PLONK keys use a KZG SRS whose
// toxic value is derived from the same constant.
func DevSetup(c *Compiled, opts ...Option) (*Keys, error) {
	o := newOptions(opts)
	start := time.Now()
	var keys *Keys
	var err error
	switch c.Backend {
	case gnark.Groth16:
		keys, err = devGroth16(c)
	case gnark.Plonk:
		keys, err = devPlonk(c)
	default:
		_, err = gnark.ParseBackend(string(c.Backend))
	}
	if err != nil {
		return nil, err
	}
	o.done(start, "setup (UNSAFE dev, %s, domain 2^%d)", c.Backend, numfmt.Log2(c.DomainSize()))
	return keys, nil
}

// devPlonk sets up PLONK on a KZG SRS whose toxic value is derived from devSeed.
func devPlonk(c *Compiled) (*Keys, error) {
	srs, lagrange, err := unsafekzg.NewSRS(c.CS, unsafekzg.WithToxicSeed([]byte(devSeed)))
	if err != nil {
		return nil, fmt.Errorf("circuit: dev setup: kzg srs: %w", err)
	}
	pk, vk, err := plonk.Setup(c.CS, srs, lagrange)
	if err != nil {
		return nil, fmt.Errorf("circuit: dev setup: %w", err)
	}
	return &Keys{Backend: gnark.Plonk, Setup: SetupDev, ProvingKey: pk, VerifyingKey: vk}, nil
}
