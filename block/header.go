package block

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// CurrentVersion is the header version this node writes and accepts.
const CurrentVersion = 1

// Encode returns the header as HeaderSize bytes: version(4) prevHash(32) merkleRoot(32) timestamp(8)
// nbits(4) nonce(8), integers big-endian. It equals Solidity's abi.encodePacked of the same fields.
func (h Header) Encode() []byte {
	b := make([]byte, HeaderSize)
	h.put(b)
	return b
}

// Hash returns sha256(sha256(Encode())).
func (h Header) Hash() common.Hash {
	var b [HeaderSize]byte
	h.put(b[:])
	return sha256d(b[:])
}

// DecodeHeader parses an encoded header.
func DecodeHeader(b []byte) (Header, error) {
	if len(b) != HeaderSize {
		return Header{}, fmt.Errorf("header is %d bytes, want %d", len(b), HeaderSize)
	}
	var h Header
	h.Version = binary.BigEndian.Uint32(b[0:4])
	copy(h.PrevHash[:], b[4:36])
	copy(h.MerkleRoot[:], b[36:68])
	h.Timestamp = binary.BigEndian.Uint64(b[68:76])
	h.NBits = binary.BigEndian.Uint32(b[76:80])
	h.Nonce = binary.BigEndian.Uint64(b[80:88])
	return h, nil
}

// put writes the encoding into b, which has HeaderSize bytes; the nonce is last so that mining rewrites
// only the tail.
func (h Header) put(b []byte) {
	binary.BigEndian.PutUint32(b[0:4], h.Version)
	copy(b[4:36], h.PrevHash[:])
	copy(b[36:68], h.MerkleRoot[:])
	binary.BigEndian.PutUint64(b[68:76], h.Timestamp)
	binary.BigEndian.PutUint32(b[76:80], h.NBits)
	binary.BigEndian.PutUint64(b[80:88], h.Nonce)
}

func sha256d(b []byte) common.Hash {
	first := sha256.Sum256(b)
	return sha256.Sum256(first[:])
}
