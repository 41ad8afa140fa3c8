#!/usr/bin/env bash
# Runs every test the project has, as CI does: installs what the tests need (a Postgres server for the
# Postgres DA tests), refuses tracked files over 2 MB that scripts/large-files.txt does not name, builds the
# example programs, checks that generated code (contract artifacts and Go
# bindings) is fresh, checks formatting and vet, then runs all Go tests with the race detector. Extra arguments go to `go test` (for example: -run TestKillNine ./e2e).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/check-sizes.sh
bash scripts/install-deps.sh
bash scripts/install-geth.sh
bash scripts/build-examples.sh
bash scripts/check-generated.sh

unformatted="$(gofmt -l $(git ls-files '*.go'))"
if [[ -n "$unformatted" ]]; then
	echo "test: gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...

if [[ $# -gt 0 ]]; then
	go test -race -timeout 20m "$@"
else
	go test -race -timeout 20m ./...
fi
