package project

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// ErrNotFound means the registry has no such project (or the project no such version).
var ErrNotFound = errors.New("project not found")

// Record is what a registry knows of a project: where its file is and what it must hash to.
type Record struct {
	ID     uint64
	URI    string
	SHA256 string
	Paused bool
	// Runtime is the runtime the registry holds the project to (the ProjectRegistry's), which every
	// version of its file must name; empty where the registry keeps none (a directory of files).
	Runtime string
}

// Registry lists projects. The directory registry serves dev mode; the chain registry replaces it.
type Registry interface {
	Project(ctx context.Context, id uint64) (Record, error)
	Projects(ctx context.Context) ([]Record, error)
}

// DirRegistry is a registry read from a directory of project files named <projectID>.json. Each file's
// hash is taken when it is listed, so a file edited afterwards fails its hash check instead of loading.
type DirRegistry struct {
	records map[uint64]Record
}

// NewDirRegistry reads the directory once.
func NewDirRegistry(dir string) (*DirRegistry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("project directory: %w", err)
	}
	r := &DirRegistry{records: map[uint64]Record{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") {
			continue
		}
		id, err := strconv.ParseUint(strings.TrimSuffix(name, ".json"), 10, 64)
		if err != nil || id == 0 {
			return nil, fmt.Errorf("project directory: %s: file names must be <projectID>.json with projectID > 0", name)
		}
		path, err := filepath.Abs(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		r.records[id] = Record{ID: id, URI: "file://" + path, SHA256: hashHex(b)}
	}
	return r, nil
}

// Project returns the record of one project.
func (r *DirRegistry) Project(_ context.Context, id uint64) (Record, error) {
	rec, ok := r.records[id]
	if !ok {
		return Record{}, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return rec, nil
}

// Projects returns every record, by ID.
func (r *DirRegistry) Projects(context.Context) ([]Record, error) {
	out := make([]Record, 0, len(r.records))
	for _, rec := range r.records {
		out = append(out, rec)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
