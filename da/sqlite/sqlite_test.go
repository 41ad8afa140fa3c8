package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/da/storetest"
)

func open(t testing.TB, path string) da.Store {
	t.Helper()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) da.Store {
		return open(t, filepath.Join(t.TempDir(), "da.db"))
	})
}

func TestShared(t *testing.T) {
	dir := t.TempDir()
	storetest.RunShared(t, func(t *testing.T, name string) da.Store {
		return open(t, filepath.Join(dir, name+".db"))
	})
}

func BenchmarkAppend(b *testing.B) {
	storetest.BenchmarkAppend(b, func(b *testing.B) da.Store {
		return open(b, filepath.Join(b.TempDir(), "da.db"))
	})
}

func BenchmarkCreateTasks(b *testing.B) {
	storetest.BenchmarkCreateTasks(b, func(b *testing.B) da.Store {
		return open(b, filepath.Join(b.TempDir(), "da.db"))
	})
}
