package block

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestHeaderEncode(t *testing.T) {
	h := Header{
		Version:    1,
		PrevHash:   common.HexToHash("0x0102030405060708091011121314151617181920212223242526272829303132"),
		MerkleRoot: common.HexToHash("0xa1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9d0d1d2"),
		Timestamp:  0x0000018f00112233,
		NBits:      0x207fffff,
		Nonce:      0xdeadbeefcafef00d,
	}
	want := "00000001" +
		"0102030405060708091011121314151617181920212223242526272829303132" +
		"a1a2a3a4a5a6a7a8a9b0b1b2b3b4b5b6b7b8b9c0c1c2c3c4c5c6c7c8c9d0d1d2" +
		"0000018f00112233" + "207fffff" + "deadbeefcafef00d"
	enc := h.Encode()
	if got := hex.EncodeToString(enc); got != want {
		t.Fatalf("Encode\n got %s\nwant %s", got, want)
	}
	if len(enc) != HeaderSize || HeaderSize != 88 {
		t.Fatalf("encoded %d bytes, HeaderSize %d", len(enc), HeaderSize)
	}
	back, err := DecodeHeader(enc)
	if err != nil || back != h {
		t.Fatalf("DecodeHeader = %+v, %v; want %+v", back, err, h)
	}
	first := sha256.Sum256(enc)
	second := sha256.Sum256(first[:])
	if got := h.Hash(); !bytes.Equal(got[:], second[:]) {
		t.Fatalf("Hash %s, want sha256d %x", got, second)
	}
	for _, n := range []int{0, HeaderSize - 1, HeaderSize + 1} {
		if _, err := DecodeHeader(make([]byte, n)); err == nil {
			t.Errorf("DecodeHeader of %d bytes: no error", n)
		}
	}
}
