package circuit

import (
	"fmt"
	"time"
)

// Step is one finished step of long work (compiling, a setup phase, verifying a contribution), for
// progress output.
type Step struct {
	What string
	Took time.Duration
}

// String reads like "compiled: 118,000 constraints in 3.1s".
func (s Step) String() string { return s.What + " in " + roundDuration(s.Took).String() }

// Option changes how a long operation of this package runs.
type Option func(*options)

// WithProgress calls f after each step of the operation; f runs on the caller's goroutine.
func WithProgress(f func(Step)) Option {
	return func(o *options) { o.progress = f }
}

type options struct {
	progress func(Step)
}

func newOptions(opts []Option) *options {
	o := &options{}
	for _, opt := range opts {
		opt(o)
	}
	return o
}

// done reports a step that started at start.
func (o *options) done(start time.Time, format string, args ...any) {
	if o.progress != nil {
		o.progress(Step{What: fmt.Sprintf(format, args...), Took: time.Since(start)})
	}
}

// roundDuration keeps two or three significant figures: 12ms, 3.1s, 2m14s.
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond)
	case d < time.Minute:
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
