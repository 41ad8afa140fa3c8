// Package prover runs the tasks assigned to one prover key. It wakes on DA signals when blocks assign
// tasks, and at start for assignments a crash interrupted; it trusts nothing it reads: each task's ID is
// recomputed from its messages and every device signature is checked again before the project's runtime
// runs. The result is signed by the prover's key, stored (state proved) and delivered to the version's
// output sinks. A runtime failure is stored as the task's failure reason, so the sequencer can assign
// the task to another prover.
package prover
