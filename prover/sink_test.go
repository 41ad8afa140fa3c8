package prover

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/w3bstream-go/w3bstream/internal/netguard"
)

// TestWebhookPrivate checks that a webhook on loopback is refused as the node dials it, also when a
// public-looking name resolves there, and reached once the operator allows private addresses.
func TestWebhookPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	ctx := context.Background()
	if err := newSinks("", false).post(ctx, srv.URL, "k", []byte(`{}`)); !errors.Is(err, netguard.ErrNotPublic) {
		t.Fatalf("loopback webhook: error %v, want netguard.ErrNotPublic", err)
	}
	_, port, err := net.SplitHostPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if err := newSinks("", false).post(ctx, "http://localhost:"+port, "k", []byte(`{}`)); !errors.Is(err, netguard.ErrNotPublic) {
		t.Fatalf("webhook by name: error %v, want netguard.ErrNotPublic", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the refused webhooks reached the server %d times", n)
	}
	if err := newSinks("", true).post(ctx, srv.URL, "k", []byte(`{}`)); err != nil || hits.Load() != 1 {
		t.Fatalf("allowed webhook: %v, %d hits", err, hits.Load())
	}
}

// TestFileOutputStaysInside checks that file outputs are written inside the output directory only: not
// without one, and not through a symlink that leads out.
func TestFileOutputStaysInside(t *testing.T) {
	if err := newSinks("", false).appendFile("x.jsonl", []byte(`{}`)); err == nil {
		t.Fatal("file output written without an output directory")
	}
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	s := newSinks(dir, false)
	if err := s.appendFile("link/x.jsonl", []byte(`{}`)); err == nil {
		t.Fatal("file output written through a symlink out of the output directory")
	}
	if _, err := os.Stat(filepath.Join(outside, "x.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a file appeared outside the output directory: %v", err)
	}
	if err := s.appendFile("a/b/x.jsonl", []byte(`{"n":1}`)); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "a", "b", "x.jsonl")); err != nil || string(b) != "{\"n\":1}\n" {
		t.Fatalf("read %q, %v", b, err)
	}
}
