package project

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// ErrPaused means the project is registered but paused; it takes no messages and runs no tasks.
var ErrPaused = errors.New("project paused")

// ErrRuntimeMismatch means a version of the project file names another runtime than the registry holds
// the project to: the chain would refuse to assign its tasks to the provers of either, so the version
// takes no messages and runs no tasks.
var ErrRuntimeMismatch = errors.New("project runtime mismatch")

// Project is a registry record with its loaded, validated file.
type Project struct {
	Record
	File  *File
	allow map[string]map[common.Address]bool // version -> allow-listed devices
}

// Version returns a version of the project, or ErrNotFound, or ErrRuntimeMismatch when the version
// names another runtime than the registry's record.
func (p *Project) Version(name string) (*Version, error) {
	v, ok := p.File.Version(name)
	if !ok {
		return nil, fmt.Errorf("%w: project %d has no version %q", ErrNotFound, p.ID, name)
	}
	if p.Runtime != "" && v.Runtime != p.Runtime {
		return nil, fmt.Errorf("%w: project %d is registered with runtime %q, its version %q names %q", ErrRuntimeMismatch,
			p.ID, p.Runtime, name, v.Runtime)
	}
	return v, nil
}

// Allows reports whether a device may send for the version; it is a map lookup, for the ingest path.
func (p *Project) Allows(version string, device common.Address) bool {
	v, ok := p.File.Version(version)
	if !ok {
		return false
	}
	if v.Devices.Policy == DevicesOpen {
		return true
	}
	return p.allow[version][device]
}

// DefaultArtifactMemory bounds the bytes of artifacts a Manager keeps in memory.
const DefaultArtifactMemory = 512 << 20

// Manager loads projects from a registry through a fetcher and keeps them in memory. Loaded projects
// are kept until Forget, which the chain follower calls when a project's record changes. Artifacts are
// kept in memory too, up to a byte budget, because a prover reads them for every task.
type Manager struct {
	registry Registry
	fetcher  *Fetcher

	mu       sync.RWMutex
	projects map[uint64]*Project
	loading  sync.Mutex // one load at a time: loads are rare, and this keeps a burst from fetching N times

	artifactsMu    sync.Mutex
	artifacts      map[string][]byte // by sha256; content is immutable, so entries never go stale
	artifactOrder  []string          // insertion order, for eviction
	artifactBytes  int
	artifactBudget int
}

// NewManager returns a manager over a registry.
func NewManager(registry Registry, fetcher *Fetcher) *Manager {
	return &Manager{registry: registry, fetcher: fetcher, projects: map[uint64]*Project{},
		artifacts: map[string][]byte{}, artifactBudget: DefaultArtifactMemory}
}

// Project returns a loaded project, loading it on first use.
func (m *Manager) Project(ctx context.Context, id uint64) (*Project, error) {
	m.mu.RLock()
	p, ok := m.projects[id]
	m.mu.RUnlock()
	if ok {
		return p, nil
	}
	m.loading.Lock()
	defer m.loading.Unlock()
	m.mu.RLock()
	p, ok = m.projects[id]
	m.mu.RUnlock()
	if ok {
		return p, nil
	}
	rec, err := m.registry.Project(ctx, id)
	if err != nil {
		return nil, err
	}
	b, err := m.fetcher.Fetch(ctx, rec.URI, rec.SHA256)
	if err != nil {
		return nil, fmt.Errorf("project %d: %w", id, err)
	}
	f, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("project %d: %w", id, err)
	}
	p = &Project{Record: rec, File: f, allow: map[string]map[common.Address]bool{}}
	for _, v := range f.Versions {
		set := make(map[common.Address]bool, len(v.Devices.Allow))
		for _, a := range v.Devices.Allow {
			set[a] = true
		}
		p.allow[v.Version] = set
	}
	m.mu.Lock()
	m.projects[id] = p
	m.mu.Unlock()
	return p, nil
}

// Version returns a project's version, refusing paused projects.
func (m *Manager) Version(ctx context.Context, id uint64, version string) (*Project, *Version, error) {
	p, err := m.Project(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if p.Paused {
		return nil, nil, fmt.Errorf("%w: %d", ErrPaused, id)
	}
	v, err := p.Version(version)
	if err != nil {
		return nil, nil, err
	}
	return p, v, nil
}

// Artifacts fetches every artifact of a version, checked against its hash, keyed by name.
func (m *Manager) Artifacts(ctx context.Context, v *Version) (map[string][]byte, error) {
	out := make(map[string][]byte, len(v.Code))
	for _, a := range v.Code {
		b, err := m.artifact(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("artifact %q: %w", a.Name, err)
		}
		out[a.Name] = b
	}
	return out, nil
}

func (m *Manager) artifact(ctx context.Context, a Artifact) ([]byte, error) {
	m.artifactsMu.Lock()
	b, ok := m.artifacts[a.SHA256]
	m.artifactsMu.Unlock()
	if ok {
		return b, nil
	}
	b, err := m.fetcher.Fetch(ctx, a.URI, a.SHA256)
	if err != nil {
		return nil, err
	}
	m.artifactsMu.Lock()
	defer m.artifactsMu.Unlock()
	if _, ok := m.artifacts[a.SHA256]; !ok && len(b) <= m.artifactBudget {
		for m.artifactBytes+len(b) > m.artifactBudget {
			oldest := m.artifactOrder[0]
			m.artifactOrder = m.artifactOrder[1:]
			m.artifactBytes -= len(m.artifacts[oldest])
			delete(m.artifacts, oldest)
		}
		m.artifacts[a.SHA256] = b
		m.artifactOrder = append(m.artifactOrder, a.SHA256)
		m.artifactBytes += len(b)
	}
	return b, nil
}

// Forget drops a cached project so that the next use reloads it from the registry.
func (m *Manager) Forget(id uint64) {
	m.mu.Lock()
	delete(m.projects, id)
	m.mu.Unlock()
}

// Projects lists registry records.
func (m *Manager) Projects(ctx context.Context) ([]Record, error) { return m.registry.Projects(ctx) }
