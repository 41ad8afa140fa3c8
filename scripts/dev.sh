#!/usr/bin/env bash
# Builds w3bstream and runs `w3bstream dev` with the given arguments, for example: scripts/dev.sh --demo.
# The example programs are committed; they are built again only when their sources changed since (a
# rebuild with another Go version would change the committed bytes for nothing). The data dir defaults to
# .w3bstream in the current directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(
	cd "$root"
	if [[ "$(bash scripts/build-examples.sh --sources-hash)" != "$(sed -n 's/^sources //p' examples/assets/BUILD)" ]]; then
		bash scripts/build-examples.sh >/dev/null
	fi
	go build -o bin/w3bstream ./cmd/w3bstream
)
exec "$root/bin/w3bstream" dev "$@"
