#!/usr/bin/env bash
# Runs every test the project has, as CI does. Extra arguments go to the final `go test` (for example:
# -run TestKillNine ./e2e).
#
#   1. tracked files over 2 MB outside scripts/large-files.txt are refused (check-sizes.sh)
#   2. what the tests need is installed: Postgres, geth, staticcheck and schemathesis (install-*.sh)
#   3. the committed example programs and generated code are fresh (check-examples.sh, check-generated.sh)
#   4. gofmt, go vet and staticcheck are clean
#   5. each fuzz target runs for a bounded time (fuzz.sh)
#   6. the node answers as its OpenAPI description says (check-api.sh, schemathesis)
#   7. `go install` from a fresh clone gives a binary whose `w3bstream dev` starts (check-install.sh)
#   8. all Go tests, with the race detector
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/check-sizes.sh

bash scripts/install-deps.sh
bash scripts/install-geth.sh
bash scripts/install-tools.sh

bash scripts/check-examples.sh
bash scripts/check-generated.sh

unformatted="$(gofmt -l $(git ls-files '*.go'))"
if [[ -n "$unformatted" ]]; then
	echo "test: gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
build/tools/bin/staticcheck ./...

bash scripts/fuzz.sh
bash scripts/check-api.sh
bash scripts/check-install.sh

if [[ $# -gt 0 ]]; then
	go test -race -timeout 20m "$@"
else
	go test -race -timeout 20m ./...
fi
