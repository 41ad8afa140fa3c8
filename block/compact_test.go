package block

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func hexBig(t *testing.T, s string) *big.Int {
	t.Helper()
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	n, ok := new(big.Int).SetString(s, 16)
	if !ok {
		t.Fatalf("bad hex %q", s)
	}
	if neg {
		n.Neg(n)
	}
	return n
}

// Vectors from Bitcoin (mainnet genesis, block 100000's nBits, regtest's limit) and from Bitcoin Core's
// arith_uint256 SetCompact tests.
func TestCompact(t *testing.T) {
	tests := []struct {
		name    string
		compact uint32
		value   string // hex, may be negative
		back    uint32 // BigToCompact(value)
		target  error  // from Target
	}{
		{"bitcoin genesis", 0x1d00ffff, "ffff0000000000000000000000000000000000000000000000000000", 0x1d00ffff, nil},
		{"bitcoin block 100000", 0x1b0404cb, "404cb000000000000000000000000000000000000000000000000", 0x1b0404cb, nil},
		{"regtest limit", 0x207fffff, "7fffff0000000000000000000000000000000000000000000000000000000000", 0x207fffff, nil},
		{"zero", 0, "0", 0, ErrBadNBits},
		{"size 0 shifts all out", 0x00123456, "0", 0, ErrBadNBits},
		{"size 1 shifts mantissa out", 0x01003456, "0", 0, ErrBadNBits},
		{"size 1", 0x01123456, "12", 0x01120000, nil},
		{"size 2 with sign bit room", 0x02008000, "80", 0x02008000, nil},
		{"size 5", 0x05009234, "92340000", 0x05009234, nil},
		{"size 32", 0x20123456, "1234560000000000000000000000000000000000000000000000000000000000", 0x20123456, nil},
		{"negative", 0x04923456, "-12345600", 0x04923456, ErrBadNBits},
		{"negative small", 0x01fedcba, "-7e", 0x01fe0000, ErrBadNBits},
		{"negative zero is zero", 0x00800000, "0", 0, ErrBadNBits},
		{"largest 256-bit", 0x2100ffff, "ffff000000000000000000000000000000000000000000000000000000000000", 0x2100ffff, nil},
		{"overflow size 33", 0x21010000, "1" + zeros(64), 0x21010000, ErrBadNBits},
		{"overflow size 34", 0x22000100, "1" + zeros(64), 0x21010000, ErrBadNBits},
		{"overflow size 255", 0xff123456, "123456" + zeros(2*252), 0xff123456, ErrBadNBits},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := hexBig(t, tt.value)
			got := CompactToBig(tt.compact)
			if got.Cmp(want) != 0 {
				t.Fatalf("CompactToBig(%#08x) = %x, want %x", tt.compact, got, want)
			}
			if back := BigToCompact(want); back != tt.back {
				t.Errorf("BigToCompact(%x) = %#08x, want %#08x", want, back, tt.back)
			}
			target, err := Target(tt.compact)
			if !errors.Is(err, tt.target) {
				t.Fatalf("Target(%#08x) error %v, want %v", tt.compact, err, tt.target)
			}
			if err == nil && target.Cmp(want) != 0 {
				t.Errorf("Target(%#08x) = %x, want %x", tt.compact, target, want)
			}
		})
	}
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestBigToCompactRoundTrip(t *testing.T) {
	for _, c := range []uint32{0x1d00ffff, 0x1b0404cb, 0x207fffff, 0x03123456, 0x04123456, 0x1c7fffff, 0x1e008000} {
		if got := BigToCompact(CompactToBig(c)); got != c {
			t.Errorf("round trip of %#08x gives %#08x", c, got)
		}
	}
}

func TestCheckPoWBigEndian(t *testing.T) {
	// Target 0x00ffff00..00. Read big-endian, a hash equal to it passes and one more fails. The hash
	// 0x00..00ff would pass either way; 0xff..ff00 fails big-endian but, read little-endian as Bitcoin
	// reads it, would be tiny.
	const nbits = 0x2000ffff
	tests := []struct {
		hash string
		want error
	}{
		{"0x00ffff0000000000000000000000000000000000000000000000000000000000", nil},
		{"0x00fffeffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", nil},
		{"0x00000000000000000000000000000000000000000000000000000000000000ff", nil},
		{"0x00ffff0000000000000000000000000000000000000000000000000000000001", ErrBadPoW},
		{"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00", ErrBadPoW},
	}
	for _, tt := range tests {
		if err := CheckPoW(common.HexToHash(tt.hash), nbits); !errors.Is(err, tt.want) {
			t.Errorf("CheckPoW(%s) = %v, want %v", tt.hash, err, tt.want)
		}
	}
	if err := CheckPoW(common.Hash{}, 0x04923456); !errors.Is(err, ErrBadNBits) {
		t.Fatalf("negative nbits: %v, want ErrBadNBits", err)
	}
}

func TestWork(t *testing.T) {
	if w := Work(DefaultPowLimit); w.Cmp(big.NewInt(2)) != 0 {
		t.Errorf("Work(PowLimit) = %s, want 2", w)
	}
	if w := Work(0x1d00ffff); w.Cmp(big.NewInt(0x100010001)) != 0 { // Bitcoin's genesis work
		t.Errorf("Work(0x1d00ffff) = %s, want 4295032833", w)
	}
	if w := Work(0); w.Sign() != 0 {
		t.Errorf("Work(0) = %s, want 0", w)
	}
}
