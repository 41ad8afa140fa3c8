#!/usr/bin/env bash
# CI: installs the binary as a user of `go install` does, from a fresh clone of the committed tree into a
# temporary directory, and starts `w3bstream dev` with nothing but the binary: an empty PATH, a new home,
# user cache and data dir (so the gnark examples are built anew), loopback ports picked by the system. It
# passes when the node prints its ready line and answers /healthz; it gives up after $W3B_INSTALL_TIMEOUT
# seconds (default 600).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
timeout_s="${W3B_INSTALL_TIMEOUT:-600}"
tmp="$(mktemp -d)"
pid=""
cleanup() {
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

git clone --quiet --no-hardlinks "$root" "$tmp/src"
# The build shares the go command's caches; only the installed binary's environment is new.
export GOCACHE="$(go env GOCACHE)" GOMODCACHE="$(go env GOMODCACHE)"
(cd "$tmp/src" && GOBIN="$tmp/bin" GOFLAGS=-mod=mod go install ./cmd/w3bstream)
echo "check-install: installed $(du -h "$tmp/bin/w3bstream" | cut -f1) binary from a fresh clone"

mkdir -p "$tmp/home"
env -i PATH= HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/.cache" \
	"$tmp/bin/w3bstream" dev --data-dir "$tmp/data" --http 127.0.0.1:0 --chain-rpc 127.0.0.1:0 \
	>"$tmp/dev.log" 2>&1 &
pid=$!
url=""
for ((i = 0; i < timeout_s; i++)); do
	url="$(sed -n 's/^w3bstream dev ready: //p' "$tmp/dev.log")"
	[[ -n "$url" ]] && break
	kill -0 "$pid" 2>/dev/null || break
	sleep 1
done
if [[ -z "$url" ]]; then
	echo "check-install: w3bstream dev did not get ready in ${timeout_s}s; its output:" >&2
	tail -n 40 "$tmp/dev.log" >&2
	exit 1
fi
curl --silent --show-error --fail --max-time 10 "$url/healthz" >/dev/null
kill -INT "$pid"
if ! wait "$pid"; then
	echo "check-install: w3bstream dev did not stop cleanly; its output:" >&2
	tail -n 20 "$tmp/dev.log" >&2
	exit 1
fi
pid=""
echo "check-install: w3bstream dev was ready after ${i}s (cold caches) at $url and stopped on SIGINT"
