#!/usr/bin/env bash
# Installs the pinned tools CI runs beyond Go and Postgres into build/tools (gitignored): staticcheck, built
# with the Go toolchain, and schemathesis (the OpenAPI tester) in a Python virtual environment. Idempotent:
# a tool already at its pinned version is kept. Prints nothing else on success but one line per tool.
set -euo pipefail

staticcheck_version=v0.7.0  # staticcheck 2026.1, the first release that builds with Go 1.26
schemathesis_version=4.32.5

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/build/tools"
mkdir -p "$tools/bin"

if [[ "$("$tools/bin/staticcheck" -version 2>/dev/null || true)" != *"($staticcheck_version)"* ]]; then
	echo "install-tools: building staticcheck $staticcheck_version"
	GOBIN="$tools/bin" GOFLAGS=-mod=mod go install "honnef.co/go/tools/cmd/staticcheck@$staticcheck_version"
fi
echo "install-tools: $("$tools/bin/staticcheck" -version)"

venv="$tools/venv"
if [[ "$("$venv/bin/schemathesis" --version 2>/dev/null || true)" != *"$schemathesis_version"* ]]; then
	echo "install-tools: installing schemathesis $schemathesis_version"
	python3 -m venv "$venv"
	"$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi
echo "install-tools: $("$venv/bin/schemathesis" --version)"
