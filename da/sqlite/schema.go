package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migrations bring the schema from version i to i+1; the version is len(migrations) once all have run.
// Append new ones; never edit one that has shipped.
var migrations = []string{
	`
CREATE TABLE tasks (
	seq             INTEGER PRIMARY KEY AUTOINCREMENT, -- creation order
	id              BLOB NOT NULL UNIQUE,
	project_id      INTEGER NOT NULL,                  -- uint64 stored as its int64 bit pattern
	project_version BLOB NOT NULL,
	message_ids     BLOB NOT NULL,                     -- 32-byte IDs, concatenated in task order
	state           TEXT NOT NULL,
	attempts        INTEGER NOT NULL DEFAULT 0,
	block_height    INTEGER NOT NULL DEFAULT 0,
	prover          BLOB NOT NULL,
	deadline        INTEGER,                           -- Unix ns of the current assignment
	result          BLOB,                              -- JSON of task.Result
	error           BLOB NOT NULL,
	created_at      INTEGER,
	updated_at      INTEGER
);
CREATE INDEX tasks_project ON tasks (project_id, seq);
CREATE INDEX tasks_state ON tasks (state, seq);
CREATE INDEX tasks_prover ON tasks (prover, seq);
CREATE INDEX tasks_deadline ON tasks (deadline) WHERE deadline IS NOT NULL;

CREATE TABLE messages (
	seq             INTEGER PRIMARY KEY AUTOINCREMENT, -- DA order; AUTOINCREMENT never reuses a number
	id              BLOB NOT NULL UNIQUE,
	project_id      INTEGER NOT NULL,
	project_version BLOB NOT NULL,
	device_id       BLOB NOT NULL,
	data            BLOB NOT NULL,
	signature       BLOB NOT NULL,
	received_at     INTEGER,
	task_id         BLOB REFERENCES tasks (id),
	task_idx        INTEGER
);
CREATE INDEX messages_unpacked ON messages (seq) WHERE task_id IS NULL;
CREATE INDEX messages_task ON messages (task_id, task_idx) WHERE task_id IS NOT NULL;

CREATE TABLE task_events (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	task_id      BLOB NOT NULL REFERENCES tasks (id),
	state        TEXT NOT NULL,
	time         INTEGER,
	block_height INTEGER NOT NULL,
	prover       BLOB NOT NULL,
	tx_hash      BLOB NOT NULL,
	error        BLOB NOT NULL
);
CREATE INDEX task_events_task ON task_events (task_id, seq);

CREATE TABLE blocks (
	height      INTEGER PRIMARY KEY,
	hash        BLOB NOT NULL UNIQUE,
	version     INTEGER NOT NULL,
	prev_hash   BLOB NOT NULL,
	merkle_root BLOB NOT NULL,
	timestamp   INTEGER NOT NULL,
	nbits       INTEGER NOT NULL,
	nonce       INTEGER NOT NULL,
	assignments BLOB NOT NULL -- JSON of []block.Assignment
);

CREATE TABLE state (
	key   TEXT PRIMARY KEY,
	value BLOB NOT NULL
);
`,
	// 2: on-chain facts: the chain block of an event's transaction, and the transaction that minted a block.
	`
ALTER TABLE task_events ADD COLUMN chain_block INTEGER NOT NULL DEFAULT 0;
ALTER TABLE blocks ADD COLUMN tx_hash BLOB NOT NULL DEFAULT x'';
ALTER TABLE blocks ADD COLUMN chain_block INTEGER NOT NULL DEFAULT 0;
`,
	// 3: the outbox: each off-chain output of a result until it is delivered.
	`
CREATE TABLE outbox (
	task_id    BLOB NOT NULL REFERENCES tasks (id),
	idx        INTEGER NOT NULL, -- the output's place in the version's output list
	prover     BLOB NOT NULL,    -- who delivers
	sink       BLOB NOT NULL,    -- JSON of the output's settings
	body       BLOB NOT NULL,
	state      TEXT NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	due_at     INTEGER,          -- Unix ns
	last_error BLOB NOT NULL,
	updated_at INTEGER,
	PRIMARY KEY (task_id, idx)
);
CREATE INDEX outbox_pending ON outbox (prover, due_at) WHERE state = 'pending';
`,
}

// migrate creates the schema or brings it up to date, in one transaction.
func migrate(ctx context.Context, db *sql.DB) error {
	return migrateTo(ctx, db, len(migrations))
}

// migrateTo creates the schema or brings it up to version target; tests use it to build an old schema.
func migrateTo(ctx context.Context, db *sql.DB, target int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("schema: begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	var v int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return fmt.Errorf("schema: %w", err)
		}
	case err != nil:
		return fmt.Errorf("schema: read version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", v, len(migrations))
	}
	for ; v < target; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("schema: migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, v); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("schema: commit: %w", err)
	}
	return nil
}
