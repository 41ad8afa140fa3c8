package gnark

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Defaults of the options.
const (
	// DefaultMaxCachedVersions is small because a proving key is large: tens of MiB to GiB per version.
	DefaultMaxCachedVersions = 4
	// DefaultMaxConcurrentProofs is one: gnark's Prove already uses every core.
	DefaultMaxConcurrentProofs = 1
)

type config struct {
	maxCachedVersions   int
	maxConcurrentProofs int
	registerer          prometheus.Registerer
	guard               crashGuard
}

// Option configures a Runtime.
type Option func(*config) error

func defaultConfig() config {
	return config{
		maxCachedVersions:   DefaultMaxCachedVersions,
		maxConcurrentProofs: DefaultMaxConcurrentProofs,
	}
}

// WithMaxCachedVersions bounds how many loaded versions (circuit, keys and schema) are kept; the least
// recently used is dropped.
func WithMaxCachedVersions(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max cached versions must be positive, got %d", n)
		}
		c.maxCachedVersions = n
		return nil
	}
}

// WithMaxConcurrentProofs bounds how many gnark proofs run at once, counting those whose job was canceled
// and which finish in the background.
func WithMaxConcurrentProofs(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max concurrent proofs must be positive, got %d", n)
		}
		c.maxConcurrentProofs = n
		return nil
	}
}

// WithCrashGuardDir keeps, in dir, a mark for each version being loaded, so that a version whose
// artifacts stop the process while they load (by asking for more memory than there is, say) is refused
// after MaxLoadCrashes such deaths instead of stopping the prover at every start. Off by default.
func WithCrashGuardDir(dir string) Option {
	return func(c *config) error {
		if dir == "" {
			return errors.New("crash guard dir must not be empty")
		}
		c.guard = crashGuard{dir: dir}
		return nil
	}
}

// WithRegisterer registers the runtime's metrics (see metrics.go) with reg.
func WithRegisterer(reg prometheus.Registerer) Option {
	return func(c *config) error {
		if reg == nil {
			return errors.New("registerer must not be nil")
		}
		c.registerer = reg
		return nil
	}
}
