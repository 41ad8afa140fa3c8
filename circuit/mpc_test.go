package circuit

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// testDomain is the phase 1 domain of the tests: larger than the test circuits need, so that phase 2 cuts
// it down.
const testDomain = 1 << 5

var (
	phase1Beacon = []byte("phase 1 beacon of the tests")
	phase2Beacon = []byte("phase 2 beacon of the tests")
)

// encode writes w, as a file holds it.
func encode(t *testing.T, w io.WriterTo) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// phase1Chain runs phase 1 with n contributions, each one going through its file; it returns the files,
// the initial state's first.
func phase1Chain(t *testing.T, domain uint64, n int) [][]byte {
	t.Helper()
	p, err := NewPhase1(domain)
	if err != nil {
		t.Fatal(err)
	}
	files := [][]byte{encode(t, p)}
	for range n {
		p, err := ReadPhase1(bytes.NewReader(files[len(files)-1]))
		if err != nil {
			t.Fatal(err)
		}
		prev := p.Hash()
		p.Contribute()
		if !bytes.Equal(p.Previous(), prev[:]) {
			t.Fatal("a contribution does not name the state it was made on")
		}
		files = append(files, encode(t, p))
	}
	return files
}

func phase2Chain(t *testing.T, c *Compiled, srs *SRS, n int) [][]byte {
	t.Helper()
	p, err := NewPhase2(c, srs)
	if err != nil {
		t.Fatal(err)
	}
	files := [][]byte{encode(t, p)}
	for range n {
		p, err := ReadPhase2(bytes.NewReader(files[len(files)-1]))
		if err != nil {
			t.Fatal(err)
		}
		p.Contribute()
		files = append(files, encode(t, p))
	}
	return files
}

func readPhase1s(files [][]byte) ([]*Phase1, error) {
	var out []*Phase1
	for _, f := range files {
		p, err := ReadPhase1(bytes.NewReader(f))
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func readPhase2s(files [][]byte) ([]*Phase2, error) {
	var out []*Phase2
	for _, f := range files {
		p, err := ReadPhase2(bytes.NewReader(f))
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func sealSRS(t *testing.T, files [][]byte) *SRS {
	t.Helper()
	chain, err := readPhase1s(files)
	if err != nil {
		t.Fatal(err)
	}
	srs, err := SealPhase1(phase1Beacon, chain)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadSRS(bytes.NewReader(encode(t, srs)))
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != srs.Hash() || back.Contributions != srs.Contributions || !bytes.Equal(back.Beacon, phase1Beacon) {
		t.Fatal("the sealed phase 1 does not read back as written")
	}
	return back
}

// TestMPC runs a whole ceremony through files: two contributions to each phase give keys that prove.
func TestMPC(t *testing.T) {
	for _, tc := range []struct {
		name       string
		circuit    func() frontend.Circuit
		withCommit bool
	}{
		{"cubic", func() frontend.Circuit { return &cubic{} }, false},
		{"committed", func() frontend.Circuit { return &committed{} }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := compileT(t, gnark.Groth16, tc.circuit())
			p1 := phase1Chain(t, testDomain, 2)
			chain1, err := readPhase1s(p1)
			if err != nil {
				t.Fatal(err)
			}
			var steps []Step
			if err := VerifyPhase1(chain1, WithProgress(func(s Step) { steps = append(steps, s) })); err != nil {
				t.Fatalf("VerifyPhase1: %v", err)
			}
			if len(steps) != 2 {
				t.Errorf("progress %v, want a step per contribution", steps)
			}
			srs := sealSRS(t, p1[1:]) // without the initial state
			p2 := phase2Chain(t, c, srs, 2)
			chain2, err := readPhase2s(p2)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyPhase2(c, srs, chain2); err != nil {
				t.Fatalf("VerifyPhase2: %v", err)
			}

			chain1, _ = readPhase1s(p1)
			chain2, _ = readPhase2s(p2[1:])
			keys, err := Finalize(c, chain1, srs, chain2, phase2Beacon)
			if err != nil {
				t.Fatalf("Finalize: %v", err)
			}
			if keys.Unsafe() || keys.Setup != SetupMPC {
				t.Errorf("MPC keys: setup %q, unsafe %v", keys.Setup, keys.Unsafe())
			}
			tr := keys.Transcript
			if tr == nil || len(tr.Phase2) != 2 || tr.Phase1Contributions != 2 {
				t.Errorf("transcript %+v, want 2 contributions to each phase", tr)
			}
			proveCubic(t, c, keys, tc.withCommit)

			// The keys are a function of the transcript: sealing again gives the same.
			chain2, _ = readPhase2s(p2)
			again, err := SealPhase2(c, srs, chain2, phase2Beacon)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(encode(t, again.VerifyingKey), encode(t, keys.VerifyingKey)) {
				t.Error("sealing the same phase 2 twice gives different verifying keys")
			}
		})
	}
}

// setContributions rewrites the contribution number in a file's header.
func setContributions(f []byte, n uint32) []byte {
	f = bytes.Clone(f)
	binary.BigEndian.PutUint32(f[len(mpcMagic)+1+8:], n)
	return f
}

// withChallenge returns the contribution f claiming to follow prev: its challenge, gnark's last 32 bytes,
// replaced by prev's hash.
func withChallenge(f, prev []byte) []byte {
	var h [32]byte
	if f[len(mpcMagic)] == kindPhase2 {
		p, _ := ReadPhase2(bytes.NewReader(prev))
		h = p.Hash()
	} else {
		p, _ := ReadPhase1(bytes.NewReader(prev))
		h = p.Hash()
	}
	f = bytes.Clone(f)
	copy(f[len(f)-32:], h[:])
	return f
}

func flipByte(f []byte, at int) []byte {
	f = bytes.Clone(f)
	f[at] ^= 0x5a
	return f
}

// TestMPCRejects: a tampered, foreign, repeated or out-of-order contribution is refused.
func TestMPCRejects(t *testing.T) {
	c := compileT(t, gnark.Groth16, &cubic{})
	p1 := phase1Chain(t, testDomain, 3)
	other1 := phase1Chain(t, testDomain, 2)

	for _, tc := range []struct {
		name  string
		files [][]byte
	}{
		{"swapped", [][]byte{p1[2], p1[1], p1[3]}},
		{"missing", [][]byte{p1[1], p1[3]}},
		{"missing, renumbered", [][]byte{p1[1], setContributions(p1[3], 2)}},
		{"repeated", [][]byte{p1[1], p1[1]}},
		{"repeated, renumbered", [][]byte{p1[1], setContributions(p1[1], 2)}},
		{"from another chain", [][]byte{p1[1], other1[2]}},
		{"tampered proof", [][]byte{p1[1], flipByte(p1[2], headerSize(p1[2])+5)}},
		{"tampered parameters", [][]byte{p1[1], flipByte(p1[2], len(p1[2])/2)}},
		{"tampered challenge", [][]byte{p1[1], flipByte(p1[2], len(p1[2])-1)}},
		{"not the initial state", [][]byte{setContributions(p1[1], 0), p1[2]}},
		{"only the initial state", [][]byte{p1[0]}},
	} {
		t.Run("phase1/"+tc.name, func(t *testing.T) {
			chain, err := readPhase1s(tc.files)
			if err == nil {
				_, err = SealPhase1(phase1Beacon, chain)
			}
			if err == nil {
				t.Fatal("accepted")
			}
			t.Log(err)
		})
	}
	// A well-formed contribution made on another state fails the proofs of its update, even when it claims
	// the right predecessor.
	forged := withChallenge(other1[2], p1[1])
	chain, _ := readPhase1s([][]byte{p1[1], forged})
	var ce *ContributionError
	if err := VerifyPhase1(chain); !errors.As(err, &ce) || !errors.Is(err, ErrContribution) || ce.Position != 1 || ce.Number != 2 ||
		!strings.Contains(err.Error(), "failed to verify") {
		t.Errorf("forged phase 1 contribution: %v, want a failed proof at position 1, contribution 2", err)
	}

	srs := sealSRS(t, p1[1:])
	p2 := phase2Chain(t, c, srs, 3)
	other2 := phase2Chain(t, c, srs, 2)
	otherCircuit := compileT(t, gnark.Groth16, &committed{})
	foreignCircuit := phase2Chain(t, otherCircuit, srs, 1)
	otherSRS := sealSRS(t, other1[1:])
	foreignSRS := phase2Chain(t, c, otherSRS, 1)
	for _, tc := range []struct {
		name  string
		files [][]byte
	}{
		{"swapped", [][]byte{p2[2], p2[1], p2[3]}},
		{"missing", [][]byte{p2[1], p2[3]}},
		{"missing, renumbered", [][]byte{p2[1], setContributions(p2[3], 2)}},
		{"repeated, renumbered", [][]byte{p2[1], setContributions(p2[1], 2)}},
		{"from another chain", [][]byte{p2[1], other2[2]}},
		{"tampered", [][]byte{p2[1], flipByte(p2[2], len(p2[2])/2)}},
		{"tampered challenge", [][]byte{p2[1], flipByte(p2[2], len(p2[2])-1)}},
		{"for another circuit", [][]byte{foreignCircuit[1]}},
		{"on another phase 1", [][]byte{foreignSRS[1]}},
		{"only the initial state", [][]byte{p2[0]}},
	} {
		t.Run("phase2/"+tc.name, func(t *testing.T) {
			chain, err := readPhase2s(tc.files)
			if err == nil {
				_, err = SealPhase2(c, srs, chain, phase2Beacon)
			}
			if err == nil {
				t.Fatal("accepted")
			}
			t.Log(err)
		})
	}

	forged2 := withChallenge(other2[2], p2[1])
	chain2, _ := readPhase2s([][]byte{p2[1], forged2})
	if err := VerifyPhase2(c, srs, chain2); !errors.As(err, &ce) || ce.Phase != 2 || ce.Number != 2 || !strings.Contains(err.Error(), "failed to verify") {
		t.Errorf("forged phase 2 contribution: %v, want a failed proof of contribution 2", err)
	}

	t.Run("finalize/foreign srs", func(t *testing.T) {
		chain1, _ := readPhase1s(p1[1:])
		chain2, _ := readPhase2s(foreignSRS[1:])
		if _, err := Finalize(c, chain1, otherSRS, chain2, phase2Beacon); err == nil || !strings.Contains(err.Error(), "not what these phase 1 contributions seal") {
			t.Errorf("Finalize with a phase 1 that does not seal into the SRS: %v", err)
		}
	})
}

func TestMPCFiles(t *testing.T) {
	p1 := phase1Chain(t, 4, 1)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"no header", p1[1][len(mpcMagic):]},
		{"trailing byte", append(bytes.Clone(p1[1]), 0)},
		{"truncated", p1[1][:len(p1[1])-1]},
		{"domain not a power of two", func() []byte { f := bytes.Clone(p1[1]); f[len(mpcMagic)+8] = 3; return f }()},
		{"header and content disagree", func() []byte { f := bytes.Clone(p1[1]); f[len(mpcMagic)+8] = 8; return f }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ReadPhase1(bytes.NewReader(tc.data)); !errors.Is(err, ErrFormat) {
				t.Errorf("ReadPhase1: %v, want ErrFormat", err)
			}
		})
	}
	if _, err := ReadPhase2(bytes.NewReader(p1[1])); err == nil || !strings.Contains(err.Error(), "a phase 1 file, not a phase 2 file") {
		t.Errorf("ReadPhase2 of a phase 1 file: %v", err)
	}
	for _, d := range []uint64{0, 1, 3, 1 << (MaxPower + 1)} {
		if _, err := NewPhase1(d); err == nil {
			t.Errorf("NewPhase1(%d) accepted", d)
		}
	}
	c := compileT(t, gnark.Groth16, &cubic{})
	small := sealSRS(t, p1[1:])
	if c.DomainSize() > small.Domain {
		t.Skip("the test circuit fits a domain of 4")
	}
	big := compileT(t, gnark.Groth16, &wide{})
	if _, err := NewPhase2(big, small); err == nil || !strings.Contains(err.Error(), "run a phase 1 of power") {
		t.Errorf("NewPhase2 of a circuit larger than the phase 1: %v", err)
	}
	if _, err := NewPhase2(compileT(t, gnark.Plonk, &cubic{}), small); err == nil {
		t.Error("NewPhase2 of a PLONK circuit accepted")
	}
}

// headerSize is the length of a phase 1 or phase 2 file's header.
func headerSize(f []byte) int {
	if f[len(mpcMagic)] == kindPhase2 {
		return len(mpcMagic) + 1 + 8 + 4 + 64
	}
	return len(mpcMagic) + 1 + 8 + 4
}

// wide needs a domain of 8 or more.
type wide struct {
	X [8]frontend.Variable
}

func (w *wide) Define(api frontend.API) error {
	acc := frontend.Variable(1)
	for _, x := range w.X {
		acc = api.Mul(acc, x)
	}
	api.AssertIsDifferent(acc, 0)
	return nil
}
