package provenance_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/schema"
	"github.com/consensys/gnark/logger"

	"github.com/w3bstream-go/w3bstream/examples/provenance"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

const projectID = 3

var params = assign.Params{Slots: 4, Depth: 3, Threshold: 1000}

func key(t testing.TB, seed byte) *eddsa.PrivateKey {
	t.Helper()
	k, err := eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{seed}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// input is a task of the given readings from device key k, with devices registered.
func input(t testing.TB, k *eddsa.PrivateKey, registered []*eddsa.PrivateKey, seqs, values []uint64) assign.Input {
	t.Helper()
	in := assign.Input{ProjectID: projectID, ProjectVersion: "v1", Params: params}
	for _, r := range registered {
		in.DeviceKeys = append(in.DeviceKeys, "0x"+hex.EncodeToString(r.PublicKey.Bytes()))
	}
	var verified []message.Verified
	for i := range seqs {
		m, err := message.SignEdDSA(k, projectID, "v1", assign.Data(seqs[i], values[i]))
		if err != nil {
			t.Fatal(err)
		}
		v, err := m.Verify()
		if err != nil {
			t.Fatal(err)
		}
		verified = append(verified, v)
		in.Messages = append(in.Messages, assign.Message{Data: m.Data, Signature: m.Signature})
	}
	in.TaskID = "0x" + strings.Repeat("ab", 32)
	if len(verified) > 0 {
		id, err := task.ZKID(projectID, "v1", verified)
		if err != nil {
			t.Fatal(err)
		}
		in.TaskID = id.Hex()
	}
	return in
}

type compiled struct {
	ccs    constraint.ConstraintSystem
	schema *schema.Schema
}

func compile(t testing.TB) compiled {
	t.Helper()
	logger.Disable()
	c := provenance.New(params)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	s, err := schema.New(ecc.BN254.ScalarField(), provenance.New(params), reflect.TypeOf((*frontend.Variable)(nil)).Elem())
	if err != nil {
		t.Fatal(err)
	}
	return compiled{ccs, s}
}

// solved reports whether the assignment satisfies the circuit.
func (c compiled) solved(t testing.TB, a assign.Assignment) error {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.FromJSON(c.schema, b); err != nil {
		t.Fatalf("witness from JSON: %v", err)
	}
	return c.ccs.IsSolved(w)
}

func TestAssignmentSolvesCircuit(t *testing.T) {
	c := compile(t)
	t.Logf("constraints: %d for %d slots, depth %d", c.ccs.GetNbConstraints(), params.Slots, params.Depth)
	dev, other := key(t, 1), key(t, 2)
	for _, n := range []int{1, 3, 4} {
		seqs, values := []uint64{5, 6, 9, 10}[:n], []uint64{999, 1000, 65535, 0}[:n]
		res, err := assign.Compute(input(t, dev, []*eddsa.PrivateKey{other, dev}, seqs, values))
		if err != nil {
			t.Fatalf("%d readings: %v", n, err)
		}
		if err := c.solved(t, res.Assignment); err != nil {
			t.Fatalf("%d readings: not solved: %v", n, err)
		}
		var total uint64
		above := 0
		for _, v := range values {
			total += v
			if v >= params.Threshold {
				above++
			}
		}
		o := res.Output
		if o.Count != n || o.Total != total || o.Above != above || o.FirstSeq != seqs[0] || o.LastSeq != seqs[n-1] {
			t.Fatalf("%d readings: output %+v", n, o)
		}
		if o.DeviceID != message.EdDSADeviceID(dev.PublicKey.Bytes()).Hex() {
			t.Fatalf("device %s", o.DeviceID)
		}
		var mask uint64
		for _, q := range seqs {
			mask |= 1 << (q - seqs[0])
		}
		if want := fmt.Sprintf("0x%x", mask); o.SeqMask != want {
			t.Fatalf("%d readings: seq mask %s, want %s", n, o.SeqMask, want)
		}
	}
}

// TestCircuitRefuses shows the circuit, not only the program, refuses each forgery: an assignment the
// program would never write is edited after the fact and must not satisfy the constraints.
func TestCircuitRefuses(t *testing.T) {
	c := compile(t)
	dev, other := key(t, 1), key(t, 2)
	good, err := assign.Compute(input(t, dev, []*eddsa.PrivateKey{other, dev}, []uint64{5, 6, 9}, []uint64{10, 2000, 30}))
	if err != nil {
		t.Fatal(err)
	}
	unregistered, err := assign.Compute(input(t, dev, []*eddsa.PrivateKey{dev}, []uint64{5}, []uint64{10}))
	if err != nil {
		t.Fatal(err)
	}
	// Another task of the same device, with other readings: its ID must not fit this task's messages.
	another, err := assign.Compute(input(t, dev, []*eddsa.PrivateKey{other, dev}, []uint64{11, 12}, []uint64{10, 2000}))
	if err != nil {
		t.Fatal(err)
	}
	// The same ID plus the field's modulus: a second pair of halves for one value, refused.
	aliasHi, aliasLo := func() (string, string) {
		hi, _ := new(big.Int).SetString(good.Assignment.TaskIDHi, 10)
		lo, _ := new(big.Int).SetString(good.Assignment.TaskIDLo, 10)
		id := new(big.Int).Add(new(big.Int).Lsh(hi, 128), lo)
		id.Add(id, ecc.BN254.ScalarField())
		mask128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
		return new(big.Int).Rsh(id, 128).String(), new(big.Int).And(id, mask128).String()
	}()
	for _, tc := range []struct {
		name string
		edit func(a *assign.Assignment)
	}{
		{"total inflated", func(a *assign.Assignment) { a.Total = "2041" }},
		{"above inflated", func(a *assign.Assignment) { a.Above = "2" }},
		{"count lowered", func(a *assign.Assignment) { a.Count = "2" }},
		{"reading changed", func(a *assign.Assignment) { a.Readings[1].Value = "2001"; a.Total = "2041" }},
		{"reading out of range", func(a *assign.Assignment) { a.Readings[2].Value = "65536"; a.Total = "67546" }},
		{"other project", func(a *assign.Assignment) { a.ProjectID = "4" }},
		{"seq repeated", func(a *assign.Assignment) { a.Readings[1].Seq = "5" }},
		{"other root", func(a *assign.Assignment) { a.DeviceRoot = unregistered.Assignment.DeviceRoot }},
		{"signer not in tree (root of a tree without it)", func(a *assign.Assignment) {
			// A tree holding only the signer: valid signatures, but not the registered root.
			*a = unregistered.Assignment
			a.DeviceRoot = good.Assignment.DeviceRoot
		}},
		{"other device's key", func(a *assign.Assignment) {
			a.Key.A.X, a.Key.A.Y = "0", "1"
		}},
		{"idle slot counted", func(a *assign.Assignment) { a.Readings[3].Active = "1"; a.Count = "4" }},
		{"another task's ID", func(a *assign.Assignment) {
			a.TaskIDHi, a.TaskIDLo = another.Assignment.TaskIDHi, another.Assignment.TaskIDLo
		}},
		{"this task's ID over another task's messages", func(a *assign.Assignment) {
			hi, lo := a.TaskIDHi, a.TaskIDLo
			*a = another.Assignment
			a.TaskIDHi, a.TaskIDLo = hi, lo
		}},
		{"task ID low half changed", func(a *assign.Assignment) { a.TaskIDLo = "1" }},
		{"task ID aliased by the modulus", func(a *assign.Assignment) { a.TaskIDHi, a.TaskIDLo = aliasHi, aliasLo }},
		{"other version", func(a *assign.Assignment) { a.Version = "1" }},
		{"seq mask with a gap filled", func(a *assign.Assignment) { a.SeqMask = fmt.Sprint(0b11111) }},
		{"seq mask shifted", func(a *assign.Assignment) { a.SeqMask = fmt.Sprint(0b10011 << 1) }},
		{"last seq moved", func(a *assign.Assignment) { a.LastSeq = "10" }},
		{"first seq moved", func(a *assign.Assignment) { a.FirstSeq = "4" }},
		{"device changed", func(a *assign.Assignment) { a.Device = unregistered.Assignment.Device + "1" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good.Assignment
			a.Readings = append([]assign.Reading(nil), a.Readings...)
			a.Path = append([]string(nil), a.Path...)
			tc.edit(&a)
			if err := c.solved(t, a); err == nil {
				t.Fatal("the edited assignment satisfies the circuit")
			}
		})
	}
}

func TestProgramRefuses(t *testing.T) {
	dev, other := key(t, 1), key(t, 2)
	both := []*eddsa.PrivateKey{dev, other}
	for _, tc := range []struct {
		name string
		in   assign.Input
		want string
	}{
		{"unregistered device", input(t, dev, []*eddsa.PrivateKey{other}, []uint64{1}, []uint64{1}), "not registered"},
		{"out of range", input(t, dev, both, []uint64{1}, []uint64{65536}), "out of range"},
		{"seq not increasing", input(t, dev, both, []uint64{2, 2}, []uint64{1, 1}), "does not follow"},
		{"seq span too long", input(t, dev, both, []uint64{1, 2 + assign.MaxSeqSpan}, []uint64{1, 1}), "span more than"},
		{"task ID not the messages'", func() assign.Input {
			in := input(t, dev, both, []uint64{1}, []uint64{1})
			in.TaskID = input(t, dev, both, []uint64{2}, []uint64{1}).TaskID
			return in
		}(), "not the ID of its messages"},
		{"too many", input(t, dev, both, []uint64{1, 2, 3, 4, 5}, []uint64{1, 1, 1, 1, 1}), "slots"},
		{"two devices", func() assign.Input {
			in := input(t, dev, both, []uint64{1}, []uint64{1})
			in.Messages = append(in.Messages, input(t, other, both, []uint64{2}, []uint64{1}).Messages...)
			return in
		}(), "another device"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := assign.Compute(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Compute = %v, want an error with %q", err, tc.want)
			}
		})
	}
}

func TestTreeRootIsOrderFree(t *testing.T) {
	a, b, c := key(t, 1), key(t, 2), key(t, 3)
	t1, err := assign.NewTree(4, [][]byte{a.PublicKey.Bytes(), b.PublicKey.Bytes(), c.PublicKey.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	t2, _ := assign.NewTree(4, [][]byte{c.PublicKey.Bytes(), a.PublicKey.Bytes(), b.PublicKey.Bytes(), a.PublicKey.Bytes()})
	if t1.Root() != t2.Root() || t2.Len() != 3 {
		t.Fatal("root depends on key order or duplicates")
	}
	t3, _ := assign.NewTree(4, [][]byte{a.PublicKey.Bytes(), b.PublicKey.Bytes()})
	if t3.Root() == t1.Root() {
		t.Fatal("a different set has the same root")
	}
}
