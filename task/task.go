package task

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// State is a step in the life of a task, and of each of its messages.
type State string

// States in the order a task moves through them. A failed task may be assigned again; settled and
// abandoned are final. The moves (see the package doc for why each happens):
//
//	packed -> assigned -> proved -> submitted -> settled
//	assigned, proved, submitted -> failed   (the prover failed, the dApp refused, or the deadline passed)
//	packed, failed -> failed                (the sequencer set the task aside: the chain would refuse it)
//	failed -> assigned                      (to a prover that has not had it)
//	failed -> abandoned                     (attempts exhausted)
//	any state but settled -> settled        (only on the chain's word: the minter holds the task settled)
const (
	Received  State = "received" // messages only: durable in DA, not yet in a task
	Packed    State = "packed"
	Assigned  State = "assigned"
	Proved    State = "proved"
	Submitted State = "submitted"
	Settled   State = "settled"
	Failed    State = "failed"
	Abandoned State = "abandoned" // final: assigned the most times allowed and never settled
)

// Valid reports whether s is a known state.
func (s State) Valid() bool {
	switch s {
	case Received, Packed, Assigned, Proved, Submitted, Settled, Failed, Abandoned:
		return true
	}
	return false
}

// Final reports whether no other state follows s.
func (s State) Final() bool { return s == Settled || s == Abandoned }

// Task is an ordered list of messages of one project version.
type Task struct {
	ID             common.Hash
	ProjectID      uint64
	ProjectVersion string
	MessageIDs     []common.Hash
	CreatedAt      time.Time
}

// ComputeID returns keccak256(projectID as 8 bytes big-endian || len(version) as 2 bytes || version ||
// messageID...). The same messages in the same order always give the same ID.
func ComputeID(projectID uint64, projectVersion string, messageIDs []common.Hash) common.Hash {
	buf := make([]byte, 0, 8+2+len(projectVersion)+32*len(messageIDs))
	buf = binary.BigEndian.AppendUint64(buf, projectID)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(projectVersion)))
	buf = append(buf, projectVersion...)
	for _, id := range messageIDs {
		buf = append(buf, id.Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// New builds a task of secp256k1 messages with its ID computed by ComputeID. Build makes a task of either
// scheme.
func New(projectID uint64, projectVersion string, messageIDs []common.Hash, createdAt time.Time) Task {
	return Task{
		ID:             ComputeID(projectID, projectVersion, messageIDs),
		ProjectID:      projectID,
		ProjectVersion: projectVersion,
		MessageIDs:     messageIDs,
		CreatedAt:      createdAt,
	}
}

// Check reports whether the task's ID matches its message IDs by ComputeID: the rule of secp256k1 tasks.
// CheckMessages checks a task of either scheme against its messages.
func (t Task) Check() error {
	if len(t.MessageIDs) == 0 {
		return errors.New("task has no messages")
	}
	if id := ComputeID(t.ProjectID, t.ProjectVersion, t.MessageIDs); id != t.ID {
		return fmt.Errorf("task ID %s does not match its content (%s)", t.ID, id)
	}
	return nil
}

// Event is one state transition of a task, with what is known about it. BlockHeight is the height of our
// PoW block that assigned the task; ChainBlock is the chain's block number of TxHash, the transaction that
// minted that block (assigned) or submitted or settled the result.
type Event struct {
	State       State          `json:"state"`
	Time        time.Time      `json:"time"`
	BlockHeight uint64         `json:"blockHeight,omitempty"`
	Prover      common.Address `json:"prover,omitzero"`
	TxHash      common.Hash    `json:"txHash,omitzero"`
	ChainBlock  uint64         `json:"chainBlock,omitempty"` // chain block number of TxHash; 0 when none
	Error       string         `json:"error,omitempty"`
}

// Result is a prover's output for a task: the runtime's public output and proof, signed by the prover.
type Result struct {
	TaskID       common.Hash
	Prover       common.Address
	Output       []byte // JSON written by the project's program
	Proof        []byte // empty for runtimes whose trust is the prover's signature (wasm)
	PublicInputs []byte
	Signature    []byte // prover's secp256k1 signature over Digest()
}

// Digest is what the prover signs: keccak256(taskID || keccak256(output) || keccak256(proof) ||
// keccak256(publicInputs)).
func (r Result) Digest() common.Hash {
	return crypto.Keccak256Hash(r.TaskID.Bytes(), crypto.Keccak256(r.Output), crypto.Keccak256(r.Proof),
		crypto.Keccak256(r.PublicInputs))
}

// CheckSignature verifies that Signature is the prover's signature over Digest.
func (r Result) CheckSignature() error {
	if len(r.Signature) != 65 {
		return fmt.Errorf("result signature is %d bytes, want 65", len(r.Signature))
	}
	pub, err := crypto.SigToPub(r.Digest().Bytes(), r.Signature)
	if err != nil {
		return fmt.Errorf("result signature: %w", err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != r.Prover {
		return fmt.Errorf("result signed by %s, not prover %s", got, r.Prover)
	}
	return nil
}
