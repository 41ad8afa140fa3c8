#!/usr/bin/env bash
# CI: checks that the node answers as its OpenAPI description (api/openapi.json) says, with schemathesis
# (installed by scripts/install-tools.sh) against `w3bstream dev --no-chain` on a loopback port and a
# temporary data dir: every route, generated valid and invalid requests, each answer checked against the
# documented status codes, headers and schemas. Any failure fails the script; it gives up after
# $W3B_API_TIMEOUT seconds (default 600).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
timeout_s="${W3B_API_TIMEOUT:-600}"
schemathesis="$root/build/tools/venv/bin/schemathesis"
[[ -x "$schemathesis" ]] || bash "$root/scripts/install-tools.sh"
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

(cd "$root" && go build -o "$tmp/w3bstream" ./cmd/w3bstream)
"$tmp/w3bstream" dev --no-chain --data-dir "$tmp/data" --http 127.0.0.1:0 --log-level warn >"$tmp/dev.log" 2>&1 &
pid=$!
url=""
for ((i = 0; i < timeout_s; i++)); do
	url="$(sed -n 's/^w3bstream dev ready: //p' "$tmp/dev.log")"
	[[ -n "$url" ]] && break
	kill -0 "$pid" 2>/dev/null || break
	sleep 1
done
if [[ -z "$url" ]]; then
	echo "check-api: w3bstream dev did not get ready; its output:" >&2
	tail -n 40 "$tmp/dev.log" >&2
	exit 1
fi

# A fixed seed makes a failure reproducible; 100 cases per operation and phase keep the run to a minute.
cd "$tmp"
timeout "$timeout_s" "$schemathesis" --config-file "$root/api/schemathesis/schemathesis.toml" \
	run "$url/openapi.json" --checks all --max-examples 100 --seed 2 --request-timeout 10 \
	--generation-database none --no-color --warnings off
echo "check-api: the node answers as api/openapi.json describes"
