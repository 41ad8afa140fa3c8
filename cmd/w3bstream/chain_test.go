package main

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/block"
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

func TestDeployParams(t *testing.T) {
	network, dev := block.NetworkParams(), block.DefaultParams()
	for _, c := range []struct {
		name          string
		dev           bool
		setPow        bool
		pow           string
		setInterval   bool
		interval      time.Duration
		setWindow     bool
		window        uint64
		want          block.Params
		wantErrSubstr string
	}{
		{name: "network by default", want: network},
		{name: "dev difficulty", dev: true, want: dev},
		{name: "dev difficulty, slower", dev: true, setInterval: true, interval: 3 * time.Second,
			want: block.Params{PowLimit: dev.PowLimit, TargetInterval: 3 * time.Second, RetargetWindow: dev.RetargetWindow}},
		{name: "network, own pow limit and window", setPow: true, pow: "0x1e0fffff", setWindow: true, window: 60,
			want: block.Params{PowLimit: 0x1e0fffff, TargetInterval: network.TargetInterval, RetargetWindow: 60}},
		{name: "bad pow limit", setPow: true, pow: "zz", wantErrSubstr: "--pow-limit"},
		{name: "window of one", setWindow: true, window: 1, wantErrSubstr: "retarget window"},
	} {
		got, err := deployParams(c.dev, c.setPow, c.pow, c.setInterval, c.interval, c.setWindow, c.window)
		switch {
		case c.wantErrSubstr != "":
			if err == nil || !strings.Contains(err.Error(), c.wantErrSubstr) {
				t.Errorf("%s: error %v, want one about %s", c.name, err, c.wantErrSubstr)
			}
		case err != nil || got != c.want:
			t.Errorf("%s: %+v, %v; want %+v", c.name, got, err, c.want)
		}
	}
}
