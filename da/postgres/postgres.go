package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/w3bstream-go/w3bstream/da"
)

// Settings of the change listener.
const (
	// Channel is the NOTIFY channel; the payload is a da.Topic.
	Channel = "w3bstream_da"
	// ListenRetryMin and ListenRetryMax bound the wait before reconnecting a lost listener; it doubles
	// from the first to the second.
	ListenRetryMin = 100 * time.Millisecond
	ListenRetryMax = 5 * time.Second
)

// Advisory lock keys, arbitrary but fixed: every process that shares the database must use the same ones.
const (
	migrateLock int64 = 0x7733_6461_0001 // schema migrations
	appendLock  int64 = 0x7733_6461_0002 // AppendMessages: Seq order is commit order
	blockLock   int64 = 0x7733_6461_0003 // SaveBlock: the tip read is the tip written on
)

// Store is a da.Store on a Postgres database. It is safe for concurrent use, by several processes too.
type Store struct {
	da.Hub
	pool *pgxpool.Pool

	stopListen context.CancelFunc
	listening  chan struct{} // closed when the listener has returned
	closeOnce  sync.Once
}

var _ da.Store = (*Store)(nil)

// Open connects to the database at dsn, creates or migrates the schema, and starts listening for changes
// made by other processes. Pool settings come from the DSN (pool_max_conns and so on).
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["plan_cache_mode"]; !ok {
		// A cached generic plan made while a table was small keeps scanning it whole once it is large
		// (AppendMessages slowed with table size); plans made for the actual arguments use the indexes.
		cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	// Listen before returning, so that no change committed after Open goes unsignalled.
	conn, err := dialListener(ctx, cfg.ConnConfig)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	lctx, cancel := context.WithCancel(context.Background())
	s := &Store{pool: pool, stopListen: cancel, listening: make(chan struct{})}
	go s.listen(lctx, cfg.ConnConfig, conn)
	return s, nil
}

// Close stops the listener and closes the pool.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.stopListen()
		<-s.listening
		s.pool.Close()
	})
	return nil
}

// dialListener opens a connection that listens on Channel.
func dialListener(ctx context.Context, cfg *pgx.ConnConfig) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, cfg.Copy())
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+Channel); err != nil {
		_ = conn.Close(context.Background())
		return nil, fmt.Errorf("listen: %w", err)
	}
	return conn, nil
}

// listen turns notifications into signals until ctx ends, reconnecting when the connection is lost.
func (s *Store) listen(ctx context.Context, cfg *pgx.ConnConfig, conn *pgx.Conn) {
	defer close(s.listening)
	wait := ListenRetryMin
	for {
		if conn == nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			var err error
			if conn, err = dialListener(ctx, cfg); err != nil {
				wait = min(2*wait, ListenRetryMax)
				continue
			}
			wait = ListenRetryMin
			// Notifications sent while the connection was down are lost; subscribers re-read the store.
			s.Publish(da.TopicMessages, da.TopicTasks, da.TopicBlocks, da.TopicOutbox)
		}
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			closeCtx, cancel := context.WithTimeout(context.Background(), time.Second)
			_ = conn.Close(closeCtx)
			cancel()
			conn = nil
			continue
		}
		s.Publish(da.Topic(n.Payload))
	}
}

// inTx runs fn in a transaction and commits it.
func (s *Store) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback(ctx)
		return conflictOr(err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", conflictOr(err))
	}
	return nil
}

// notify queues a NOTIFY for each topic in tx; Postgres delivers them when tx commits.
func notify(ctx context.Context, tx pgx.Tx, topics ...da.Topic) error {
	for _, t := range topics {
		if _, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, Channel, string(t)); err != nil {
			return fmt.Errorf("notify: %w", err)
		}
	}
	return nil
}

// conflictOr marks a write that lost a race with another transaction as da.ErrConflict: a uniqueness
// violation, or a deadlock between writers claiming the same rows, of which the other one won.
func conflictOr(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && !errors.Is(err, da.ErrConflict) {
		switch pe.Code {
		case "23505", "40P01", "40001": // unique_violation, deadlock_detected, serialization_failure
			return fmt.Errorf("%w: %w", da.ErrConflict, err)
		}
	}
	return err
}

// nanos is how a time is stored: Unix nanoseconds, NULL for the zero time.
func nanos(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	n := t.UnixNano()
	return &n
}

// fromNanos is the inverse of nanos.
func fromNanos(n *int64) time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(0, *n).UTC()
}

// orNil returns nil for a zero-length slice, so that empty byte fields read back the same way.
func orNil(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// bytesOrEmpty keeps a nil slice from being sent as NULL to a NOT NULL column.
func bytesOrEmpty(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func hashOf(b []byte) common.Hash       { return common.BytesToHash(b) }
func addressOf(b []byte) common.Address { return common.BytesToAddress(b) }
