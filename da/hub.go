package da

import "sync"

// Hub fans change signals out to subscribers. Store implementations embed it and call Publish after
// each commit.
type Hub struct {
	mu   sync.Mutex
	subs map[Topic]map[chan struct{}]struct{}
}

// Subscribe returns a signal channel for topic and a function that ends the subscription.
func (h *Hub) Subscribe(topic Topic) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	if h.subs == nil {
		h.subs = map[Topic]map[chan struct{}]struct{}{}
	}
	if h.subs[topic] == nil {
		h.subs[topic] = map[chan struct{}]struct{}{}
	}
	h.subs[topic][ch] = struct{}{}
	h.mu.Unlock()
	var once sync.Once
	return ch, func() {
		once.Do(func() {
			h.mu.Lock()
			delete(h.subs[topic], ch)
			h.mu.Unlock()
		})
	}
}

// Publish signals every subscriber of the topics without blocking; a subscriber that has a signal
// pending keeps just that one.
func (h *Hub) Publish(topics ...Topic) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, t := range topics {
		for ch := range h.subs[t] {
			select {
			case ch <- struct{}{}:
			default:
			}
		}
	}
}
