package block

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testAssignments(n int) []Assignment {
	as := make([]Assignment, n)
	for i := range as {
		var id common.Hash
		binary.BigEndian.PutUint64(id[24:], uint64(i+1))
		as[i] = Assignment{
			ProjectID: uint64(100 + i),
			TaskID:    crypto.Keccak256Hash(id[:]),
			Prover:    common.BytesToAddress([]byte{byte(i + 1)}),
			Deadline:  uint64(1_700_000_000_000 + i),
		}
	}
	return as
}

// Independent of the code under test: hashes written out from the spec.
func specLeaf(a Assignment) common.Hash {
	b := []byte{0x00}
	b = binary.BigEndian.AppendUint64(b, a.ProjectID)
	b = append(b, a.TaskID.Bytes()...)
	b = append(b, a.Prover.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, a.Deadline)
	return crypto.Keccak256Hash(b)
}

func specNode(l, r common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x01}, l.Bytes(), r.Bytes())
}

func TestLeafEncoding(t *testing.T) {
	a := Assignment{
		ProjectID: 0x0102030405060708,
		TaskID:    common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
		Prover:    common.HexToAddress("0x2222222222222222222222222222222222222222"),
		Deadline:  0x0a0b0c0d0e0f1011,
	}
	enc, _ := hex.DecodeString("00" + "0102030405060708" +
		"1111111111111111111111111111111111111111111111111111111111111111" +
		"2222222222222222222222222222222222222222" + "0a0b0c0d0e0f1011")
	if got, want := a.Leaf(), crypto.Keccak256Hash(enc); got != want {
		t.Fatalf("Leaf = %s, want %s", got, want)
	}
}

func TestMerkleRoot(t *testing.T) {
	as := testAssignments(5)
	l := make([]common.Hash, len(as))
	for i, a := range as {
		l[i] = specLeaf(a)
	}
	tests := []struct {
		n    int
		want common.Hash
	}{
		{0, common.Hash{}},
		{1, l[0]},
		{2, specNode(l[0], l[1])},
		{3, specNode(specNode(l[0], l[1]), l[2])}, // l2 promoted, not doubled
		{4, specNode(specNode(l[0], l[1]), specNode(l[2], l[3]))},
		{5, specNode(specNode(specNode(l[0], l[1]), specNode(l[2], l[3])), l[4])}, // l4 promoted twice
	}
	for _, tt := range tests {
		if got := MerkleRoot(as[:tt.n]); got != tt.want {
			t.Errorf("%d leaves: root %s, want %s", tt.n, got, tt.want)
		}
	}
	// Bitcoin would give [a b c] and [a b c c] the same root; here they differ.
	dup := append(as[:3:3], as[2])
	if MerkleRoot(dup) == MerkleRoot(as[:3]) {
		t.Error("duplicating the last leaf keeps the root")
	}
}

func TestProofs(t *testing.T) {
	for n := 1; n <= 40; n++ {
		as := testAssignments(n)
		root := MerkleRoot(as)
		for i := range as {
			proof, err := Proof(as, i)
			if err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			if !VerifyProof(root, as[i].Leaf(), uint64(i), proof) {
				t.Fatalf("n=%d i=%d: proof does not verify", n, i)
			}
		}
	}
	// As VerifyProof says, the index is not bound: the last of three leaves, promoted at level 0, also
	// verifies as index 1. Membership is what a proof shows.
	as := testAssignments(3)
	proof, _ := Proof(as, 2)
	if !VerifyProof(MerkleRoot(as), as[2].Leaf(), 1, proof) {
		t.Error("documented index ambiguity no longer holds: update VerifyProof's comment")
	}
	if _, err := Proof(nil, 0); err == nil {
		t.Error("proof in an empty list: no error")
	}
	if _, err := Proof(testAssignments(3), 3); err == nil {
		t.Error("proof out of range: no error")
	}
}

func TestProofTampered(t *testing.T) {
	as := testAssignments(5)
	root := MerkleRoot(as)
	const i = 2
	proof, _ := Proof(as, i)
	leaf := as[i].Leaf()
	flipped := append([]common.Hash(nil), proof...)
	flipped[1][0] ^= 1
	tests := []struct {
		name  string
		root  common.Hash
		leaf  common.Hash
		index uint64
		proof []common.Hash
	}{
		{"sibling changed", root, leaf, i, flipped},
		{"other leaf", root, as[3].Leaf(), i, proof},
		{"leaf changed", root, specLeaf(Assignment{TaskID: as[i].TaskID, Prover: as[0].Prover}), i, proof},
		{"wrong index", root, leaf, 3, proof},
		{"index far out", root, leaf, i + 64, proof},
		{"sibling dropped", root, leaf, i, proof[:len(proof)-1]},
		{"sibling added", root, leaf, i, append(append([]common.Hash(nil), proof...), leaf)},
		{"siblings swapped", root, leaf, i, []common.Hash{proof[1], proof[0], proof[2]}},
		{"other root", MerkleRoot(as[:4]), leaf, i, proof},
		{"too long", root, leaf, i, make([]common.Hash, 65)},
	}
	for _, tt := range tests {
		if VerifyProof(tt.root, tt.leaf, tt.index, tt.proof) {
			t.Errorf("%s: verified", tt.name)
		}
	}
}

func ExampleProof() {
	as := testAssignments(3)
	proof, _ := Proof(as, 2)
	fmt.Println(len(proof), VerifyProof(MerkleRoot(as), as[2].Leaf(), 2, proof))
	// Output: 1 true
}
