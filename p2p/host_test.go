package p2p

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestKeyFilePersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "peer.key")
	open := func() string {
		h, err := New(context.Background(), Config{KeyFile: path, ListenAddrs: []string{loopback}})
		if err != nil {
			t.Fatal(err)
		}
		defer h.Close()
		return h.ID()
	}
	first := open()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	if again := open(); again != first {
		t.Fatalf("peer ID %s after reopen, want %s", again, first)
	}

	bad := filepath.Join(t.TempDir(), "bad.key")
	if err := os.WriteFile(bad, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(context.Background(), Config{KeyFile: bad, ListenAddrs: []string{loopback}}); err == nil {
		t.Fatal("New accepted a corrupt key file")
	}
}

// Three nodes that bootstrap from one end up connected pairwise, and a notice reaches all of them.
func TestDiscoveryAndGossip(t *testing.T) {
	boot := startHost(t, nil)
	var nodes []*Host
	for range 3 {
		nodes = append(nodes, startHost(t, func(c *Config) { c.Bootstrap = boot.Addrs() }))
	}
	for i, n := range nodes {
		var others []*Host
		for j, o := range nodes {
			if j != i {
				others = append(others, o)
			}
		}
		waitConnected(t, n, append(others, boot)...)
	}

	const project = 7
	all := append([]*Host{boot}, nodes...)
	for _, h := range all {
		if err := h.Join(project); err != nil {
			t.Fatal(err)
		}
	}
	for i, h := range all {
		var others []*Host
		for j, o := range all {
			if j != i {
				others = append(others, o)
			}
		}
		waitTopicPeers(t, h, project, others...)
	}

	key := newKey(t)
	n := Notice{Kind: Assigned, ProjectID: project, TaskID: common.HexToHash("0xabc"), Prover: common.HexToAddress("0x1"),
		Height: 42, Deadline: uint64(time.Now().UnixMilli()), TxHash: common.HexToHash("0xdef")}
	if err := n.Sign(key); err != nil {
		t.Fatal(err)
	}
	sender := nodes[0]
	if err := sender.Publish(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	for _, h := range []*Host{boot, nodes[1], nodes[2]} {
		select {
		case r := <-h.Notices():
			got := r.Notice
			if r.From != sender.ID() || got.Signer != crypto.PubkeyToAddress(key.PublicKey) || got.Digest() != n.Digest() {
				t.Fatalf("%s received %+v from %s", h.ID(), got, r.From)
			}
		case <-time.After(testTimeout):
			t.Fatalf("%s (boot %s) never received the notice; received %v dropped %v peers %v", h.ID(), boot.ID(), testutil.ToFloat64(h.m.noticesReceived.WithLabelValues("assigned")), testutil.CollectAndCount(h.m.noticesDropped), h.ps.ListPeers(TopicName(project)))
		}
	}
	select {
	case r := <-sender.Notices():
		t.Fatalf("sender received its own notice %+v", r)
	default:
	}
	if got := testutil.ToFloat64(sender.m.noticesPublished.WithLabelValues("assigned")); got != 1 {
		t.Fatalf("published counter %v", got)
	}
	if info := peerInfo(t, nodes[1], sender.ID()); !info.Connected || len(info.Topics) != 2 {
		t.Fatalf("peer info %+v", info)
	}
}

// A node redials its bootstrap peer when that peer restarts (same key, same address).
func TestBootstrapRedial(t *testing.T) {
	keyFile := filepath.Join(t.TempDir(), "boot.key")
	boot, err := New(context.Background(), Config{KeyFile: keyFile, ListenAddrs: []string{loopback}})
	if err != nil {
		t.Fatal(err)
	}
	addrs := boot.Addrs()
	node := startHost(t, func(c *Config) { c.Bootstrap = addrs })
	waitConnected(t, node, boot)
	if err := boot.Close(); err != nil {
		t.Fatal(err)
	}

	listen := strings.TrimSuffix(addrs[0], "/p2p/"+boot.ID())
	again := startHost(t, func(c *Config) { c.KeyFile, c.ListenAddrs = keyFile, []string{listen} })
	if again.ID() != boot.ID() {
		t.Fatalf("restarted bootstrap peer has ID %s, want %s", again.ID(), boot.ID())
	}
	waitConnected(t, node, again)
}
