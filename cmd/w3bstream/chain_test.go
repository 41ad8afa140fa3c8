package main

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestParseWei(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"1000000000000000000", "1000000000000000000"},
		{"1ether", "1000000000000000000"},
		{"0.5 ETH", "500000000000000000"},
		{"20gwei", "20000000000"},
		{"1.5gwei", "1500000000"},
		{"7wei", "7"},
		{"0", "0"},
	} {
		got, err := parseWei(c.in)
		if err != nil || got.String() != c.want {
			t.Errorf("parseWei(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "-1", "0.5", "1.5wei", "1e", "ether", "1 dollar"} {
		if got, err := parseWei(bad); err == nil {
			t.Errorf("parseWei(%q) = %s, want an error", bad, got)
		}
	}
}

func TestAttrKey(t *testing.T) {
	if got, want := attrKey("provers"), crypto.Keccak256Hash([]byte("provers")); got != [32]byte(want) {
		t.Errorf("attrKey(provers) = %x, want keccak256 %x", got, want)
	}
	raw := "0x" + "ab" + "00000000000000000000000000000000000000000000000000000000000000"
	if got := attrKey(raw); got[0] != 0xab || got[1] != 0 {
		t.Errorf("attrKey(%s) = %x, want the key as given", raw, got)
	}
}
