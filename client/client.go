// Package client is a Go client of the node's HTTP API: send signed messages, follow their progress,
// read tasks and blocks. The CLI, the demo devices and the tests use it; device SDKs may too.
package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/ingest"
	"github.com/w3bstream-go/w3bstream/internal/httpjson"
	"github.com/w3bstream-go/w3bstream/message"
)

// maxAnswerBytes bounds what the client reads of one answer.
const maxAnswerBytes = 64 << 20

// Error is an error answer from the node, with its HTTP status and stable code.
type Error struct {
	Status  int
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Client talks to one node.
type Client struct {
	base string
	http *http.Client
}

// New returns a client for the node at baseURL (http://127.0.0.1:8888).
func New(baseURL string) *Client {
	return &Client{base: strings.TrimSuffix(baseURL, "/"), http: &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: 64, IdleConnTimeout: 90 * time.Second}}}
}

// Sign signs data for a project version with a device key.
func Sign(key *ecdsa.PrivateKey, projectID uint64, version, data string) (message.Message, error) {
	return message.Sign(ecdsaSigner{key}, projectID, version, data)
}

type ecdsaSigner struct{ key *ecdsa.PrivateKey }

func (s ecdsaSigner) Sign(digest []byte) ([]byte, error) { return crypto.Sign(digest, s.key) }

// Send posts one signed message and returns its ID once the node holds it durably.
func (c *Client) Send(ctx context.Context, m message.Message) (string, error) {
	var out ingest.Accepted
	if err := c.do(ctx, http.MethodPost, "/v1/messages", m, &out); err != nil {
		return "", err
	}
	return out.MessageID, nil
}

// SendBatch posts several messages; the answer has one result per message, in order.
func (c *Client) SendBatch(ctx context.Context, ms []message.Message) ([]ingest.ItemResult, error) {
	var out ingest.BatchAnswer
	if err := c.do(ctx, http.MethodPost, "/v1/messages/batch", ms, &out); err != nil {
		return nil, err
	}
	return out.Results, nil
}

// Message returns a message with its history. With wait > 0 the node answers as soon as the message has
// more than after states, or when wait passes.
func (c *Client) Message(ctx context.Context, id string, wait time.Duration, after int) (api.Message, error) {
	q := url.Values{}
	if wait > 0 {
		q.Set("wait", wait.String())
		q.Set("after", fmt.Sprint(after))
	}
	var out api.Message
	err := c.do(ctx, http.MethodGet, "/v1/messages/"+url.PathEscape(id)+"?"+q.Encode(), nil, &out)
	return out, err
}

// Task returns a task with its history and result.
func (c *Client) Task(ctx context.Context, id string) (api.Task, error) {
	var out api.Task
	err := c.do(ctx, http.MethodGet, "/v1/tasks/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Peers returns the node's P2P identity and the peers it knows.
func (c *Client) Peers(ctx context.Context) (api.Peers, error) {
	var out api.Peers
	err := c.do(ctx, http.MethodGet, "/v1/peers", nil, &out)
	return out, err
}

// Tasks lists tasks, newest first. Zero arguments do not filter.
func (c *Client) Tasks(ctx context.Context, projectID uint64, state string, limit int) ([]api.Task, error) {
	q := url.Values{}
	if projectID != 0 {
		q.Set("project", fmt.Sprint(projectID))
	}
	if state != "" {
		q.Set("state", state)
	}
	if limit > 0 {
		q.Set("limit", fmt.Sprint(limit))
	}
	var out api.TaskList
	err := c.do(ctx, http.MethodGet, "/v1/tasks?"+q.Encode(), nil, &out)
	return out.Tasks, err
}

// Follow calls fn with each new state of a message until the message is final on its node (see
// api.Message.Final), ctx ends, or it reaches one of the until states (none: only finality ends it).
func (c *Client) Follow(ctx context.Context, id string, until []string, fn func(api.Message, api.State)) (api.Message, error) {
	seen := 0
	for {
		m, err := c.Message(ctx, id, 30*time.Second, seen)
		if err != nil {
			return m, err
		}
		for _, s := range m.States[seen:] {
			fn(m, s)
		}
		seen = len(m.States)
		if m.Final || slices.Contains(until, m.State) {
			return m, nil
		}
	}
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error httpjson.Error `json:"error"`
		}
		if json.Unmarshal(b, &e) != nil || e.Error.Code == "" {
			return &Error{Status: resp.StatusCode, Code: "http", Message: strings.TrimSpace(string(b))}
		}
		return &Error{Status: resp.StatusCode, Code: e.Error.Code, Message: e.Error.Message}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(b, out)
}
