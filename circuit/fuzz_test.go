package circuit

import (
	"bytes"
	"encoding/binary"
	"io"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// FuzzReadSetupFile reads any bytes as each of the three files of the multi-party setup. Whatever the
// bytes, each reader refuses them or returns a state that writes back to the same bytes; and none
// allocates for more than the file holds (the seeds include files whose header and body claim the
// largest domain: reading one must fail at once, not allocate for 2^28 points).
func FuzzReadSetupFile(f *testing.F) {
	p1, err := NewPhase1(4)
	if err != nil {
		f.Fatal(err)
	}
	p1.Contribute()
	phase1 := encodeF(f, p1)
	srs, err := SealPhase1(phase1Beacon, []*Phase1{p1})
	if err != nil {
		f.Fatal(err)
	}
	srsFile := encodeF(f, srs)
	c, err := Compile(gnark.Groth16, &cubic{})
	if err != nil {
		f.Fatal(err)
	}
	p2, err := NewPhase2(c, srs)
	if err != nil {
		f.Fatal(err)
	}
	phase2 := encodeF(f, p2)

	f.Add(phase1)
	f.Add(srsFile)
	f.Add(phase2)
	f.Add(phase1[:len(phase1)/2])
	f.Add(mpcMagic[:])
	// The largest domain, claimed by the header and by the body, in files of a few hundred bytes.
	f.Add(claimDomain(phase1, phase1Prefix, 1<<MaxPower))
	f.Add(claimDomain(srsFile, 0, 1<<MaxPower))
	// A phase 2 whose first slice claims 2^32-1 points.
	f.Add(claimSlice(phase2))

	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := ReadPhase1(bytes.NewReader(b)); err == nil {
			rewrite(t, p, func(r io.Reader) (io.WriterTo, error) { return ReadPhase1(r) })
		}
		if s, err := ReadSRS(bytes.NewReader(b)); err == nil {
			rewrite(t, s, func(r io.Reader) (io.WriterTo, error) { return ReadSRS(r) })
		}
		if p, err := ReadPhase2(bytes.NewReader(b)); err == nil {
			rewrite(t, p, func(r io.Reader) (io.WriterTo, error) { return ReadPhase2(r) })
		}
	})
}

// rewrite checks that a state read from a file writes a file that reads back to the same state. (The
// bytes read may differ from those written: a point may come uncompressed and be written compressed.)
func rewrite(t *testing.T, w io.WriterTo, read func(io.Reader) (io.WriterTo, error)) {
	t.Helper()
	var first, second bytes.Buffer
	if _, err := w.WriteTo(&first); err != nil {
		t.Fatalf("write a state read from a file: %v", err)
	}
	again, err := read(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("a written state does not read back: %v", err)
	}
	if _, err := again.WriteTo(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("a state written and read back writes other bytes")
	}
}

// claimDomain returns a copy of a phase 1 or sealed phase 1 file whose header and body (the domain at
// offset in the body) claim domain.
func claimDomain(file []byte, offset int, domain uint64) []byte {
	b := bytes.Clone(file)
	binary.BigEndian.PutUint64(b[9:], domain)
	binary.BigEndian.PutUint64(b[fileHeaderSize(b)+offset:], domain)
	return b
}

// claimSlice returns a copy of a phase 2 file whose first slice of points (after the number of
// commitments and δ) claims 2^32-1 points.
func claimSlice(file []byte) []byte {
	b := bytes.Clone(file)
	at := headerSize(b) + 2
	at += pointSize(b[at], curve.SizeOfG1AffineCompressed)
	binary.BigEndian.PutUint32(b[at:], 1<<32-1)
	return b
}

func encodeF(f *testing.F, w io.WriterTo) []byte {
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}

// fileHeaderSize is the length of the header of any file of the setup, a sealed phase 1's included.
func fileHeaderSize(f []byte) int {
	if f[len(mpcMagic)] == kindSRS {
		n := len(mpcMagic) + 1 + 8 + 4 + 32
		return n + 2 + int(binary.BigEndian.Uint16(f[n:]))
	}
	return headerSize(f)
}
