package gnark

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend/schema"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
)

// maxDetail bounds the part of a gnark or decoding error quoted in a job's error.
const maxDetail = 300

var errClosed = errors.New("gnark: runtime closed")

// Runtime proves jobs with one gnark backend on BN254: a project's program computes the circuit's
// assignment, and gnark proves that it satisfies the circuit. It is safe for concurrent use.
type Runtime struct {
	backend  Backend
	programs *wasm.Runtime
	cfg      config
	metrics  *metrics

	proving    chan struct{}  // a slot per proof that may run; see WithMaxConcurrentProofs
	background sync.WaitGroup // loads and proofs that may outlive their job

	mu       sync.Mutex
	versions map[string]*version // by artifacts.key
	lru      *list.List          // of *version, most recently used first
	closed   bool
}

var (
	_ runtime.Runtime  = (*Runtime)(nil)
	_ runtime.Preparer = (*Runtime)(nil)
)

// New returns a runtime of backend b that runs programs on programs, with the options applied over the
// defaults. The wasm runtime's limits apply to the programs; it stays the caller's to close.
func New(b Backend, programs *wasm.Runtime, opts ...Option) (*Runtime, error) {
	if _, err := ParseBackend(string(b)); err != nil {
		return nil, err
	}
	if programs == nil {
		return nil, errors.New("gnark: no wasm runtime for the programs")
	}
	cfg := defaultConfig()
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, fmt.Errorf("gnark: %w", err)
		}
	}
	m, err := newMetrics(string(b), cfg.registerer)
	if err != nil {
		return nil, fmt.Errorf("gnark: metrics: %w", err)
	}
	// gnark logs every proof at debug level to stdout unless told otherwise.
	logger.Disable()
	return &Runtime{
		backend:  b,
		programs: programs,
		cfg:      cfg,
		metrics:  m,
		proving:  make(chan struct{}, cfg.maxConcurrentProofs),
		versions: map[string]*version{},
		lru:      list.New(),
	}, nil
}

// Close drops the cached versions and waits for loads and proofs left running by canceled jobs. Call it
// once no Prove is running.
func (r *Runtime) Close() error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	r.versions = map[string]*version{}
	r.lru.Init()
	r.mu.Unlock()
	r.background.Wait()
	return nil
}

// Kind returns the backend's runtime kind, KindGroth16 or KindPlonk.
func (r *Runtime) Kind() string { return string(r.backend) }

// Stats returns the runtime's counters since it was made.
func (r *Runtime) Stats() Stats { return r.metrics.stats() }

// Prepare loads a version's circuit, keys and schema and compiles its program, ahead of its first job.
func (r *Runtime) Prepare(ctx context.Context, all map[string]runtime.Artifact, config json.RawMessage) error {
	if _, err := parseConfig(config); err != nil {
		return err
	}
	a, err := findArtifacts(all)
	if err != nil {
		return err
	}
	if _, err := r.version(ctx, a); err != nil {
		return err
	}
	return r.programs.Prepare(ctx, map[string]runtime.Artifact{wasm.ProgramArtifact: a.program}, nil)
}

// Prove runs the job's program, proves its assignment and checks the proof. The result's Proof is in the
// calldata format of gnark's Solidity verifier and its PublicInputs are the public witness as 32-byte
// big-endian words.
func (r *Runtime) Prove(ctx context.Context, job runtime.Job) (runtime.Result, error) {
	if err := ctx.Err(); err != nil {
		return runtime.Result{}, fmt.Errorf("gnark: %w", err)
	}
	params, err := parseConfig(job.Config)
	if err != nil {
		return runtime.Result{}, err
	}
	a, err := findArtifacts(job.Artifacts)
	if err != nil {
		return runtime.Result{}, err
	}
	v, err := r.version(ctx, a)
	if err != nil {
		return runtime.Result{}, err
	}

	start := time.Now()
	stdin, err := encodeInput(job, params)
	if err != nil {
		return runtime.Result{}, err
	}
	out, err := r.programs.Run(ctx, a.program, job.TaskID, stdin)
	if err != nil {
		return runtime.Result{}, err
	}
	assignment, output, err := decodeOutput(out)
	r.metrics.observe(phaseProgram, start)
	if err != nil {
		return runtime.Result{}, err
	}

	start = time.Now()
	full, public, err := v.witness(assignment)
	r.metrics.observe(phaseWitness, start)
	if err != nil {
		return runtime.Result{}, err
	}

	proof, err := r.prove(ctx, v, full)
	if err != nil {
		return runtime.Result{}, err
	}

	start = time.Now()
	err = verifySolidity(v.vk, proof, public)
	r.metrics.observe(phaseVerify, start)
	if err != nil {
		return runtime.Result{}, fmt.Errorf("%w: gnark: the proof does not verify against the verifying key: %v", runtime.ErrBadJob, err)
	}
	r.metrics.proofs.Add(1)
	return runtime.Result{Output: output, Proof: proof, PublicInputs: encodePublicInputs(public)}, nil
}

// prove runs gnark's Prove in a slot of its own and returns its proof in the Solidity verifier's format.
// gnark cannot be stopped, so a canceled job returns at once and leaves the proof to finish, holding its
// slot, in the background.
func (r *Runtime) prove(ctx context.Context, v *version, full witness.Witness) ([]byte, error) {
	select {
	case r.proving <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("gnark: waiting to prove: %w", ctx.Err())
	}
	if err := ctx.Err(); err != nil { // both were ready and select took the slot
		<-r.proving
		return nil, fmt.Errorf("gnark: %w", err)
	}
	type outcome struct {
		proof []byte
		err   error
	}
	done := make(chan outcome, 1)
	r.background.Add(1)
	go func() {
		defer r.background.Done()
		defer func() { <-r.proving }()
		start := time.Now()
		proof, err := v.prove(r.backend, full)
		r.metrics.observe(phaseProve, start)
		done <- outcome{proof, err}
	}()
	select {
	case o := <-done:
		return o.proof, o.err
	case <-ctx.Done():
		return nil, fmt.Errorf("gnark: %w", ctx.Err())
	}
}

// prove proves with the version's keys. An assignment that does not satisfy the circuit is the program's
// failure; any other failure of gnark's is the version's.
func (v *version) prove(b Backend, full witness.Witness) ([]byte, error) {
	var proof []byte
	err := guard(func() error {
		var err error
		if b == Plonk {
			var p plonk.Proof
			if p, err = plonk.Prove(v.ccs, v.pk.(plonk.ProvingKey), full, solidity.WithProverTargetSolidityVerifier(backend.PLONK)); err == nil {
				proof = p.(*plonkbn254.Proof).MarshalSolidity()
			}
		} else {
			var p groth16.Proof
			if p, err = groth16.Prove(v.ccs, v.pk.(groth16.ProvingKey), full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err == nil {
				proof = p.(*groth16bn254.Proof).MarshalSolidity()
			}
		}
		return err
	})
	if err == nil {
		return proof, nil
	}
	if solveErr := v.ccs.IsSolved(full); solveErr != nil {
		return nil, fmt.Errorf("%w: gnark: the assignment does not satisfy the circuit: %s", runtime.ErrProgram, detail(solveErr))
	}
	return nil, fmt.Errorf("%w: gnark: prove: %s", runtime.ErrBadJob, detail(err))
}

// witness builds the full witness of an assignment, and its public part.
func (v *version) witness(assignment json.RawMessage) (witness.Witness, fr.Vector, error) {
	w, err := witness.New(Curve.ScalarField())
	if err != nil {
		return nil, nil, fmt.Errorf("gnark: new witness: %w", err)
	}
	s := *v.schema // FromJSON changes the schema it is given when secret values are missing
	if err := guard(func() error { return w.FromJSON(&s, assignment) }); err != nil {
		return nil, nil, fmt.Errorf("%w: gnark: assignment: %s", runtime.ErrProgram, detail(err))
	}
	vec, ok := w.Vector().(fr.Vector)
	if !ok || len(vec) != v.schema.NbPublic+v.schema.NbSecret {
		return nil, nil, fmt.Errorf("%w: gnark: assignment: missing secret value %s", runtime.ErrProgram, v.missingSecret(assignment))
	}
	return w, slices.Clone(vec[:v.schema.NbPublic]), nil
}

// missingSecret names the first secret leaf that assignment leaves out, for the error of a program whose
// assignment is incomplete.
func (v *version) missingSecret(assignment json.RawMessage) string {
	name := "(unknown)"
	_ = guard(func() error {
		instance := v.schema.Instantiate(leafType)
		if err := json.Unmarshal(assignment, instance); err != nil {
			return err
		}
		_, err := schema.Walk(v.schema.Field, instance, leafType, func(leaf schema.LeafInfo, value reflect.Value) error {
			if leaf.Visibility == schema.Secret && value.IsNil() {
				name = leaf.FullName()
				return errStopWalk
			}
			return nil
		})
		return err
	})
	return name
}

var errStopWalk = errors.New("stop")

// versionConfig is a version's config: params are handed to its program as they are.
type versionConfig struct {
	Params json.RawMessage `json:"params"`
}

// parseConfig returns a config's params; an absent, empty or null config has none.
func parseConfig(raw json.RawMessage) (json.RawMessage, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var c versionConfig
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: gnark: config: %v", runtime.ErrBadJob, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: gnark: config: data after the object", runtime.ErrBadJob)
	}
	if string(c.Params) == "null" {
		return nil, nil
	}
	return c.Params, nil
}

// programInput is what a program reads on stdin.
type programInput struct {
	ProjectID      uint64            `json:"projectID"`
	ProjectVersion string            `json:"projectVersion"`
	TaskID         common.Hash       `json:"taskID"`
	Messages       []runtime.Message `json:"messages"`
	DeviceKeys     []hexutil.Bytes   `json:"deviceKeys,omitempty"`
	Params         json.RawMessage   `json:"params,omitempty"`
}

// programOutput is what a program writes on stdout.
type programOutput struct {
	Assignment json.RawMessage `json:"assignment"`
	Output     json.RawMessage `json:"output"`
}

func encodeInput(job runtime.Job, params json.RawMessage) ([]byte, error) {
	in := programInput{
		ProjectID:      job.ProjectID,
		ProjectVersion: job.ProjectVersion,
		TaskID:         job.TaskID,
		Messages:       job.Messages,
		DeviceKeys:     job.DeviceKeys,
		Params:         params,
	}
	if in.Messages == nil {
		in.Messages = []runtime.Message{} // the program always reads an array
	}
	b, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("%w: gnark: encode the program's input: %v", runtime.ErrBadJob, err)
	}
	return b, nil
}

// decodeOutput splits a program's output into the assignment and the task's output.
func decodeOutput(out json.RawMessage) (assignment, output json.RawMessage, err error) {
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	var o programOutput
	if err := dec.Decode(&o); err != nil {
		return nil, nil, fmt.Errorf("%w: gnark: program output: %s", runtime.ErrProgram, detail(err))
	}
	if !bytes.HasPrefix(o.Assignment, []byte("{")) {
		return nil, nil, fmt.Errorf("%w: gnark: program output has no \"assignment\" object", runtime.ErrProgram)
	}
	if len(o.Output) == 0 {
		return nil, nil, fmt.Errorf("%w: gnark: program output has no \"output\"", runtime.ErrProgram)
	}
	return o.Assignment, o.Output, nil
}

// detail is an error's message on one line, bounded: gnark's can quote whole constraints.
func detail(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	if len(s) > maxDetail {
		s = strings.ToValidUTF8(s[:maxDetail], "") + "…"
	}
	return s
}
