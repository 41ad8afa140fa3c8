package project

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/internal/netguard"
)

// Defaults for fetching; every limit on remote content is named here.
const (
	DefaultFetchTimeout  = 30 * time.Second
	DefaultMaxArtifact   = 256 << 20
	DefaultIPFSGateway   = "http://127.0.0.1:8080"
	cacheDirPermissions  = 0o755
	cacheFilePermissions = 0o644
)

// ErrHashMismatch means fetched content does not match the hash it was named by.
var ErrHashMismatch = errors.New("content does not match its sha256")

// ErrNotPublic means a fetcher that fetches from public addresses only was given a file:// URI or an
// http(s) URI of the node's own networks.
var ErrNotPublic = errors.New("this node fetches project files from public addresses only")

// Fetcher loads content by URI and checks it against its sha256, keeping a disk cache keyed by hash.
type Fetcher struct {
	CacheDir    string        // empty: no disk cache
	IPFSGateway string        // base URL of an IPFS HTTP gateway, for ipfs:// URIs
	Timeout     time.Duration // per fetch
	MaxBytes    int64
	Client      *http.Client
	// PublicOnly refuses file:// URIs (the node's own files) and http(s) URIs that lead to loopback,
	// private or link-local addresses: for a node that fetches what the chain's registrants name. The
	// IPFS gateway is the operator's own and is exempt.
	PublicOnly bool

	publicOnce   sync.Once
	publicClient *http.Client
}

// NewFetcher returns a fetcher with default limits that caches under dir.
func NewFetcher(cacheDir string) *Fetcher {
	return &Fetcher{CacheDir: cacheDir, IPFSGateway: DefaultIPFSGateway, Timeout: DefaultFetchTimeout,
		MaxBytes: DefaultMaxArtifact, Client: http.DefaultClient}
}

// Fetch returns the content at uri, which must hash to sha256Hex.
func (f *Fetcher) Fetch(ctx context.Context, uri, sha256Hex string) ([]byte, error) {
	if f.CacheDir != "" {
		if b, err := os.ReadFile(filepath.Join(f.CacheDir, sha256Hex)); err == nil && hashHex(b) == sha256Hex {
			return b, nil
		}
	}
	b, err := f.fetch(ctx, uri)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", uri, err)
	}
	if got := hashHex(b); got != sha256Hex {
		return nil, fmt.Errorf("fetch %s: %w: got %s, want %s", uri, ErrHashMismatch, got, sha256Hex)
	}
	if f.CacheDir != "" {
		if err := writeAtomic(filepath.Join(f.CacheDir, sha256Hex), b); err != nil {
			return nil, fmt.Errorf("cache %s: %w", uri, err)
		}
	}
	return b, nil
}

func (f *Fetcher) fetch(ctx context.Context, uri string) ([]byte, error) {
	u, err := parseURI(uri)
	if err != nil {
		return nil, err
	}
	switch u.Scheme {
	case "file":
		if f.PublicOnly {
			return nil, ErrNotPublic
		}
		return readLimited(openFile(u.Path), f.MaxBytes)
	case "http", "https":
		client := f.Client
		if f.PublicOnly {
			f.publicOnce.Do(func() { f.publicClient = &http.Client{Transport: netguard.Transport(f.Timeout)} })
			client = f.publicClient
		}
		b, err := f.get(ctx, client, uri)
		if errors.Is(err, netguard.ErrNotPublic) {
			return nil, fmt.Errorf("%w: %w", ErrNotPublic, err)
		}
		return b, err
	case "ipfs":
		return f.get(ctx, f.Client, strings.TrimSuffix(f.IPFSGateway, "/")+"/ipfs/"+u.Host+u.Path)
	}
	return nil, fmt.Errorf("unsupported scheme %q", u.Scheme)
}

func (f *Fetcher) get(ctx context.Context, client *http.Client, uri string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("http status %s", resp.Status)
	}
	return readLimited(func() (io.ReadCloser, error) { return resp.Body, nil }, f.MaxBytes)
}

func parseURI(uri string) (*url.URL, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, fmt.Errorf("bad uri %q: %v", uri, err)
	}
	switch u.Scheme {
	case "file", "http", "https":
	case "ipfs":
		if u.Host == "" {
			return nil, fmt.Errorf("ipfs uri %q has no CID", uri)
		}
		// The path is appended to the operator's gateway URL: it must stay under the CID.
		if slices.Contains(strings.Split(u.Path, "/"), "..") || u.RawQuery != "" {
			return nil, fmt.Errorf("ipfs uri %q: a path under the CID, without .. or a query", uri)
		}
	default:
		return nil, fmt.Errorf("uri %q: scheme must be file, http, https or ipfs", uri)
	}
	return u, nil
}

func openFile(path string) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) { return os.Open(path) }
}

func readLimited(open func() (io.ReadCloser, error), limit int64) ([]byte, error) {
	r, err := open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than the %d-byte limit", limit)
	}
	return b, nil
}

func hashHex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// HashHex returns the sha256 of b as lowercase hex: how artifacts and project files are named.
func HashHex(b []byte) string { return hashHex(b) }

func writeAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), cacheDirPermissions); err != nil {
		return err
	}
	return atomicfile.Write(path, b, cacheFilePermissions)
}
