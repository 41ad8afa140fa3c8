package ingest_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/ingest"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
)

type fixture struct {
	url     string
	store   da.Store
	entered chan struct{} // with a blocking store: the writer is inside it
	allowed *ecdsa.PrivateKey
	other   *ecdsa.PrivateKey
}

// newFixture runs an intake over a real SQLite file. Project 1 allows one device; project 2 is open and
// paused is not modelled by the directory registry; project 3 is open, and registered with another
// runtime than its file names.
func newFixture(t *testing.T, block chan struct{}, opts ...ingest.Option) *fixture {
	t.Helper()
	dir := t.TempDir()
	allowed, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	projects := filepath.Join(dir, "projects")
	if err := os.MkdirAll(projects, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(id int, f string) {
		if err := os.WriteFile(filepath.Join(projects, fmt.Sprintf("%d.json", id)), []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(1, fmt.Sprintf(`{"versions":[{"version":"v1","runtime":"wasm","devices":{"policy":"allowlist","allow":[%q]}}]}`,
		crypto.PubkeyToAddress(allowed.PublicKey).Hex()))
	write(2, `{"versions":[{"version":"v1","runtime":"wasm"}]}`)
	write(3, `{"versions":[{"version":"v1","runtime":"wasm"}]}`)
	dirReg, err := project.NewDirRegistry(projects)
	reg := runtimeRegistry{dirReg, map[uint64]string{3: "zk-other"}}
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlite.Open(filepath.Join(dir, "da.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var s da.Store = store
	entered := make(chan struct{}, 1)
	if block != nil {
		s = blockingStore{Store: store, block: block, entered: entered}
	}
	in, err := ingest.New(s, project.NewManager(reg, project.NewFetcher("")), opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { in.Run(ctx); close(done) }()
	mux := http.NewServeMux()
	in.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); cancel(); <-done })
	return &fixture{url: srv.URL, store: store, entered: entered, allowed: allowed, other: other}
}

// runtimeRegistry holds some projects to a runtime, as the chain's registry does.
type runtimeRegistry struct {
	project.Registry
	runtimes map[uint64]string
}

func (r runtimeRegistry) Project(ctx context.Context, id uint64) (project.Record, error) {
	rec, err := r.Registry.Project(ctx, id)
	rec.Runtime = r.runtimes[id]
	return rec, err
}

// blockingStore holds appends until released, so that the write queue fills. It says when the writer
// has entered it.
type blockingStore struct {
	da.Store
	block   chan struct{}
	entered chan struct{}
}

func (b blockingStore) AppendMessages(ctx context.Context, m []message.Verified, at time.Time) ([]da.Appended, error) {
	select {
	case b.entered <- struct{}{}:
	default:
	}
	<-b.block
	return b.Store.AppendMessages(ctx, m, at)
}

func sign(t *testing.T, key *ecdsa.PrivateKey, project uint64, version, data string) message.Message {
	t.Helper()
	sig, err := crypto.Sign(message.Digest(project, version, data).Bytes(), key)
	if err != nil {
		t.Fatal(err)
	}
	return message.Message{ProjectID: project, ProjectVersion: version, Data: data, Signature: fmt.Sprintf("0x%x", sig)}
}

func post(t *testing.T, url string, body []byte) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func stored(t *testing.T, s da.Store) int {
	t.Helper()
	msgs, err := s.UnpackedMessages(context.Background(), 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	return len(msgs)
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

func TestAcceptsAndDedupes(t *testing.T) {
	f := newFixture(t, nil)
	m := sign(t, f.allowed, 1, "v1", `{"reading":21}`)
	for _, path := range []string{"/v1/messages", "/message"} {
		status, out := post(t, f.url+path, mustJSON(m))
		if status != http.StatusAccepted {
			t.Fatalf("%s: status %d %v", path, status, out)
		}
		v, _ := m.Verify()
		if out["messageID"] != v.ID.Hex() {
			t.Fatalf("messageID %v, want %s", out["messageID"], v.ID.Hex())
		}
	}
	// v as 27/28 is the same message.
	sig, _ := message.DecodeSignature(m.Signature)
	sig[64] += 27
	m.Signature = fmt.Sprintf("0x%x", sig)
	if status, _ := post(t, f.url+"/v1/messages", mustJSON(m)); status != http.StatusAccepted {
		t.Fatalf("v=27/28: status %d", status)
	}
	if n := stored(t, f.store); n != 1 {
		t.Fatalf("stored %d messages, want 1", n)
	}
}

func TestRefusals(t *testing.T) {
	f := newFixture(t, nil)
	good := sign(t, f.allowed, 1, "v1", "x")
	badV := good
	badV.Signature = good.Signature[:len(good.Signature)-2] + "09"
	tampered := good
	tampered.Data = "y"
	cases := []struct {
		name   string
		path   string
		body   []byte
		status int
		code   string
	}{
		{"not JSON", "/v1/messages", []byte("{"), 400, "malformed"},
		{"unknown field", "/v1/messages", []byte(`{"projectID":1,"projectVersion":"v1","data":"x","signature":"0x00","extra":1}`), 400, "malformed"},
		{"trailing data", "/v1/messages", append(mustJSON(good), []byte(`{}`)...), 400, "malformed"},
		{"missing project", "/v1/messages", []byte(`{"projectVersion":"v1","data":"x","signature":"0x00"}`), 400, "malformed"},
		{"wrong type", "/v1/messages", []byte(`{"projectID":"one","projectVersion":"v1","data":"x","signature":"0x00"}`), 400, "malformed"},
		{"signature not hex", "/v1/messages", mustJSON(message.Message{ProjectID: 1, ProjectVersion: "v1", Data: "x", Signature: "0xnothex"}), 400, "malformed"},
		{"short signature", "/v1/messages", mustJSON(message.Message{ProjectID: 1, ProjectVersion: "v1", Data: "x", Signature: "0x1234"}), 401, "bad_signature"},
		{"bad recovery id", "/v1/messages", mustJSON(badV), 401, "bad_signature"},
		{"tampered data", "/v1/messages", mustJSON(tampered), 403, "device_forbidden"},
		{"device not allowed", "/v1/messages", mustJSON(sign(t, f.other, 1, "v1", "x")), 403, "device_forbidden"},
		{"unknown project", "/v1/messages", mustJSON(sign(t, f.allowed, 9, "v1", "x")), 404, "not_found"},
		{"unknown version", "/v1/messages", mustJSON(sign(t, f.allowed, 1, "v9", "x")), 404, "not_found"},
		{"runtime mismatch", "/v1/messages", mustJSON(sign(t, f.other, 3, "v1", "x")), 409, "runtime_mismatch"},
		{"data too large", "/v1/messages", mustJSON(sign(t, f.allowed, 1, "v1", strings.Repeat("x", message.MaxDataBytes+1))), 413, "too_large"},
		{"body too large", "/v1/messages", bytes.Repeat([]byte(" "), ingest.DefaultMaxBodyBytes+1), 413, "too_large"},
		{"batch not array", "/v1/messages/batch", mustJSON(good), 400, "malformed"},
		{"batch empty", "/v1/messages/batch", []byte(`[]`), 400, "malformed"},
		{"batch too long", "/v1/messages/batch", mustJSON(make([]message.Message, ingest.DefaultMaxBatch+1)), 413, "too_large"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, out := post(t, f.url+c.path, c.body)
			e, _ := out["error"].(map[string]any)
			if status != c.status || e["code"] != c.code {
				t.Fatalf("got %d %v, want %d %s", status, out, c.status, c.code)
			}
			if e["message"] == "" {
				t.Fatal("error without a message")
			}
			if n := stored(t, f.store); n != 0 {
				t.Fatalf("a refused message left %d stored", n)
			}
		})
	}
}

func TestBatchAnswersPerItem(t *testing.T) {
	f := newFixture(t, nil)
	items := []message.Message{
		sign(t, f.allowed, 1, "v1", "a"),
		sign(t, f.other, 1, "v1", "b"),   // not allowed
		sign(t, f.other, 2, "v1", "c"),   // open project
		sign(t, f.allowed, 7, "v1", "d"), // unknown project
		sign(t, f.allowed, 1, "v1", "a"), // duplicate of the first
	}
	resp, err := http.Post(f.url+"/v1/messages/batch", "application/json", bytes.NewReader(mustJSON(items)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out ingest.BatchAnswer
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("status %d, %v", resp.StatusCode, err)
	}
	want := []int{202, 403, 202, 404, 202}
	for i, r := range out.Results {
		if r.Status != want[i] {
			t.Errorf("item %d: status %d, want %d (%+v)", i, r.Status, want[i], r.Error)
		}
	}
	if out.Results[0].MessageID != out.Results[4].MessageID {
		t.Error("a duplicate in one batch got another ID")
	}
	if n := stored(t, f.store); n != 2 {
		t.Fatalf("stored %d, want 2", n)
	}
}

// TestBatchDecodesItemsStrictly checks that an item that is JSON but not a message is refused alone, while
// a body that is not a JSON array of messages is refused whole.
func TestBatchDecodesItemsStrictly(t *testing.T) {
	f := newFixture(t, nil)
	good := func(data string) string { return string(mustJSON(sign(t, f.other, 2, "v1", data))) }
	items := []string{
		good("a"),
		`{"projectID":2,"projectVersion":"v1","data":"b","signature":"0x00","extra":1}`,
		`{"projectID":"two","projectVersion":"v1","data":"c","signature":"0x00"}`,
		`[1, 2]`,
		` ` + good("d") + "\n",
	}
	status, out := post(t, f.url+"/v1/messages/batch", []byte("["+strings.Join(items, ",")+"]"))
	if status != http.StatusAccepted {
		t.Fatalf("status %d, %v", status, out)
	}
	results, _ := out["results"].([]any)
	want := []float64{202, 400, 400, 400, 202}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d: %v", len(results), len(want), out)
	}
	for i, r := range results {
		res, _ := r.(map[string]any)
		if res["status"] != want[i] {
			t.Errorf("item %d: %v, want status %v", i, res, want[i])
		}
	}
	if n := stored(t, f.store); n != 2 {
		t.Fatalf("stored %d, want 2", n)
	}

	for name, body := range map[string]string{
		"broken item":     "[" + good("e") + `, {"projectID":2,]`,
		"unclosed array":  "[" + good("e"),
		"missing comma":   "[" + good("e") + good("f") + "]",
		"data after":      "[" + good("e") + "] []",
		"object":          good("e"),
		"not JSON":        "[x]",
		"closing brace":   "[" + good("e") + "}",
		"empty body":      "",
		"null":            "null",
		"nested nothing":  "[[]",
		"trailing comma":  "[" + good("e") + ",]",
		"only whitespace": "  ",
	} {
		t.Run(name, func(t *testing.T) {
			status, out := post(t, f.url+"/v1/messages/batch", []byte(body))
			if e, _ := out["error"].(map[string]any); status != http.StatusBadRequest || e["code"] != "malformed" {
				t.Fatalf("got %d %v, want 400 malformed", status, out)
			}
			if n := stored(t, f.store); n != 2 {
				t.Fatalf("a refused batch left %d stored, want 2", n)
			}
		})
	}
}

func TestOverCapacity(t *testing.T) {
	release := make(chan struct{})
	f := newFixture(t, release, ingest.WithQueue(1, 50*time.Millisecond))
	var once sync.Once
	unblock := func() { once.Do(func() { close(release) }) }
	t.Cleanup(unblock) // runs before the server's cleanup, so a failure cannot hang on a held writer
	// The first request holds the writer inside the store. Of the next two, one takes the queue's one
	// slot and the other finds it full: exactly one is refused, and only accepted ones are stored.
	statuses := make(chan int, 3)
	send := func(i int) {
		status, _ := post(t, f.url+"/v1/messages", mustJSON(sign(t, f.allowed, 1, "v1", fmt.Sprint(i))))
		statuses <- status
	}
	go send(0)
	<-f.entered
	go send(1)
	go send(2)
	if got := <-statuses; got != http.StatusTooManyRequests {
		t.Fatalf("first answer %d, want 429", got)
	}
	unblock()
	accepted := 0
	for range 2 {
		if <-statuses == http.StatusAccepted {
			accepted++
		}
	}
	if n := stored(t, f.store); n != accepted {
		t.Fatalf("stored %d, accepted %d", n, accepted)
	}
}
