// Package wasm is the "wasm" runtime: it runs a project's program, a WASI preview 1 (wasip1) command module,
// on wazero, and returns what the program prints as the task's result. The runtime proves nothing itself;
// a result is trusted because the prover signs it, so Result.Proof and Result.PublicInputs are empty.
//
// # Program ABI
//
// The job's artifact named "program" is the module. The runtime writes the job as JSON to the program's
// stdin,
//
//	{"projectID":1,"projectVersion":"v1","taskID":"0x…","messages":[{"messageID":"0x…","deviceID":"0x…","data":"…"}]}
//
// (json.Marshal of runtime.Job, with "messages" always an array), calls _start, and takes stdout as the
// result, which must be one JSON value. A non-zero exit or a trap is runtime.ErrProgram; stderr is kept
// (bounded) for the error message. The program gets its name as its only argument, no environment and no
// files.
//
// # Determinism
//
// A program sees no ambient state: the wall clock is fixed at FixedWalltime, the monotonic clock starts at
// zero and advances by a fixed tick at every reading (so that sleeps and timers in the guest still end),
// sleeping returns at once, and random bytes come from a ChaCha8 stream seeded by the task ID. The same job
// therefore gives the same output on every node.
//
// # Limits
//
// Each job runs under a time limit (the context deadline closes the module), a memory limit enforced by the
// runtime's own linear-memory allocator, which records a growth past the limit so that the failure is
// reported as runtime.ErrLimit rather than as a program crash, and an output limit. Compiled modules are
// cached by artifact SHA-256 in a bounded LRU; concurrent first uses compile once.
package wasm
