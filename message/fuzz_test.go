package message_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/message"
)

// FuzzDecodeMessage decodes a message body as ingest does (a JSON object) and verifies it. Whatever the
// bytes, decoding and verification return an error of the package's kinds or a message that re-verifies
// from the store's view (Check), whose ID does not depend on how the recovery id was written.
func FuzzDecodeMessage(f *testing.F) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz device")))
	if err != nil {
		f.Fatal(err)
	}
	signed, err := message.Sign(keySigner{key}, 1, "v1", `{"reading":21}`)
	if err != nil {
		f.Fatal(err)
	}
	zk, err := message.SignEdDSA(eddsaKey(f, 1), 3, "v1", "[1,1200]")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(mustJSON(f, zk))
	f.Add(mustJSON(f, signed))
	v27 := signed
	v27.Signature = signed.Signature[:len(signed.Signature)-2] + "1b"
	f.Add(mustJSON(f, v27))
	f.Add([]byte(`{"projectID":1,"projectVersion":"v1","data":"x","signature":"0x00"}`))
	f.Add([]byte(`{"projectID":18446744073709551615,"projectVersion":"` + strings.Repeat("v", 65) + `","data":"","signature":"0x"}`))
	f.Add([]byte(`{"projectID":3,"projectVersion":"v1","data":"[1,2,3]","signature":"0x` + hex96() + `"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[]`))

	f.Fuzz(func(t *testing.T, body []byte) {
		var m message.Message
		if err := json.Unmarshal(body, &m); err != nil {
			return
		}
		v, err := m.Verify()
		if err != nil {
			if !errors.Is(err, message.ErrMalformed) && !errors.Is(err, message.ErrBadSignature) && !errors.Is(err, message.ErrTooLarge) {
				t.Fatalf("Verify: an error of no known kind: %v", err)
			}
			return
		}
		if err := v.Check(); err != nil {
			t.Fatalf("a verified message does not check: %v", err)
		}
		if v.ID != message.ComputeID(v.DeviceID, v.ProjectID, v.ProjectVersion, v.Data) {
			t.Fatalf("ID %s is not ComputeID of its content", v.ID)
		}
		sig, err := message.DecodeSignature(m.Signature)
		if err != nil || len(sig) != len(v.Signature) {
			t.Fatalf("DecodeSignature of a verified message: %d bytes, %v", len(sig), err)
		}
		if len(sig) == message.SignatureBytes && sig[64] > 1 {
			t.Fatalf("recovery id %d not normalized", sig[64])
		}
	})
}

func mustJSON(f *testing.F, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func hex96() string {
	const digits = "0123456789abcdef"
	b := make([]byte, 192)
	for i := range b {
		b[i] = digits[i%16]
	}
	return string(b)
}
