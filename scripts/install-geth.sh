#!/usr/bin/env bash
# Builds the geth dev node that the separate-process network test (e2e/network_test.go) runs against, into a
# cache directory that survives between runs, and prints the binary's path on stdout. Idempotent: when the
# cached binary exists and reports the pinned version, it builds nothing.
#
# Where: ${W3BSTREAM_TOOLS:-$HOME/.cache/w3bstream/tools}/geth-v1.17.8/geth. The network test looks for
# $W3BSTREAM_GETH first, then this same path; set W3BSTREAM_GETH to use a geth built elsewhere.
#
# Why v1.17.8: v1.17.9 and v1.17.10 do not build here (the module proxy refuses one of their dependency
# zips). `go install pkg@version` builds with geth's own go.mod, not this module's, so the two never mix.
set -euo pipefail

version="1.17.8"
tools="${W3BSTREAM_TOOLS:-$HOME/.cache/w3bstream/tools}"
dir="$tools/geth-v$version"
bin="$dir/geth"

have_geth() {
	[ -x "$bin" ] && "$bin" version 2>/dev/null | grep -q "^Version: $version"
}

if have_geth; then
	echo "install-geth: geth $version present at $bin" >&2
else
	echo "install-geth: building geth $version into $dir (takes a few minutes)" >&2
	mkdir -p "$dir"
	start=$(date +%s)
	# GOFLAGS from the caller (for example -mod=vendor) must not leak into a build outside this module.
	GOFLAGS=-buildvcs=false GOBIN="$dir" go install "github.com/ethereum/go-ethereum/cmd/geth@v$version"
	have_geth || { echo "install-geth: built $bin but it does not report version $version" >&2; exit 1; }
	echo "install-geth: built in $(($(date +%s) - start))s" >&2
fi
echo "$bin"
