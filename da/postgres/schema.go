package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations bring the schema from version i to i+1; the version is len(migrations) once all have run.
// Append new ones; never edit one that has shipped.
var migrations = []string{
	`
CREATE TABLE tasks (
	seq             BIGSERIAL PRIMARY KEY, -- creation order
	id              BYTEA NOT NULL UNIQUE,
	project_id      BIGINT NOT NULL,       -- uint64 stored as its int64 bit pattern
	project_version BYTEA NOT NULL,
	message_ids     BYTEA NOT NULL,        -- 32-byte IDs, concatenated in task order
	state           TEXT NOT NULL,
	attempts        INTEGER NOT NULL DEFAULT 0,
	block_height    BIGINT NOT NULL DEFAULT 0,
	prover          BYTEA NOT NULL,
	deadline        BIGINT,                -- Unix ns of the current assignment
	result          BYTEA,                 -- JSON of task.Result
	error           BYTEA NOT NULL,
	created_at      BIGINT,
	updated_at      BIGINT
);
CREATE INDEX tasks_project ON tasks (project_id, seq);
CREATE INDEX tasks_state ON tasks (state, seq);
CREATE INDEX tasks_prover ON tasks (prover, seq);
CREATE INDEX tasks_deadline ON tasks (deadline) WHERE deadline IS NOT NULL;

CREATE TABLE messages (
	seq             BIGINT PRIMARY KEY,    -- DA order, assigned under appendLock
	id              BYTEA NOT NULL UNIQUE,
	project_id      BIGINT NOT NULL,
	project_version BYTEA NOT NULL,
	device_id       BYTEA NOT NULL,
	data            BYTEA NOT NULL,        -- bytes, not TEXT: TEXT refuses NUL and invalid UTF-8
	signature       BYTEA NOT NULL,
	received_at     BIGINT,
	task_id         BYTEA REFERENCES tasks (id),
	task_idx        INTEGER
);
CREATE INDEX messages_unpacked ON messages (seq) WHERE task_id IS NULL;
CREATE INDEX messages_task ON messages (task_id, task_idx) WHERE task_id IS NOT NULL;

CREATE TABLE task_events (
	seq          BIGSERIAL PRIMARY KEY,
	task_id      BYTEA NOT NULL REFERENCES tasks (id),
	state        TEXT NOT NULL,
	time         BIGINT,
	block_height BIGINT NOT NULL,
	prover       BYTEA NOT NULL,
	tx_hash      BYTEA NOT NULL,
	error        BYTEA NOT NULL
);
CREATE INDEX task_events_task ON task_events (task_id, seq);

CREATE TABLE blocks (
	height      BIGINT PRIMARY KEY,
	hash        BYTEA NOT NULL UNIQUE,
	version     BIGINT NOT NULL,
	prev_hash   BYTEA NOT NULL,
	merkle_root BYTEA NOT NULL,
	timestamp   BIGINT NOT NULL,
	nbits       BIGINT NOT NULL,
	nonce       BIGINT NOT NULL,
	assignments BYTEA NOT NULL -- JSON of []block.Assignment
);

CREATE TABLE state (
	key   TEXT PRIMARY KEY,
	value BYTEA NOT NULL
);
`,
	// 2: on-chain facts: the chain block of an event's transaction, and the transaction that minted a block.
	`
ALTER TABLE task_events ADD COLUMN chain_block BIGINT NOT NULL DEFAULT 0;
ALTER TABLE blocks ADD COLUMN tx_hash BYTEA NOT NULL DEFAULT ''::bytea;
ALTER TABLE blocks ADD COLUMN chain_block BIGINT NOT NULL DEFAULT 0;
`,
	// 3: the outbox: each off-chain output of a result until it is delivered.
	`
CREATE TABLE outbox (
	task_id    BYTEA NOT NULL REFERENCES tasks (id),
	idx        INTEGER NOT NULL, -- the output's place in the version's output list
	prover     BYTEA NOT NULL,   -- who delivers
	sink       BYTEA NOT NULL,   -- JSON of the output's settings
	body       BYTEA NOT NULL,
	state      TEXT NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	due_at     BIGINT,           -- Unix ns
	last_error BYTEA NOT NULL,
	updated_at BIGINT,
	PRIMARY KEY (task_id, idx)
);
CREATE INDEX outbox_pending ON outbox (prover, due_at) WHERE state = 'pending';
`,
}

// migrate creates the schema or brings it up to date, in one transaction under an advisory lock, so that
// processes opening the database together do not race.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return migrateTo(ctx, pool, len(migrations))
}

// migrateTo creates the schema or brings it up to version target; tests use it to build an old schema.
func migrateTo(ctx context.Context, pool *pgxpool.Pool, target int) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("schema: begin: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("schema: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	var v int
	switch err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("schema: %w", err)
		}
	case err != nil:
		return fmt.Errorf("schema: read version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", v, len(migrations))
	}
	if v >= target {
		return nil
	}
	for ; v < target; v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("schema: migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE schema_version SET version = $1`, v); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("schema: commit: %w", err)
	}
	return nil
}
