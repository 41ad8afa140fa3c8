package storetest

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

// signalWait bounds how long a test waits for a change signal that must come; it is a failure bound,
// not a measurement.
const signalWait = 10 * time.Second

// Run runs the suite. open returns a new, empty store for each test; Run closes it when the test ends.
func Run(t *testing.T, open func(t *testing.T) da.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s da.Store)
	}{
		{"AppendAndRead", testAppendAndRead},
		{"Dedupe", testDedupe},
		{"UnpackedMessages", testUnpackedMessages},
		{"CreateTask", testCreateTask},
		{"CreateTaskConflicts", testCreateTaskConflicts},
		{"CreateTasks", testCreateTasks},
		{"CreateTasksConflicts", testCreateTasksConflicts},
		{"TaskMessages", testTaskMessages},
		{"Tasks", testTasks},
		{"UpdateTask", testUpdateTask},
		{"UpdateTaskRefusals", testUpdateTaskRefusals},
		{"RecordVerdict", testRecordVerdict},
		{"RecordSettlement", testRecordSettlement},
		{"SaveBlock", testSaveBlock},
		{"SaveBlockRefusals", testSaveBlockRefusals},
		{"SaveChainBlock", testSaveChainBlock},
		{"AssignTask", testAssignTask},
		{"Reassign", testReassign},
		{"Blocks", testBlocks},
		{"State", testState},
		{"Subscribe", testSubscribe},
		{"Concurrent", func(t *testing.T, s da.Store) { testConcurrent(t, s) }},
		{"Outbox", testOutbox},
		{"OutboxAtomic", testOutboxAtomic},
		{"OutboxReproved", testOutboxReproved},
		{"OutboxSettledOnChainsWord", testOutboxSettledOnChainsWord},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, openClosed(t, open))
		})
	}
}

// openClosed opens a store and closes it when t ends.
func openClosed(t *testing.T, open func(t *testing.T) da.Store) da.Store {
	t.Helper()
	s := open(t)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

// Fixed instants. t0 carries nanoseconds and a non-UTC zone so that a store that loses either shows it.
var (
	t0       = time.Date(2026, 5, 1, 12, 0, 0, 123456789, time.FixedZone("UTC+5", 5*3600))
	proverX  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	proverY  = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	fakeHash = common.HexToHash("0xdeadbeef")
)

// newMessage returns the n-th verified message of a project version. Signatures are not checked by a
// store, so they are filler of the right length.
func newMessage(project uint64, version string, n int) message.Verified {
	device := common.BytesToAddress(binary.BigEndian.AppendUint64([]byte{0xde, 0x71}, uint64(n%7)))
	data := fmt.Sprintf(`{"reading":%d}`, n)
	sig := make([]byte, message.SignatureBytes)
	binary.BigEndian.PutUint64(sig, uint64(n))
	sig[64] = byte(n % 2)
	return message.Verified{
		ID:             message.ComputeID(device, project, version, data),
		ProjectID:      project,
		ProjectVersion: version,
		DeviceID:       device,
		Data:           data,
		Signature:      sig,
	}
}

// newMessages returns count messages of project 1, version v1, numbered from first.
func newMessages(first, count int) []message.Verified {
	msgs := make([]message.Verified, count)
	for i := range msgs {
		msgs[i] = newMessage(1, "v1", first+i)
	}
	return msgs
}

// ids returns the IDs of msgs.
func ids(msgs []message.Verified) []common.Hash {
	out := make([]common.Hash, len(msgs))
	for i, m := range msgs {
		out[i] = m.ID
	}
	return out
}

// newTask returns a task of project 1, version v1, over msgs.
func newTask(msgs []message.Verified, createdAt time.Time) task.Task {
	return task.New(1, "v1", ids(msgs), createdAt)
}

// newBlock returns a block at height whose hash is derived from the height and a salt.
func newBlock(height uint64, salt string, assignments ...block.Assignment) block.Block {
	hash := sha256.Sum256(fmt.Appendf(nil, "%d/%s", height, salt))
	return block.Block{
		Height: height,
		Hash:   hash,
		Header: block.Header{
			Version:    1,
			PrevHash:   common.BytesToHash(binary.BigEndian.AppendUint64(nil, height-1)),
			MerkleRoot: sha256.Sum256(hash[:]),
			Timestamp:  uint64(t0.UnixMilli()) + height,
			NBits:      0x1d00ffff,
			Nonce:      ^uint64(0) - height, // high bit set: a store must keep all 64 bits
		},
		Assignments: assignments,
	}
}

// assign returns an assignment of a project-1 task.
func assign(id common.Hash, prover common.Address, deadline time.Time) block.Assignment {
	return block.Assignment{ProjectID: 1, TaskID: id, Prover: prover, Deadline: uint64(deadline.UnixMilli())}
}

// mustAppend appends msgs and fails the test on error.
func mustAppend(t testing.TB, s da.Store, msgs ...message.Verified) []da.Appended {
	t.Helper()
	got, err := s.AppendMessages(t.Context(), msgs, t0)
	if err != nil {
		t.Fatalf("append: %v", err)
	}
	if len(got) != len(msgs) {
		t.Fatalf("append of %d messages returned %d results", len(msgs), len(got))
	}
	return got
}

// mustCreate appends msgs, packs them into a task and returns it.
func mustCreate(t testing.TB, s da.Store, msgs []message.Verified, createdAt time.Time) task.Task {
	t.Helper()
	mustAppend(t, s, msgs...)
	tk := newTask(msgs, createdAt)
	if err := s.CreateTask(t.Context(), tk); err != nil {
		t.Fatalf("create task: %v", err)
	}
	return tk
}

// mustTask reads a task.
func mustTask(t testing.TB, s da.Store, id common.Hash) da.Task {
	t.Helper()
	got, err := s.Task(t.Context(), id)
	if err != nil {
		t.Fatalf("task %s: %v", id, err)
	}
	return got
}

// mustUpdate applies a task update.
func mustUpdate(t testing.TB, s da.Store, id common.Hash, from []task.State, ev task.Event, r *task.Result) {
	t.Helper()
	if err := s.UpdateTask(t.Context(), id, from, ev, r); err != nil {
		t.Fatalf("update task %s to %s: %v", id, ev.State, err)
	}
}

// mustSaveBlock saves a block.
func mustSaveBlock(t testing.TB, s da.Store, b block.Block, at time.Time) {
	t.Helper()
	if err := s.SaveBlock(t.Context(), b, at); err != nil {
		t.Fatalf("save block %d: %v", b.Height, err)
	}
}

// wantErr fails unless err is target.
func wantErr(t testing.TB, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: got error %v, want %v", what, err, target)
	}
}

// sameTime fails unless got is want's instant, in UTC.
func sameTime(t testing.TB, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
	if !got.IsZero() && got.Location() != time.UTC {
		t.Errorf("%s: got location %v, want UTC", what, got.Location())
	}
}

// sameMessage fails unless got is the stored form of want.
func sameMessage(t testing.TB, got da.Message, want message.Verified, seq int64, receivedAt time.Time, taskID common.Hash) {
	t.Helper()
	if !reflect.DeepEqual(got.Verified, want) {
		t.Errorf("message %s:\n got %+v\nwant %+v", want.ID, got.Verified, want)
	}
	if got.Seq != seq {
		t.Errorf("message %s: seq %d, want %d", want.ID, got.Seq, seq)
	}
	if got.TaskID != taskID {
		t.Errorf("message %s: task %s, want %s", want.ID, got.TaskID, taskID)
	}
	sameTime(t, "message received at", got.ReceivedAt, receivedAt)
}

// messageIDs returns the IDs of stored messages.
func messageIDs(msgs []da.Message) []common.Hash {
	out := make([]common.Hash, len(msgs))
	for i, m := range msgs {
		out[i] = m.ID
	}
	return out
}

// taskIDs returns the IDs of stored tasks.
func taskIDs(tasks []da.Task) []common.Hash {
	out := make([]common.Hash, len(tasks))
	for i, tk := range tasks {
		out[i] = tk.ID
	}
	return out
}
