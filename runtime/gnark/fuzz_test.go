package gnark_test

import (
	"errors"
	"io"
	"testing"

	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// artifactDecoders are the decoders of the artifacts a node reads from a project version, by the first
// byte of a fuzz input.
var artifactDecoders = []struct {
	name   string
	decode func([]byte) (any, error)
}{
	{"groth16 circuit", func(b []byte) (any, error) { return gnark.Groth16.DecodeCircuit(b) }},
	{"plonk circuit", func(b []byte) (any, error) { return gnark.Plonk.DecodeCircuit(b) }},
	{"groth16 verifying key", func(b []byte) (any, error) { return gnark.Groth16.DecodeVerifyingKey(b) }},
	{"plonk verifying key", func(b []byte) (any, error) { return gnark.Plonk.DecodeVerifyingKey(b) }},
	{"schema", func(b []byte) (any, error) { return gnark.DecodeSchema(b) }},
}

// FuzzDecodeArtifact reads any bytes as each kind of gnark artifact (the first byte picks the decoder).
// Whatever the bytes, the decoder refuses them as the job's fault (runtime.ErrBadJob) or returns a value;
// it neither panics nor allocates for more than the artifact holds. The seeds are the artifacts of a
// small circuit on both backends, and their headers stating a body longer than they hold.
func FuzzDecodeArtifact(f *testing.F) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		fx, err := smallFixtures[b]()
		if err != nil {
			f.Fatal(err)
		}
		circuit := fx.artifacts[gnark.CircuitArtifact].Bytes
		kind := byte(0)
		if b == gnark.Plonk {
			kind = 1
		}
		f.Add(append([]byte{kind}, circuit...))
		f.Add(append([]byte{kind + 2}, fx.vk...))
		f.Add(append([]byte{4}, fx.schema...))
		long := append([]byte{kind}, circuit...)
		long[1+7] ^= 0x7f // the body length's top byte
		f.Add(long)
		f.Add(append([]byte{kind + 2}, fx.vk[:len(fx.vk)/2]...))
	}
	f.Add([]byte{4, '{', '}'})
	f.Add([]byte{0})

	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 {
			return
		}
		d := artifactDecoders[int(in[0])%len(artifactDecoders)]
		v, err := d.decode(in[1:])
		if err != nil {
			if !errors.Is(err, runtime.ErrBadJob) {
				t.Fatalf("%s: an error not marked as the job's fault: %v", d.name, err)
			}
			return
		}
		if v == nil {
			t.Fatalf("%s: no value and no error", d.name)
		}
		if w, ok := v.(io.WriterTo); ok {
			if _, err := w.WriteTo(io.Discard); err != nil {
				t.Fatalf("%s: a decoded artifact does not write: %v", d.name, err)
			}
		}
	})
}
