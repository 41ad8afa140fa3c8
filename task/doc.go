// Package task defines a task (an ordered list of messages of one project version), its deterministic ID,
// the states it moves through and the prover's signed result. It holds types only; the packer builds tasks.
//
// A task is packed by the packer and assigned by the sequencer in a block. Its prover proves it (proved),
// routes the result on-chain (submitted) and learns the dApp's verdict: settled, or failed with the dApp's
// reason. A task whose assignment deadline passes while it is assigned, proved or submitted is failed by
// the sequencer (its prover died or stalled), and a failed task is assigned again, to a prover that has
// not had it, until it has been assigned the most times allowed; it then ends abandoned, with the reason
// "attempts exhausted (N)". A task that the chain would refuse to assign (its project paused, without a
// dApp, or registered with another runtime than its project file names) is set aside failed with the
// chain's reason and tried again later, without using an attempt. Whatever DA says, a task the chain
// holds settled becomes settled in DA.
package task
