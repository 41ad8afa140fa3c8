package chain

import (
	"context"
	"encoding/hex"

	"github.com/w3bstream-go/w3bstream/project"
)

// Registry is the ProjectRegistry as a project.Registry.
type Registry struct {
	c *Client
}

var _ project.Registry = (*Registry)(nil)

// Registry returns the client's project.Registry.
func (c *Client) Registry() *Registry {
	c.registryOnce.Do(func() { c.registry = &Registry{c: c} })
	return c.registry
}

// Project returns a project's record: SHA256 is the lowercase hex of the on-chain config hash. An unknown
// ID gives an error wrapping project.ErrNotFound.
func (r *Registry) Project(ctx context.Context, id uint64) (project.Record, error) {
	p, err := r.c.Project(ctx, id)
	if err != nil {
		return project.Record{}, err
	}
	return record(p), nil
}

// Projects returns every project, by ID (1..count).
func (r *Registry) Projects(ctx context.Context) ([]project.Record, error) {
	n, err := r.c.ProjectCount(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]project.Record, 0, n)
	for id := uint64(1); id <= n; id++ {
		p, err := r.c.Project(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, record(p))
	}
	return out, nil
}

func record(p ProjectInfo) project.Record {
	return project.Record{ID: p.ID, URI: p.URI, SHA256: hex.EncodeToString(p.SHA256[:]), Paused: p.Paused, Runtime: p.Runtime}
}
