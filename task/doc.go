// Package task defines a task (an ordered list of messages of one project version), its deterministic ID,
// the states it moves through and the prover's signed result. It holds types only; the packer builds tasks.
package task
