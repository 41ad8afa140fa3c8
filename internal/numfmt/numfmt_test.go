package numfmt

import "testing"

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 118000: "118,000", 1234567: "1,234,567", -4500: "-4,500", -100: "-100"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %s, want %s", n, got, want)
		}
	}
}

func TestLog2(t *testing.T) {
	for n, want := range map[uint64]int{1: 0, 2: 1, 1 << 17: 17, 1 << 63: 63} {
		if got := Log2(n); got != want {
			t.Errorf("Log2(%d) = %d, want %d", n, got, want)
		}
	}
}
