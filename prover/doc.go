// Package prover runs the tasks assigned to one prover key. It wakes on DA signals when blocks assign
// tasks, and at start for assignments a crash interrupted; it trusts nothing it reads: each task's ID is
// recomputed from its messages and every device signature is checked again before the project's runtime
// runs. The result is signed by the prover's key and stored (state proved), in the same transaction as
// one outbox entry per output of the version. A runtime failure is stored as the task's failure reason,
// so the sequencer can assign the task to another prover. On a chain, a result waits for its transaction
// outside the proving slot, so that proving goes on meanwhile.
//
// A prover with a store of its own (WithFetcher) holds none of the sequencers' tasks: it scans the blocks
// its chain follower mirrors for assignments to its key, fetches each such task's messages from peers,
// checks every message (signature, project, version, scheme, device) and the task ID recomputed from all
// of them, and only then imports the task with the block's assignment. Gossip may start a fetch before
// the block comes (Prefetch); the block alone makes the assignment. A task no peer served before its
// deadline is logged and counted, and its assignment expires to another prover.
//
// Outputs are delivered after settlement, off the proving path: the outbox's own workers deliver an entry
// once its task is final (settled when results go on-chain, proved when they do not), retry a failed
// attempt after a growing delay (Retry) and give it up as dead after the last attempt. Each delivery
// carries an idempotency key, the task ID and the output's index, so that a receiver can keep the first
// of the copies a crash may cause. The prover that produced a result delivers it: it holds the project's
// output settings and its operator's bounds on them (the output directory, which webhook addresses).
package prover
