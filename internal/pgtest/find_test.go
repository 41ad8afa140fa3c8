package pgtest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBin(t *testing.T) {
	root := t.TempDir()
	install := func(dir string, names ...string) {
		t.Helper()
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(dir, n), []byte("#!/bin/sh\n"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(root, "path")
	install(path)
	install(filepath.Join(root, "lib", "9", "bin"), "initdb", "pg_ctl", "postgres")
	install(filepath.Join(root, "lib", "16", "bin"), "initdb", "pg_ctl", "postgres")
	install(filepath.Join(root, "lib", "17", "bin"), "initdb", "pg_ctl") // incomplete: skipped
	onPath := filepath.Join(root, "onpath")
	install(onPath, "initdb", "pg_ctl", "postgres")

	old := debianBins
	t.Cleanup(func() { debianBins = old })
	tests := []struct {
		name  string
		path  string
		glob  string
		want  string
		noBin bool
	}{
		{"newest complete version", path, filepath.Join(root, "lib", "*", "bin"), filepath.Join(root, "lib", "16", "bin"), false},
		{"PATH first", onPath, filepath.Join(root, "lib", "*", "bin"), onPath, false},
		{"nothing", path, filepath.Join(root, "none", "*", "bin"), "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PATH", tc.path)
			debianBins = tc.glob
			got, err := findBin()
			if tc.noBin {
				if !errors.Is(err, ErrNoPostgres) || !strings.Contains(err.Error(), "scripts/install-deps.sh") {
					t.Errorf("got %q, %v; want ErrNoPostgres naming scripts/install-deps.sh", got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}
