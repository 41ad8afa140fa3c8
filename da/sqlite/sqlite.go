package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/w3bstream-go/w3bstream/da"
)

// BusyTimeout is how long a connection waits for another process's write lock before failing.
const BusyTimeout = 10 * time.Second

// Store is a da.Store in one SQLite file. It is safe for concurrent use.
type Store struct {
	da.Hub
	w *sql.DB // the one writer connection
	r *sql.DB // readers

	insertMessage *sql.Stmt // prepared on w: the hot path of AppendMessages
	messageByID   *sql.Stmt // prepared on w: duplicates read back inside the append transaction
	insertTask    *sql.Stmt // prepared on w: the statements of CreateTasks, run per task and per message
	linkMessage   *sql.Stmt
	insertEvent   *sql.Stmt

	closeOnce sync.Once
	closeErr  error
}

var _ da.Store = (*Store)(nil)

// Open opens or creates the store in the file at path and brings its schema up to date.
func Open(path string) (*Store, error) {
	// Taking the write lock at BEGIN means a transaction never fails halfway for want of it.
	wq := pragmas("journal_mode(WAL)", "cache_size(-16000)")
	wq.Set("_txlock", "immediate")
	w, err := sql.Open("sqlite", dsn(path, wq))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &Store{w: w}
	if err := migrate(context.Background(), w); err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}

	r, err := sql.Open("sqlite", dsn(path, pragmas("query_only(1)")))
	if err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	readers := max(2, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(readers)
	r.SetMaxIdleConns(readers)
	s.r = r

	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&s.insertMessage, insertMessageSQL},
		{&s.messageByID, selectMessage + ` WHERE id = ?`},
		{&s.insertTask, insertTaskSQL},
		{&s.linkMessage, linkMessageSQL},
		{&s.insertEvent, insertEventSQL},
	} {
		if *p.st, err = w.Prepare(p.sql); err != nil {
			break
		}
	}
	if err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	return s, nil
}

// Close closes the file. Writes that returned are durable already; Close only releases.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		var errs []error
		for _, st := range []*sql.Stmt{s.insertMessage, s.messageByID, s.insertTask, s.linkMessage, s.insertEvent} {
			if st != nil {
				errs = append(errs, st.Close())
			}
		}
		if s.r != nil {
			errs = append(errs, s.r.Close())
		}
		errs = append(errs, s.w.Close())
		if err := errors.Join(errs...); err != nil {
			s.closeErr = fmt.Errorf("sqlite: close: %w", err)
		}
	})
	return s.closeErr
}

// pragmas returns the settings every connection gets, and extra ones.
func pragmas(extra ...string) url.Values {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	for _, p := range extra {
		q.Add("_pragma", p)
	}
	return q
}

// dsn builds a modernc.org/sqlite data source name: a SQLite URI, in which a path's '%', '?' and '#' must
// be escaped.
func dsn(path string, q url.Values) string {
	return "file:" + uriEscaper.Replace(path) + "?" + q.Encode()
}

var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// write runs fn in one write transaction and commits it.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return conflictOr(err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", conflictOr(err))
	}
	return nil
}

// read runs fn in one read transaction, so that several queries see one snapshot.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	return fn(tx)
}

// conflictOr marks a uniqueness violation as da.ErrConflict; the explicit checks catch the expected cases,
// this catches a race with another process that shares the file.
func conflictOr(err error) error {
	var se *msqlite.Error
	if errors.As(err, &se) && !errors.Is(err, da.ErrConflict) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return fmt.Errorf("%w: %w", da.ErrConflict, err)
		}
	}
	return err
}

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface {
	Scan(dest ...any) error
}

// nanos is how a time is stored: Unix nanoseconds, NULL for the zero time.
func nanos(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixNano(), Valid: true}
}

// fromNanos is the inverse of nanos.
func fromNanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

// orNil returns nil for a zero-length slice, so that empty byte fields read back the same way.
func orNil(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// bytesOrEmpty keeps a nil slice from being stored as NULL in a NOT NULL column.
func bytesOrEmpty(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func hashOf(b []byte) common.Hash       { return common.BytesToHash(b) }
func addressOf(b []byte) common.Address { return common.BytesToAddress(b) }
