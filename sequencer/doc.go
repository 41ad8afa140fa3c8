// Package sequencer turns packed tasks into mined blocks of assignments.
//
// A Sequencer reads DA for assignable tasks: packed ones, failed ones that have attempts left, and
// assigned ones whose deadline passed (it first marks those failed, naming the prover that let them
// expire). It gives each to a prover from its ProverSet that is not paused, runs the task's runtime kind
// (from a RuntimeLookup) and has not had the task before, spreading a block's tasks evenly over the
// eligible provers. It commits to the assignments with a merkle root, builds a header on the stored tip
// with the nbits that the difficulty rules require, mines it, checks the result with block.Validator, and
// saves the block, which assigns the tasks in the same transaction. A conflict (another writer moved the
// tip or a task) makes it re-read and rebuild.
//
// It does not poll: it works once at start, so that a restart continues from the stored tip, then when DA
// signals a task change, when the prover set signals a change (ProverNotifier), and when a timer set to
// the soonest assignment deadline fires. A task nobody can take stays where it is and is logged once; it
// is looked at again on the next wake-up. Everything it knows is in DA, so it keeps no checkpoint of its
// own.
//
// Submitting blocks on-chain, and learning provers from the chain's registry, come in later; here blocks
// go to DA, and the prover set is whatever the node wires in (a static list in dev mode).
package sequencer
