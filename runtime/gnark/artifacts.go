package gnark

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend/schema"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// Kinds of the two backends, as a project version names its runtime.
const (
	KindGroth16 = "gnark-groth16"
	KindPlonk   = "gnark-plonk"
)

// Names of a gnark project version's artifacts.
const (
	// ProgramArtifact is the WASI program that computes the circuit assignment from the task (the wasm
	// runtime's ABI).
	ProgramArtifact = "program"
	// CircuitArtifact is the compiled constraint system (gnark's binary encoding).
	CircuitArtifact = "circuit"
	// ProvingKeyArtifact is the proving key in gnark's raw (uncompressed) encoding.
	ProvingKeyArtifact = "provingKey"
	// VerifyingKeyArtifact is the verifying key in gnark's compressed encoding.
	VerifyingKeyArtifact = "verifyingKey"
	// SchemaArtifact is the JSON of the circuit's gnark schema: the shape of the assignment the program
	// writes, and which of its leaves are public, in witness order.
	SchemaArtifact = "schema"
)

// Curve is the only curve the runtime proves on: BN254 has the EVM's pairing precompiles.
const Curve = ecc.BN254

// Backend is one of the two proof systems.
type Backend string

// The backends, by runtime kind.
const (
	Groth16 Backend = KindGroth16
	Plonk   Backend = KindPlonk
)

// ParseBackend returns the backend of a runtime kind.
func ParseBackend(kind string) (Backend, error) {
	switch Backend(kind) {
	case Groth16, Plonk:
		return Backend(kind), nil
	}
	return "", fmt.Errorf("gnark: unknown backend %q (want %q or %q)", kind, KindGroth16, KindPlonk)
}

// NewCS returns an empty constraint system of the backend, to read an encoded one into.
func (b Backend) NewCS() constraint.ConstraintSystem {
	if b == Plonk {
		return plonk.NewCS(Curve)
	}
	return groth16.NewCS(Curve)
}

// EncodeCircuit writes a compiled constraint system as the circuit artifact.
func EncodeCircuit(ccs constraint.ConstraintSystem) ([]byte, error) {
	return encode(ccs)
}

// EncodeProvingKey writes a proving key (groth16.ProvingKey or plonk.ProvingKey) as the provingKey
// artifact, uncompressed so that provers load it fast.
func EncodeProvingKey(pk interface {
	WriteRawTo(io.Writer) (int64, error)
}) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := pk.WriteRawTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// EncodeVerifyingKey writes a verifying key (groth16.VerifyingKey or plonk.VerifyingKey) as the
// verifyingKey artifact.
func EncodeVerifyingKey(vk io.WriterTo) ([]byte, error) {
	return encode(vk)
}

// EncodeSchema writes a circuit's schema as the schema artifact.
func EncodeSchema(s *schema.Schema) ([]byte, error) {
	return json.Marshal(s)
}

func encode(w io.WriterTo) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecodeCircuit reads a circuit artifact of the backend.
func (b Backend) DecodeCircuit(data []byte) (constraint.ConstraintSystem, error) {
	// gnark's encoding starts with the length of its body, which its decoder allocates before reading: a
	// length the artifact does not hold is refused here, before it costs memory.
	const header = 8 + 3*8 // body length, then the gnark version that wrote it
	if len(data) < header || binary.LittleEndian.Uint64(data) > uint64(len(data)-header) {
		return nil, fmt.Errorf("%w: gnark: circuit: it states a body longer than it holds", runtime.ErrBadJob)
	}
	if err := checkSections(data[header:]); err != nil {
		return nil, fmt.Errorf("%w: gnark: circuit: %v", runtime.ErrBadJob, err)
	}
	ccs := b.NewCS()
	if err := readAll(ccs, data); err != nil {
		return nil, fmt.Errorf("%w: gnark: circuit: %v", runtime.ErrBadJob, err)
	}
	return ccs, nil
}

// DecodeVerifyingKey reads a verifyingKey artifact of the backend; it returns a groth16.VerifyingKey or
// a plonk.VerifyingKey.
func (b Backend) DecodeVerifyingKey(data []byte) (io.WriterTo, error) {
	var vk interface {
		io.ReaderFrom
		io.WriterTo
	}
	if b == Plonk {
		vk = plonk.NewVerifyingKey(Curve)
	} else {
		vk = groth16.NewVerifyingKey(Curve)
	}
	if err := readAllFrom(vk, &lengthGuard{bytes.NewReader(data)}, len(data)); err != nil {
		return nil, fmt.Errorf("%w: gnark: verifying key: %v", runtime.ErrBadJob, err)
	}
	return vk, nil
}

// DecodeSchema reads a schema artifact.
func DecodeSchema(data []byte) (*schema.Schema, error) {
	var s schema.Schema
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: gnark: schema: %v", runtime.ErrBadJob, err)
	}
	if s.NbPublic < 0 || s.NbSecret < 0 || len(s.Fields) == 0 {
		return nil, fmt.Errorf("%w: gnark: schema has no fields", runtime.ErrBadJob)
	}
	return &s, nil
}

// readAll reads r from data and insists every byte was used: a truncated or padded artifact is refused.
func readAll(r io.ReaderFrom, data []byte) error {
	return readAllFrom(r, bytes.NewReader(data), len(data))
}

func readAllFrom(r io.ReaderFrom, src io.Reader, size int) (err error) {
	defer func() {
		// gnark's decoders may panic on hostile input; an artifact is outside data.
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed: %v", p)
		}
	}()
	n, err := r.ReadFrom(src)
	if err != nil {
		return err
	}
	if n != int64(size) {
		return fmt.Errorf("%d bytes left over after %d", int64(size)-n, n)
	}
	return nil
}

// lengthGuard is what a verifying key is decoded from. gnark-crypto's decoder reads a slice's length as a
// read of 4 bytes and allocates the slice before it reads the elements, each of a byte or more: a read of
// 4 bytes that states more than the bytes left is refused, so a key of a few bytes cannot make it
// allocate gigabytes.
type lengthGuard struct{ r *bytes.Reader }

func (g *lengthGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if len(p) == 4 && n == 4 {
		if count := binary.BigEndian.Uint32(p); uint64(count) > uint64(g.r.Len()) {
			// No bytes read: io.ReadFull drops the error of a read that filled its buffer.
			return 0, fmt.Errorf("a length of %d where %d bytes are left", count, g.r.Len())
		}
	}
	return n, err
}
