package gnark

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/runtime"
)

// MaxLoadCrashes is how many times the process may die while loading one version before the version is
// refused (see WithCrashGuardDir).
const MaxLoadCrashes = 2

// crashGuard remembers, across restarts, the versions whose loading was under way when the process died.
// gnark's decoders trust the lengths an artifact states, and an artifact is a registrant's: one can ask
// for more memory than the machine has, which no recover() catches. A prover loads every registered
// version when it starts, so without the guard such a version would stop it at every start; with it, a
// version whose load the process did not survive MaxLoadCrashes times is refused with a reason, and the
// prover goes on with the others. A load that ends, well or with an error, clears its mark.
type crashGuard struct{ dir string } // empty: off

// guardFile is the mark of the version with cache key key.
func (g crashGuard) guardFile(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(g.dir, hex.EncodeToString(sum[:]))
}

// begin marks the start of a load of key, counting it; it refuses a version whose loads died too often.
func (g crashGuard) begin(key string) error {
	if g.dir == "" {
		return nil
	}
	path := g.guardFile(key)
	crashes := 0
	if b, err := os.ReadFile(path); err == nil {
		crashes, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("gnark: crash guard: %w", err)
	}
	if crashes >= MaxLoadCrashes {
		return fmt.Errorf("%w: gnark: loading this version's artifacts stopped the prover %d times; it is refused (remove %s to try again)",
			runtime.ErrBadJob, crashes, path)
	}
	if err := os.MkdirAll(g.dir, 0o755); err != nil {
		return fmt.Errorf("gnark: crash guard: %w", err)
	}
	if err := atomicfile.Write(path, []byte(strconv.Itoa(crashes+1)), 0o644); err != nil {
		return fmt.Errorf("gnark: crash guard: %w", err)
	}
	return nil
}

// end clears the mark of key: the process survived its load.
func (g crashGuard) end(key string) {
	if g.dir != "" {
		_ = os.Remove(g.guardFile(key))
	}
}
