package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// TestSettings checks the settings that durability and concurrency rest on, on both pools.
func TestSettings(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "da.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"synchronous", "2"}, // FULL: each commit is flushed before it returns
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
	}
	for name, db := range map[string]*sql.DB{"writer": s.w, "reader": s.r} {
		for _, tc := range tests {
			var got string
			if err := db.QueryRowContext(t.Context(), "PRAGMA "+tc.pragma).Scan(&got); err != nil {
				t.Fatalf("%s: %s: %v", name, tc.pragma, err)
			}
			if got != tc.want {
				t.Errorf("%s: %s = %s, want %s", name, tc.pragma, got, tc.want)
			}
		}
	}
	var readOnly string
	if err := s.r.QueryRowContext(t.Context(), "PRAGMA query_only").Scan(&readOnly); err != nil || readOnly != "1" {
		t.Errorf("reader: query_only = %s, %v; want 1", readOnly, err)
	}
}

// TestOddPath opens a file whose name holds characters that SQLite URIs give a meaning to.
func TestOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b?c%20d#e.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no file at the path given: %v", err)
	}
}
