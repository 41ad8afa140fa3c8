package pgtest_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/internal/pgtest"
)

func TestServer(t *testing.T) {
	s, err := pgtest.NewServer()
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = s.Stop()
		}
	})
	ctx := t.Context()
	dsns := []string{s.CreateDatabase(t), s.CreateDatabase(t)}
	if dsns[0] == dsns[1] {
		t.Fatalf("two databases share a DSN: %s", dsns[0])
	}
	for i, dsn := range dsns {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Exec(ctx, `CREATE TABLE t (n int)`); err != nil {
			t.Fatalf("database %d: %v", i, err) // a second database that saw the first's table would fail here
		}
		var listen, user string
		if err := conn.QueryRow(ctx, `SELECT current_setting('listen_addresses'), current_user`).Scan(&listen, &user); err != nil {
			t.Fatal(err)
		}
		if listen != "127.0.0.1" {
			t.Errorf("listen_addresses = %q, want 127.0.0.1 only", listen)
		}
		_ = conn.Close(ctx)
	}

	host := strings.TrimPrefix(strings.SplitN(dsns[0], "/", 4)[2], "postgres@")
	if err := s.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	stopped = true
	if err := s.Stop(); err != nil {
		t.Errorf("second stop: %v", err)
	}
	if c, err := net.Dial("tcp", host); err == nil {
		c.Close()
		t.Errorf("%s still accepts connections after stop", host)
	}
	if _, err := pgx.Connect(context.Background(), dsns[0]); err == nil {
		t.Error("database reachable after stop")
	}
}

func TestStart(t *testing.T) {
	dsn := pgtest.Start(t, pgtest.Durable())
	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var fsync string
	if err := conn.QueryRow(t.Context(), `SHOW fsync`).Scan(&fsync); err != nil {
		t.Fatal(err)
	}
	if fsync != "on" {
		t.Errorf("durable server has fsync %s", fsync)
	}
}
