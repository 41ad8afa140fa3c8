package prover

import (
	"fmt"
	"time"
)

// The outbox's default retry policy: about 1 + 2 + 4 + ... + 256 s, some eight and a half minutes, from
// the first attempt to the last.
const (
	DefaultRetryFirst    = time.Second
	DefaultRetryMax      = 5 * time.Minute
	DefaultRetryAttempts = 10
)

// Retry is how the outbox retries an output that failed: it waits First after the first failed attempt,
// twice as long after each further one, at most Max, and gives the entry up as dead once Attempts attempts
// have failed.
type Retry struct {
	First    time.Duration
	Max      time.Duration
	Attempts int
}

// DefaultRetry is the retry policy a prover has unless WithRetry sets another.
func DefaultRetry() Retry {
	return Retry{First: DefaultRetryFirst, Max: DefaultRetryMax, Attempts: DefaultRetryAttempts}
}

// Check says whether r is a usable policy.
func (r Retry) Check() error {
	if r.First <= 0 || r.Max < r.First || r.Attempts < 1 {
		return fmt.Errorf("retry policy %+v: want 0 < First <= Max and at least one attempt", r)
	}
	return nil
}

// Delay is the wait before the next attempt after failed failed attempts (failed >= 1).
func (r Retry) Delay(failed int) time.Duration {
	d := r.First
	for i := 1; i < failed && d < r.Max; i++ {
		d *= 2
	}
	return min(d, r.Max)
}
