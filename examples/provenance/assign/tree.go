package assign

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// MaxDepth bounds a device tree's depth: 2^20 devices is more than a project registers, and the
// circuit pays one MiMC per level.
const MaxDepth = 20

// Tree is a project's device tree: a Merkle tree of fixed depth whose leaves are MiMC(A.X, A.Y) of the
// devices' EdDSA public keys, sorted ascending and padded with zero leaves; an inner node is
// MiMC(left, right). Sorting makes the root a function of the set of keys alone, whatever order they
// were registered in, so anyone holding the registered keys computes the same root.
type Tree struct {
	depth  int
	levels [][]fr.Element // levels[0] are the leaves, without padding; levels[depth] is the root
	zeros  []fr.Element   // zeros[j] is the node of an empty subtree of height j
}

// Leaf is a device key's leaf: MiMC(A.X, A.Y).
func Leaf(pub eddsa.PublicKey) fr.Element {
	return hash2(pub.A.X, pub.A.Y)
}

// NewTree builds the tree of depth over the given compressed public keys. Duplicates count once.
func NewTree(depth int, keys [][]byte) (*Tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("tree depth %d out of [1, %d]", depth, MaxDepth)
	}
	leaves := make([]fr.Element, 0, len(keys))
	for i, k := range keys {
		var pub eddsa.PublicKey
		if _, err := pub.SetBytes(k); err != nil {
			return nil, fmt.Errorf("device key %d: %v", i, err)
		}
		leaves = append(leaves, Leaf(pub))
	}
	slices.SortFunc(leaves, func(a, b fr.Element) int {
		ab, bb := a.Bytes(), b.Bytes()
		return bytes.Compare(ab[:], bb[:])
	})
	leaves = slices.Compact(leaves)
	if len(leaves) > 1<<depth {
		return nil, fmt.Errorf("%d device keys do not fit a tree of depth %d", len(leaves), depth)
	}
	t := &Tree{depth: depth, levels: [][]fr.Element{leaves}, zeros: make([]fr.Element, depth+1)}
	for j := 1; j <= depth; j++ {
		t.zeros[j] = hash2(t.zeros[j-1], t.zeros[j-1])
		below := t.levels[j-1]
		level := make([]fr.Element, (len(below)+1)/2)
		for i := range level {
			right := t.zeros[j-1]
			if 2*i+1 < len(below) {
				right = below[2*i+1]
			}
			level[i] = hash2(below[2*i], right)
		}
		if len(level) == 0 {
			level = nil
		}
		t.levels = append(t.levels, level)
	}
	return t, nil
}

// Root returns the tree's root.
func (t *Tree) Root() fr.Element {
	if top := t.levels[t.depth]; len(top) > 0 {
		return top[0]
	}
	return t.zeros[t.depth]
}

// Len returns how many distinct keys the tree holds.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Path returns the index of leaf and its siblings from the bottom up, or false when the leaf is not in the
// tree.
func (t *Tree) Path(leaf fr.Element) (index uint64, siblings []fr.Element, ok bool) {
	i, found := slices.BinarySearchFunc(t.levels[0], leaf, func(a, b fr.Element) int {
		ab, bb := a.Bytes(), b.Bytes()
		return bytes.Compare(ab[:], bb[:])
	})
	if !found {
		return 0, nil, false
	}
	siblings = make([]fr.Element, t.depth)
	pos := i
	for j := 0; j < t.depth; j++ {
		sib := pos ^ 1
		if sib < len(t.levels[j]) {
			siblings[j] = t.levels[j][sib]
		} else {
			siblings[j] = t.zeros[j]
		}
		pos /= 2
	}
	return uint64(i), siblings, true
}

// hash2 is MiMC over two field elements, as the circuit computes it.
func hash2(a, b fr.Element) fr.Element {
	h := mimc.NewMiMC()
	ab, bb := a.Bytes(), b.Bytes()
	_, _ = h.Write(ab[:]) // reduced elements: Write cannot fail
	_, _ = h.Write(bb[:])
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}
