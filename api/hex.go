package api

import (
	"encoding/hex"
	"encoding/json"
	"strings"
)

// jsonRaw is a program's JSON output, written as is (and omitted when empty).
type jsonRaw = json.RawMessage

func hexOrEmpty(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return "0x" + hex.EncodeToString(b)
}

func decodeHex(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
}
