package netguard

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

func TestControl(t *testing.T) {
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
		err := Control("tcp", addr, nil)
		if public && err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
		if !public && !errors.Is(err, ErrNotPublic) {
			t.Errorf("%s: error %v, want ErrNotPublic", addr, err)
		}
	}
}

// TestTransport checks that a server on loopback is never reached through the transport, by address
// or by a name that resolves there.
func TestTransport(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	_, port, err := net.SplitHostPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: Transport(time.Second)}
	for _, url := range []string{srv.URL, "http://localhost:" + port} {
		req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		if !errors.Is(err, ErrNotPublic) {
			t.Errorf("%s: error %v, want ErrNotPublic", url, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the server was reached %d times", n)
	}
}
