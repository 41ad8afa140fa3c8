package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/postgres"
	"github.com/w3bstream-go/w3bstream/da/storetest"
	"github.com/w3bstream-go/w3bstream/internal/pgtest"
	"github.com/w3bstream-go/w3bstream/message"
)

// server is the package's one Postgres server; each test gets databases of its own on it.
var server *pgtest.Server

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	s, err := pgtest.NewServer()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer func() {
		if err := s.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}()
	server = s
	return m.Run()
}

func open(t testing.TB, dsn string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) da.Store {
		return open(t, server.CreateDatabase(t))
	})
}

func TestShared(t *testing.T) {
	var (
		mu  sync.Mutex
		dbs = map[string]string{}
	)
	storetest.RunShared(t, func(t *testing.T, name string) da.Store {
		mu.Lock()
		dsn, ok := dbs[name]
		if !ok {
			dsn = server.CreateDatabase(t)
			dbs[name] = dsn
		}
		mu.Unlock()
		return open(t, dsn)
	})
}

// TestNotify checks that a write through one handle signals the subscribers of another, as it must
// between processes.
func TestNotify(t *testing.T) {
	dsn := server.CreateDatabase(t)
	writer, reader := open(t, dsn), open(t, dsn)
	t.Cleanup(func() { _ = writer.Close(); _ = reader.Close() })
	sig, cancel := reader.Subscribe(da.TopicMessages)
	defer cancel()
	m := message.Verified{ID: [32]byte{1}, ProjectID: 1, ProjectVersion: "v1", Data: "x", Signature: make([]byte, 65)}
	if _, err := writer.AppendMessages(t.Context(), []message.Verified{m}, time.Now()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-sig:
	case <-time.After(10 * time.Second):
		t.Fatal("no signal from another handle's write")
	}
}

// TestListenerReconnect cuts a store's listening connection and checks that it comes back: a signal for
// the gap, then signals for writes made through another handle.
func TestListenerReconnect(t *testing.T) {
	dsn := server.CreateDatabase(t)
	writer, reader := open(t, dsn), open(t, dsn)
	t.Cleanup(func() { _ = writer.Close(); _ = reader.Close() })
	sig, cancel := reader.Subscribe(da.TopicMessages)
	defer cancel()
	wait := func(what string) {
		t.Helper()
		select {
		case <-sig:
		case <-time.After(10 * time.Second):
			t.Fatalf("no signal %s", what)
		}
	}

	admin, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(context.Background())
	var cut int
	if err := admin.QueryRow(t.Context(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
WHERE datname = current_database() AND query = 'LISTEN '||$1`, postgres.Channel).Scan(&cut); err != nil {
		t.Fatal(err)
	}
	if cut != 2 {
		t.Fatalf("cut %d listening connections, want 2", cut)
	}
	wait("after reconnecting")

	m := message.Verified{ID: [32]byte{2}, ProjectID: 1, ProjectVersion: "v1", Data: "x", Signature: make([]byte, 65)}
	if _, err := writer.AppendMessages(t.Context(), []message.Verified{m}, time.Now()); err != nil {
		t.Fatal(err)
	}
	wait("for a write after reconnecting")
}

// TestOpenTogether has several handles migrate an empty database at once, as processes starting together
// would.
func TestOpenTogether(t *testing.T) {
	dsn := server.CreateDatabase(t)
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() {
			s, err := postgres.Open(context.Background(), dsn)
			if err == nil {
				err = s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	// A server of its own with fsync on, so that figures include flushing as in production.
	srv, err := pgtest.NewServer(pgtest.Durable())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = srv.Stop() })
	storetest.BenchmarkAppend(b, func(b *testing.B) da.Store {
		return open(b, srv.CreateDatabase(b))
	})
}

func BenchmarkCreateTasks(b *testing.B) {
	srv, err := pgtest.NewServer(pgtest.Durable())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = srv.Stop() })
	storetest.BenchmarkCreateTasks(b, func(b *testing.B) da.Store {
		return open(b, srv.CreateDatabase(b))
	})
}
