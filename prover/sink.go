package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/internal/netguard"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

// webhookTimeout bounds one webhook call, from dialling to the answer's status.
const webhookTimeout = 10 * time.Second

// IdempotencyHeader carries a webhook delivery's idempotency key (da.OutboxKey).
const IdempotencyHeader = "Idempotency-Key"

// errPermanent marks a delivery failure that another attempt would meet again.
var errPermanent = errors.New("will not succeed on retry")

// Delivery is what an off-chain output receives for a task's result: one JSON object (one line in a file
// or on stdout, a POST body to a webhook).
type Delivery struct {
	// IdempotencyKey names this delivery: the task ID and the output's index ("0x…-0"). An output may get
	// a delivery more than once (a node stopped before it recorded the success); the key is the same each
	// time, so that the receiver keeps the first.
	IdempotencyKey  string          `json:"idempotencyKey"`
	ProjectID       uint64          `json:"projectID"`
	ProjectVersion  string          `json:"projectVersion"`
	TaskID          string          `json:"taskID"`
	Prover          string          `json:"prover"`
	Output          json.RawMessage `json:"output"`
	Proof           string          `json:"proof,omitempty"`
	PublicInputs    string          `json:"publicInputs,omitempty"`
	ResultSignature string          `json:"resultSignature"`
}

// sinks delivers records to the off-chain outputs a version names, one attempt at a time; the outbox
// retries.
//
// The outputs are the project owner's words, carried out on the node operator's machine: file outputs
// stay inside the operator's output directory (an os.Root, so no symlink leads out of it), and webhooks
// reach only public addresses (netguard) unless the operator allows private ones.
type sinks struct {
	client    *http.Client
	outputDir string
	mu        sync.Mutex // serializes writes to stdout and files so lines never interleave
	root      *os.Root   // outputDir, opened on first use
}

func newSinks(outputDir string, privateWebhooks bool) *sinks {
	client := &http.Client{Timeout: webhookTimeout}
	if !privateWebhooks {
		client.Transport = netguard.Transport(webhookTimeout)
	}
	return &sinks{outputDir: outputDir, client: client}
}

// entries makes the outbox entries of a result: one per output, each with its own record.
func entries(outs []project.Sink, t da.Task, r *task.Result) ([]da.OutboxEntry, error) {
	out := make([]da.OutboxEntry, 0, len(outs))
	for i, o := range outs {
		d := Delivery{IdempotencyKey: da.OutboxKey(t.ID, i), ProjectID: t.ProjectID, ProjectVersion: t.ProjectVersion,
			TaskID: t.ID.Hex(), Prover: r.Prover.Hex(), Output: r.Output, ResultSignature: hexutil.Encode(r.Signature)}
		if len(r.Proof) > 0 {
			d.Proof = hexutil.Encode(r.Proof)
		}
		if len(r.PublicInputs) > 0 {
			d.PublicInputs = hexutil.Encode(r.PublicInputs)
		}
		body, err := json.Marshal(d)
		if err != nil {
			return nil, fmt.Errorf("encode delivery: %w", err)
		}
		sink, err := json.Marshal(o)
		if err != nil {
			return nil, fmt.Errorf("encode output: %w", err)
		}
		out = append(out, da.OutboxEntry{TaskID: t.ID, Index: i, Prover: r.Prover, Sink: sink, Body: body})
	}
	return out, nil
}

// deliver makes one attempt at handing body to the output out.
func (s *sinks) deliver(ctx context.Context, out project.Sink, key string, body []byte) error {
	switch out.Type {
	case project.SinkStdout:
		return s.write(os.Stdout, body)
	case project.SinkFile:
		return s.appendFile(out.Path, body)
	case project.SinkWebhook:
		return s.post(ctx, out.URL, key, body)
	}
	return fmt.Errorf("%w: unknown output type %q", errPermanent, out.Type)
}

func (s *sinks) write(f *os.File, line []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := f.Write(append(line, '\n'))
	return err
}

// appendFile appends a line to path inside the output directory.
func (s *sinks) appendFile(path string, line []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.root == nil {
		if s.outputDir == "" {
			return fmt.Errorf("%w: file outputs are off on this node (no output directory)", errPermanent)
		}
		if err := os.MkdirAll(s.outputDir, 0o755); err != nil {
			return err
		}
		root, err := os.OpenRoot(s.outputDir)
		if err != nil {
			return err
		}
		s.root = root
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := s.root.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := s.root.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (s *sinks) post(ctx context.Context, url, key string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%w: %w", errPermanent, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(IdempotencyHeader, key)
	resp, err := s.client.Do(req)
	if errors.Is(err, netguard.ErrNotPublic) {
		return fmt.Errorf("%w: %w", errPermanent, err) // the address will not change its kind by the next attempt
	}
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // so that the connection is reused
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}
