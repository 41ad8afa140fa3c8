#!/usr/bin/env bash
# Builds the example programs and cmd/w3bstream-bench, then measures a dev node on this machine: intake
# throughput over HTTP (single and batch endpoints), received→proved latency under light load, and memory
# under sustained load, over SQLite and, when initdb is found, a throwaway Postgres. About three minutes on
# two cores. Extra arguments go to the program, for example:
#   scripts/bench.sh --postgres=false --n 50000 --cpuprofile /tmp/cpu.pprof
# The gnark phase (not run by default; the on-chain figures need npm ci in contracts/) measures the ZK
# examples: constraints, dev setup, prove time and the runtime's overhead, memory, verifier gas:
#   scripts/bench.sh --phases gnark --gnark-slots 16,64 --gnark-backends groth16,plonk
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(
	cd "$root"
	bash scripts/build-examples.sh >/dev/null
	go build -o bin/w3bstream-bench ./cmd/w3bstream-bench
)
exec "$root/bin/w3bstream-bench" "$@"
