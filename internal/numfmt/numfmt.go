// Package numfmt formats the figures that the builder tools and the benchmark print.
package numfmt

import (
	"math/bits"
	"strconv"
)

// Thousands writes n with comma separators: 118,000.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return sign + string(out)
}

// Log2 returns k for n = 2^k, such as a proof system's domain size (for other n, the floor of log2 n).
func Log2(n uint64) int { return bits.Len64(n) - 1 }
