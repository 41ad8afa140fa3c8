#!/usr/bin/env bash
# CI: fails when the committed example programs (examples/assets) are not what scripts/build-examples.sh
# makes from the sources. With the Go version they were built with (examples/assets/BUILD), it rebuilds
# them and compares the bytes; with another Go version, whose bytes differ, it checks that the sources
# are the ones they were built from.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
stale() {
	echo "check-examples: $*; run scripts/build-examples.sh (with $built_go) and commit examples/assets" >&2
	exit 1
}

built_go="$(sed -n 's/^go //p' examples/assets/BUILD)"
built_sources="$(sed -n 's/^sources //p' examples/assets/BUILD)"
if [[ "$(go env GOVERSION)" != "$built_go" ]]; then
	[[ "$(bash scripts/build-examples.sh --sources-hash)" == "$built_sources" ]] ||
		stale "the example programs' sources changed since they were built"
	echo "check-examples: sources unchanged; the bytes are not compared, this is $(go env GOVERSION), they were built with $built_go"
	exit 0
fi

bash scripts/build-examples.sh
git diff --exit-code --stat -- examples/assets || stale "the built example programs differ from the committed ones"
untracked="$(git ls-files --others --exclude-standard -- examples/assets)"
[[ -z "$untracked" ]] || stale "untracked example programs: $untracked"
echo "check-examples: the committed example programs are what the sources build to"
