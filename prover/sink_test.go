package prover

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

func TestPublicOnly(t *testing.T) {
	for addr, public := range map[string]bool{
		"1.1.1.1:443":               true,
		"[2606:4700:4700::1111]:80": true,
		"127.0.0.1:80":              false,
		"[::1]:80":                  false,
		"10.1.2.3:80":               false,
		"172.16.0.1:80":             false,
		"192.168.1.1:80":            false,
		"169.254.169.254:80":        false, // cloud metadata
		"100.64.0.1:80":             false,
		"0.0.0.0:80":                false,
		"224.0.0.1:80":              false,
		"[fd00::1]:80":              false,
		"[fe80::1]:80":              false,
		"[::ffff:127.0.0.1]:80":     false,
	} {
		err := publicOnly("tcp", addr, nil)
		if public && err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
		if !public && !errors.Is(err, errNotPublic) {
			t.Errorf("%s: error %v, want errNotPublic", addr, err)
		}
	}
}

// TestWebhookPrivate checks that a webhook on loopback is refused as the node dials it, also when a
// public-looking name resolves there, and reached once the operator allows private addresses.
func TestWebhookPrivate(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	if err := newSinks(log, "", false).post(ctx, srv.URL, []byte(`{}`)); !errors.Is(err, errNotPublic) {
		t.Fatalf("loopback webhook: error %v, want errNotPublic", err)
	}
	_, port, err := net.SplitHostPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if err := newSinks(log, "", false).post(ctx, "http://localhost:"+port, []byte(`{}`)); !errors.Is(err, errNotPublic) {
		t.Fatalf("webhook by name: error %v, want errNotPublic", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the refused webhooks reached the server %d times", n)
	}
	if err := newSinks(log, "", true).post(ctx, srv.URL, []byte(`{}`)); err != nil || hits.Load() != 1 {
		t.Fatalf("allowed webhook: %v, %d hits", err, hits.Load())
	}
}

// TestFileOutputStaysInside checks that file outputs are written inside the output directory only: not
// without one, and not through a symlink that leads out.
func TestFileOutputStaysInside(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	if err := newSinks(log, "", false).appendFile("x.jsonl", []byte(`{}`)); err == nil {
		t.Fatal("file output written without an output directory")
	}
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	s := newSinks(log, dir, false)
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
