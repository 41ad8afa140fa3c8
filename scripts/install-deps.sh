#!/usr/bin/env bash
# Installs what the tests need beyond Go: the Postgres server binaries (initdb, pg_ctl, postgres), which
# internal/pgtest uses to start throwaway servers, and the postgres system user it runs them as under root.
# Idempotent: it installs only what is missing.
set -euo pipefail

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		echo "install-deps: need root (or sudo) to run: $*" >&2
		exit 1
	fi
}

have_postgres() {
	local dir
	if command -v initdb >/dev/null 2>&1; then
		return 0
	fi
	for dir in /usr/lib/postgresql/*/bin; do
		if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
			return 0
		fi
	done
	return 1
}

if have_postgres; then
	echo "install-deps: Postgres server binaries present"
else
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "install-deps: no apt-get; install the PostgreSQL server (initdb, pg_ctl, postgres) by hand" >&2
		exit 1
	fi
	echo "install-deps: installing postgresql"
	as_root apt-get update
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
	have_postgres || { echo "install-deps: postgresql installed but initdb not found" >&2; exit 1; }
fi

# The Debian package creates this user; other installs may not.
if ! id postgres >/dev/null 2>&1; then
	echo "install-deps: creating the postgres system user"
	as_root useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
echo "install-deps: done"
