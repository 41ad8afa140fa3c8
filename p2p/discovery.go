package p2p

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"
)

// DiscoveryTopic carries peer records: each host's listen addresses, published by the host itself.
const DiscoveryTopic = "w3bstream/peers/1"

const (
	// maxRecordBytes and maxRecordAddrs bound a peer record.
	maxRecordBytes = 4 << 10
	maxRecordAddrs = 16
	// announceSettle lets a peer that just joined the discovery topic graft its mesh before the host
	// announces itself to it.
	announceSettle = 200 * time.Millisecond
)

// peerRecord is what a host announces about itself. pubsub's strict signing authenticates the
// publisher with its peer key, so the record names no peer: it is the publisher's.
type peerRecord struct {
	Addrs []string `json:"addrs"`
}

func decodeRecord(b []byte) ([]ma.Multiaddr, error) {
	if len(b) > maxRecordBytes {
		return nil, fmt.Errorf("peer record of %d bytes", len(b))
	}
	var r peerRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("peer record: %w", err)
	}
	if len(r.Addrs) == 0 || len(r.Addrs) > maxRecordAddrs {
		return nil, fmt.Errorf("peer record with %d addresses", len(r.Addrs))
	}
	out := make([]ma.Multiaddr, 0, len(r.Addrs))
	for _, s := range r.Addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("peer record: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

func (h *Host) joinDiscovery() error {
	err := h.ps.RegisterTopicValidator(DiscoveryTopic, func(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		addrs, err := decodeRecord(msg.GetData())
		if err != nil {
			return pubsub.ValidationReject
		}
		msg.ValidatorData = addrs
		return pubsub.ValidationAccept
	})
	if err != nil {
		return fmt.Errorf("p2p: discovery validator: %w", err)
	}
	h.disc, err = h.ps.Join(DiscoveryTopic)
	if err != nil {
		return fmt.Errorf("p2p: join %s: %w", DiscoveryTopic, err)
	}
	return nil
}

// keepConnected dials a bootstrap peer and redials it with exponential backoff whenever it is
// disconnected, until ctx ends.
func (h *Host) keepConnected(ctx context.Context, ai peer.AddrInfo) {
	h.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
	backoff := bootstrapMinBackoff
	for {
		changed := h.peersChanged()
		if h.host.Network().Connectedness(ai.ID) != network.Connected {
			// Our own backoff paces these redials; the swarm's would hold a restarted peer off for longer.
			if err := h.dial(network.WithForceDirectDial(ctx, "bootstrap redial"), ai, "bootstrap"); err != nil {
				h.log.Info("bootstrap peer unreachable", "bootstrap", ai.ID, "retry_in", backoff, "err", err)
				t := time.NewTimer(backoff)
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
				backoff = min(2*backoff, bootstrapMaxBackoff)
				continue
			}
			backoff = bootstrapMinBackoff
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-changed:
		}
	}
}

func (h *Host) dial(ctx context.Context, ai peer.AddrInfo, source string) error {
	ctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	err := h.host.Connect(ctx, ai)
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	h.m.dials.WithLabelValues(source, outcome).Inc()
	return err
}

// discover announces the host's addresses on the discovery topic (every AnnounceInterval, and soon after
// a peer joins the topic) and dials the peers announced there, up to MaxPeers connections.
func (h *Host) discover(ctx context.Context) {
	sub, err := h.disc.Subscribe()
	if err != nil {
		h.log.Error("discovery subscribe", "err", err)
		return
	}
	defer sub.Cancel()
	events, err := h.disc.EventHandler()
	if err != nil {
		h.log.Error("discovery events", "err", err)
		return
	}
	defer events.Cancel()

	joined := make(chan struct{}, 1)
	go func() {
		for {
			ev, err := events.NextPeerEvent(ctx)
			if err != nil {
				return
			}
			if ev.Type == pubsub.PeerJoin {
				select {
				case joined <- struct{}{}:
				default:
				}
			}
		}
	}()
	go func() {
		for {
			msg, err := sub.Next(ctx)
			if err != nil {
				return
			}
			if addrs, ok := msg.ValidatorData.([]ma.Multiaddr); ok && msg.GetFrom() != h.host.ID() {
				h.touch(msg.GetFrom())
				h.maybeDial(ctx, peer.AddrInfo{ID: msg.GetFrom(), Addrs: addrs})
			}
		}
	}()

	tick := time.NewTicker(h.cfg.AnnounceInterval)
	defer tick.Stop()
	var settle <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-joined:
			if settle == nil {
				settle = time.After(announceSettle)
			}
			continue
		case <-settle:
			settle = nil
		case <-tick.C:
		}
		h.announce(ctx)
	}
}

func (h *Host) announce(ctx context.Context) {
	addrs := h.host.Addrs()
	if len(addrs) > maxRecordAddrs {
		addrs = addrs[:maxRecordAddrs]
	}
	r := peerRecord{Addrs: make([]string, len(addrs))}
	for i, a := range addrs {
		r.Addrs[i] = a.String()
	}
	b, err := json.Marshal(r)
	if err != nil {
		return
	}
	if err := h.disc.Publish(ctx, b); err != nil && ctx.Err() == nil {
		h.log.Debug("announce", "err", err)
	}
}

// maybeDial connects to an announced peer unless connected already, being dialled, or over MaxPeers.
func (h *Host) maybeDial(ctx context.Context, ai peer.AddrInfo) {
	net := h.host.Network()
	if net.Connectedness(ai.ID) == network.Connected || len(net.Peers()) >= h.cfg.MaxPeers {
		return
	}
	h.mu.Lock()
	if h.dialing[ai.ID] {
		h.mu.Unlock()
		return
	}
	h.dialing[ai.ID] = true
	h.mu.Unlock()
	h.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.AddressTTL)
	go func() {
		defer func() {
			h.mu.Lock()
			delete(h.dialing, ai.ID)
			h.mu.Unlock()
		}()
		if err := h.dial(ctx, ai, "discovery"); err != nil {
			h.log.Debug("dial announced peer", "peer", ai.ID, "err", err)
		}
	}()
}
