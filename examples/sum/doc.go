//go:build wasip1

// Command sum is the example program of the wasm runtime: it reads a task's job from stdin, where every
// message's data is a JSON object like {"reading": 42}, and writes the count, total, maximum and per-device
// totals of the readings to stdout. Build it with scripts/build-examples.sh.
package main
