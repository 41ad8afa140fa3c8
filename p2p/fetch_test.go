package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/w3bstream-go/w3bstream/message"
)

func fetchCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// A task bigger than one page comes in several pages from the peer that serves it.
func TestFetchPages(t *testing.T) {
	task := makeTask(t, newKey(t), 5, 300, 4<<10, "pages")
	server, client := startHost(t, nil), startHost(t, nil)
	serve(server, map[common.Hash][]message.Message{task.id: task.msgs})
	link(t, client, server)

	got, stats, err := client.Fetch(fetchCtx(t), task.request())
	if err != nil {
		t.Fatal(err)
	}
	if err := sameMessages(got, task.msgs); err != nil {
		t.Fatal(err)
	}
	if stats.Pages < 2 || stats.Bytes < DefaultMaxPageBytes || !slices.Equal(stats.Peers, []string{server.ID()}) || len(stats.Refused) != 0 {
		t.Fatalf("stats %+v", stats)
	}
	if p := peerInfo(t, client, server.ID()); p.Fetched != stats.Bytes || p.Score <= 0 {
		t.Fatalf("client's view of the server: %+v", p)
	}
	if p := peerInfo(t, server, client.ID()); p.Served != stats.Bytes {
		t.Fatalf("server's view of the client: %+v, want %d bytes served", p, stats.Bytes)
	}
	if got := testutil.ToFloat64(client.m.fetches.WithLabelValues("ok")); got != 1 {
		t.Fatalf("ok fetches %v", got)
	}
}

// When the peer serving a fetch goes away mid-way, another holder finishes it from the offset reached.
func TestFetchResume(t *testing.T) {
	task := makeTask(t, newKey(t), 5, 300, 200, "resume")
	first, second := startHost(t, nil), startHost(t, nil)
	client := startHost(t, func(c *Config) { c.Limits.MaxPageBytes = 16 << 10 })
	for _, h := range []*Host{first, second} {
		serve(h, map[common.Hash][]message.Message{task.id: task.msgs})
		link(t, client, h)
	}
	req := task.request(first)
	check, pages := req.Check, 0
	var once sync.Once
	req.Check = func(page []message.Message) error {
		pages++
		if pages == 2 {
			once.Do(func() { _ = first.Close() })
		}
		return check(page)
	}
	got, stats, err := client.Fetch(fetchCtx(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if err := sameMessages(got, task.msgs); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(stats.Peers, []string{first.ID(), second.ID()}) || len(stats.Refused) != 0 {
		t.Fatalf("stats %+v", stats)
	}
	if stats.Pages < 4 {
		t.Fatalf("%d pages for %d messages of 16 KiB pages", stats.Pages, len(got))
	}
}

// Peers that serve forged messages or another task's messages are refused and scored down; the fetch
// still succeeds from an honest peer.
func TestFetchRefusesForgers(t *testing.T) {
	key := newKey(t)
	task := makeTask(t, key, 5, 300, 100, "task")
	other := makeTask(t, key, 5, 300, 100, "other")
	forged := slices.Clone(task.msgs)
	forged[200].Data += "!" // the signature no longer recovers the task's device

	forger, wrongTask, honest := startHost(t, nil), startHost(t, nil), startHost(t, nil)
	client := startHost(t, func(c *Config) { c.Limits.MaxPageBytes = 8 << 10 })
	serve(forger, map[common.Hash][]message.Message{task.id: forged})
	serve(wrongTask, map[common.Hash][]message.Message{task.id: other.msgs})
	serve(honest, map[common.Hash][]message.Message{task.id: task.msgs})
	for _, h := range []*Host{forger, wrongTask, honest} {
		link(t, client, h)
	}

	got, stats, err := client.Fetch(fetchCtx(t), task.request(forger, wrongTask))
	if err != nil {
		t.Fatal(err)
	}
	if err := sameMessages(got, task.msgs); err != nil {
		t.Fatal(err)
	}
	slices.Sort(stats.Refused)
	want := []string{forger.ID(), wrongTask.ID()}
	slices.Sort(want)
	if !slices.Equal(stats.Refused, want) || !slices.Equal(stats.Peers, []string{honest.ID()}) {
		t.Fatalf("stats %+v, want refused %v", stats, want)
	}
	for _, h := range []*Host{forger, wrongTask} {
		if p := peerInfo(t, client, h.ID()); p.Refusals != 1 || p.Score >= 0 {
			t.Fatalf("refused peer %+v", p)
		}
	}
	if p := peerInfo(t, client, honest.ID()); p.Refusals != 0 || p.Score <= 0 {
		t.Fatalf("honest peer %+v", p)
	}
	for _, reason := range []string{"check", "complete"} {
		if got := testutil.ToFloat64(client.m.refusals.WithLabelValues(reason)); got != 1 {
			t.Fatalf("%s refusals %v", reason, got)
		}
	}
	// The honest peer now comes before the refused ones, hinted or not.
	if c := client.candidates(nil, nil); c[0] != honest.host.ID() {
		t.Fatalf("candidates %v, want %s first", c, honest.ID())
	}
	// Refused repeatedly, a peer is no candidate any more, even when hinted.
	for range refusalsToIgnore - 1 {
		client.refuse(forger.host.ID(), "check")
	}
	if c := client.candidates([]string{forger.ID()}, nil); slices.Contains(c, forger.host.ID()) {
		t.Fatalf("candidates %v include the ignored forger", c)
	}
}

// rawServer answers every fetch request with what reply writes.
func rawServer(h *Host, reply func(w *bufio.Writer) error) {
	h.host.SetStreamHandler(FetchProtocol, func(s network.Stream) {
		defer s.Close()
		br, bw := bufio.NewReader(s), bufio.NewWriter(s)
		for {
			if _, err := readFrame(br, requestBytes); err != nil {
				return
			}
			if err := reply(bw); err != nil {
				return
			}
		}
	})
}

// A response over the limits or against the protocol refuses the peer.
func TestFetchLimits(t *testing.T) {
	task := makeTask(t, newKey(t), 5, 300, 100, "limits")
	held := map[common.Hash][]message.Message{task.id: task.msgs}
	header := func(total, count uint32) []byte {
		b := []byte{statusOK, 0, 0, 0, 0, 0, 0, 0, 0}
		binary.BigEndian.PutUint32(b[1:], total)
		binary.BigEndian.PutUint32(b[5:], count)
		return b
	}
	for _, tc := range []struct {
		name   string
		limits Limits
		serve  func(h *Host)
		reason string
	}{
		{"more messages than the task limit", Limits{MaxTaskMessages: 100},
			func(h *Host) { serve(h, held) }, "limit"},
		{"more bytes than the task limit", Limits{MaxTaskBytes: 20 << 10, MaxPageBytes: 8 << 10},
			func(h *Host) { serve(h, held) }, "limit"},
		{"frame over the page limit", Limits{},
			func(h *Host) {
				rawServer(h, func(w *bufio.Writer) error {
					w.Write(binary.AppendUvarint(nil, 100<<20))
					return w.Flush()
				})
			}, "limit"},
		{"page over the asked bytes", Limits{MaxPageBytes: 8 << 10},
			func(h *Host) {
				rawServer(h, func(w *bufio.Writer) error { return writeFrame(w, encodePage(task.msgs, 0, 40<<10)) })
			}, "limit"},
		{"count the bytes cannot hold", Limits{},
			func(h *Host) {
				rawServer(h, func(w *bufio.Writer) error { return writeFrame(w, header(1<<20, 1<<20)) })
			}, "protocol"},
		{"more messages than the total", Limits{},
			func(h *Host) {
				rawServer(h, func(w *bufio.Writer) error {
					page := encodePage(task.msgs[:2], 0, 1<<20)
					binary.BigEndian.PutUint32(page[1:], 1)
					return writeFrame(w, page)
				})
			}, "protocol"},
		{"message of another project", Limits{},
			func(h *Host) {
				rawServer(h, func(w *bufio.Writer) error {
					return writeFrame(w, encodePage(makeTask(t, newKey(t), 6, 1, 10, "x").msgs, 0, 1<<20))
				})
			}, "protocol"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			server := startHost(t, nil)
			client := startHost(t, func(c *Config) { c.Limits = tc.limits })
			tc.serve(server)
			link(t, client, server)
			ctx, cancel := context.WithTimeout(context.Background(), fetchRetryInterval/2)
			defer cancel()
			_, stats, err := client.Fetch(ctx, task.request(server))
			if !errors.Is(err, ErrUnavailable) {
				t.Fatalf("Fetch: %v, want ErrUnavailable", err)
			}
			if !slices.Equal(stats.Refused, []string{server.ID()}) {
				t.Fatalf("stats %+v", stats)
			}
			if p := peerInfo(t, client, server.ID()); p.Refusals != 1 {
				t.Fatalf("peer %+v", p)
			}
			if got := testutil.ToFloat64(client.m.refusals.WithLabelValues(tc.reason)); got != 1 {
				t.Fatalf("%s refusals %v (err %v)", tc.reason, got, err)
			}
		})
	}
}

// Nobody holds the task: the fetch gives up when its context ends.
func TestFetchUnavailable(t *testing.T) {
	task := makeTask(t, newKey(t), 5, 3, 10, "none")
	server, client := startHost(t, nil), startHost(t, nil)
	serve(server, map[common.Hash][]message.Message{})
	link(t, client, server)
	for _, tc := range []struct {
		name string
		hint []*Host
	}{{"connected peer", nil}, {"hinted peer", []*Host{server}}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), fetchRetryInterval/2)
			defer cancel()
			_, stats, err := client.Fetch(ctx, task.request(tc.hint...))
			if !errors.Is(err, ErrUnavailable) || !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("Fetch: %v", err)
			}
			if len(stats.Refused) != 0 || len(stats.Peers) != 0 {
				t.Fatalf("stats %+v", stats)
			}
		})
	}
	if p := peerInfo(t, client, server.ID()); p.Score != 0 || p.Refusals != 0 {
		t.Fatalf("a peer without the task was scored: %+v", p)
	}
}

// A server at its stream limit answers "busy" at once; the client holds that against nobody and gets
// the task once a stream is free.
func TestServeBusy(t *testing.T) {
	task := makeTask(t, newKey(t), 5, 3, 10, "busy")
	server := startHost(t, func(c *Config) { c.Limits.MaxServeStreams = 1 })
	serve(server, map[common.Hash][]message.Message{task.id: task.msgs})
	hog, client := startHost(t, nil), startHost(t, nil)
	link(t, hog, server)
	link(t, client, server)

	ctx := fetchCtx(t)
	s, err := hog.host.NewStream(ctx, server.host.ID(), FetchProtocol)
	if err != nil {
		t.Fatal(err)
	}
	// One page asked and answered: the server now holds its one stream for the next request.
	req := make([]byte, requestBytes)
	binary.BigEndian.PutUint64(req, task.projectID)
	copy(req[8:], task.id[:])
	binary.BigEndian.PutUint32(req[44:], 1<<20)
	if err := writeFrame(bufio.NewWriter(s), req); err != nil {
		t.Fatal(err)
	}
	if _, err := readFrame(bufio.NewReader(s), 1<<20); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, fetchRetryInterval/2)
	defer cancel()
	if _, _, err := client.Fetch(short, task.request(server)); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "busy") {
		t.Fatalf("Fetch from a busy server: %v", err)
	}
	if p := peerInfo(t, client, server.ID()); p.Score != 0 {
		t.Fatalf("busy server scored: %+v", p)
	}
	_ = s.Reset()
	got, _, err := client.Fetch(ctx, task.request(server))
	if err != nil {
		t.Fatal(err)
	}
	if err := sameMessages(got, task.msgs); err != nil {
		t.Fatal(err)
	}
}
