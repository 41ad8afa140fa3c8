// Package sequencer turns packed tasks into mined blocks of assignments.
//
// A Sequencer reads DA for assignable tasks: packed ones, failed ones that have attempts left, and
// assigned ones whose deadline passed (it first marks those failed, naming the prover that let them
// expire). With blocks minted on a chain (a Submitter), a result counts only once the router took it,
// so proved and submitted tasks whose deadline passed expire too. A failed task that has been assigned
// the most times allowed ends abandoned, with the reason. The sequencer gives each task to a prover from
// its ProverSet that is not paused, runs the task's runtime kind (from a RuntimeLookup) and has not had
// the task before. Of those it takes the one with the least load: its outstanding tasks (assigned, proved
// or submitted and not yet settled), the tasks the block gave it so far, and MissWeight for each
// assignment it let expire within MissMemory; ties go by the task ID. A prover with BenchMisses misses
// within MissMemory (one that died keeps its stake) gets nothing while another may take the task. The candidates are the chain's
// registered, staked provers, one per address, so a prover gains nothing by announcing itself many times.
//
// Before a block is mined, a Checker (the chain's, wired by the node) checks each assignment as the
// chain will when the block is minted. One the chain would refuse (a paused project, one without a dApp,
// a prover that may not take it, a task the chain still holds assigned) is left out and its task set
// aside: failed with the reason "refused: <code>", without using an attempt, and tried again after a
// back-off of its own that doubles with each refusal in a row, up to a cap; a task its prover failed
// before the deadline waits for the deadline, when the chain takes it back. So no project or task can
// make every mint revert and stop the sequencer for everyone. A task the chain holds settled is settled
// in DA on the chain's word. A RuntimeLookup may refuse a project outright (its on-chain runtime is not
// its project file's) with a Refusal; its tasks are set aside the same way.
//
// It commits to the assignments with a merkle root, builds a header on the stored tip with the nbits
// that the difficulty rules require, mines it, checks the result with block.Validator, and saves the
// block, which assigns the tasks in the same transaction. A conflict (another writer moved the tip or a
// task) makes it re-read and rebuild.
//
// It does not poll: it works once at start, so that a restart continues from the stored tip, then when DA
// signals a task change, when the prover set signals a change (ProverNotifier), and when a timer set to
// the soonest assignment deadline or end of a back-off fires. A task nobody can take stays where it is
// and is logged once; it is looked at again on the next wake-up. Everything it knows is in DA but the
// back-offs, which a restart begins again.
package sequencer
