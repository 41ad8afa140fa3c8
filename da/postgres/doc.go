// Package postgres is the DA store for networks: da.Store on a PostgreSQL database through pgx, shared by
// several processes (ingest nodes behind a load balancer, a sequencer, provers).
//
// Every write is one transaction, durable when it returns as the server's settings make it (keep fsync and
// synchronous_commit on). Invariants hold across processes: a message joins at most one task because
// CreateTask claims only messages that have no task yet, under row locks; block writers take turns under
// an advisory lock, so each sees the tip the last one wrote, and heights and hashes are unique besides; an
// assignment or task update checks the task's state under its row lock. Appends are serialized by an advisory lock so that Seq order is commit order: a reader that pages
// through UnpackedMessages by Seq never skips a message that committed late.
//
// Change signals reach other processes too: each write sends a NOTIFY on commit, and every Store listens on
// a connection of its own and signals its subscribers. After that connection is lost and regained, it
// signals every topic, since notifications sent in between are gone.
//
// Times are stored as Unix nanoseconds and come back in UTC, equal (time.Equal) to what was written for any
// time between the years 1678 and 2262. Zero-length byte fields come back nil. The schema is created on Open
// and migrated forward under an advisory lock; its version is kept in the schema_version table.
package postgres
