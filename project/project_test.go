package project_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/w3bstream-go/w3bstream/project"
)

const hashOfHello = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"

func TestDecode(t *testing.T) {
	good := `{"name":"p","versions":[{"version":"v1","runtime":"wasm","code":[{"name":"program","uri":"file:///x.wasm","sha256":"` + hashOfHello + `"}]}]}`
	f, err := project.Decode([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := f.Version("v1")
	if v.Aggregation.MaxMessages != 1 || v.Aggregation.GroupBy != project.GroupByProject || v.Devices.Policy != project.DevicesOpen {
		t.Fatalf("defaults not filled: %+v", v)
	}
	bad := map[string]string{
		"no versions":      `{"name":"p","versions":[]}`,
		"unknown field":    `{"name":"p","versoins":[]}`,
		"no runtime":       `{"versions":[{"version":"v1"}]}`,
		"bad version name": `{"versions":[{"version":"v 1","runtime":"wasm"}]}`,
		"duplicate":        `{"versions":[{"version":"v1","runtime":"wasm"},{"version":"v1","runtime":"wasm"}]}`,
		"bad hash":         `{"versions":[{"version":"v1","runtime":"wasm","code":[{"name":"p","uri":"file:///x","sha256":"abc"}]}]}`,
		"bad scheme":       `{"versions":[{"version":"v1","runtime":"wasm","code":[{"name":"p","uri":"ftp://x","sha256":"` + hashOfHello + `"}]}]}`,
		"ipfs escape":      `{"versions":[{"version":"v1","runtime":"wasm","code":[{"name":"p","uri":"ipfs://bafy/../../api/v0/x","sha256":"` + hashOfHello + `"}]}]}`,
		"too many":         `{"versions":[{"version":"v1","runtime":"wasm","aggregation":{"maxMessages":100000}}]}`,
		"bad group":        `{"versions":[{"version":"v1","runtime":"wasm","aggregation":{"groupBy":"planet"}}]}`,
		"bad wait":         `{"versions":[{"version":"v1","runtime":"wasm","aggregation":{"maxWait":"forever"}}]}`,
		"bad policy":       `{"versions":[{"version":"v1","runtime":"wasm","devices":{"policy":"some"}}]}`,
		"bad sink":         `{"versions":[{"version":"v1","runtime":"wasm","output":[{"type":"webhook","url":"ftp://x"}]}]}`,
		"absolute file":    `{"versions":[{"version":"v1","runtime":"wasm","output":[{"type":"file","path":"/etc/cron.d/x"}]}]}`,
		"escaping file":    `{"versions":[{"version":"v1","runtime":"wasm","output":[{"type":"file","path":"a/../../x"}]}]}`,
	}
	for name, b := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := project.Decode([]byte(b)); !errors.Is(err, project.ErrInvalid) {
				t.Fatalf("err %v, want ErrInvalid", err)
			}
		})
	}
}

func TestFetchChecksHashAndCaches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a")
	if err := os.WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		_, _ = w.Write([]byte("hello"))
	}))
	defer srv.Close()
	ctx := context.Background()
	f := project.NewFetcher(filepath.Join(dir, "cache"))
	f.IPFSGateway = srv.URL
	for _, uri := range []string{"file://" + path, srv.URL + "/a"} {
		b, err := project.NewFetcher("").Fetch(ctx, uri, hashOfHello)
		if err != nil || string(b) != "hello" {
			t.Fatalf("%s: %q %v", uri, b, err)
		}
	}
	// ipfs:// goes through the gateway; the sha256 is checked all the same.
	if _, err := f.Fetch(ctx, "ipfs://bafyexample/a", hashOfHello); err != nil {
		t.Fatal(err)
	}
	before := hits
	if _, err := f.Fetch(ctx, "ipfs://bafyexample/a", hashOfHello); err != nil || hits != before {
		t.Fatalf("second fetch did not come from the cache: %v, hits %d -> %d", err, before, hits)
	}
	wrong := strings.Repeat("0", 64)
	if _, err := f.Fetch(ctx, srv.URL+"/a", wrong); !errors.Is(err, project.ErrHashMismatch) {
		t.Fatalf("err %v, want ErrHashMismatch", err)
	}
	small := project.NewFetcher("")
	small.MaxBytes = 3
	if _, err := small.Fetch(ctx, "file://"+path, hashOfHello); err == nil {
		t.Fatal("fetch over the size limit succeeded")
	}

	// A node fetching what strangers name refuses its own files and networks, but not its IPFS gateway.
	public := project.NewFetcher("")
	public.PublicOnly = true
	public.IPFSGateway = srv.URL
	before = hits
	for _, uri := range []string{"file://" + path, srv.URL + "/a"} {
		if _, err := public.Fetch(ctx, uri, hashOfHello); !errors.Is(err, project.ErrNotPublic) {
			t.Errorf("%s: error %v, want ErrNotPublic", uri, err)
		}
	}
	if hits != before {
		t.Fatalf("a refused fetch reached the server")
	}
	if _, err := public.Fetch(ctx, "ipfs://bafyexample/a", hashOfHello); err != nil {
		t.Fatalf("ipfs through the operator's gateway: %v", err)
	}
}

func TestManagerLoadsFromDirectory(t *testing.T) {
	dir := t.TempDir()
	file := `{"name":"p","versions":[{"version":"v1","runtime":"wasm","devices":{"allow":["0x00000000000000000000000000000000000000aa"]}}]}`
	if err := os.WriteFile(filepath.Join(dir, "5.json"), []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := project.NewDirRegistry(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := project.NewManager(reg, project.NewFetcher(""))
	ctx := context.Background()
	p, v, err := m.Version(ctx, 5, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if v.Devices.Policy != project.DevicesAllowList || !p.Allows("v1", [20]byte{19: 0xaa}) || p.Allows("v1", [20]byte{19: 0xbb}) {
		t.Fatal("allow list not applied")
	}
	if _, _, err := m.Version(ctx, 6, "v1"); !errors.Is(err, project.ErrNotFound) {
		t.Fatalf("unknown project: %v", err)
	}
	if _, _, err := m.Version(ctx, 5, "v2"); !errors.Is(err, project.ErrNotFound) {
		t.Fatalf("unknown version: %v", err)
	}
	// A file changed after it was registered fails its hash check rather than loading.
	if err := os.WriteFile(filepath.Join(dir, "5.json"), []byte(strings.Replace(file, "v1", "v9", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	m.Forget(5)
	if _, err := m.Project(ctx, 5); !errors.Is(err, project.ErrHashMismatch) {
		t.Fatalf("changed file: %v, want ErrHashMismatch", err)
	}
}

// TestVersionRuntimeMismatch: a version that names another runtime than the registry holds the project
// to is refused with ErrRuntimeMismatch; a registry without runtimes checks nothing.
func TestVersionRuntimeMismatch(t *testing.T) {
	f, err := project.Decode([]byte(`{"versions":[{"version":"v1","runtime":"wasm"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		runtime string
		want    error
	}{{"", nil}, {"wasm", nil}, {"gnark-groth16", project.ErrRuntimeMismatch}}
	for _, tc := range tests {
		p := project.Project{Record: project.Record{ID: 7, Runtime: tc.runtime}, File: f}
		if _, err := p.Version("v1"); !errors.Is(err, tc.want) {
			t.Errorf("registry runtime %q: %v, want %v", tc.runtime, err, tc.want)
		}
	}
}
