package wasm

import (
	"errors"
	"fmt"
	"time"
)

// Defaults of the options.
const (
	DefaultMaxRunTime       = 10 * time.Second
	DefaultMaxMemoryPages   = 4096 // 256 MiB
	DefaultMaxOutputBytes   = 1 << 20
	DefaultMaxCachedModules = 16
)

// maxPages is the largest wasm32 memory: 4 GiB in 64 KiB pages.
const maxPages = 1 << 16

type config struct {
	maxRunTime       time.Duration
	maxMemoryPages   uint32
	maxOutputBytes   int
	maxCachedModules int
	cacheDir         string
}

// Option configures a Runtime.
type Option func(*config) error

func defaultConfig() config {
	return config{
		maxRunTime:       DefaultMaxRunTime,
		maxMemoryPages:   DefaultMaxMemoryPages,
		maxOutputBytes:   DefaultMaxOutputBytes,
		maxCachedModules: DefaultMaxCachedModules,
	}
}

// WithMaxRunTime limits how long one job may run; past it the job fails with runtime.ErrLimit.
func WithMaxRunTime(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("max run time must be positive, got %s", d)
		}
		c.maxRunTime = d
		return nil
	}
}

// WithMaxMemoryPages limits a program's linear memory, in 64 KiB pages (1 to 65536).
func WithMaxMemoryPages(pages uint32) Option {
	return func(c *config) error {
		if pages == 0 || pages > maxPages {
			return fmt.Errorf("max memory pages must be in 1..%d, got %d", maxPages, pages)
		}
		c.maxMemoryPages = pages
		return nil
	}
}

// WithMaxOutputBytes limits what a program may write to stdout.
func WithMaxOutputBytes(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max output bytes must be positive, got %d", n)
		}
		c.maxOutputBytes = n
		return nil
	}
}

// WithMaxCachedModules bounds how many compiled programs are kept; the least recently used is dropped.
func WithMaxCachedModules(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("max cached modules must be positive, got %d", n)
		}
		c.maxCachedModules = n
		return nil
	}
}

// WithCompilationCacheDir keeps wazero's compiled machine code in dir, so that a restarted node does not
// compile its programs again.
func WithCompilationCacheDir(dir string) Option {
	return func(c *config) error {
		if dir == "" {
			return errors.New("compilation cache dir must not be empty")
		}
		c.cacheDir = dir
		return nil
	}
}
