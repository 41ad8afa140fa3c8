package da

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

// Sentinel errors. Implementations wrap them so that callers can test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	// ErrConflict means a write would break an invariant (a message packed twice, a block height taken,
	// a task not in an expected state); nothing was written.
	ErrConflict = errors.New("conflict")
)

// Topic names a kind of change that Subscribe signals.
type Topic string

// Topics signalled after a commit.
const (
	TopicMessages Topic = "messages" // messages appended
	TopicTasks    Topic = "tasks"    // a task created or changed state
	TopicBlocks   Topic = "blocks"   // a block saved (tasks assigned)
)

// Message is a verified message as stored.
type Message struct {
	message.Verified
	Seq        int64       // DA order: assigned by the store, increasing
	ReceivedAt time.Time   // when it became durable
	TaskID     common.Hash // zero until packed
}

// Appended is the outcome of appending one message.
type Appended struct {
	Message Message // the stored record: the existing one when New is false
	New     bool
}

// Task is a task as stored, with its current assignment and result.
type Task struct {
	task.Task
	State       task.State
	Attempts    int            // how many times it was assigned
	BlockHeight uint64         // block of the current assignment; 0 when none
	Prover      common.Address // prover of the current assignment
	Deadline    time.Time      // of the current assignment
	Result      *task.Result   // set once proved
	Error       string         // last failure reason
	UpdatedAt   time.Time
	Events      []task.Event // oldest first; filled by Task, not by Tasks
}

// Order is how Tasks sorts.
type Order int

// Orders.
const (
	NewestFirst   Order = iota // by creation, newest first: what people browse
	OldestFirst                // by creation, oldest first: what workers take
	DeadlineFirst              // by current deadline, soonest first
)

// TaskQuery filters Tasks. Zero fields do not filter.
type TaskQuery struct {
	ProjectID      uint64
	States         []task.State
	Prover         common.Address
	DeadlineBefore time.Time // only tasks whose current deadline is before this
	Order          Order
	Limit          int // required, > 0
}

// ProverCounter is what a Store may offer besides: the number of tasks that Tasks would return for q, per
// prover, counted by the store rather than read out. The sequencer weighs provers by it every round.
type ProverCounter interface {
	CountByProver(ctx context.Context, q TaskQuery) (map[common.Address]int, error)
}

// Store is durable data availability. Every write is durable when it returns (a crash after it returns
// loses nothing), atomic (a failed write leaves nothing behind) and signals its topic after commit.
type Store interface {
	// AppendMessages stores messages in one transaction in the given order. A message whose ID is stored
	// already is not stored again; its existing record comes back with New false.
	AppendMessages(ctx context.Context, msgs []message.Verified, receivedAt time.Time) ([]Appended, error)
	// Message returns one message, or ErrNotFound.
	Message(ctx context.Context, id common.Hash) (Message, error)
	// UnpackedMessages returns messages not yet in a task with Seq > afterSeq, in Seq order, at most limit.
	UnpackedMessages(ctx context.Context, afterSeq int64, limit int) ([]Message, error)

	// CreateTask stores a task in state packed (with a packed event) and links its messages, in one
	// transaction. ErrConflict if the task exists or any message is missing or already in a task.
	CreateTask(ctx context.Context, t task.Task) error
	// CreateTasks stores tasks as CreateTask does, all in one transaction: all of them or none. ErrConflict
	// if any task exists or repeats, or any message is missing, already in a task or in two of the tasks.
	// It signals TopicTasks once.
	CreateTasks(ctx context.Context, ts []task.Task) error
	// Task returns a task with its events, or ErrNotFound.
	Task(ctx context.Context, id common.Hash) (Task, error)
	// TaskMessages returns a task's messages in task order.
	TaskMessages(ctx context.Context, id common.Hash) ([]Message, error)
	// Tasks returns tasks matching q, without events.
	Tasks(ctx context.Context, q TaskQuery) ([]Task, error)
	// UpdateTask moves a task to ev.State if its current state is one of from, appends ev to its events,
	// and sets the result when one is given (state proved). A failed or abandoned event records ev.Error; submitted and
	// settled events carry the chain's TxHash and ChainBlock. ErrConflict if the task is in another state;
	// ErrNotFound if it does not exist.
	UpdateTask(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result) error

	// SaveBlock stores a block and, in the same transaction, assigns each of its tasks: state assigned,
	// Attempts+1, block height, prover and deadline set, an assigned event appended that carries the
	// block's TxHash and ChainBlock. A task is assignable
	// when it is packed or failed, or assigned with its deadline passed at time at. ErrConflict if the
	// height or hash exists, the height is not tip+1, or a task is missing or not assignable.
	SaveBlock(ctx context.Context, b block.Block, at time.Time) error
	// SaveChainBlock stores a block the chain accepted (a follower mirrors it) and applies the chain's word
	// to the tasks the store holds, in one transaction: each held task that is not settled is assigned as
	// the block says, whatever its state under this node's clock; a task the store does not hold (another
	// sequencer's, or one a prover has not fetched yet) is skipped. ErrConflict if the height or hash exists
	// or the height is not tip+1.
	SaveChainBlock(ctx context.Context, b block.Block, at time.Time) error
	// AssignTask applies the assignment of task id that the stored block at height carries, as
	// SaveChainBlock does: for a task stored after its block, as a prover imports a task it fetched. ErrNotFound
	// if the block, its assignment of the task or the task is missing, or the assignment was applied already.
	AssignTask(ctx context.Context, height uint64, id common.Hash, at time.Time) error
	// Block returns the block at a height, or ErrNotFound.
	Block(ctx context.Context, height uint64) (block.Block, error)
	// LatestBlock returns the tip, or ErrNotFound when there is no block yet.
	LatestBlock(ctx context.Context) (block.Block, error)

	// GetState returns a node-state value (checkpoints, cursors), or ErrNotFound.
	GetState(ctx context.Context, key string) ([]byte, error)
	// PutState sets a node-state value.
	PutState(ctx context.Context, key string, value []byte) error

	// Subscribe returns a channel that receives a signal after commits touching topic. Signals coalesce:
	// one signal may stand for many commits, so a subscriber reads the store to see what changed.
	Subscribe(topic Topic) (<-chan struct{}, func())
	// Close releases the store.
	Close() error

	// UpdateTaskOutbox does what UpdateTask does and, in the same transaction, puts entries in the outbox
	// as pending, due at once: a result is never stored without its deliveries. An entry replaces the one of
	// the same task and index (a task proved again delivers its new result). Either update of a task to
	// failed cancels its pending entries in its transaction.
	UpdateTaskOutbox(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result,
		entries []OutboxEntry) error
	// Outbox returns outbox entries matching q, soonest due first (then by task and index).
	Outbox(ctx context.Context, q OutboxQuery) ([]OutboxEntry, error)
	// UpdateOutbox records an attempt at a pending entry: its State, Attempts, DueAt, LastError and
	// UpdatedAt. ErrConflict if the entry is no longer pending or is another prover's now; ErrNotFound if
	// there is none.
	UpdateOutbox(ctx context.Context, e OutboxEntry) error
}
