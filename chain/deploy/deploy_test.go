package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain/bindings"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	tests := []struct {
		name   string
		change func(*Config)
	}{
		{"bad block params", func(c *Config) { c.Block.RetargetWindow = 1 }},
		{"sub-millisecond interval", func(c *Config) { c.Block.TargetInterval = 1500 * time.Microsecond }},
		{"negative drift", func(c *Config) { c.MaxDrift = -time.Second }},
		{"no proof window", func(c *Config) { c.MaxProofWindow = 0 }},
		{"no min stake", func(c *Config) { c.MinStake = nil }},
		{"negative min stake", func(c *Config) { c.MinStake = big.NewInt(-1) }},
		{"no min sequencer stake", func(c *Config) { c.MinSequencerStake = nil }},
		{"negative min sequencer stake", func(c *Config) { c.MinSequencerStake = big.NewInt(-1) }},
		{"sub-second unstake delay", func(c *Config) { c.UnstakeDelay = 1500 * time.Millisecond }},
		{"no dApp gas", func(c *Config) { c.DAppGasLimit = 0 }},
	}
	for _, tt := range tests {
		c := DefaultConfig()
		tt.change(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

// TestAddressesWithoutSequencerRegistry checks that a contracts file from before staked sequencers
// decodes, and is then refused with ErrNoSequencerRegistry.
func TestAddressesWithoutSequencerRegistry(t *testing.T) {
	var a Addresses
	old := `{"projectRegistry":"0x0000000000000000000000000000000000000001","blockMinter":"0x0000000000000000000000000000000000000002"}`
	if err := json.Unmarshal([]byte(old), &a); err != nil {
		t.Fatal(err)
	}
	if err := a.CheckSequencerRegistry(); !errors.Is(err, ErrNoSequencerRegistry) {
		t.Fatalf("old file: %v, want ErrNoSequencerRegistry", err)
	}
	a.SequencerRegistry = common.HexToAddress("0x03")
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back Addresses
	if err := json.Unmarshal(b, &back); err != nil || back.SequencerRegistry != a.SequencerRegistry || back.CheckSequencerRegistry() != nil {
		t.Fatalf("round trip %s: %+v, %v", b, back, err)
	}
}

// rpcError is what an RPC client returns for a reverted call: a message and the revert data as hex.
type rpcError struct{ data string }

func (e rpcError) Error() string          { return "execution reverted" }
func (e rpcError) ErrorData() interface{} { return e.data }

func TestDecodeRevert(t *testing.T) {
	m := bindings.NewBlockMinter().GetABI()
	custom, err := m.Errors["NotSequencer"].Inputs.Pack(common.HexToAddress("0x01"))
	if err != nil {
		t.Fatal(err)
	}
	id := m.Errors["NotSequencer"].ID
	custom = append(id[:4:4], custom...)
	errorString := append(crypto.Keccak256([]byte("Error(string)"))[:4:4], common.LeftPadBytes([]byte{0x20}, 32)...)
	errorString = append(errorString, common.LeftPadBytes([]byte{2}, 32)...)
	errorString = append(errorString, common.RightPadBytes([]byte("no"), 32)...)
	panicData := append(crypto.Keccak256([]byte("Panic(uint256)"))[:4:4], common.LeftPadBytes([]byte{0x11}, 32)...)

	tests := []struct {
		name string
		err  error
		want string // "" for not decoded
	}{
		{"custom error", rpcError{hexutil.Encode(custom)}, "NotSequencer"},
		{"wrapped", fmt.Errorf("mint: %w", rpcError{hexutil.Encode(custom)}), "NotSequencer"},
		{"require string", rpcError{hexutil.Encode(errorString)}, "Error"},
		{"panic", rpcError{hexutil.Encode(panicData)}, "Panic"},
		{"unknown selector", rpcError{"0xdeadbeef"}, ""},
		{"short data", rpcError{"0x01"}, ""},
		{"bad hex", rpcError{"0xzz"}, ""},
		{"no data", errors.New("boom"), ""},
		{"truncated arguments", rpcError{hexutil.Encode(custom[:10])}, ""},
	}
	for _, tt := range tests {
		re, ok := DecodeRevert(tt.err)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s: decoded %v", tt.name, re)
		case tt.want != "" && (!ok || re.Name != tt.want):
			t.Errorf("%s: %v, %v; want %s", tt.name, re, ok, tt.want)
		}
	}
	re, _ := DecodeRevert(rpcError{hexutil.Encode(custom)})
	if re.Args[0] != common.HexToAddress("0x01") || re.Error() != "execution reverted: NotSequencer(0x0000000000000000000000000000000000000001)" {
		t.Errorf("decoded %q with args %v", re.Error(), re.Args)
	}
}

func TestEncodeSumResult(t *testing.T) {
	b, err := EncodeSumResult(3, big.NewInt(42))
	if err != nil || len(b) != 64 || b[31] != 3 || b[63] != 42 {
		t.Fatalf("EncodeSumResult = %x, %v", b, err)
	}
	if _, err := EncodeSumResult(1, big.NewInt(-1)); err == nil {
		t.Fatal("negative total: no error")
	}
}
