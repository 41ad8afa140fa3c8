package wasmbuild

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestExample(t *testing.T) {
	first := Example(t, "sum")
	if !bytes.HasPrefix(first, []byte("\x00asm")) {
		t.Fatal("built example is not a wasm module")
	}
	if again := Example(t, "sum"); !bytes.Equal(first, again) {
		t.Fatal("a second build of unchanged sources differs")
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := build(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("build of a missing directory succeeded")
	}
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "main.go"), []byte("package main\nfunc main() {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := build(outside); err == nil {
		t.Error("build of a package outside any module succeeded")
	}
}
