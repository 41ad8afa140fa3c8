package p2p

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/message"
)

// testTimeout bounds every wait of a test.
const testTimeout = 20 * time.Second

const loopback = "/ip4/127.0.0.1/tcp/0"

// startHost starts a host on loopback and runs it until the test ends.
func startHost(t testing.TB, edit func(*Config)) *Host {
	t.Helper()
	cfg := Config{ListenAddrs: []string{loopback}, Registerer: prometheus.NewRegistry(), AnnounceInterval: 2 * time.Second}
	if os.Getenv("P2P_TEST_LOG") != "" {
		cfg.Log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if edit != nil {
		edit(&cfg)
	}
	h, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		_ = h.Close()
	})
	return h
}

// link connects a to b and waits until a has identified b (so a knows b's protocols).
func link(t testing.TB, a, b *Host) {
	t.Helper()
	sub, err := a.host.EventBus().Subscribe(new(event.EvtPeerIdentificationCompleted))
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	if err := a.host.Connect(ctx, peer.AddrInfo{ID: b.host.ID(), Addrs: b.host.Addrs()}); err != nil {
		t.Fatal(err)
	}
	for {
		if ps, _ := a.host.Peerstore().GetProtocols(b.host.ID()); len(ps) > 0 {
			return
		}
		select {
		case <-sub.Out():
		case <-ctx.Done():
			t.Fatalf("%s never identified %s", a.ID(), b.ID())
		}
	}
}

// waitConnected waits until h is connected to every one of others.
func waitConnected(t testing.TB, h *Host, others ...*Host) {
	t.Helper()
	deadline := time.NewTimer(testTimeout)
	defer deadline.Stop()
	for {
		changed := h.peersChanged()
		missing := ""
		for _, o := range others {
			if h.host.Network().Connectedness(o.host.ID()) != network.Connected {
				missing = o.ID()
			}
		}
		if missing == "" {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			t.Fatalf("%s not connected to %s", h.ID(), missing)
		}
	}
}

// waitTopicPeers waits until h sees each of others on the project's topic.
func waitTopicPeers(t testing.TB, h *Host, projectID uint64, others ...*Host) {
	t.Helper()
	if err := h.Join(projectID); err != nil {
		t.Fatal(err)
	}
	h.mu.Lock()
	topic := h.topics[projectID].topic
	h.mu.Unlock()
	evs, err := topic.EventHandler()
	if err != nil {
		t.Fatal(err)
	}
	defer evs.Cancel()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	want := map[peer.ID]bool{}
	for _, o := range others {
		want[o.host.ID()] = true
	}
	for _, p := range topic.ListPeers() {
		delete(want, p)
	}
	for len(want) > 0 {
		ev, err := evs.NextPeerEvent(ctx)
		if err != nil {
			t.Fatalf("%s: topic peers missing: %v", h.ID(), want)
		}
		delete(want, ev.Peer)
	}
}

// keySigner signs digests with a device key, as device SDKs do.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Sign(d []byte) ([]byte, error) { return crypto.Sign(d, k.key) }

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// testTask is a task of signed messages from one device, and its ID: keccak of the message IDs.
type testTask struct {
	projectID uint64
	id        common.Hash
	msgs      []message.Message
	device    common.Address
}

func makeTask(t testing.TB, key *ecdsa.PrivateKey, projectID uint64, n, dataBytes int, salt string) testTask {
	t.Helper()
	tt := testTask{projectID: projectID, device: crypto.PubkeyToAddress(key.PublicKey)}
	pad := strings.Repeat("x", max(0, dataBytes-32))
	for i := range n {
		m, err := message.Sign(keySigner{key}, projectID, "v1", fmt.Sprintf("%s-%06d-%s", salt, i, pad))
		if err != nil {
			t.Fatal(err)
		}
		tt.msgs = append(tt.msgs, m)
	}
	id, err := taskIDOf(tt.msgs)
	if err != nil {
		t.Fatal(err)
	}
	tt.id = id
	return tt
}

func taskIDOf(msgs []message.Message) (common.Hash, error) {
	var ids []byte
	for _, m := range msgs {
		v, err := m.Verify()
		if err != nil {
			return common.Hash{}, err
		}
		ids = append(ids, v.ID[:]...)
	}
	return crypto.Keccak256Hash(ids), nil
}

// request is the fetch a prover makes: every message signed by the task's device, the whole task
// hashing to its ID.
func (tt testTask) request(hint ...*Host) FetchRequest {
	r := FetchRequest{
		ProjectID: tt.projectID,
		TaskID:    tt.id,
		Check: func(page []message.Message) error {
			for _, m := range page {
				v, err := m.Verify()
				if err != nil {
					return err
				}
				if v.DeviceID != tt.device {
					return fmt.Errorf("message from device %s", v.DeviceID)
				}
			}
			return nil
		},
		Complete: func(all []message.Message) error {
			id, err := taskIDOf(all)
			if err != nil {
				return err
			}
			if id != tt.id {
				return fmt.Errorf("messages make task %s", id)
			}
			return nil
		},
	}
	for _, h := range hint {
		r.Hint = append(r.Hint, h.ID())
	}
	return r
}

// memSource serves tasks from memory.
type memSource struct {
	mu    sync.Mutex
	tasks map[common.Hash][]message.Message
}

func serve(h *Host, tasks map[common.Hash][]message.Message) *memSource {
	s := &memSource{tasks: tasks}
	h.Serve(s)
	return s
}

func (s *memSource) TaskMessages(_ context.Context, _ uint64, id common.Hash) ([]message.Message, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.tasks[id]
	if !ok {
		return nil, ErrNotFound
	}
	return m, nil
}

func peerInfo(t testing.TB, h *Host, id string) PeerInfo {
	t.Helper()
	for _, p := range h.Peers() {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("%s does not know peer %s", h.ID(), id)
	return PeerInfo{}
}

func sameMessages(a, b []message.Message) error {
	if len(a) != len(b) {
		return fmt.Errorf("%d messages, want %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			return fmt.Errorf("message %d differs", i)
		}
	}
	return nil
}
