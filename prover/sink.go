package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
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

// Limits on delivering to off-chain sinks.
const (
	webhookTimeout  = 10 * time.Second
	webhookAttempts = 3
	webhookBackoff  = 500 * time.Millisecond
)

// Delivery is what an off-chain sink receives for a proved task: one JSON object (one line in a file).
type Delivery struct {
	ProjectID       uint64          `json:"projectID"`
	ProjectVersion  string          `json:"projectVersion"`
	TaskID          string          `json:"taskID"`
	Prover          string          `json:"prover"`
	Output          json.RawMessage `json:"output"`
	Proof           string          `json:"proof,omitempty"`
	PublicInputs    string          `json:"publicInputs,omitempty"`
	ResultSignature string          `json:"resultSignature"`
}

// sinks delivers results to the off-chain outputs a version names. Delivery is best effort: the result
// is durable in DA and served by the API whatever a sink does.
//
// The outputs are the project owner's words, carried out on the node operator's machine: file outputs
// stay inside the operator's output directory (an os.Root, so no symlink leads out of it), and webhooks
// reach only public addresses (netguard) unless the operator allows private ones.
type sinks struct {
	log       *slog.Logger
	client    *http.Client
	outputDir string
	mu        sync.Mutex // serializes writes to stdout and files so lines never interleave
	root      *os.Root   // outputDir, opened on first use
}

func newSinks(log *slog.Logger, outputDir string, privateWebhooks bool) *sinks {
	client := &http.Client{Timeout: webhookTimeout}
	if !privateWebhooks {
		client.Transport = netguard.Transport(webhookTimeout)
	}
	return &sinks{log: log, outputDir: outputDir, client: client}
}

func (s *sinks) deliver(ctx context.Context, outs []project.Sink, t da.Task, r *task.Result) {
	if len(outs) == 0 {
		return
	}
	d := Delivery{ProjectID: t.ProjectID, ProjectVersion: t.ProjectVersion, TaskID: t.ID.Hex(),
		Prover: r.Prover.Hex(), Output: r.Output, ResultSignature: hexutil.Encode(r.Signature)}
	if len(r.Proof) > 0 {
		d.Proof = hexutil.Encode(r.Proof)
	}
	if len(r.PublicInputs) > 0 {
		d.PublicInputs = hexutil.Encode(r.PublicInputs)
	}
	line, err := json.Marshal(d)
	if err != nil {
		s.log.Error("prover: encode delivery", "err", err)
		return
	}
	for _, out := range outs {
		var err error
		switch out.Type {
		case project.SinkStdout:
			err = s.write(os.Stdout, line)
		case project.SinkFile:
			err = s.appendFile(out.Path, line)
		case project.SinkWebhook:
			err = s.post(ctx, out.URL, line)
		}
		if err != nil {
			s.log.Warn("prover: output delivery failed", "sink", out.Type, "task", t.ID, "err", err)
		}
	}
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
			return errors.New("file outputs are off on this node (no output directory)")
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

func (s *sinks) post(ctx context.Context, url string, body []byte) error {
	var last error
	for attempt := range webhookAttempts {
		if attempt > 0 {
			select {
			case <-time.After(webhookBackoff << (attempt - 1)):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := s.client.Do(req)
		if errors.Is(err, netguard.ErrNotPublic) {
			return err // the address will not change its kind by the next attempt
		}
		if err != nil {
			last = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode/100 == 2 {
			return nil
		}
		last = fmt.Errorf("webhook answered %s", resp.Status)
	}
	return last
}
