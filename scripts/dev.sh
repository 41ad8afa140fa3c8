#!/usr/bin/env bash
# Builds w3bstream with its example programs and runs `w3bstream dev` with the given arguments, for
# example: scripts/dev.sh --demo. The data dir defaults to .w3bstream in the current directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(
	cd "$root"
	bash scripts/build-examples.sh >/dev/null
	go build -o bin/w3bstream ./cmd/w3bstream
)
exec "$root/bin/w3bstream" dev "$@"
