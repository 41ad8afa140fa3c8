package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/internal/httpjson"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
)

// Defaults for the intake limits.
const (
	DefaultMaxBodyBytes      = 2*message.MaxDataBytes + 4<<10 // one message: hex or escaped data plus fields
	DefaultMaxBatch          = 1000
	DefaultMaxBatchBodyBytes = 16 << 20
	DefaultQueueLen          = 4096
	DefaultMaxRowsPerCommit  = 8192
	DefaultEnqueueWait       = 2 * time.Second
)

// Projects is what ingest needs of the project registry: the loaded project, or project.ErrNotFound.
type Projects interface {
	Project(ctx context.Context, id uint64) (*project.Project, error)
}

// DevicePolicy decides whether a device may send for a project version. Without one, the project file's
// own policy decides; on a chain, the DeviceRegistry does. It is on the hot path: answer from memory.
type DevicePolicy interface {
	Allowed(ctx context.Context, projectID uint64, version string, device common.Address) (bool, error)
}

// Intake serves the message endpoints.
type Intake struct {
	projects  Projects
	committer *committer
	log       *slog.Logger
	metrics   *metrics
	cfg       config
}

type config struct {
	maxBodyBytes      int64
	maxBatch          int
	maxBatchBodyBytes int64
	queueLen          int
	maxRowsPerCommit  int
	enqueueWait       time.Duration
	registerer        prometheus.Registerer
	log               *slog.Logger
	devices           DevicePolicy
}

// Option configures an Intake.
type Option func(*config) error

// WithMaxBatch sets how many messages one batch request may carry.
func WithMaxBatch(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("ingest: max batch must be positive, got %d", n)
		}
		c.maxBatch = n
		return nil
	}
}

// WithQueue sets the group-commit queue length and how long a request waits for a slot before 429.
func WithQueue(length int, wait time.Duration) Option {
	return func(c *config) error {
		if length <= 0 || wait <= 0 {
			return fmt.Errorf("ingest: queue length and wait must be positive")
		}
		c.queueLen, c.enqueueWait = length, wait
		return nil
	}
}

// WithDevicePolicy makes d, not the project file, decide which devices may send.
func WithDevicePolicy(d DevicePolicy) Option {
	return func(c *config) error {
		if d == nil {
			return fmt.Errorf("ingest: nil device policy")
		}
		c.devices = d
		return nil
	}
}

// WithMetrics registers the intake's metrics.
func WithMetrics(r prometheus.Registerer) Option {
	return func(c *config) error { c.registerer = r; return nil }
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error { c.log = l; return nil }
}

// New returns an intake writing to store through a group-commit writer; call Run to start the writer.
func New(store da.Store, projects Projects, opts ...Option) (*Intake, error) {
	cfg := config{
		maxBodyBytes: DefaultMaxBodyBytes, maxBatch: DefaultMaxBatch, maxBatchBodyBytes: DefaultMaxBatchBodyBytes,
		queueLen: DefaultQueueLen, maxRowsPerCommit: DefaultMaxRowsPerCommit, enqueueWait: DefaultEnqueueWait,
		log: slog.Default(),
	}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	m, err := newMetrics(cfg.registerer)
	if err != nil {
		return nil, err
	}
	in := &Intake{projects: projects, log: cfg.log, metrics: m, cfg: cfg,
		committer: newCommitter(store, cfg.queueLen, cfg.maxRowsPerCommit, cfg.enqueueWait)}
	in.committer.observed = m.observeCommit
	return in, nil
}

// Run runs the group-commit writer until ctx ends. Stop the HTTP server before canceling ctx so that
// no request is left waiting.
func (in *Intake) Run(ctx context.Context) { in.committer.Run(ctx) }

// Register adds the intake's routes to mux.
func (in *Intake) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /v1/messages", in.handleOne)
	mux.HandleFunc("POST /message", in.handleOne)
	mux.HandleFunc("POST /v1/messages/batch", in.handleBatch)
	// GET /v1/messages/{id} would take a GET of the batch path, and the mux's own 405 would list GET as
	// allowed: every other method of the batch path is answered here, with Allow: POST.
	for _, method := range []string{http.MethodGet, http.MethodPut, http.MethodPatch, http.MethodDelete,
		http.MethodOptions, http.MethodTrace, http.MethodConnect} {
		mux.HandleFunc(method+" /v1/messages/batch", onlyPost)
	}
}

func onlyPost(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", http.MethodPost)
	httpjson.WriteError(w, http.StatusMethodNotAllowed, httpjson.CodeMethodNotAllowed, r.Method+" is not allowed here; send POST")
}

// Accepted is the answer to an accepted message.
type Accepted struct {
	MessageID string `json:"messageID"`
}

// ItemResult is one item of a batch answer: a message ID, or an error with the status it would have had.
type ItemResult struct {
	MessageID string          `json:"messageID,omitempty"`
	Status    int             `json:"status"`
	Error     *httpjson.Error `json:"error,omitempty"`
}

// BatchAnswer is the answer to a batch: one result per item, in order.
type BatchAnswer struct {
	Results []ItemResult `json:"results"`
}

// refusal is a reason not to take a message, with its HTTP status and stable code.
type refusal struct {
	status int
	code   string
	msg    string
}

func (r *refusal) Error() string { return r.msg }

func (in *Intake) handleOne(w http.ResponseWriter, r *http.Request) {
	body, ref := readBody(w, r, in.cfg.maxBodyBytes)
	if ref != nil {
		in.refuse(w, ref)
		return
	}
	var m message.Message
	if err := decodeStrict(body, &m); err != nil {
		in.refuse(w, &refusal{http.StatusBadRequest, httpjson.CodeMalformed, "body is not a message: " + err.Error()})
		return
	}
	v, ref := in.check(r.Context(), m)
	if ref != nil {
		in.refuse(w, ref)
		return
	}
	appended, err := in.committer.Append(r.Context(), []message.Verified{v})
	if ref := storeRefusal(err); ref != nil {
		in.refuse(w, ref)
		return
	}
	in.metrics.accepted(appended)
	httpjson.Write(w, http.StatusAccepted, Accepted{MessageID: v.ID.Hex()})
}

func (in *Intake) handleBatch(w http.ResponseWriter, r *http.Request) {
	body, ref := readBody(w, r, in.cfg.maxBatchBodyBytes)
	if ref != nil {
		in.refuse(w, ref)
		return
	}
	items, bad, ref := decodeBatch(body, in.cfg.maxBatch)
	if ref != nil {
		in.refuse(w, ref)
		return
	}
	results := make([]ItemResult, len(items))
	verified := make([]message.Verified, len(items))
	in.parallel(len(items), func(i int) {
		if bad[i] != nil {
			results[i] = itemRefusal(&refusal{http.StatusBadRequest, httpjson.CodeMalformed, "item is not a message: " + bad[i].Error()})
			return
		}
		v, ref := in.check(r.Context(), items[i])
		if ref != nil {
			results[i] = itemRefusal(ref)
			return
		}
		verified[i] = v
		results[i] = ItemResult{MessageID: v.ID.Hex(), Status: http.StatusAccepted}
	})
	var good []message.Verified
	for i, res := range results {
		if res.Error == nil {
			good = append(good, verified[i])
		} else {
			in.metrics.rejected.WithLabelValues(res.Error.Code).Inc()
		}
	}
	if len(good) > 0 {
		appended, err := in.committer.Append(r.Context(), good)
		if ref := storeRefusal(err); ref != nil {
			// Nothing of the batch was stored: the whole answer is the store's refusal.
			in.refuse(w, ref)
			return
		}
		in.metrics.accepted(appended)
	}
	httpjson.Write(w, http.StatusAccepted, BatchAnswer{Results: results})
}

// check validates a decoded message against its project and verifies its signature.
func (in *Intake) check(ctx context.Context, m message.Message) (message.Verified, *refusal) {
	if err := m.CheckShape(); err != nil {
		if errors.Is(err, message.ErrTooLarge) {
			return message.Verified{}, &refusal{http.StatusRequestEntityTooLarge, httpjson.CodeTooLarge, err.Error()}
		}
		return message.Verified{}, &refusal{http.StatusBadRequest, httpjson.CodeMalformed, err.Error()}
	}
	p, err := in.projects.Project(ctx, m.ProjectID)
	switch {
	case errors.Is(err, project.ErrNotFound):
		return message.Verified{}, &refusal{http.StatusNotFound, httpjson.CodeNotFound, fmt.Sprintf("project %d is not registered", m.ProjectID)}
	case err != nil:
		in.log.Error("ingest: project lookup failed", "project", m.ProjectID, "err", err)
		return message.Verified{}, &refusal{http.StatusServiceUnavailable, httpjson.CodeUnavailable, "project cannot be loaded now"}
	case p.Paused:
		return message.Verified{}, &refusal{http.StatusForbidden, httpjson.CodeProjectPaused, fmt.Sprintf("project %d is paused", m.ProjectID)}
	}
	version, err := p.Version(m.ProjectVersion)
	switch {
	case errors.Is(err, project.ErrRuntimeMismatch):
		return message.Verified{}, &refusal{http.StatusConflict, httpjson.CodeRuntimeMismatch, err.Error()}
	case err != nil:
		return message.Verified{}, &refusal{http.StatusNotFound, httpjson.CodeNotFound, err.Error()}
	}
	v, err := m.Verify()
	switch {
	case errors.Is(err, message.ErrBadSignature):
		return message.Verified{}, &refusal{http.StatusUnauthorized, httpjson.CodeBadSignature, err.Error()}
	case err != nil:
		return message.Verified{}, &refusal{http.StatusBadRequest, httpjson.CodeMalformed, err.Error()}
	}
	if v.Scheme() != version.SignatureScheme {
		return message.Verified{}, &refusal{http.StatusUnauthorized, httpjson.CodeBadSignature,
			fmt.Sprintf("project %d version %s takes %s signatures, not %s", m.ProjectID, m.ProjectVersion, version.SignatureScheme, v.Scheme())}
	}
	allowed := p.Allows(m.ProjectVersion, v.DeviceID)
	if in.cfg.devices != nil {
		if allowed, err = in.cfg.devices.Allowed(ctx, m.ProjectID, m.ProjectVersion, v.DeviceID); err != nil {
			in.log.Error("ingest: device policy failed", "project", m.ProjectID, "err", err)
			return message.Verified{}, &refusal{http.StatusServiceUnavailable, httpjson.CodeUnavailable, "device registry cannot be read now"}
		}
	}
	if !allowed {
		return message.Verified{}, &refusal{http.StatusForbidden, httpjson.CodeForbidden,
			fmt.Sprintf("device %s may not send to project %d version %s", v.DeviceID, m.ProjectID, m.ProjectVersion)}
	}
	return v, nil
}

// parallel runs f(0..n-1) on all cores; signature recovery dominates a batch.
func (in *Intake) parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	for range workers {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	wg.Wait()
}

func (in *Intake) refuse(w http.ResponseWriter, ref *refusal) {
	in.metrics.rejected.WithLabelValues(ref.code).Inc()
	if ref.status == http.StatusTooManyRequests || ref.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	httpjson.WriteError(w, ref.status, ref.code, ref.msg)
}

func itemRefusal(ref *refusal) ItemResult {
	return ItemResult{Status: ref.status, Error: &httpjson.Error{Code: ref.code, Message: ref.msg}}
}

func storeRefusal(err error) *refusal {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errOverCapacity):
		return &refusal{http.StatusTooManyRequests, httpjson.CodeOverCapacity, "node is over capacity; retry later"}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &refusal{http.StatusServiceUnavailable, httpjson.CodeUnavailable, "request ended before the message was stored"}
	default:
		return &refusal{http.StatusServiceUnavailable, httpjson.CodeUnavailable, "storage failed: " + err.Error()}
	}
}

func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *refusal) {
	if r.ContentLength > limit {
		return nil, &refusal{http.StatusRequestEntityTooLarge, httpjson.CodeTooLarge, fmt.Sprintf("body over %d bytes", limit)}
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, &refusal{http.StatusRequestEntityTooLarge, httpjson.CodeTooLarge, fmt.Sprintf("body over %d bytes", limit)}
	case err != nil:
		return nil, &refusal{http.StatusBadRequest, httpjson.CodeMalformed, "cannot read body: " + err.Error()}
	}
	return b, nil
}

// decodeBatch decodes a JSON array of messages in one pass with one strict decoder. An item that is JSON
// but not a message (an unknown field, a wrong type) gets its error in bad and the others go on, since the
// decoder has read the whole item before it fails; broken JSON, an empty batch or more than limit items
// refuse the whole batch.
func decodeBatch(body []byte, limit int) (items []message.Message, bad []error, ref *refusal) {
	malformed := func(why string) *refusal {
		return &refusal{http.StatusBadRequest, httpjson.CodeMalformed, "body is not a JSON array of messages: " + why}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if tok, err := dec.Token(); err != nil {
		return nil, nil, malformed(err.Error())
	} else if tok != json.Delim('[') {
		return nil, nil, malformed(fmt.Sprintf("it starts with %v", tok))
	}
	for dec.More() {
		if len(items) == limit {
			return nil, nil, &refusal{http.StatusRequestEntityTooLarge, httpjson.CodeTooLarge,
				fmt.Sprintf("batch has more than %d messages", limit)}
		}
		var m message.Message
		err := dec.Decode(&m)
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil, malformed(err.Error())
		}
		items, bad = append(items, m), append(bad, err)
	}
	if _, err := dec.Token(); err != nil { // the closing bracket
		return nil, nil, malformed(err.Error())
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, nil, malformed("data after the array")
	}
	if len(items) == 0 {
		return nil, nil, &refusal{http.StatusBadRequest, httpjson.CodeMalformed, "batch is empty"}
	}
	return items, bad, nil
}

// decodeStrict decodes one JSON object, refusing unknown fields and trailing data.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the message")
	}
	return nil
}
