package da

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/task"
)

// TopicOutbox is signalled after commits that add outbox entries or record attempts at them.
const TopicOutbox Topic = "outbox"

// OutboxState is where an outbox entry stands.
type OutboxState string

// Outbox states.
const (
	OutboxPending   OutboxState = "pending"   // to be delivered once its task is ready
	OutboxDelivered OutboxState = "delivered" // the output took it
	OutboxDead      OutboxState = "dead"      // given up after the most attempts allowed; LastError says why
	OutboxCancelled OutboxState = "cancelled" // its task failed: the result will not settle
)

// Check says whether s is an outbox state.
func (s OutboxState) Check() error {
	switch s {
	case OutboxPending, OutboxDelivered, OutboxDead, OutboxCancelled:
		return nil
	}
	return fmt.Errorf("%q is not an outbox state", string(s))
}

// OutboxEntry is one off-chain output of a task's result, kept in DA until it is delivered. It is
// stored with the result it carries (UpdateTaskOutbox), and delivered by the prover whose result it is
// once the task is in a state that makes it final (settled on a chain, proved without one).
type OutboxEntry struct {
	TaskID    common.Hash
	Index     int            // the output's place in the version's output list
	Prover    common.Address // who delivers: the prover whose result it is
	Sink      []byte         // where to: the output's settings as the project file states them (JSON)
	Body      []byte         // what: the record delivered
	State     OutboxState
	Attempts  int       // delivery attempts made
	DueAt     time.Time // the next attempt is not made before this
	LastError string    // why the last attempt failed
	UpdatedAt time.Time
	TaskState task.State // the task's state when read; filled by Outbox
}

// Key is the entry's idempotency key, "<task ID>-<output index>" (the task ID in 0x-prefixed lowercase
// hex): each result is settled once per task, so a receiver that sees a key again has the delivery already.
func (e OutboxEntry) Key() string { return OutboxKey(e.TaskID, e.Index) }

// OutboxKey is the idempotency key of a task's index-th output.
func OutboxKey(taskID common.Hash, index int) string {
	return fmt.Sprintf("%s-%d", taskID.Hex(), index)
}

// OutboxQuery filters Outbox, which answers soonest due first. Zero fields do not filter.
type OutboxQuery struct {
	Prover common.Address
	States []OutboxState
	// TaskStates keeps entries whose task is in one of these states and still the entry's prover's
	// (a task failed and proved again by another prover is that prover's to deliver).
	TaskStates []task.State
	TaskID     common.Hash
	Limit      int // required, > 0
}
