package p2p

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestNoticeEncoding(t *testing.T) {
	key := newKey(t)
	n := Notice{Kind: Submitted, ProjectID: 1, TaskID: common.Hash{9}, Prover: common.Address{8}, Height: 7, Deadline: 6, TxHash: common.Hash{5}}
	if err := n.Sign(key); err != nil {
		t.Fatal(err)
	}
	got, reason, err := decodeNotice(n.encode())
	if err != nil {
		t.Fatalf("decode: %s %v", reason, err)
	}
	if got.Signer != crypto.PubkeyToAddress(key.PublicKey) || got.Digest() != n.Digest() || !bytes.Equal(got.Signature, n.Signature) {
		t.Fatalf("decoded %+v, want %+v", got, n)
	}
	if err := (&Notice{}).Sign(key); !errors.Is(err, ErrBadNotice) {
		t.Fatalf("Sign of a notice without kind: %v", err)
	}
}

// A notice that is unsigned, badly signed, oversized, malformed or on another project's topic is dropped
// before the reader sees it; a signed one arrives with its signer.
func TestNoticeRejected(t *testing.T) {
	const project = 7
	recv := startHost(t, nil)
	drops := make(chan string, 16)
	recv.mu.Lock()
	recv.onDrop = func(reason string) { drops <- reason }
	recv.mu.Unlock()
	if err := recv.Join(project); err != nil {
		t.Fatal(err)
	}

	// The sender is a bare gossipsub node: it publishes whatever bytes it is given.
	raw, err := libp2p.New(libp2p.ListenAddrStrings(loopback))
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	ps, err := pubsub.NewGossipSub(ctx, raw, pubsub.WithFloodPublish(true))
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(TopicName(project))
	if err != nil {
		t.Fatal(err)
	}
	evs, err := topic.EventHandler()
	if err != nil {
		t.Fatal(err)
	}
	if err := raw.Connect(ctx, peer.AddrInfo{ID: recv.host.ID(), Addrs: recv.host.Addrs()}); err != nil {
		t.Fatal(err)
	}
	if ev, err := evs.NextPeerEvent(ctx); err != nil || ev.Peer != recv.host.ID() {
		t.Fatalf("receiver never joined the sender's view of the topic: %v", err)
	}

	key := newKey(t)
	signed := func(edit func(*Notice)) []byte {
		n := Notice{Kind: Holding, ProjectID: project, TaskID: common.Hash{1}, Height: 3}
		if edit != nil {
			edit(&n)
		}
		n.Kind = max(n.Kind, Assigned)
		if err := n.Sign(key); err != nil {
			t.Fatal(err)
		}
		return n.encode()
	}
	good := Notice{Kind: Holding, ProjectID: project, TaskID: common.Hash{1}, Height: 3}
	for _, tc := range []struct {
		name, reason string
		wire         []byte
	}{
		{"missing signature", "unsigned", good.canonical()},
		{"invalid v", "bad_signature", func() []byte { b := signed(nil); b[len(b)-1] = 9; return b }()},
		{"zero r", "bad_signature", func() []byte { b := signed(nil); clear(b[noticeBodyBytes : noticeBodyBytes+32]); return b }()},
		{"high s", "bad_signature", func() []byte {
			b := signed(nil)
			copy(b[noticeBodyBytes+32:noticeBodyBytes+64], bytes.Repeat([]byte{0xff}, 32))
			return b
		}()},
		{"truncated", "malformed", signed(nil)[:noticeWireBytes-1]},
		{"unknown kind", "malformed", func() []byte { b := signed(nil); b[0] = 99; return b }()},
		{"oversized", "too_large", append(signed(nil), make([]byte, MaxNoticeBytes)...)},
		{"other project", "wrong_topic", signed(func(n *Notice) { n.ProjectID = project + 1 })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := topic.Publish(ctx, tc.wire); err != nil {
				t.Fatal(err)
			}
			select {
			case got := <-drops:
				if got != tc.reason {
					t.Fatalf("dropped as %q, want %q", got, tc.reason)
				}
			case <-ctx.Done():
				t.Fatal("never dropped")
			}
		})
	}

	// A signed notice arrives; one changed after signing arrives too, but from another signer, which the
	// reader will not trust to claim it.
	tampered := signed(nil)
	tampered[noticeBodyBytes-40]++
	for _, tc := range []struct {
		name       string
		wire       []byte
		signerIsUs bool
	}{{"signed", signed(nil), true}, {"changed after signing", tampered, false}} {
		if err := topic.Publish(ctx, tc.wire); err != nil {
			t.Fatal(err)
		}
		select {
		case r := <-recv.Notices():
			if (r.Notice.Signer == crypto.PubkeyToAddress(key.PublicKey)) != tc.signerIsUs || r.From != raw.ID().String() {
				t.Fatalf("%s: received %+v from %s", tc.name, r.Notice, r.From)
			}
		case <-ctx.Done():
			t.Fatalf("%s: never received", tc.name)
		}
	}
	select {
	case reason := <-drops:
		t.Fatalf("a good notice was dropped as %s", reason)
	default:
	}
	if got := testutil.ToFloat64(recv.m.noticesReceived.WithLabelValues("holding")); got != 2 {
		t.Fatalf("received counter %v, want 2", got)
	}
	if got := testutil.ToFloat64(recv.m.noticesDropped.WithLabelValues("holding", "bad_signature")); got != 3 {
		t.Fatalf("bad signature counter %v, want 3", got)
	}

	if err := recv.Publish(ctx, good); !errors.Is(err, ErrUnsigned) {
		t.Fatalf("Publish of an unsigned notice: %v", err)
	}
}
