package block

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain prefixes keep a leaf from ever being read as an inner node, or the reverse.
const (
	leafPrefix  = 0x00
	innerPrefix = 0x01
)

// maxProofLen bounds a proof: a tree of at most 2^64 leaves is at most 64 levels deep.
const maxProofLen = 64

// Leaf returns the assignment's merkle leaf:
// keccak256(0x00 || projectID uint64 BE || taskID (32) || prover (20) || deadline uint64 BE),
// which is Solidity's keccak256(abi.encodePacked(bytes1(0x00), projectID, taskID, prover, deadline)).
func (a Assignment) Leaf() common.Hash {
	var b [1 + 8 + 32 + 20 + 8]byte
	b[0] = leafPrefix
	binary.BigEndian.PutUint64(b[1:9], a.ProjectID)
	copy(b[9:41], a.TaskID[:])
	copy(b[41:61], a.Prover[:])
	binary.BigEndian.PutUint64(b[61:69], a.Deadline)
	return crypto.Keccak256Hash(b[:])
}

// MerkleRoot returns the root of the assignments' merkle tree. Inner nodes are keccak256(0x01 || left ||
// right). A node left without a partner at the end of a level moves up unchanged: unlike Bitcoin it is
// not paired with itself, so two different lists never share a root (CVE-2012-2459). No assignments give
// the zero hash; one gives its leaf.
func MerkleRoot(as []Assignment) common.Hash {
	if len(as) == 0 {
		return common.Hash{}
	}
	level := make([]common.Hash, len(as))
	for i, a := range as {
		level[i] = a.Leaf()
	}
	for len(level) > 1 {
		level = nextLevel(level)
	}
	return level[0]
}

// Proof returns the inclusion proof of assignment i: the sibling hashes from the leaf up, one per level
// where the node has a sibling (a promoted node has none at that level).
func Proof(as []Assignment, i int) ([]common.Hash, error) {
	if i < 0 || i >= len(as) {
		return nil, fmt.Errorf("assignment %d out of range [0, %d)", i, len(as))
	}
	level := make([]common.Hash, len(as))
	for j, a := range as {
		level[j] = a.Leaf()
	}
	var proof []common.Hash
	for idx := i; len(level) > 1; idx /= 2 {
		if sib := idx ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		level = nextLevel(level)
	}
	return proof, nil
}

// VerifyProof reports whether proof shows that leaf (an Assignment.Leaf, never a caller-chosen hash) is in
// the tree of root at position index.
//
// The verifier needs no leaf count: a node is promoted only on the right edge of the tree, and there it
// has a sibling exactly at the levels where its index bit is 1. So while more siblings remain than the
// one bits left in the index, the node is not on the edge and an even index takes a right sibling; when
// they are equal the node is on the edge and an even index moves up alone. What a proof establishes is
// membership; the index is not bound to the leaf count (a leaf on the right edge may also verify at a
// smaller index), so callers must not rely on it for uniqueness: the leaf itself names the task.
func VerifyProof(root, leaf common.Hash, index uint64, proof []common.Hash) bool {
	if len(proof) > maxProofLen {
		return false
	}
	h := leaf
	for idx := index; idx != 0 || len(proof) > 0; idx >>= 1 {
		ones := bits.OnesCount64(idx)
		switch {
		case idx&1 == 1:
			if len(proof) == 0 {
				return false
			}
			h = innerHash(proof[0], h)
			proof = proof[1:]
		case len(proof) > ones:
			h = innerHash(h, proof[0])
			proof = proof[1:]
		case len(proof) < ones:
			return false
		}
	}
	return h == root
}

func nextLevel(level []common.Hash) []common.Hash {
	next := make([]common.Hash, 0, (len(level)+1)/2)
	for i := 0; i+1 < len(level); i += 2 {
		next = append(next, innerHash(level[i], level[i+1]))
	}
	if len(level)%2 == 1 {
		next = append(next, level[len(level)-1])
	}
	return next
}

func innerHash(left, right common.Hash) common.Hash {
	var b [1 + 32 + 32]byte
	b[0] = innerPrefix
	copy(b[1:33], left[:])
	copy(b[33:], right[:])
	return crypto.Keccak256Hash(b[:])
}
