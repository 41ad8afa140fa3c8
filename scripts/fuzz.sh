#!/usr/bin/env bash
# Runs each Go fuzz target for a bounded time ($FUZZTIME, default 10s): message and batch decoding, project
# files, the multi-party setup's files and gnark artifacts. Their seed corpora (and any input that once
# failed, under testdata/fuzz) also run with every `go test`. The address space is capped, so an input
# that makes a decoder allocate without bound fails the target instead of the machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fuzztime="${FUZZTIME:-10s}"
targets=(
	"./message FuzzDecodeMessage"
	"./ingest FuzzDecodeBatch"
	"./project FuzzDecode"
	"./circuit FuzzReadSetupFile"
	"./runtime/gnark FuzzDecodeArtifact"
)
# Minimizing each new input is cut short (2s): the time goes to new inputs.
ulimit -v $((16 * 1024 * 1024)) # KiB: 16 GiB
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	echo "fuzz: $name ($pkg) for $fuzztime"
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime 2s "$pkg"
done
