#!/usr/bin/env bash
# Builds every example program for GOOS=wasip1 GOARCH=wasm into examples/assets/<name>.wasm, where package
# examples embeds them: examples/<name>/program when it exists (a gnark example, whose own package is its
# circuit), examples/<name> otherwise. The built programs are committed, so that `go install` of the
# binary has them; examples/assets/BUILD records the Go version and a hash of the sources they were built
# from, which scripts/check-examples.sh checks. Builds are reproducible: -trimpath, no build ID, no VCS
# stamp, so the same sources and Go version give the same bytes on any machine and in any directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p examples/assets

# The packages the examples build, one per example program.
packages() {
	local dir name pkg
	for dir in examples/*/; do
		name="$(basename "$dir")"
		[[ "$name" == assets ]] && continue
		pkg="./examples/${name}"
		[[ -d "${dir}program" ]] && pkg="${pkg}/program"
		compgen -G "${pkg#./}/*.go" >/dev/null || continue
		echo "$name $pkg"
	done
}

# sources_hash hashes what the programs are built from: the files of every package of this module they
# import and the version of every other module they import from (listed by the go command for wasip1),
# so that a change elsewhere in go.mod leaves it alone.
sources_hash() {
	local pkgs
	pkgs="$(packages | cut -d' ' -f2)"
	{
		# shellcheck disable=SC2086
		GOOS=wasip1 GOARCH=wasm go list -deps -f \
			'{{if .Module}}{{if .Module.Main}}{{$d := .Dir}}{{range .GoFiles}}file {{$d}}/{{.}}{{"\n"}}{{end}}{{range .EmbedFiles}}file {{$d}}/{{.}}{{"\n"}}{{end}}{{else}}module {{.Module.Path}}@{{.Module.Version}}{{with .Module.Replace}} => {{.Path}}@{{.Version}}{{end}}{{"\n"}}{{end}}{{end}}' \
			$pkgs | sed "s|^file $root/|file |"
	} | LC_ALL=C sort -u | while IFS= read -r line; do
		if [[ "$line" == file\ * ]]; then
			printf '%s  %s\n' "$(sha256sum <"${line#file }" | cut -d' ' -f1)" "${line#file }"
		else
			echo "$line"
		fi
	done | sha256sum | cut -d' ' -f1
}

if [[ "${1:-}" == --sources-hash ]]; then
	sources_hash
	exit 0
fi

built=0
while read -r name pkg; do
	out="examples/assets/${name}.wasm"
	GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0 GOFLAGS=-buildvcs=false \
		go build -trimpath -ldflags="-s -w -buildid=" -o "$out" "$pkg"
	echo "built $out ($(wc -c <"$out") bytes)"
	built=$((built + 1))
done < <(packages)
if [[ $built -eq 0 ]]; then
	echo "no example programs found under examples/" >&2
	exit 1
fi
{
	echo "# Written by scripts/build-examples.sh; checked by scripts/check-examples.sh."
	echo "go $(go env GOVERSION)"
	echo "sources $(sources_hash)"
} >examples/assets/BUILD
