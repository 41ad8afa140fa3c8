// Package runtimetest is the conformance suite every runtime.Runtime passes. A runtime's tests call Run
// with a Case: the artifacts and config of a reference program and the output that program must give, and
// the suite checks what the node relies on whatever the runtime is: the expected output, determinism,
// that message order reaches the program, bad jobs reported as runtime.ErrBadJob, prompt cancellation and
// safety under concurrent use (run it with -race).
package runtimetest
