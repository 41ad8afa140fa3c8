package message_test

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/message"
)

func TestSigningBytesAreGoJSON(t *testing.T) {
	got := string(message.SigningBytes(7, "v1", `{"reading":21}<&>`))
	// Go's json.Marshal escapes <, > and & and keeps field order: devices sign exactly this.
	want := `{"projectID":7,"projectVersion":"v1","data":"{\"reading\":21}\u003c\u0026\u003e"}`
	if got != want {
		t.Fatalf("signing bytes\n got %s\nwant %s", got, want)
	}
}

func TestVerifyRecoversDevice(t *testing.T) {
	key, _ := crypto.GenerateKey()
	device := crypto.PubkeyToAddress(key.PublicKey)
	digest := message.Digest(1, "v1", "hello")
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		t.Fatal(err)
	}
	v27 := append([]byte{}, sig...)
	v27[64] += 27
	for name, s := range map[string]string{
		"v 0/1":     "0x" + hex.EncodeToString(sig),
		"v 27/28":   "0x" + hex.EncodeToString(v27),
		"no prefix": hex.EncodeToString(sig),
	} {
		t.Run(name, func(t *testing.T) {
			v, err := message.Message{ProjectID: 1, ProjectVersion: "v1", Data: "hello", Signature: s}.Verify()
			if err != nil {
				t.Fatal(err)
			}
			if v.DeviceID != device {
				t.Fatalf("device %s, want %s", v.DeviceID, device)
			}
			if v.ID != message.ComputeID(device, 1, "v1", "hello") {
				t.Fatal("ID does not bind device and content")
			}
			if err := v.Check(); err != nil {
				t.Fatalf("stored message does not re-check: %v", err)
			}
			again, err := v.Message().Verify() // as a peer passes it on
			if err != nil || !reflect.DeepEqual(again, v) {
				t.Fatalf("passed on, the message verifies as %+v, %v; want %+v", again, err, v)
			}
		})
	}
}

func TestVerifyRefuses(t *testing.T) {
	key, _ := crypto.GenerateKey()
	good, err := message.Sign(keySigner{key}, 1, "v1", "hello")
	if err != nil {
		t.Fatal(err)
	}
	tampered := good
	tampered.Data = "hellO"
	badV := good
	badV.Signature = good.Signature[:len(good.Signature)-2] + "05"
	cases := []struct {
		name string
		m    message.Message
		want error
	}{
		{"tampered data recovers another device", tampered, nil},
		{"bad recovery id", badV, message.ErrBadSignature},
		{"short signature", withSig(good, "0x1234"), message.ErrBadSignature},
		{"not hex", withSig(good, "0xzz"), message.ErrMalformed},
		{"no signature", withSig(good, ""), message.ErrMalformed},
		{"no project", message.Message{ProjectVersion: "v1", Data: "x", Signature: good.Signature}, message.ErrMalformed},
		{"no version", message.Message{ProjectID: 1, Data: "x", Signature: good.Signature}, message.ErrMalformed},
		{"data too large", message.Message{ProjectID: 1, ProjectVersion: "v1", Data: strings.Repeat("x", message.MaxDataBytes+1), Signature: good.Signature}, message.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := c.m.Verify()
			if c.want == nil {
				// A changed payload still has a valid-looking signature, from some other key: the device
				// policy, not the signature check, refuses it. It must never recover to the real device.
				if err == nil && v.DeviceID == crypto.PubkeyToAddress(key.PublicKey) {
					t.Fatal("tampered message recovered to the real device")
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
		})
	}
}

func TestCheckCatchesTamperedStore(t *testing.T) {
	key, _ := crypto.GenerateKey()
	m, _ := message.Sign(keySigner{key}, 1, "v1", "hello")
	v, err := m.Verify()
	if err != nil {
		t.Fatal(err)
	}
	v.Data = "changed in storage"
	if err := v.Check(); err == nil {
		t.Fatal("Check accepted a message whose data changed after signing")
	}
}

func withSig(m message.Message, s string) message.Message { m.Signature = s; return m }

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Sign(d []byte) ([]byte, error) { return crypto.Sign(d, k.key) }
