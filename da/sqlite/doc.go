// Package sqlite is the embedded DA store: da.Store in one SQLite file, through modernc.org/sqlite (pure
// Go, no cgo). It is what a single node and `dev` mode use.
//
// The file runs in WAL mode with synchronous=FULL, so a write that returned survives kill -9 and power
// loss. All writes go through one connection, because SQLite runs one write transaction at a time anyway
// and a single writer never waits on a lock it could have avoided; reads use a separate pool and, thanks to
// WAL, never wait for the writer. Several processes may open the same file: writers then queue on SQLite's
// lock (busy_timeout), but change signals reach only the subscribers of the process that wrote.
//
// Times are stored as Unix nanoseconds and come back in UTC, equal (time.Equal) to what was written for
// any time between the years 1678 and 2262. Zero-length byte fields come back nil.
//
// The schema is created on Open and migrated forward; its version is kept in the schema_version table.
package sqlite
