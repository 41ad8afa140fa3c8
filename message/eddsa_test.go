package message_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/w3bstream-go/w3bstream/message"
)

func eddsaKey(t testing.TB, seed byte) *eddsa.PrivateKey {
	t.Helper()
	key, err := eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{seed}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func TestEdDSASignVerify(t *testing.T) {
	key := eddsaKey(t, 1)
	m, err := message.SignEdDSA(key, 3, "v1", `[7,1234]`)
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.Verify()
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if want := message.EdDSADeviceID(key.PublicKey.Bytes()); v.DeviceID != want {
		t.Fatalf("device %s, want %s", v.DeviceID, want)
	}
	if v.Scheme() != message.SchemeEdDSA || len(v.Signature) != message.EdDSASignatureBytes {
		t.Fatalf("scheme %s, %d signature bytes", v.Scheme(), len(v.Signature))
	}
	if err := v.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	if want := message.ComputeID(v.DeviceID, 3, "v1", m.Data); v.ID != want {
		t.Fatalf("ID %s, want %s", v.ID, want)
	}
	// The same reading signed again (EdDSA here is deterministic) gives the same ID: a resend dedupes.
	again, _ := message.SignEdDSA(key, 3, "v1", `[7,1234]`)
	if v2, err := again.Verify(); err != nil || v2.ID != v.ID {
		t.Fatalf("resend: %v, id %s vs %s", err, v2.ID, v.ID)
	}
}

func TestEdDSARejects(t *testing.T) {
	key, other := eddsaKey(t, 1), eddsaKey(t, 2)
	good, err := message.SignEdDSA(key, 3, "v1", `[7,1234]`)
	if err != nil {
		t.Fatal(err)
	}
	otherSig, _ := message.SignEdDSA(other, 3, "v1", `[7,1234]`)
	swapKey := good
	// Claim the other device's key with this device's signature.
	swapKey.Signature = "0x" + otherSig.Signature[2:2+64] + good.Signature[2+64:]

	for _, tc := range []struct {
		name string
		edit func(m *message.Message)
		want error
	}{
		{"changed data", func(m *message.Message) { m.Data = `[7,1235]` }, message.ErrBadSignature},
		{"other project", func(m *message.Message) { m.ProjectID = 4 }, message.ErrBadSignature},
		{"other version", func(m *message.Message) { m.ProjectVersion = "v2" }, message.ErrBadSignature},
		{"space", func(m *message.Message) { m.Data = `[7, 1234]` }, message.ErrMalformed},
		{"quoted", func(m *message.Message) { m.Data = `[7,"1234"]` }, message.ErrMalformed},
		{"leading zero", func(m *message.Message) { m.Data = `[07,1234]` }, message.ErrMalformed},
		{"other key", func(m *message.Message) { *m = swapKey }, message.ErrBadSignature},
		{"flipped S", func(m *message.Message) {
			b := []byte(m.Signature)
			if b[len(b)-1] == '0' {
				b[len(b)-1] = '1'
			} else {
				b[len(b)-1] = '0'
			}
			m.Signature = string(b)
		}, message.ErrBadSignature},
		{"not an array", func(m *message.Message) { m.Data = `7` }, message.ErrMalformed},
		{"empty array", func(m *message.Message) { m.Data = `[]` }, message.ErrMalformed},
		{"negative", func(m *message.Message) { m.Data = `[-1]` }, message.ErrMalformed},
		{"fraction", func(m *message.Message) { m.Data = `[1.5]` }, message.ErrMalformed},
		{"over the field", func(m *message.Message) {
			m.Data = `[21888242871839275222246405745257275088548364400416034343698204186575808495617]`
		}, message.ErrMalformed},
		{"too many", func(m *message.Message) { m.Data = "[" + strings.Repeat("1,", message.MaxDataElements) + "1]" }, message.ErrMalformed},
		{"short signature", func(m *message.Message) { m.Signature = m.Signature[:len(m.Signature)-2] }, message.ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := good
			tc.edit(&m)
			if _, err := m.Verify(); !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
}
