package p2p

import (
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Peer scoring. A peer's score orders fetch candidates; data a caller refuses costs far more than a
// success earns, so one forgery outweighs many good pages.
const (
	scoreServed  = 1   // a fetch the peer served a part of succeeded
	scoreFailed  = -2  // the peer failed mid-fetch (stream error, timeout)
	scoreRefused = -20 // the caller's Check or Complete refused the peer's data, or it broke the limits
	scoreMax     = 100
	scoreMin     = -1000
	// refusalsToIgnore refusals in a row make the host ignore a peer as a fetch candidate for ignoreFor.
	refusalsToIgnore = 3
	ignoreFor        = 10 * time.Minute
)

// PeerInfo describes a peer the host knows of.
type PeerInfo struct {
	ID        string
	Addrs     []string
	Connected bool
	Score     int
	Served    int64 // task bytes this host served to the peer
	Fetched   int64 // task bytes this host fetched from the peer
	Refusals  int   // times the peer's data was refused
	Topics    []string
	LastSeen  time.Time
}

// peerState is what the host keeps of a peer; guarded by Host.mu.
type peerState struct {
	score        int
	served       int64
	fetched      int64
	refusals     int
	inRow        int // refusals since the last success
	ignoredUntil time.Time
	lastSeen     time.Time
}

func (h *Host) peerLocked(id peer.ID) *peerState {
	p, ok := h.peers[id]
	if !ok {
		p = &peerState{}
		h.peers[id] = p
	}
	return p
}

func (h *Host) touch(id peer.ID) {
	h.mu.Lock()
	h.peerLocked(id).lastSeen = time.Now()
	h.mu.Unlock()
}

func (h *Host) addScore(id peer.ID, d int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	p := h.peerLocked(id)
	p.score = min(max(p.score+d, scoreMin), scoreMax)
	if d > 0 {
		p.inRow = 0
	}
}

// refuse scores a peer down for data the caller or the limits refused.
func (h *Host) refuse(id peer.ID, reason string) {
	h.m.refusals.WithLabelValues(reason).Inc()
	h.mu.Lock()
	defer h.mu.Unlock()
	p := h.peerLocked(id)
	p.score = max(p.score+scoreRefused, scoreMin)
	p.refusals++
	p.inRow++
	if p.inRow >= refusalsToIgnore {
		p.ignoredUntil = time.Now().Add(ignoreFor)
		h.log.Warn("ignoring peer after repeated refusals", "peer", id, "refusals", p.inRow, "for", ignoreFor)
	}
}

// candidates orders fetch candidates: hinted peers first, in the order they were named (the freshest
// word on who holds the task: the sequencer's assignment, then holders' announcements), those with a
// negative score (refused before) after the others; then the connected peers that speak the fetch
// protocol, by score, ties in random order. Ignored and excluded peers are left out.
func (h *Host) candidates(hint []string, exclude map[peer.ID]bool) []peer.ID {
	self := h.host.ID()
	seen := map[peer.ID]bool{self: true}
	var hinted, others []peer.ID
	for _, s := range hint {
		id, err := peer.Decode(s)
		if err == nil && !seen[id] && !exclude[id] {
			seen[id] = true
			hinted = append(hinted, id)
		}
	}
	for _, id := range h.host.Network().Peers() {
		if seen[id] || exclude[id] {
			continue
		}
		seen[id] = true
		if ps, err := h.host.Peerstore().SupportsProtocols(id, FetchProtocol); err == nil && len(ps) > 0 {
			others = append(others, id)
		}
	}
	now := time.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	usable := func(ids []peer.ID) []peer.ID {
		return slices.DeleteFunc(ids, func(id peer.ID) bool {
			p, ok := h.peers[id]
			return ok && now.Before(p.ignoredUntil)
		})
	}
	hinted = usable(hinted)
	sort.SliceStable(hinted, func(i, j int) bool { return h.scoreLocked(hinted[i]) >= 0 && h.scoreLocked(hinted[j]) < 0 })
	others = usable(others)
	rand.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	sort.SliceStable(others, func(i, j int) bool { return h.scoreLocked(others[i]) > h.scoreLocked(others[j]) })
	return append(hinted, others...)
}

func (h *Host) scoreLocked(id peer.ID) int {
	if p, ok := h.peers[id]; ok {
		return p.score
	}
	return 0
}

// Peers lists the peers the host is connected to or has dealt with, best score first.
func (h *Host) Peers() []PeerInfo {
	topicPeers := map[peer.ID][]string{}
	h.mu.Lock()
	joined := make([]string, 0, len(h.topics)+1)
	for id := range h.topics {
		joined = append(joined, TopicName(id))
	}
	h.mu.Unlock()
	joined = append(joined, DiscoveryTopic)
	for _, name := range joined {
		for _, id := range h.ps.ListPeers(name) {
			topicPeers[id] = append(topicPeers[id], name)
		}
	}
	net := h.host.Network()
	ids := map[peer.ID]bool{}
	for _, id := range net.Peers() {
		ids[id] = true
	}
	h.mu.Lock()
	for id := range h.peers {
		ids[id] = true
	}
	out := make([]PeerInfo, 0, len(ids))
	for id := range ids {
		if id == h.host.ID() {
			continue
		}
		info := PeerInfo{ID: id.String(), Connected: net.Connectedness(id) == network.Connected, Topics: topicPeers[id]}
		sort.Strings(info.Topics)
		for _, a := range h.host.Peerstore().Addrs(id) {
			info.Addrs = append(info.Addrs, a.String())
		}
		if p, ok := h.peers[id]; ok {
			info.Score, info.Served, info.Fetched, info.Refusals, info.LastSeen = p.score, p.served, p.fetched, p.refusals, p.lastSeen
		}
		out = append(out, info)
	}
	h.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	return out
}
