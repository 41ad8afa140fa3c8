#!/usr/bin/env bash
# Builds every example program for GOOS=wasip1 GOARCH=wasm into examples/assets/<name>.wasm, where package
# examples embeds them: examples/<name>/program when it exists (a gnark example, whose own package is its
# circuit), examples/<name> otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p examples/assets

built=0
for dir in examples/*/; do
	name="$(basename "$dir")"
	[[ "$name" == assets ]] && continue
	pkg="./examples/${name}"
	[[ -d "${dir}program" ]] && pkg="${pkg}/program"
	compgen -G "${pkg#./}/*.go" >/dev/null || continue
	out="examples/assets/${name}.wasm"
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$out" "$pkg"
	echo "built $out ($(wc -c <"$out") bytes)"
	built=$((built + 1))
done
if [[ $built -eq 0 ]]; then
	echo "no example programs found under examples/" >&2
	exit 1
fi
