package chain

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RuntimeID is how the contracts store a runtime name: its bytes right-padded with zeros, like Solidity's
// bytes32("wasm"). A name longer than 32 bytes is cut; the typed operations refuse such names.
func RuntimeID(name string) [32]byte {
	var id [32]byte
	copy(id[:], name)
	return id
}

// RuntimeName is the name RuntimeID encoded: the bytes before the zero padding. An ID that is not such
// a name (zeros inside, not printable UTF-8) comes back as 0x-hex.
func RuntimeName(id [32]byte) string {
	b := bytes.TrimRight(id[:], "\x00")
	if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) || bytes.IndexFunc(b, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
		return hexutil.Encode(id[:])
	}
	return string(b)
}

// runtimeID is RuntimeID for a name that must round-trip: not empty, at most 32 bytes, no zero byte.
func runtimeID(name string) ([32]byte, error) {
	switch {
	case name == "":
		return [32]byte{}, fmt.Errorf("empty runtime name")
	case len(name) > 32:
		return [32]byte{}, fmt.Errorf("runtime name %q is longer than 32 bytes", name)
	case RuntimeName(RuntimeID(name)) != name:
		return [32]byte{}, fmt.Errorf("runtime name %q is not printable text", name)
	}
	return RuntimeID(name), nil
}
