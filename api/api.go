package api

import (
	"context"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/internal/httpjson"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

// Limits on queries.
const (
	DefaultListLimit = 20
	MaxListLimit     = 1000
	MaxWait          = 60 * time.Second
)

// waitPattern is Go's duration syntax without a sign, as the OpenAPI description states it.
var waitPattern = regexp.MustCompile(`^(0|(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$`)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the API's OpenAPI 3 description.
func OpenAPI() []byte { return openAPI }

// Projects is what the API needs of the project manager.
type Projects interface {
	Project(ctx context.Context, id uint64) (*project.Project, error)
}

// API serves the query endpoints.
type API struct {
	store    da.Store
	projects Projects
	log      *slog.Logger
	onChain  bool          // results settle on-chain, so proved is not a message's last state
	stopping chan struct{} // closed by Stop: long polls answer at once
	stopOnce sync.Once
	peers    peerSource
}

// New returns the API over a store and the project manager. onChain says the node routes results to a
// chain, so that a message's last state is settled rather than proved.
func New(store da.Store, projects Projects, log *slog.Logger, onChain bool) *API {
	if log == nil {
		log = slog.Default()
	}
	return &API{store: store, projects: projects, log: log, onChain: onChain, stopping: make(chan struct{})}
}

// Stop makes every waiting long poll answer now, as at the end of its wait, and later ones answer without
// waiting. Call it before shutting the HTTP server down, which waits for handlers to return.
func (a *API) Stop() { a.stopOnce.Do(func() { close(a.stopping) }) }

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/messages/{id}", a.getMessage)
	mux.HandleFunc("GET /message/{id}", a.getMessage)
	mux.HandleFunc("GET /v1/tasks/{id}", a.getTask)
	mux.HandleFunc("GET /v1/tasks", a.listTasks)
	mux.HandleFunc("GET /v1/blocks/{height}", a.getBlock)
	mux.HandleFunc("GET /v1/projects/{id}", a.getProject)
	mux.HandleFunc("GET /v1/peers", a.getPeers)
	mux.HandleFunc("GET /healthz", a.health)
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
}

// State is one entry of a message's or task's history.
type State struct {
	State       task.State `json:"state"`
	Time        time.Time  `json:"time"`
	BlockHeight *uint64    `json:"blockHeight,omitempty"` // set for states of an assignment; heights start at 0
	Prover      string     `json:"prover,omitempty"`
	TxHash      string     `json:"txHash,omitempty"`
	Error       string     `json:"error,omitempty"`
}

// Message is the answer of GET /v1/messages/{id}.
type Message struct {
	MessageID      string `json:"messageID"`
	ProjectID      uint64 `json:"projectID"`
	ProjectVersion string `json:"projectVersion"`
	DeviceID       string `json:"deviceID"`
	Data           string `json:"data"`
	TaskID         string `json:"taskID,omitempty"`
	State          string `json:"state"`
	// Final says the message will reach no other state on this node: settled, abandoned, failed, or
	// proved on a node that settles nothing on-chain. A failed task may still be assigned again to
	// another prover (abandoned is the failure that is not); a client that waits for that keeps following
	// after final.
	Final  bool    `json:"final"`
	States []State `json:"states"`
}

// Task is the answer of GET /v1/tasks/{id}, and an item of GET /v1/tasks.
type Task struct {
	TaskID          string     `json:"taskID"`
	ProjectID       uint64     `json:"projectID"`
	ProjectVersion  string     `json:"projectVersion"`
	Messages        []string   `json:"messages"`
	State           task.State `json:"state"`
	CreatedAt       time.Time  `json:"createdAt"`
	Attempts        int        `json:"attempts"`
	Block           *uint64    `json:"block,omitempty"`
	Prover          string     `json:"prover,omitempty"`
	Deadline        *time.Time `json:"deadline,omitempty"`
	Result          jsonRaw    `json:"result,omitempty"`
	Proof           *string    `json:"proof,omitempty"` // hex, once proved; "0x" where trust is the prover's signature
	PublicInputs    string     `json:"publicInputs,omitempty"`
	ResultSignature string     `json:"resultSignature,omitempty"`
	Error           string     `json:"error,omitempty"`
	States          []State    `json:"states,omitempty"`
}

// TaskList is the answer of GET /v1/tasks.
type TaskList struct {
	Tasks []Task `json:"tasks"`
}

// Project is the answer of GET /v1/projects/{id}.
type Project struct {
	ProjectID uint64            `json:"projectID"`
	URI       string            `json:"uri"`
	SHA256    string            `json:"sha256"`
	Paused    bool              `json:"paused"`
	Name      string            `json:"name,omitempty"`
	Versions  []project.Version `json:"versions"`
}

func (a *API) getMessage(w http.ResponseWriter, r *http.Request) {
	id, ok := parseHash(w, r.PathValue("id"), "message")
	if !ok {
		return
	}
	wait, after, ok := parseWait(w, r)
	if !ok {
		return
	}
	// Subscribe before the first read so that a change between the read and the wait is not missed.
	taskSig, cancelTasks := a.store.Subscribe(da.TopicTasks)
	defer cancelTasks()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		// A message is answered 202 only once it is stored, so an unknown one is answered at once: waiting
		// would not make it known.
		m, err := a.message(r.Context(), id)
		if err != nil {
			a.fail(w, err, "message")
			return
		}
		if wait == 0 || len(m.States) > after {
			httpjson.Write(w, http.StatusOK, m)
			return
		}
		select {
		case <-taskSig:
		case <-deadline.C:
			wait = 0 // read once more and answer with what there is
		case <-a.stopping:
			wait = 0
		case <-r.Context().Done():
			return
		}
	}
}

func (a *API) message(ctx context.Context, id common.Hash) (Message, error) {
	m, err := a.store.Message(ctx, id)
	if err != nil {
		return Message{}, err
	}
	out := Message{
		MessageID: m.ID.Hex(), ProjectID: m.ProjectID, ProjectVersion: m.ProjectVersion,
		DeviceID: m.DeviceID.Hex(), Data: m.Data, State: string(task.Received),
		States: []State{{State: task.Received, Time: m.ReceivedAt}},
	}
	if m.TaskID == (common.Hash{}) {
		return out, nil
	}
	t, err := a.store.Task(ctx, m.TaskID)
	if err != nil {
		return Message{}, fmt.Errorf("task of message: %w", err)
	}
	out.TaskID = t.ID.Hex()
	out.State = string(t.State)
	out.States = append(out.States, states(t.Events)...)
	out.Final = t.State.Final() || t.State == task.Failed || t.State == task.Proved && !a.onChain
	return out, nil
}

func (a *API) getTask(w http.ResponseWriter, r *http.Request) {
	id, ok := parseHash(w, r.PathValue("id"), "task")
	if !ok {
		return
	}
	t, err := a.store.Task(r.Context(), id)
	if err != nil {
		a.fail(w, err, "task")
		return
	}
	httpjson.Write(w, http.StatusOK, taskView(t))
}

func (a *API) listTasks(w http.ResponseWriter, r *http.Request) {
	q := da.TaskQuery{Order: da.NewestFirst, Limit: DefaultListLimit}
	v := r.URL.Query()
	if s := v.Get("project"); s != "" {
		id, err := strconv.ParseUint(s, 10, 64)
		if err != nil || id == 0 { // IDs start at 1; a zero would read as no filter and list every project
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "project must be a project ID")
			return
		}
		q.ProjectID = id
	}
	if s := v.Get("state"); s != "" {
		if !task.State(s).Valid() || task.State(s) == task.Received {
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "state must be one of packed, assigned, proved, submitted, settled, failed, abandoned")
			return
		}
		q.States = []task.State{task.State(s)}
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 || n > MaxListLimit {
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, fmt.Sprintf("limit must be 1..%d", MaxListLimit))
			return
		}
		q.Limit = n
	}
	tasks, err := a.store.Tasks(r.Context(), q)
	if err != nil {
		a.fail(w, err, "tasks")
		return
	}
	out := TaskList{Tasks: make([]Task, len(tasks))}
	for i, t := range tasks {
		out.Tasks[i] = taskView(t)
	}
	httpjson.Write(w, http.StatusOK, out)
}

func (a *API) getBlock(w http.ResponseWriter, r *http.Request) {
	var (
		b   block.Block
		err error
	)
	if s := r.PathValue("height"); s == "latest" {
		b, err = a.store.LatestBlock(r.Context())
	} else {
		h, perr := strconv.ParseUint(s, 10, 64)
		if perr != nil {
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "height must be a number or \"latest\"")
			return
		}
		b, err = a.store.Block(r.Context(), h)
	}
	if err != nil {
		a.fail(w, err, "block")
		return
	}
	httpjson.Write(w, http.StatusOK, b)
}

func (a *API) getProject(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "project ID must be a number")
		return
	}
	p, err := a.projects.Project(r.Context(), id)
	if err != nil {
		a.fail(w, err, "project")
		return
	}
	httpjson.Write(w, http.StatusOK, Project{ProjectID: p.ID, URI: p.URI, SHA256: p.SHA256, Paused: p.Paused,
		Name: p.File.Name, Versions: p.File.Versions})
}

func (a *API) health(w http.ResponseWriter, r *http.Request) {
	if _, err := a.store.GetState(r.Context(), "health"); err != nil && !errors.Is(err, da.ErrNotFound) {
		httpjson.WriteError(w, http.StatusServiceUnavailable, httpjson.CodeUnavailable, "store: "+err.Error())
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *API) fail(w http.ResponseWriter, err error, what string) {
	switch {
	case errors.Is(err, da.ErrNotFound), errors.Is(err, project.ErrNotFound):
		httpjson.WriteError(w, http.StatusNotFound, httpjson.CodeNotFound, what+" not found")
	case errors.Is(err, context.Canceled):
	default:
		a.log.Error("api: read failed", "what", what, "err", err)
		httpjson.WriteError(w, http.StatusServiceUnavailable, httpjson.CodeUnavailable, "cannot read "+what+" now")
	}
}

func taskView(t da.Task) Task {
	out := Task{TaskID: t.ID.Hex(), ProjectID: t.ProjectID, ProjectVersion: t.ProjectVersion, State: t.State,
		CreatedAt: t.CreatedAt, Attempts: t.Attempts, Error: t.Error, Messages: make([]string, len(t.MessageIDs)),
		States: states(t.Events)}
	for i, id := range t.MessageIDs {
		out.Messages[i] = id.Hex()
	}
	if t.Attempts > 0 {
		h, d := t.BlockHeight, t.Deadline
		out.Block, out.Deadline, out.Prover = &h, &d, t.Prover.Hex()
	}
	if r := t.Result; r != nil {
		out.Result = jsonRaw(r.Output)
		proof := "0x" + hex.EncodeToString(r.Proof)
		out.Proof = &proof
		out.PublicInputs = hexOrEmpty(r.PublicInputs)
		out.ResultSignature = hexOrEmpty(r.Signature)
	}
	return out
}

func states(events []task.Event) []State {
	out := make([]State, len(events))
	for i, e := range events {
		out[i] = State{State: e.State, Time: e.Time, Error: e.Error}
		if e.Prover != (common.Address{}) {
			h := e.BlockHeight
			out[i].Prover, out[i].BlockHeight = e.Prover.Hex(), &h
		}
		if e.TxHash != (common.Hash{}) {
			out[i].TxHash = e.TxHash.Hex()
		}
	}
	return out
}

func parseHash(w http.ResponseWriter, s, what string) (common.Hash, bool) {
	b, err := decodeHex(s)
	if err != nil || len(b) != common.HashLength {
		httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, what+" ID must be 32 bytes of hex")
		return common.Hash{}, false
	}
	return common.BytesToHash(b), true
}

func parseWait(w http.ResponseWriter, r *http.Request) (time.Duration, int, bool) {
	v := r.URL.Query()
	var wait time.Duration
	if s := v.Get("wait"); s != "" {
		if !waitPattern.MatchString(s) {
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "wait must be a duration such as 30s or 1m30s")
			return 0, 0, false
		}
		// Longer waits, and those too long for a time.Duration, are cut to MaxWait.
		d, err := time.ParseDuration(s)
		if err != nil || d > MaxWait {
			d = MaxWait
		}
		wait = d
	}
	after := 0
	if s := v.Get("after"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			httpjson.WriteError(w, http.StatusBadRequest, httpjson.CodeMalformed, "after must be a count of states")
			return 0, 0, false
		}
		after = n
	}
	return wait, after, true
}
