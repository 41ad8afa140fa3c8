package api

import (
	"net/http"
	"sync"
	"time"

	"github.com/w3bstream-go/w3bstream/internal/httpjson"
)

// Peers is the answer of GET /v1/peers: the node's own P2P identity and the peers it knows.
type Peers struct {
	Enabled bool   `json:"enabled"`        // false for a node without P2P
	Self    *Peer  `json:"self,omitempty"` // ID and listen addresses, for other nodes' --bootstrap
	Peers   []Peer `json:"peers"`
}

// Peer is one peer as this node sees it.
type Peer struct {
	ID           string     `json:"id"`
	Addrs        []string   `json:"addrs"`
	Connected    bool       `json:"connected"`
	Score        int        `json:"score"`        // served data that passed our checks raises it; refusals lower it
	ServedBytes  int64      `json:"servedBytes"`  // bytes this node served to the peer
	FetchedBytes int64      `json:"fetchedBytes"` // bytes this node fetched from the peer
	Refusals     int        `json:"refusals"`     // times data from the peer failed our checks or the limits
	Topics       []string   `json:"topics"`
	LastSeen     *time.Time `json:"lastSeen,omitempty"`
}

// peerSource is set once the node's P2P side exists.
type peerSource struct {
	mu sync.RWMutex
	fn func() Peers
}

// SetPeers makes GET /v1/peers answer what fn says; without it the node answers that it has no P2P.
func (a *API) SetPeers(fn func() Peers) {
	a.peers.mu.Lock()
	a.peers.fn = fn
	a.peers.mu.Unlock()
}

func (a *API) getPeers(w http.ResponseWriter, _ *http.Request) {
	a.peers.mu.RLock()
	fn := a.peers.fn
	a.peers.mu.RUnlock()
	p := Peers{Peers: []Peer{}}
	if fn != nil {
		p = fn()
		if p.Peers == nil {
			p.Peers = []Peer{}
		}
	}
	httpjson.Write(w, http.StatusOK, p)
}
