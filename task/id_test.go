package task_test

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

func eddsaMessages(t *testing.T, project uint64, version string, seed byte, data ...string) []message.Verified {
	t.Helper()
	key, err := eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{seed}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]message.Verified, len(data))
	for i, d := range data {
		m, err := message.SignEdDSA(key, project, version, d)
		if err != nil {
			t.Fatal(err)
		}
		if out[i], err = m.Verify(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestZKID(t *testing.T) {
	msgs := eddsaMessages(t, 3, "v1", 1, "[1,10]", "[2,20]")
	id, err := task.IDOf(3, "v1", msgs)
	if err != nil {
		t.Fatal(err)
	}
	if zk, _ := task.ZKID(3, "v1", msgs); zk != id {
		t.Fatalf("IDOf %s, ZKID %s", id, zk)
	}
	// A field element: a circuit holds the ID in one variable.
	if new(big.Int).SetBytes(id[:]).Cmp(fr.Modulus()) >= 0 {
		t.Fatalf("ID %s is not below the field's modulus", id)
	}
	// The chain by hand.
	var pid fr.Element
	pid.SetUint64(3)
	acc := message.MiMC(pid, message.VersionElement("v1"))
	for _, m := range msgs {
		leaf, _ := message.EdDSALeaf(m.Signature[:message.EdDSAPublicKeyBytes])
		d, _ := message.EdDSADigest(3, "v1", m.Data)
		acc = message.MiMC(acc, leaf, d)
	}
	if acc.Bytes() != id {
		t.Fatalf("ID %s, the chain gives %x", id, acc.Bytes())
	}

	other := func(name string, ms []message.Verified) {
		t.Helper()
		got, err := task.IDOf(ms[0].ProjectID, ms[0].ProjectVersion, ms)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got == id {
			t.Fatalf("%s: same ID", name)
		}
	}
	other("order", []message.Verified{msgs[1], msgs[0]})
	other("fewer", msgs[:1])
	other("other device", eddsaMessages(t, 3, "v1", 2, "[1,10]", "[2,20]"))
	other("other version", eddsaMessages(t, 3, "v2", 1, "[1,10]", "[2,20]"))
	other("other project", eddsaMessages(t, 4, "v1", 1, "[1,10]", "[2,20]"))
	other("other reading", eddsaMessages(t, 3, "v1", 1, "[1,10]", "[2,21]"))
}

func TestBuildAndCheckMessages(t *testing.T) {
	msgs := eddsaMessages(t, 3, "v1", 1, "[1,10]", "[2,20]")
	tk, err := task.Build(3, "v1", msgs, time.Unix(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := tk.CheckMessages(msgs); err != nil {
		t.Fatal(err)
	}
	if err := tk.CheckMessages([]message.Verified{msgs[1], msgs[0]}); err == nil {
		t.Fatal("messages out of order accepted")
	}
	forged := tk
	forged.ID[31] ^= 1
	if err := forged.CheckMessages(msgs); err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("a wrong ID: %v", err)
	}

	// secp256k1 messages keep the keccak ID over message IDs.
	key, _ := crypto.GenerateKey()
	var secp []message.Verified
	for i := range 2 {
		m, err := message.Sign(signer(func(d []byte) ([]byte, error) { return crypto.Sign(d, key) }), 1, "v1", fmt.Sprint(i))
		if err != nil {
			t.Fatal(err)
		}
		v, err := m.Verify()
		if err != nil {
			t.Fatal(err)
		}
		secp = append(secp, v)
	}
	st, err := task.Build(1, "v1", secp, time.Unix(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	if st.ID != task.ComputeID(1, "v1", st.MessageIDs) {
		t.Fatal("a secp256k1 task's ID is not ComputeID")
	}
	if _, err := task.Build(1, "v1", append(secp, msgs[0]), time.Unix(1, 0)); err == nil {
		t.Fatal("mixed schemes accepted")
	}
}

type signer func(digest []byte) ([]byte, error)

func (s signer) Sign(digest []byte) ([]byte, error) { return s(digest) }
