package runtime

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Errors a runtime returns, wrapped with detail. The prover records them as the task's failure reason.
var (
	// ErrBadJob: the job itself is unusable (missing or invalid artifact, bad config); retrying elsewhere
	// will not help.
	ErrBadJob = errors.New("bad job")
	// ErrProgram: the project's program failed (non-zero exit, trap, output that is not JSON).
	ErrProgram = errors.New("program failed")
	// ErrLimit: the program ran past a time, memory or output limit.
	ErrLimit = errors.New("limit exceeded")
)

// Message is one input message as the program sees it.
type Message struct {
	ID       common.Hash    `json:"messageID"`
	DeviceID common.Address `json:"deviceID"`
	Data     string         `json:"data"`
	// Signature is the device's signature as stored (see package message): programs that prove where
	// the data came from put it into their circuit.
	Signature hexutil.Bytes `json:"signature,omitempty"`
}

// Artifact is a code artifact already fetched and checked against its hash.
type Artifact struct {
	SHA256 string // hex; runtimes key compiled forms by it
	Bytes  []byte
}

// Job is one task to run: a project version's code and config, and the task's ordered messages.
type Job struct {
	ProjectID      uint64      `json:"projectID"`
	ProjectVersion string      `json:"projectVersion"`
	TaskID         common.Hash `json:"taskID"`
	Messages       []Message   `json:"messages"`
	// DeviceKeys are the ZK-friendly public keys registered for the project, for programs that prove the
	// signers are registered (a Merkle tree of them); empty when the project's devices have none.
	DeviceKeys []hexutil.Bytes     `json:"deviceKeys,omitempty"`
	Artifacts  map[string]Artifact `json:"-"` // by artifact name
	Config     json.RawMessage     `json:"-"` // the version's runtime-specific config
}

// Result is what a runtime produces: the program's public output and, for proving runtimes, the proof
// and its public inputs.
type Result struct {
	Output       json.RawMessage
	Proof        []byte
	PublicInputs []byte
}

// Runtime executes a job and proves it. Implementations must be safe for concurrent use and
// deterministic: the same job gives the same Output and PublicInputs.
type Runtime interface {
	Kind() string
	Prove(ctx context.Context, job Job) (Result, error)
}

// Preparer is a runtime that can load a version's artifacts ahead of its first job (compile a module,
// read proving keys), so that the first task does not pay for it. Prepare is an optimization: a job
// whose version was never prepared must still run.
type Preparer interface {
	Prepare(ctx context.Context, artifacts map[string]Artifact, config json.RawMessage) error
}
