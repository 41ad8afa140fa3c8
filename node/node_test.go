package node_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/task"
)

// testTimeout bounds every wait of these tests; the first task of a node compiles the sum program, which
// is slow under -race.
const testTimeout = 90 * time.Second

// finalStates end a Follow.
var finalStates = []string{string(task.Proved), string(task.Failed)}

// devnetDir is a data dir laid out as `w3bstream dev` lays it out: dev keys and the example projects over
// the sum program.
type devnetDir struct {
	dir      string
	keys     *devnet.Keys
	projects []devnet.ManifestProject
}

func newDevnet(t *testing.T) *devnetDir {
	t.Helper()
	dir := t.TempDir()
	keys, err := devnet.LoadOrCreateKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	projects, err := devnet.WriteProjects(dir, wasmbuild.Example(t, "sum"), keys, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A node keeps compiled programs in its data dir. Pointing that at a cache kept between runs (as the
	// wasm runtime's tests keep theirs) spares each node compiling the sum program, slow under -race.
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	shared := filepath.Join(base, "w3bstream", "wazero-test")
	compiled := filepath.Join(dir, node.CompileCacheDir)
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(compiled), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(shared, compiled); err != nil {
		t.Fatal(err)
	}
	return &devnetDir{dir: dir, keys: keys, projects: projects}
}

func (d *devnetDir) prover() common.Address { return crypto.PubkeyToAddress(d.keys.Prover.PublicKey) }

// running is a node running in the background.
type running struct {
	*node.Node
	c    *client.Client
	stop func() // cancels Run and waits for it to return
}

// start builds a node on the data dir, on a free port of 127.0.0.1, and runs it until the test ends or stop
// is called; Run must return nil. configure may change the node's config first.
func (d *devnetDir) start(t *testing.T, configure ...func(*node.Config)) *running {
	t.Helper()
	reg, err := project.NewDirRegistry(filepath.Join(d.dir, devnet.ProjectsDir))
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg := node.Config{DataDir: d.dir, HTTPAddr: "127.0.0.1:0", Registry: reg, ProverKey: d.keys.Prover,
		BlockParams: block.DefaultParams(), Log: log}
	for _, c := range configure {
		c(&cfg)
	}
	n, err := node.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(testTimeout):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return &running{Node: n, c: client.New(n.URL()), stop: stop}
}

// sent is what a test sent in one message.
type sent struct {
	project uint64
	device  common.Address
	reading int64
}

// sender signs and sends readings, remembering what each message ID carried.
type sender struct {
	t    *testing.T
	mu   sync.Mutex
	msgs map[string]sent
	n    int
}

func newSender(t *testing.T) *sender { return &sender{t: t, msgs: map[string]sent{}} }

// sign signs {"reading":r,"n":unique} for project version v1.
func (s *sender) sign(key *ecdsa.PrivateKey, projectID uint64, reading int64) (message.Message, sent) {
	s.t.Helper()
	s.mu.Lock()
	s.n++
	n := s.n
	s.mu.Unlock()
	m, err := client.Sign(key, projectID, "v1", fmt.Sprintf(`{"reading":%d,"n":%d}`, reading, n))
	if err != nil {
		s.t.Fatal(err)
	}
	return m, sent{project: projectID, device: crypto.PubkeyToAddress(key.PublicKey), reading: reading}
}

func (s *sender) record(id string, m sent) {
	s.mu.Lock()
	s.msgs[strings.ToLower(id)] = m
	s.mu.Unlock()
}

func (s *sender) get(id string) (sent, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.msgs[strings.ToLower(id)]
	return m, ok
}

// send posts one message and returns its ID.
func (s *sender) send(ctx context.Context, c *client.Client, key *ecdsa.PrivateKey, projectID uint64, reading int64) string {
	s.t.Helper()
	m, info := s.sign(key, projectID, reading)
	id, err := c.Send(ctx, m)
	if err != nil {
		s.t.Fatalf("send: %v", err)
	}
	s.record(id, info)
	return id
}

// sendBatch posts messages in one batch and returns their IDs.
func (s *sender) sendBatch(ctx context.Context, c *client.Client, projectID uint64, keys []*ecdsa.PrivateKey, readings []int64) []string {
	s.t.Helper()
	ms := make([]message.Message, len(readings))
	infos := make([]sent, len(readings))
	for i, r := range readings {
		ms[i], infos[i] = s.sign(keys[i], projectID, r)
	}
	res, err := c.SendBatch(ctx, ms)
	if err != nil {
		s.t.Fatalf("send batch: %v", err)
	}
	ids := make([]string, len(res))
	for i, r := range res {
		if r.Status != http.StatusAccepted || r.MessageID == "" {
			s.t.Fatalf("batch item %d: %d %+v", i, r.Status, r.Error)
		}
		s.record(r.MessageID, infos[i])
		ids[i] = r.MessageID
	}
	return ids
}

// follow follows messages to a final state and returns them as last seen; each must end proved with the
// states received, packed, assigned, proved.
func follow(ctx context.Context, t *testing.T, c *client.Client, ids ...string) map[string]api.Message {
	t.Helper()
	out := map[string]api.Message{}
	for _, id := range ids {
		var seen []task.State
		m, err := c.Follow(ctx, id, finalStates, func(_ api.Message, s api.State) { seen = append(seen, s.State) })
		if err != nil {
			t.Fatalf("follow %s: %v", id, err)
		}
		want := []task.State{task.Received, task.Packed, task.Assigned, task.Proved}
		if !slices.Equal(seen, want) {
			t.Fatalf("message %s went through %v, want %v", id, seen, want)
		}
		out[id] = m
	}
	return out
}

// sumOutput is what the sum program writes for a task.
type sumOutput struct {
	TaskID    string           `json:"taskID"`
	Count     int              `json:"count"`
	Total     int64            `json:"total"`
	Max       *int64           `json:"max"`
	PerDevice map[string]int64 `json:"perDevice"`
	DAppInput string           `json:"dappInput"` // abi.encode(uint64 count, uint256 total)
}

// expectSum is the sum program's output for a task of the sender's messages.
func (s *sender) expectSum(t *testing.T, tk api.Task) sumOutput {
	t.Helper()
	out := sumOutput{TaskID: strings.ToLower(tk.TaskID), PerDevice: map[string]int64{}}
	for _, id := range tk.Messages {
		m, ok := s.get(id)
		if !ok {
			t.Fatalf("task %s holds message %s, which the test did not send", tk.TaskID, id)
		}
		if m.project != tk.ProjectID {
			t.Fatalf("task %s of project %d holds message %s of project %d", tk.TaskID, tk.ProjectID, id, m.project)
		}
		out.Count++
		out.Total += m.reading
		out.PerDevice[strings.ToLower(m.device.Hex())] += m.reading
		if out.Max == nil || m.reading > *out.Max {
			out.Max = &m.reading
		}
	}
	out.DAppInput = fmt.Sprintf("0x%064x%064x", out.Count, out.Total)
	return out
}

// mustJSON encodes v as the node does (json.Encoder ends a value with a newline).
func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// get fetches a path of the node and returns the status and body.
func get(t *testing.T, base, path string) (int, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// getJSON fetches a path that must answer 200 and decodes the answer into v.
func getJSON(t *testing.T, base, path string, v any) {
	t.Helper()
	status, b := get(t, base, path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, status, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v in %s", path, err, b)
	}
}

// wantError checks that a path answers status with the error code.
func wantError(t *testing.T, base, path string, status int, code string) {
	t.Helper()
	got, b := get(t, base, path)
	var e struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(b, &e); err != nil || got != status || e.Error.Code != code || e.Error.Message == "" {
		t.Errorf("GET %s: %d %s, want %d %s", path, got, b, status, code)
	}
}

// routes are the routes the node registers: the intake's, the API's and the metrics endpoint.
var routes = []struct{ method, path string }{
	{"POST", "/v1/messages"},
	{"POST", "/message"},
	{"POST", "/v1/messages/batch"},
	{"GET", "/v1/messages/{id}"},
	{"GET", "/message/{id}"},
	{"GET", "/v1/tasks/{id}"},
	{"GET", "/v1/tasks"},
	{"GET", "/v1/blocks/{height}"},
	{"GET", "/v1/projects/{id}"},
	{"GET", "/v1/peers"},
	{"GET", "/healthz"},
	{"GET", "/metrics"},
	{"GET", "/openapi.json"},
}

// TestNode runs a node, sends messages of both example projects through the single and batch endpoints,
// follows each to proved, then checks every endpoint of the API against what was sent.
func TestNode(t *testing.T) {
	d := newDevnet(t)
	n := d.start(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	s := newSender(t)
	dev := d.keys.Devices

	var ids []string
	for i, key := range dev {
		ids = append(ids, s.send(ctx, n.c, key, devnet.SumProjectID, int64(i+1)))
	}
	ids = append(ids, s.sendBatch(ctx, n.c, devnet.SumProjectID, []*ecdsa.PrivateKey{dev[0], dev[1], dev[2], dev[0], dev[1]},
		[]int64{4, 5, 6, 7, 8})...)
	// Project 2 groups by device: device 0 fills a task, device 1 and 2 wait for maxWait.
	ids = append(ids, s.sendBatch(ctx, n.c, devnet.SumOpenProjectID, []*ecdsa.PrivateKey{dev[0], dev[0], dev[1], dev[0], dev[0]},
		[]int64{10, 11, 20, 12, 13})...)
	ids = append(ids, s.send(ctx, n.c, dev[2], devnet.SumOpenProjectID, 30))
	final := follow(ctx, t, n.c, ids...)

	taskIDs := map[string]bool{}
	for _, m := range final {
		taskIDs[m.TaskID] = true
	}
	base := n.URL()

	t.Run("messages", func(t *testing.T) {
		for _, id := range ids {
			var m api.Message
			getJSON(t, base, "/v1/messages/"+id, &m)
			if _, alias := get(t, base, "/message/"+id); !bytes.Equal(alias, mustJSON(t, m)) {
				t.Errorf("/message/%s answers %s, /v1/messages answers %s", id, alias, mustJSON(t, m))
			}
			var states []task.State
			for _, st := range m.States {
				states = append(states, st.State)
				if (st.State == task.Assigned || st.State == task.Proved) && (st.Prover != d.prover().Hex() || st.BlockHeight == nil) {
					t.Errorf("message %s: state %s by %q at block %v, want prover %s", id, st.State, st.Prover, st.BlockHeight, d.prover())
				}
			}
			want := []task.State{task.Received, task.Packed, task.Assigned, task.Proved}
			if !slices.Equal(states, want) || m.State != string(task.Proved) || m.TaskID == "" || !strings.EqualFold(m.MessageID, id) {
				t.Fatalf("message %s: %s with states %v in task %q, want proved with %v", id, m.State, states, m.TaskID, want)
			}
			// A message is packed after it is durable, and proved after it is assigned. (An assignment is
			// stamped with the start of the sequencer's round, which may precede the packing of a task the
			// round picked up.)
			if m.States[1].Time.Before(m.States[0].Time) || m.States[3].Time.Before(m.States[2].Time) {
				t.Errorf("message %s: states out of time order: %+v", id, m.States)
			}
			if sentAs, _ := s.get(id); m.ProjectID != sentAs.project || m.DeviceID != sentAs.device.Hex() {
				t.Errorf("message %s: project %d device %s, sent to %d by %s", id, m.ProjectID, m.DeviceID, sentAs.project, sentAs.device)
			}
		}
	})

	t.Run("tasks", func(t *testing.T) {
		packed := map[string]int{} // message -> tasks holding it
		for id := range taskIDs {
			var tk api.Task
			getJSON(t, base, "/v1/tasks/"+id, &tk)
			for _, m := range tk.Messages {
				packed[strings.ToLower(m)]++
			}
			if tk.State != task.Proved || tk.Block == nil || tk.Prover != d.prover().Hex() || tk.Attempts != 1 {
				t.Errorf("task %s: %s at block %v by %s after %d attempts", id, tk.State, tk.Block, tk.Prover, tk.Attempts)
			}
			var got, want sumOutput
			if err := json.Unmarshal(tk.Result, &got); err != nil {
				t.Fatalf("task %s: result %s: %v", id, tk.Result, err)
			}
			if want = s.expectSum(t, tk); !reflect.DeepEqual(got, want) {
				t.Errorf("task %s: result %s, want %+v", id, tk.Result, want)
			}
			sig, err := hexutil.Decode(tk.ResultSignature)
			if err != nil {
				t.Fatalf("task %s: result signature %q: %v", id, tk.ResultSignature, err)
			}
			r := task.Result{TaskID: common.HexToHash(tk.TaskID), Prover: common.HexToAddress(tk.Prover), Output: tk.Result,
				Signature: sig}
			if err := r.CheckSignature(); err != nil {
				t.Errorf("task %s: the result as served does not check: %v", id, err)
			}
			var b block.Block
			getJSON(t, base, fmt.Sprintf("/v1/blocks/%d", *tk.Block), &b)
			if !slices.ContainsFunc(b.Assignments, func(a block.Assignment) bool {
				return a.TaskID == common.HexToHash(tk.TaskID) && a.Prover == d.prover() && a.ProjectID == tk.ProjectID
			}) {
				t.Errorf("task %s: block %d does not assign it to the prover", id, *tk.Block)
			}
		}
		for _, id := range ids {
			if packed[strings.ToLower(id)] != 1 {
				t.Errorf("message %s is in %d tasks", id, packed[strings.ToLower(id)])
			}
		}
	})

	t.Run("task list", func(t *testing.T) {
		var all api.TaskList
		getJSON(t, base, "/v1/tasks?limit=1000", &all)
		if len(all.Tasks) != len(taskIDs) {
			t.Fatalf("listed %d tasks, want %d", len(all.Tasks), len(taskIDs))
		}
		perProject := map[uint64]int{}
		for i, tk := range all.Tasks {
			perProject[tk.ProjectID]++
			if i > 0 && tk.CreatedAt.After(all.Tasks[i-1].CreatedAt) {
				t.Errorf("task %d created after task %d: not newest first", i, i-1)
			}
		}
		cases := []struct {
			query   string
			project uint64
			want    int
		}{
			{fmt.Sprintf("project=1&state=proved&limit=%d", perProject[1]), 1, perProject[1]},
			{"project=1&state=proved&limit=1", 1, 1},
			{"project=2&state=proved", 2, perProject[2]},
			{"project=2&limit=1", 2, 1},
			{"state=proved&limit=1000", 0, len(taskIDs)},
			{"state=failed", 0, 0},
			{"project=7", 0, 0},
		}
		for _, c := range cases {
			var list api.TaskList
			getJSON(t, base, "/v1/tasks?"+c.query, &list)
			if len(list.Tasks) != c.want {
				t.Errorf("%s: %d tasks, want %d", c.query, len(list.Tasks), c.want)
			}
			// Newest first: the list is a prefix of all tasks filtered.
			var filtered []string
			for _, tk := range all.Tasks {
				if c.project == 0 || tk.ProjectID == c.project {
					filtered = append(filtered, tk.TaskID)
				}
			}
			for i, tk := range list.Tasks {
				if i >= len(filtered) {
					break
				}
				if tk.State != task.Proved || (c.project != 0 && tk.ProjectID != c.project) || filtered[i] != tk.TaskID {
					t.Errorf("%s: item %d is task %s of project %d, %s", c.query, i, tk.TaskID, tk.ProjectID, tk.State)
				}
			}
		}
	})

	t.Run("bad filters", func(t *testing.T) {
		for _, q := range []string{"project=abc", "project=-1", "project=0", "state=received", "state=bogus",
			"limit=0", "limit=-1", "limit=1001", "limit=ten"} {
			wantError(t, base, "/v1/tasks?"+q, http.StatusBadRequest, "malformed")
		}
	})

	t.Run("blocks", func(t *testing.T) {
		var latest block.Block
		getJSON(t, base, "/v1/blocks/latest", &latest)
		chain := make([]block.Block, latest.Height+1)
		for h := range chain {
			getJSON(t, base, fmt.Sprintf("/v1/blocks/%d", h), &chain[h])
			if chain[h].Height != uint64(h) {
				t.Fatalf("/v1/blocks/%d answered height %d", h, chain[h].Height)
			}
		}
		if !reflect.DeepEqual(chain[latest.Height], latest) {
			t.Errorf("latest block %+v, block at its height %+v", latest, chain[latest.Height])
		}
		v, err := block.NewValidator(block.DefaultParams(), func(h uint64) (block.Header, error) {
			if h >= uint64(len(chain)) {
				return block.Header{}, fmt.Errorf("no block %d", h)
			}
			return chain[h].Header, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for h, b := range chain {
			var parent *block.Block
			if h > 0 {
				parent = &chain[h-1]
			}
			if err := v.Validate(b, parent); err != nil {
				t.Errorf("block %d: %v", h, err)
			}
		}
	})

	t.Run("unknown and malformed IDs", func(t *testing.T) {
		unknown := common.HexToHash("0x01").Hex()
		cases := []struct {
			path   string
			status int
			code   string
		}{
			{"/v1/messages/" + unknown, 404, "not_found"},
			{"/message/" + unknown, 404, "not_found"},
			{"/v1/tasks/" + unknown, 404, "not_found"},
			{"/v1/blocks/1000000", 404, "not_found"},
			{"/v1/projects/99", 404, "not_found"},
			{"/v1/messages/0x1234", 400, "malformed"},
			{"/v1/messages/" + strings.Repeat("zz", 32), 400, "malformed"},
			{"/v1/tasks/nothex", 400, "malformed"},
			{"/v1/tasks/" + unknown + "00", 400, "malformed"},
			{"/v1/blocks/-1", 400, "malformed"},
			{"/v1/blocks/first", 400, "malformed"},
			{"/v1/projects/one", 400, "malformed"},
		}
		for _, c := range cases {
			wantError(t, base, c.path, c.status, c.code)
		}
		// A long poll on an unknown message is answered at once, well within this client's limit.
		quick := &http.Client{Timeout: 20 * time.Second}
		resp, err := quick.Get(base + "/v1/messages/" + unknown + "?wait=60s")
		if err != nil {
			t.Fatalf("long poll of an unknown message: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("long poll of an unknown message: %d, want 404", resp.StatusCode)
		}
	})

	t.Run("project", func(t *testing.T) {
		for _, want := range d.projects {
			var p api.Project
			getJSON(t, base, fmt.Sprintf("/v1/projects/%d", want.ID), &p)
			if p.ProjectID != want.ID || p.Name != want.Name || p.URI != want.URI || p.SHA256 != want.SHA256 || p.Paused ||
				len(p.Versions) != 1 || p.Versions[0].Version != want.Version || p.Versions[0].Runtime != want.Runtime {
				t.Errorf("project %d: %+v, want %+v", want.ID, p, want)
			}
		}
	})

	t.Run("health", func(t *testing.T) {
		var h map[string]string
		getJSON(t, base, "/healthz", &h)
		if h["status"] != "ok" {
			t.Errorf("healthz: %v", h)
		}
	})

	t.Run("metrics", func(t *testing.T) {
		status, b := get(t, base, "/metrics")
		if status != http.StatusOK {
			t.Fatalf("metrics: %d", status)
		}
		values := map[string]float64{} // sample name without labels -> sum of its samples
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			line := sc.Text()
			if f := strings.Fields(line); len(f) >= 3 && f[0] == "#" && f[1] == "TYPE" {
				if name := f[2]; !strings.HasPrefix(name, "w3bstream_") && !strings.HasPrefix(name, "go_") && !strings.HasPrefix(name, "process_") {
					t.Errorf("metric %s is not named w3bstream_*", name)
				}
				continue
			}
			if line == "" || line[0] == '#' {
				continue
			}
			// name{labels} value
			sample, value := line[:strings.LastIndexByte(line, ' ')], line[strings.LastIndexByte(line, ' ')+1:]
			name, _, _ := strings.Cut(sample, "{")
			v, err := strconv.ParseFloat(value, 64)
			if err != nil {
				t.Fatalf("metrics line %q: %v", line, err)
			}
			values[name] += v
		}
		for name, atLeast := range map[string]int{
			"w3bstream_messages_received_total": len(ids),
			"w3bstream_tasks_packed_total":      len(taskIDs),
			"w3bstream_tasks_proved_total":      len(taskIDs),
			"w3bstream_blocks_mined_total":      1,
		} {
			if v, ok := values[name]; !ok || v < float64(atLeast) {
				t.Errorf("metric %s = %v (present %v), want at least %d", name, v, ok, atLeast)
			}
		}
	})

	t.Run("openapi", func(t *testing.T) {
		var spec struct {
			OpenAPI string                                `json:"openapi"`
			Paths   map[string]map[string]json.RawMessage `json:"paths"`
		}
		getJSON(t, base, "/openapi.json", &spec)
		if !strings.HasPrefix(spec.OpenAPI, "3.") {
			t.Errorf("openapi version %q", spec.OpenAPI)
		}
		documented := map[string]bool{}
		for path, item := range spec.Paths {
			for key := range item {
				if method := strings.ToUpper(key); slices.Contains(httpMethods, method) {
					documented[method+" "+path] = true
				}
			}
		}
		for _, r := range routes {
			key := r.method + " " + r.path
			if !documented[key] {
				t.Errorf("route %s is not in openapi.json", key)
			}
			delete(documented, key)
			// The route is served: the mux answers neither 405 nor its own 404.
			path := strings.NewReplacer("{id}", unknownID, "{height}", "0").Replace(r.path)
			req, err := http.NewRequestWithContext(ctx, r.method, base+path, strings.NewReader("{"))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusMethodNotAllowed || strings.HasPrefix(string(body), "404 page not found") {
				t.Errorf("route %s is not served: %d %s", key, resp.StatusCode, body)
			}
		}
		for key := range documented {
			t.Errorf("openapi.json documents %s, which is not a route of the node", key)
		}
	})

	t.Run("batch route takes POST only", func(t *testing.T) {
		for _, method := range []string{"GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"} {
			req, err := http.NewRequestWithContext(ctx, method, base+"/v1/messages/batch", nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "POST" {
				t.Errorf("%s /v1/messages/batch: %d, Allow %q; want 405, Allow POST", method, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
	})

	t.Run("long poll", func(t *testing.T) {
		wantError(t, base, "/v1/messages/"+ids[0]+"?wait=bad", 400, "malformed")
		wantError(t, base, "/v1/messages/"+ids[0]+"?wait=-1s", 400, "malformed")
		wantError(t, base, "/v1/messages/"+ids[0]+"?wait=30", 400, "malformed")
		wantError(t, base, "/v1/messages/"+ids[0]+"?wait=1s&after=-1", 400, "malformed")
		// A message alone in project 1 waits maxWait to be packed, so the polls below see it move.
		id := s.send(ctx, n.c, dev[1], devnet.SumProjectID, 9)
		var m api.Message
		getJSON(t, base, "/v1/messages/"+id, &m)
		for m.State != string(task.Proved) {
			after := len(m.States)
			getJSON(t, base, fmt.Sprintf("/v1/messages/%s?wait=20s&after=%d", id, after), &m)
			if len(m.States) <= after {
				t.Fatalf("long poll after %d states answered %d states (%s)", after, len(m.States), m.State)
			}
		}
	})
}

// httpMethods are the operation keys of an OpenAPI path item.
var httpMethods = []string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}

const unknownID = "0x0000000000000000000000000000000000000000000000000000000000000001"

// TestRestart stops a node while devices are sending and a client is long-polling, then starts another
// node on the same data dir: Run returns cleanly, every message answered 202 is stored and goes on to be
// proved, the old messages are served as before, the chain goes on from its tip, and new messages go
// through.
func TestRestart(t *testing.T) {
	d := newDevnet(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	s := newSender(t)
	dev := d.keys.Devices

	first := d.start(t)
	old := s.sendBatch(ctx, first.c, devnet.SumProjectID, dev, []int64{1, 2, 3})
	before := follow(ctx, t, first.c, old...)
	var tip block.Block
	getJSON(t, first.URL(), "/v1/blocks/latest", &tip)

	// A long poll that nothing will satisfy is in flight when the node stops: it is answered with the
	// message as it stands, and does not hold the stop up.
	type answer struct {
		m   api.Message
		err error
	}
	polled := make(chan answer, 1)
	go func() {
		m, err := first.c.Message(ctx, old[0], api.MaxWait, len(before[old[0]].States))
		polled <- answer{m, err}
	}()

	accepted := sendUntilStopped(ctx, t, s, first, dev, 40)
	select {
	case a := <-polled:
		if a.err != nil || a.m.State != string(task.Proved) {
			t.Errorf("long poll in flight at the stop: %+v, %v", a.m, a.err)
		}
	case <-ctx.Done():
		t.Fatal("long poll in flight at the stop was not answered")
	}

	second := d.start(t)
	for _, id := range accepted {
		if _, err := second.Store().Message(ctx, common.HexToHash(id)); err != nil {
			t.Errorf("message %s was answered 202 but is not stored: %v", id, err)
		}
	}
	for _, id := range old {
		m, err := second.c.Message(ctx, id, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, was := mustJSON(t, m), mustJSON(t, before[id]); !bytes.Equal(got, was) {
			t.Errorf("after the restart message %s is %s, was %s", id, got, was)
		}
	}
	follow(ctx, t, second.c, accepted...)
	fresh := s.sendBatch(ctx, second.c, devnet.SumOpenProjectID, []*ecdsa.PrivateKey{dev[0], dev[0], dev[0], dev[0]}, []int64{4, 5, 6, 7})
	after := follow(ctx, t, second.c, fresh...)
	tk, err := second.c.Task(ctx, after[fresh[0]].TaskID)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Block == nil || *tk.Block <= tip.Height {
		t.Errorf("a task after the restart is at block %v, not after the old tip %d", tk.Block, tip.Height)
	}
	var b block.Block
	getJSON(t, second.URL(), fmt.Sprintf("/v1/blocks/%d", tip.Height), &b)
	if !reflect.DeepEqual(b, tip) {
		t.Errorf("block %d changed across the restart", tip.Height)
	}
}

// sendUntilStopped has each device send messages of project 2 (one device in batches, the others one by
// one) until the node stops, stops it once atLeast are accepted, and returns the IDs answered 202.
func sendUntilStopped(ctx context.Context, t *testing.T, s *sender, n *running, keys []*ecdsa.PrivateKey, atLeast int) []string {
	t.Helper()
	var (
		mu       sync.Mutex
		accepted []string
		wg       sync.WaitGroup
		once     sync.Once
	)
	enough := make(chan struct{})
	for w, key := range keys {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				var got []string
				if w == 0 {
					ms, infos := make([]message.Message, 4), make([]sent, 4)
					for j := range ms {
						ms[j], infos[j] = s.sign(key, devnet.SumOpenProjectID, int64(i))
					}
					res, err := n.c.SendBatch(ctx, ms)
					if err != nil {
						return
					}
					for j, r := range res {
						if r.Status == http.StatusAccepted {
							got = append(got, r.MessageID)
							s.record(r.MessageID, infos[j])
						} else {
							t.Errorf("batch item %d: %d %+v", j, r.Status, r.Error)
						}
					}
				} else {
					m, info := s.sign(key, devnet.SumOpenProjectID, int64(i))
					id, err := n.c.Send(ctx, m)
					if err != nil {
						return
					}
					s.record(id, info)
					got = append(got, id)
				}
				mu.Lock()
				accepted = append(accepted, got...)
				if len(accepted) >= atLeast {
					once.Do(func() { close(enough) })
				}
				mu.Unlock()
			}
		})
	}
	select {
	case <-enough:
	case <-ctx.Done():
		t.Fatalf("senders did not get %d messages accepted", atLeast)
	}
	n.stop() // while the senders go on
	wg.Wait()
	t.Logf("%d messages accepted before the stop", len(accepted))
	return accepted
}
