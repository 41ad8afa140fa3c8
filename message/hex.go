package message

import (
	"encoding/hex"
	"strings"
)

func hexutilEncode(b []byte) string { return "0x" + hex.EncodeToString(b) }

// hexutilDecode accepts hex with or without a 0x prefix; device clients differ.
func hexutilDecode(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	return hex.DecodeString(s)
}
