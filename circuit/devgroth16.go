package circuit

import (
	"fmt"
	"math/big"
	"slices"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	cryptompc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark-crypto/utils"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	csbn254 "github.com/consensys/gnark/constraint/bn254"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// phase1SealDST is the domain separation tag gnark's Phase1.Seal derives the beacon's contributions with.
const phase1SealDST = "Groth16 MPC Setup - Phase 1"

// devGroth16 makes the keys of gnark's MPC with no contribution, sealed with devBeacon, without most of
// its cost. With no contribution, the sealed phase 1's secrets τ, α, β are the beacon's contributions,
// known here; so the initial phase 2 is computed in the scalar field and multiplied out in batches,
// where gnark's Phase2.Initialize evaluates point by point from the phase 1 (minutes at 2^17). gnark's
// Phase2.Seal then makes the keys. TestDevGroth16IsMPC holds the result equal to the plain MPC.
func devGroth16(c *Compiled) (keys *Keys, err error) {
	r1cs, ok := c.CS.(*csbn254.R1CS)
	if !ok {
		return nil, fmt.Errorf("circuit: %T is not a BN254 R1CS", c.CS)
	}
	defer recoverTo(&err, "dev setup")
	n := c.DomainSize()

	h1 := hashOf(mpcsetup.NewPhase1(n))
	secrets := cryptompc.BeaconContributions(h1[:], []byte(phase1SealDST), devBeacon, 3)
	tau, alpha, beta := secrets[0], secrets[1], secrets[2]

	lagrange, err := lagrangeAt(n, &tau)
	if err != nil {
		return nil, err
	}

	// A, B, C of every wire at τ: Σ coefficient·Lᵢ(τ) over the constraints i it appears in.
	nbInternal, nbSecret, nbPublic := r1cs.GetNbVariables()
	nWires := nbInternal + nbSecret + nbPublic
	a := make([]fr.Element, nWires)
	b := make([]fr.Element, nWires)
	k := make([]fr.Element, nWires)
	accumulate := func(dst []fr.Element, terms constraint.LinearExpression, l *fr.Element) {
		var t fr.Element
		for _, term := range terms {
			t.Mul(&r1cs.Coefficients[term.CoeffID()], l)
			dst[term.WireID()].Add(&dst[term.WireID()], &t)
		}
	}
	i := 0
	it := r1cs.GetR1CIterator()
	for con := it.Next(); con != nil; con = it.Next() {
		accumulate(a, con.L, &lagrange[i])
		accumulate(b, con.R, &lagrange[i])
		accumulate(k, con.O, &lagrange[i])
		i++
	}
	// K = βA + αB + C, with δ = γ = 1 before the seal.
	var t fr.Element
	for w := range k {
		t.Mul(&beta, &a[w])
		k[w].Add(&k[w], &t)
		t.Mul(&alpha, &b[w])
		k[w].Add(&k[w], &t)
	}
	// Z: τⁱ(τⁿ − 1) for i ≤ n−2; the last, zero, is the point at infinity the bit reversal keeps last.
	z := make([]fr.Element, n)
	var tauN, pow fr.Element
	one := fr.One()
	tauN.Exp(tau, new(big.Int).SetUint64(n)).Sub(&tauN, &one)
	pow.SetOne()
	for i := range n - 1 {
		z[i].Mul(&pow, &tauN)
		pow.Mul(&pow, &tau)
	}

	_, _, g1, g2 := curve.Generators()
	g1Points := curve.BatchScalarMultiplicationG1(&g1, slices.Concat(a, b, k, z))
	evals := new(mpcsetup.Phase2Evaluations)
	evals.G1.A = g1Points[:nWires]
	evals.G1.B = g1Points[nWires : 2*nWires]
	evals.G2.B = curve.BatchScalarMultiplicationG2(&g2, b)
	kPoints := g1Points[2*nWires : 3*nWires]
	zPoints := g1Points[3*nWires:]
	utils.BitReverse(zPoints)

	p := new(mpcsetup.Phase2)
	p.Parameters.G1.Delta, p.Parameters.G2.Delta = g1, g2
	p.Parameters.G1.Z = zPoints[:n-1]
	if err := splitK(r1cs, kPoints, nbPublic, evals, p, g2); err != nil {
		return nil, err
	}

	// Seal reads only the domain size and [α]₁, [β]₁, [β]₂ of the phase 1.
	var commons mpcsetup.SrsCommons
	commons.G1.AlphaTau = make([]curve.G1Affine, n)
	commons.G1.BetaTau = make([]curve.G1Affine, 1)
	var s big.Int
	commons.G1.AlphaTau[0].ScalarMultiplication(&g1, alpha.BigInt(&s))
	commons.G1.BetaTau[0].ScalarMultiplication(&g1, beta.BigInt(&s))
	commons.G2.Beta.ScalarMultiplication(&g2, beta.BigInt(&s))

	pk, vk := p.Seal(&commons, evals, devBeacon)
	return &Keys{Backend: gnark.Groth16, Setup: SetupDev, ProvingKey: pk, VerifyingKey: vk}, nil
}

// splitK sorts the wires' K points as gnark's Phase2.Initialize does: a wire committed to privately goes
// to its commitment's basis, a public wire or a commitment to the verifying key, any other to the proving
// key.
func splitK(r1cs *csbn254.R1CS, k []curve.G1Affine, nbPublic int, evals *mpcsetup.Phase2Evaluations, p *mpcsetup.Phase2, g2 curve.G2Affine) error {
	commitments := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	privateCommitted := commitments.GetPrivateCommitted()
	committedBy := map[int]int{}
	for i, wires := range privateCommitted {
		for _, w := range wires {
			if _, dup := committedBy[w]; dup {
				return fmt.Errorf("circuit: wire %d is committed to twice", w)
			}
			committedBy[w] = i
		}
	}
	isCommitment := map[int]bool{}
	for _, w := range commitments.CommitmentIndexes() {
		isCommitment[w] = true
	}
	evals.PublicAndCommitmentCommitted = commitments.GetPublicAndCommitmentCommitted(commitments.CommitmentIndexes(), nbPublic)
	evals.G1.CKK = make([][]curve.G1Affine, len(commitments))
	for j := range k {
		if i, ok := committedBy[j]; ok {
			evals.G1.CKK[i] = append(evals.G1.CKK[i], k[j])
		} else if j < nbPublic || isCommitment[j] {
			evals.G1.VKK = append(evals.G1.VKK, k[j])
		} else {
			p.Parameters.G1.PKK = append(p.Parameters.G1.PKK, k[j])
		}
	}
	p.Sigmas = make([]cryptompc.UpdateProof, len(commitments))
	p.Parameters.G1.SigmaCKK = make([][]curve.G1Affine, len(commitments))
	p.Parameters.G2.Sigma = make([]curve.G2Affine, len(commitments))
	for i := range commitments {
		if evals.G1.CKK[i] == nil {
			evals.G1.CKK[i] = []curve.G1Affine{}
		}
		p.Parameters.G1.SigmaCKK[i] = slices.Clone(evals.G1.CKK[i])
		p.Parameters.G2.Sigma[i] = g2
	}
	return nil
}

// lagrangeAt returns Lᵢ(τ) for the Lagrange basis of the domain of size n: ωⁱ(τⁿ − 1) / (n(τ − ωⁱ)).
func lagrangeAt(n uint64, tau *fr.Element) ([]fr.Element, error) {
	domain := fft.NewDomain(n)
	diffs := make([]fr.Element, n)
	omegas := make([]fr.Element, n)
	w := fr.One()
	for i := range diffs {
		omegas[i] = w
		diffs[i].Sub(tau, &w)
		if diffs[i].IsZero() {
			return nil, fmt.Errorf("circuit: dev setup: τ is in the domain")
		}
		w.Mul(&w, &domain.Generator)
	}
	inv := fr.BatchInvert(diffs)
	var common fr.Element
	one := fr.One()
	common.Exp(*tau, new(big.Int).SetUint64(n)).Sub(&common, &one).Mul(&common, &domain.CardinalityInv)
	out := make([]fr.Element, n)
	for i := range out {
		out[i].Mul(&omegas[i], &inv[i]).Mul(&out[i], &common)
	}
	return out, nil
}
