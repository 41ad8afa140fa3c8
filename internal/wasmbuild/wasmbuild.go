package wasmbuild

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// buildFlags are the flags scripts/build-examples.sh uses; tests run what a project would deploy.
var buildFlags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid="}

var (
	goVersionOnce sync.Once
	goVersion     string
	goVersionErr  error

	// inFlight makes concurrent callers in one test binary wait for a single build of a package.
	inFlight sync.Map // cache path -> *pending
)

type pending struct {
	once sync.Once
	err  error
}

// Build compiles the Go package in pkgDir (absolute, or relative to the test's working directory) for
// wasip1/wasm and returns the module's bytes. It fails the test when the build fails.
func Build(t testing.TB, pkgDir string) []byte {
	t.Helper()
	b, err := build(pkgDir)
	if err != nil {
		t.Fatalf("wasmbuild: %v", err)
	}
	return b
}

// Example compiles the example program of this module named name, found from the test's working
// directory, and returns the module's bytes: examples/<name>/program when the example has one (a gnark
// example, whose own package is its circuit), examples/<name> otherwise.
func Example(t testing.TB, name string) []byte {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatalf("wasmbuild: %v", err)
	}
	dir := filepath.Join(root, "examples", name)
	if st, err := os.Stat(filepath.Join(dir, "program")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "program")
	}
	return Build(t, dir)
}

func build(pkgDir string) ([]byte, error) {
	dir, err := filepath.Abs(pkgDir)
	if err != nil {
		return nil, fmt.Errorf("package dir %q: %w", pkgDir, err)
	}
	key, err := cachedSourceKey(dir)
	if err != nil {
		return nil, err
	}
	cacheDir, err := cacheRoot()
	if err != nil {
		return nil, err
	}
	out := filepath.Join(cacheDir, filepath.Base(dir)+"-"+key+".wasm")
	v, _ := inFlight.LoadOrStore(out, new(pending))
	p := v.(*pending)
	p.once.Do(func() {
		if _, err := os.Stat(out); err == nil {
			return
		}
		p.err = compile(dir, out)
	})
	if p.err != nil {
		inFlight.CompareAndDelete(out, p) // let a later call try again
		return nil, p.err
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("read built module: %w", err)
	}
	return b, nil
}

// compile builds into a temporary file and renames it into place, so that a concurrent build of the same
// key in another process never exposes a half-written module.
func compile(dir, out string) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), ".build-*.wasm")
	if err != nil {
		return fmt.Errorf("create temp file: %w", err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName)

	args := append([]string{"build"}, buildFlags...)
	args = append(args, "-o", tmpName, ".")
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if outb, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %w\n%s", dir, err, outb)
	}
	if err := os.Rename(tmpName, out); err != nil {
		return fmt.Errorf("move built module into cache: %w", err)
	}
	return nil
}

// sourceKey hashes what decides the build's output: the package's files, the module's go.mod and go.sum,
// the Go version and the build flags.
// sourceKeys holds each package's key for the life of the test binary: sources do not change under a
// running test, and sourceKey lists dependencies with the go command.
var sourceKeys sync.Map // dir -> string

func cachedSourceKey(dir string) (string, error) {
	if k, ok := sourceKeys.Load(dir); ok {
		return k.(string), nil
	}
	k, err := sourceKey(dir)
	if err == nil {
		sourceKeys.Store(dir, k)
	}
	return k, err
}

func sourceKey(dir string) (string, error) {
	// The package and every package of this module it imports: a change in a shared package (the
	// provenance program's assign, say) must rebuild the program.
	cmd := exec.Command("go", "list", "-deps", "-f", "{{if .Module}}{{if .Module.Main}}{{.Dir}}{{end}}{{end}}", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("list the package's dependencies: %w", err)
	}
	var names []string
	for _, d := range strings.Fields(string(out)) {
		entries, err := os.ReadDir(d)
		if err != nil {
			return "", fmt.Errorf("read package dir: %w", err)
		}
		for _, e := range entries {
			if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
				names = append(names, filepath.Join(d, e.Name()))
			}
		}
	}
	if len(names) == 0 {
		return "", fmt.Errorf("package dir %s has no Go files", dir)
	}
	root, err := findModuleRoot(dir)
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	names = append(names, filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum"))

	v, err := toolchainVersion()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", v, strings.Join(buildFlags, " "))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil && !(errors.Is(err, os.ErrNotExist) && strings.HasSuffix(name, "go.sum")) {
			return "", fmt.Errorf("hash sources: %w", err)
		}
		rel, _ := filepath.Rel(root, name) // not the checkout's place: clones share the cache
		fmt.Fprintf(h, "%s\x00%d\x00", rel, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:24], nil
}

func toolchainVersion() (string, error) {
	goVersionOnce.Do(func() {
		out, err := exec.Command("go", "env", "GOVERSION").Output()
		if err != nil {
			goVersionErr = fmt.Errorf("go env GOVERSION: %w", err)
			return
		}
		goVersion = string(bytes.TrimSpace(out))
	})
	return goVersion, goVersionErr
}

func cacheRoot() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "w3bstream", "wasmbuild")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create cache dir: %w", err)
	}
	return dir, nil
}

func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	return findModuleRoot(wd)
}

func findModuleRoot(dir string) (string, error) {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		d = parent
	}
}
