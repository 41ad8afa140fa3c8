package gnark

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/hash_to_field"
	fiatshamir "github.com/consensys/gnark-crypto/fiat-shamir"
	"github.com/consensys/gnark/backend"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/solidity"
)

// Errors of Verify.
var (
	// ErrInvalidProof: the proof does not prove the public inputs under the verifying key, or is not made of
	// valid curve points and field elements; gnark's Solidity verifier would reject it too.
	ErrInvalidProof = errors.New("gnark: invalid proof")
	// ErrMalformed: the verifying key, the proof or the public inputs are not encoded as Verify reads them,
	// or do not fit each other's sizes.
	ErrMalformed = errors.New("gnark: malformed input")
)

// Sizes of the Solidity verifiers' calldata.
const (
	wordSize    = 32
	g1Size      = 2 * wordSize
	g2Size      = 4 * wordSize
	groth16Size = 2*g1Size + g2Size // Ar, Bs, Krs; commitments and their proof of knowledge follow
	// plonkSize is L, R, O, H0, H1, H2, their five openings, Z, its shifted opening and two opening
	// proofs; each BSB22 commitment adds an opening and a point.
	plonkSize = 6*g1Size + 5*wordSize + g1Size + wordSize + 2*g1Size
)

// plonkBSB22Domain is the hash-to-field domain of PLONK's BSB22 commitments, as gnark's prover and Solidity
// verifier use it.
const plonkBSB22Domain = "BSB22-Plonk"

// Verify checks off-chain what gnark's exported Solidity verifier checks on-chain: that proof, in the
// verifier's calldata format (a Result's Proof), proves publicInputs (a Result's PublicInputs: 32-byte
// big-endian words) under verifyingKey (the version's verifyingKey artifact). It returns an error that
// wraps ErrInvalidProof when the proof does not verify, and ErrMalformed when an input cannot be read.
func Verify(b Backend, verifyingKey, proof, publicInputs []byte) error {
	if _, err := ParseBackend(string(b)); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	vk, err := b.DecodeVerifyingKey(verifyingKey)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	public, err := decodePublicInputs(publicInputs)
	if err != nil {
		return err
	}
	return verifySolidity(vk, proof, public)
}

// verifySolidity verifies a proof in the Solidity verifier's format with a decoded verifying key.
func verifySolidity(vk any, proof []byte, public fr.Vector) error {
	if n := vkPublicInputs(vk); len(public) != n {
		return fmt.Errorf("%w: %d public inputs, the verifying key takes %d", ErrMalformed, len(public), n)
	}
	switch vk := vk.(type) {
	case *groth16bn254.VerifyingKey:
		return verifyGroth16(vk, proof, public)
	case *plonkbn254.VerifyingKey:
		return verifyPlonk(vk, proof, public)
	}
	return fmt.Errorf("%w: verifying key of type %T", ErrMalformed, vk)
}

func verifyGroth16(vk *groth16bn254.VerifyingKey, data []byte, public fr.Vector) error {
	nbCommitments := len(vk.PublicAndCommitmentCommitted)
	size := groth16Size + nbCommitments*g1Size
	if nbCommitments > 0 {
		size += g1Size // the commitments' folded proof of knowledge
	}
	if len(data) != size {
		return fmt.Errorf("%w: Groth16 proof of %d bytes, the verifying key needs %d", ErrMalformed, len(data), size)
	}
	d := calldata{b: data}
	var proof groth16bn254.Proof
	proof.Ar = d.g1()
	proof.Bs = d.g2()
	proof.Krs = d.g1()
	proof.Commitments = make([]bn254.G1Affine, nbCommitments)
	for i := range proof.Commitments {
		proof.Commitments[i] = d.g1()
	}
	if nbCommitments > 0 {
		proof.CommitmentPok = d.g1()
	}
	if d.err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, d.err)
	}
	// Verify appends to the witness it is given; a clipped slice makes it copy.
	if err := groth16bn254.Verify(&proof, vk, slices.Clip(public), solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	return nil
}

func verifyPlonk(vk *plonkbn254.VerifyingKey, data []byte, public fr.Vector) error {
	nbCommitments := len(vk.Qcp)
	if len(vk.CommitmentConstraintIndexes) != nbCommitments {
		return fmt.Errorf("%w: verifying key has %d commitment selectors and %d commitment indexes", ErrMalformed, nbCommitments, len(vk.CommitmentConstraintIndexes))
	}
	if size := plonkSize + nbCommitments*(wordSize+g1Size); len(data) != size {
		return fmt.Errorf("%w: PLONK proof of %d bytes, the verifying key needs %d", ErrMalformed, len(data), size)
	}
	d := calldata{b: data}
	var proof plonkbn254.Proof
	for i := range proof.LRO {
		proof.LRO[i] = d.g1()
	}
	for i := range proof.H {
		proof.H[i] = d.g1()
	}
	// Claimed values: the linearised polynomial's (recomputed below), l, r, o, s1, s2, then one per
	// commitment.
	claimed := make([]fr.Element, 6+nbCommitments)
	for i := 1; i < 6; i++ {
		claimed[i] = d.fr()
	}
	proof.Z = d.g1()
	proof.ZShiftedOpening.ClaimedValue = d.fr()
	proof.BatchedProof.H = d.g1()
	proof.ZShiftedOpening.H = d.g1()
	for i := range nbCommitments {
		claimed[6+i] = d.fr()
	}
	proof.Bsb22Commitments = make([]bn254.G1Affine, nbCommitments)
	for i := range proof.Bsb22Commitments {
		proof.Bsb22Commitments[i] = d.g1()
	}
	if d.err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, d.err)
	}
	proof.BatchedProof.ClaimedValues = claimed
	lin, err := plonkLinearisedOpening(vk, &proof, public)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	claimed[0] = lin
	if err := plonkbn254.Verify(&proof, vk, public, solidity.WithVerifierTargetSolidityVerifier(backend.PLONK)); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	return nil
}

// plonkLinearisedOpening computes the opening of the linearised polynomial at ζ that the Solidity format
// leaves out, as the Solidity verifier does: it is fixed by the rest of the proof, the key and the public
// inputs, and the batched opening check then fails for a proof that is wrong in any of them.
//
// With challenges γ, β, α, ζ derived as the prover did, it is
//
//	-[PI(ζ) - α²·L₁(ζ) + α·(l+β·s1+γ)·(r+β·s2+γ)·(o+γ)·z(ωζ)]
//
// where PI(ζ) interpolates the public inputs and the hashed BSB22 commitments.
func plonkLinearisedOpening(vk *plonkbn254.VerifyingKey, proof *plonkbn254.Proof, public fr.Vector) (fr.Element, error) {
	var zero fr.Element
	fs := fiatshamir.NewTranscript(sha256.New(), "gamma", "beta", "alpha", "zeta")
	bound := []bn254.G1Affine{vk.S[0], vk.S[1], vk.S[2], vk.Ql, vk.Qr, vk.Qm, vk.Qo, vk.Qk}
	bound = append(bound, vk.Qcp...)
	for _, p := range bound {
		if err := fs.Bind("gamma", p.Marshal()); err != nil {
			return zero, err
		}
	}
	for i := range public {
		if err := fs.Bind("gamma", public[i].Marshal()); err != nil {
			return zero, err
		}
	}
	gamma, err := challenge(fs, "gamma", proof.LRO[:]...)
	if err != nil {
		return zero, err
	}
	beta, err := challenge(fs, "beta")
	if err != nil {
		return zero, err
	}
	alpha, err := challenge(fs, "alpha", append(slices.Clone(proof.Bsb22Commitments), proof.Z)...)
	if err != nil {
		return zero, err
	}
	zeta, err := challenge(fs, "zeta", proof.H[:]...)
	if err != nil {
		return zero, err
	}

	one := fr.One()
	var zetaN, zh fr.Element
	zetaN.Exp(zeta, new(big.Int).SetUint64(vk.Size))
	zh.Sub(&zetaN, &one) // ζⁿ-1

	// L₁(ζ) = (ζⁿ-1) / (n·(ζ-1))
	var l1 fr.Element
	l1.Sub(&zeta, &one).Inverse(&l1).Mul(&l1, &zh).Mul(&l1, &vk.SizeInv)

	// PI(ζ) = Σ wᵢ·Lᵢ(ζ), with Lᵢ(ζ) = ωⁱ·(ζⁿ-1) / (n·(ζ-ωⁱ))
	var pi fr.Element
	dens := make([]fr.Element, len(public))
	w := one
	for i := range public {
		dens[i].Sub(&zeta, &w)
		w.Mul(&w, &vk.Generator)
	}
	invs := fr.BatchInvert(dens)
	w = one
	for i := range public {
		var term fr.Element
		term.Mul(&zh, &invs[i]).Mul(&term, &vk.SizeInv).Mul(&term, &w).Mul(&term, &public[i])
		pi.Add(&pi, &term)
		w.Mul(&w, &vk.Generator)
	}
	h := hash_to_field.New([]byte(plonkBSB22Domain))
	for i, index := range vk.CommitmentConstraintIndexes {
		h.Reset()
		h.Write(proof.Bsb22Commitments[i].Marshal())
		var hashed fr.Element
		hashed.SetBytes(h.Sum(nil)[:min(fr.Bytes, h.Size())])

		var wi, den, li fr.Element
		wi.Exp(vk.Generator, new(big.Int).SetUint64(vk.NbPublicVariables+index))
		den.Sub(&zeta, &wi)
		li.Mul(&zh, &wi).Div(&li, &den).Mul(&li, &vk.SizeInv)
		li.Mul(&li, &hashed)
		pi.Add(&pi, &li)
	}

	c := proof.BatchedProof.ClaimedValues
	l, r, o, s1, s2 := c[1], c[2], c[3], c[4], c[5]
	zu := proof.ZShiftedOpening.ClaimedValue

	var lin, t fr.Element
	lin.Mul(&beta, &s1).Add(&lin, &l).Add(&lin, &gamma) // l+β·s1+γ
	t.Mul(&beta, &s2).Add(&t, &r).Add(&t, &gamma)       // r+β·s2+γ
	lin.Mul(&lin, &t)
	t.Add(&o, &gamma) // o+γ
	lin.Mul(&lin, &t).Mul(&lin, &alpha).Mul(&lin, &zu)
	var a2l1 fr.Element
	a2l1.Mul(&alpha, &alpha).Mul(&a2l1, &l1)
	lin.Sub(&lin, &a2l1).Add(&lin, &pi).Neg(&lin)
	return lin, nil
}

// challenge binds points to a transcript's challenge and computes it, as gnark's PLONK prover does.
func challenge(fs *fiatshamir.Transcript, name string, points ...bn254.G1Affine) (fr.Element, error) {
	var e fr.Element
	for i := range points {
		raw := points[i].RawBytes()
		if err := fs.Bind(name, raw[:]); err != nil {
			return e, err
		}
	}
	b, err := fs.ComputeChallenge(name)
	if err != nil {
		return e, err
	}
	e.SetBytes(b)
	return e, nil
}

// calldata reads the words of a Solidity verifier's proof; its first error is kept.
type calldata struct {
	b   []byte
	off int // of the next value
	at  int // of the value being read, for errors
	err error
}

func (d *calldata) next(n int) []byte {
	d.at = d.off
	d.off += n
	return d.b[d.at:d.off]
}

func (d *calldata) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("at byte %d: %s", d.at, fmt.Sprintf(format, args...))
	}
}

// fr reads a scalar, which must be below the scalar field's modulus.
func (d *calldata) fr() fr.Element {
	var e fr.Element
	if err := e.SetBytesCanonical(d.next(wordSize)); err != nil {
		d.fail("scalar not below the field modulus")
	}
	return e
}

func (d *calldata) fp(b []byte) fp.Element {
	e, err := fp.BigEndian.Element((*[fp.Bytes]byte)(b))
	if err != nil {
		d.fail("coordinate not below the field modulus")
	}
	return e
}

// g1 reads a point as X, Y; (0, 0), the EVM's encoding, and gnark's raw marker are the point at infinity.
func (d *calldata) g1() bn254.G1Affine {
	var p bn254.G1Affine
	b := d.next(g1Size)
	if rawInfinity(b) {
		return p
	}
	p.X, p.Y = d.fp(b[:wordSize]), d.fp(b[wordSize:])
	if d.err == nil && !p.IsInfinity() && !(p.IsOnCurve() && p.IsInSubGroup()) {
		d.fail("G1 point not on the curve")
	}
	return p
}

// g2 reads a point as X.A1, X.A0, Y.A1, Y.A0, the order of the Solidity verifiers and of gnark.
func (d *calldata) g2() bn254.G2Affine {
	var p bn254.G2Affine
	b := d.next(g2Size)
	if rawInfinity(b) {
		return p
	}
	p.X.A1, p.X.A0 = d.fp(b[0:32]), d.fp(b[32:64])
	p.Y.A1, p.Y.A0 = d.fp(b[64:96]), d.fp(b[96:128])
	if d.err == nil && !p.IsInfinity() && !(p.IsOnCurve() && p.IsInSubGroup()) {
		d.fail("G2 point not on the curve or not in its subgroup")
	}
	return p
}

// rawInfinity reports gnark's uncompressed encoding of the point at infinity: a flag in the top bits of
// the first byte and zeros.
func rawInfinity(b []byte) bool {
	const flag = 0b01 << 6
	return b[0] == flag && !slices.ContainsFunc(b[1:], func(c byte) bool { return c != 0 })
}

// encodePublicInputs writes a public witness as 32-byte big-endian words, the Solidity verifiers' order.
func encodePublicInputs(public fr.Vector) []byte {
	out := make([]byte, 0, len(public)*wordSize)
	for i := range public {
		w := public[i].Bytes()
		out = append(out, w[:]...)
	}
	return out
}

func decodePublicInputs(b []byte) (fr.Vector, error) {
	if len(b)%wordSize != 0 {
		return nil, fmt.Errorf("%w: public inputs of %d bytes are not whole 32-byte words", ErrMalformed, len(b))
	}
	public := make(fr.Vector, len(b)/wordSize)
	for i := range public {
		if err := public[i].SetBytesCanonical(b[i*wordSize : (i+1)*wordSize]); err != nil {
			return nil, fmt.Errorf("%w: public input %d is not below the scalar field's modulus", ErrMalformed, i)
		}
	}
	return public, nil
}
