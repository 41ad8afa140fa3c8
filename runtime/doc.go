// Package runtime defines how a prover runs a project's program: a Runtime takes a Job (a project version's
// code and a task's ordered messages) and returns a Result (public output, and a proof where the runtime
// proves). Runtimes live in sub-packages (runtime/wasm, ...) and know nothing of HTTP, storage or the
// chain; every one passes the conformance suite in runtime/runtimetest.
package runtime
