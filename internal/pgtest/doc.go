// Package pgtest starts real, throwaway Postgres servers for tests: initdb into a temporary directory, a
// server on a free port of 127.0.0.1 and a unix socket inside that directory, stopped and removed when the
// test ends. It never touches a server that happens to be running.
//
// It looks for initdb, pg_ctl and postgres in PATH, then in /usr/lib/postgresql/*/bin. When they are
// missing, the test fails (it does not skip) and says to run scripts/install-deps.sh. Postgres refuses to
// run as root, so under root the server runs as the postgres system user.
package pgtest
