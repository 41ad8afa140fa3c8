package examples

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
)

// assets holds the modules scripts/build-examples.sh built. They are committed (scripts/check-examples.sh
// keeps them fresh), so that a binary installed with `go install` has them without a build step.
//
//go:embed assets/*.wasm
var assets embed.FS

// Program returns the built module of the example program name (examples/<name>).
func Program(name string) ([]byte, error) {
	if name == "" || !fs.ValidPath(name) || path.Base(name) != name || name[0] == '.' {
		return nil, fmt.Errorf("example program name %q is not a plain name", name)
	}
	b, err := assets.ReadFile("assets/" + name + ".wasm")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("example program %q is not built: run scripts/build-examples.sh", name)
	}
	if err != nil {
		return nil, fmt.Errorf("example program %q: %w", name, err)
	}
	return b, nil
}
