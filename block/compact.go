package block

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadNBits means nbits does not encode a usable target: it is negative, zero or at least 2^256.
var ErrBadNBits = errors.New("bad nbits")

// Compact encoding, as Bitcoin's nBits: the high byte is a length in bytes, the low 23 bits a mantissa
// and bit 23 a sign. value = mantissa * 256^(length-3).
const (
	compactSignBit  = 0x00800000
	compactMantissa = 0x007fffff
)

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// CompactToBig decodes a compact number, sign included, the way Bitcoin does. The result may be negative
// or wider than 256 bits; Target refuses those.
func CompactToBig(compact uint32) *big.Int {
	mantissa := compact & compactMantissa
	exponent := uint(compact >> 24)
	var n *big.Int
	if exponent <= 3 {
		n = big.NewInt(int64(mantissa >> (8 * (3 - exponent))))
	} else {
		n = big.NewInt(int64(mantissa))
		n.Lsh(n, 8*(exponent-3))
	}
	if compact&compactSignBit != 0 {
		n.Neg(n)
	}
	return n
}

// BigToCompact encodes n in compact form, the way Bitcoin does: the mantissa keeps the top 23 bits of |n|
// (precision below is dropped) and bit 23 carries the sign.
func BigToCompact(n *big.Int) uint32 {
	if n.Sign() == 0 {
		return 0
	}
	abs := new(big.Int).Abs(n)
	exponent := uint((abs.BitLen() + 7) / 8)
	var mantissa uint32
	if exponent <= 3 {
		mantissa = uint32(abs.Uint64()) << (8 * (3 - exponent))
	} else {
		mantissa = uint32(abs.Rsh(abs, 8*(exponent-3)).Uint64())
	}
	// A mantissa with bit 23 set would read as negative: move a byte into the exponent.
	if mantissa&compactSignBit != 0 {
		mantissa >>= 8
		exponent++
	}
	compact := uint32(exponent<<24) | mantissa
	if n.Sign() < 0 {
		compact |= compactSignBit
	}
	return compact
}

// Target decodes nbits into a proof-of-work target, refusing what Bitcoin's CheckProofOfWork refuses:
// a negative target (sign bit with a non-zero mantissa), a zero target, and one that overflows 256 bits.
func Target(nbits uint32) (*big.Int, error) {
	t := CompactToBig(nbits)
	switch {
	case t.Sign() < 0:
		return nil, fmt.Errorf("%w: %#08x is negative", ErrBadNBits, nbits)
	case t.Sign() == 0:
		return nil, fmt.Errorf("%w: %#08x is zero", ErrBadNBits, nbits)
	case t.Cmp(two256) >= 0:
		return nil, fmt.Errorf("%w: %#08x overflows 256 bits", ErrBadNBits, nbits)
	}
	return t, nil
}

// HashToBig reads a hash as a 256-bit big-endian unsigned integer.
//
// Bitcoin reads its block hash little-endian. We read it big-endian on purpose: that is the number a
// Solidity contract gets for free from uint256(sha256(...)), so the on-chain check is one comparison.
func HashToBig(h common.Hash) *big.Int { return new(big.Int).SetBytes(h[:]) }

// CheckPoW reports whether hash, read big-endian (see HashToBig), is at most the target nbits encodes.
// It returns ErrBadNBits for an invalid nbits and ErrBadPoW for a hash above the target.
func CheckPoW(hash common.Hash, nbits uint32) error {
	t, err := Target(nbits)
	if err != nil {
		return err
	}
	if HashToBig(hash).Cmp(t) > 0 {
		return fmt.Errorf("%w: hash %s above target %#08x", ErrBadPoW, hash, nbits)
	}
	return nil
}

// Work is the expected number of hashes to find a block at nbits, 2^256 / (target+1), as Bitcoin counts
// chain work; zero for an invalid nbits.
func Work(nbits uint32) *big.Int {
	t, err := Target(nbits)
	if err != nil {
		return new(big.Int)
	}
	return t.Div(two256, t.Add(t, big.NewInt(1)))
}
