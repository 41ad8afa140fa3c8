package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/w3bstream-go/w3bstream/message"
)

// FetchProtocol is the request/response protocol through which a node fetches a task's messages.
//
// On one stream the client sends requests and reads one response after each; either side may end the
// stream. Every frame is a uvarint length then the body:
//
//	request:  projectID u64 | taskID [32] | offset u32 | maxBytes u32            (big-endian)
//	response: status u8 | total u32 | count u32 | count x message
//	message:  projectID u64 | uvarint len, version | uvarint len, data | uvarint len, signature (hex)
//
// total is the task's message count, so that a client resumes at its offset with another peer. A page
// holds messages from offset while they fit in maxBytes (the server's own page limit too), and at least one.
const FetchProtocol = protocol.ID("/w3bstream/task/1.0.0")

// Response statuses.
const (
	statusOK byte = iota
	statusNotFound
	statusBusy
	statusBadRequest
	statusError
)

const (
	requestBytes        = 8 + 32 + 4 + 4
	responseHeaderBytes = 1 + 4 + 4
	// maxSignatureChars bounds a message's hex signature (EdDSA's is the longest: 2 + 2*96).
	maxSignatureChars = 256
	// maxMessageWire is the most one encoded message may take; a page may exceed maxBytes by one message.
	maxMessageWire = 8 + 3*binary.MaxVarintLen64 + message.MaxVersionBytes + message.MaxDataBytes + maxSignatureChars
	// fetchRetryInterval is how long a fetch that ran out of candidates waits for a new peer before it asks
	// them all again.
	fetchRetryInterval = time.Second
)

// Errors of fetching and serving.
var (
	ErrNotFound    = errors.New("p2p: not found")
	ErrUnavailable = errors.New("p2p: no peer served the task")
	// errBusy: the peer serves its MaxServeStreams streams already.
	errBusy = errors.New("p2p: peer busy")
)

// Source gives the messages of the tasks this node holds.
type Source interface {
	// TaskMessages returns the task's messages in order, or ErrNotFound when the node does not hold it.
	TaskMessages(ctx context.Context, projectID uint64, taskID common.Hash) ([]message.Message, error)
}

// FetchRequest asks for a task's messages.
type FetchRequest struct {
	ProjectID uint64
	TaskID    common.Hash
	Hint      []string                           // peer IDs announced as holders, tried first
	Check     func(page []message.Message) error // on each page as it arrives; an error refuses the peer
	Complete  func(all []message.Message) error  // on the whole task; an error refuses every peer that served it
}

// FetchStats describes a fetch.
type FetchStats struct {
	Peers   []string // peers whose pages make up the result, in order
	Bytes   int64    // bytes received, refused data included
	Pages   int
	Refused []string // peers refused during the fetch
	Took    time.Duration
}

// refusal is a peer's answer that breaks the protocol or the limits, or data the caller refused.
type refusal struct {
	reason string // check, complete, limit, protocol
	err    error
}

func (r *refusal) Error() string { return fmt.Sprintf("refused (%s): %v", r.reason, r.err) }
func (r *refusal) Unwrap() error { return r.err }

// Serve answers fetch requests from src. A task src does not hold is answered "not found".
func (h *Host) Serve(src Source) {
	h.mu.Lock()
	h.source = src
	h.mu.Unlock()
	h.host.SetStreamHandler(FetchProtocol, h.handleFetch)
}

func (h *Host) handleFetch(s network.Stream) {
	select {
	case h.serveSem <- struct{}{}:
		defer func() { <-h.serveSem }()
	default:
		_ = s.SetWriteDeadline(time.Now().Add(h.lim.RequestTimeout))
		_ = writeFrame(bufio.NewWriter(s), []byte{statusBusy, 0, 0, 0, 0, 0, 0, 0, 0})
		_ = s.Close()
		return
	}
	h.mu.Lock()
	src := h.source
	h.mu.Unlock()
	remote := s.Conn().RemotePeer()
	br, bw := bufio.NewReader(s), bufio.NewWriter(s)
	var (
		held    []message.Message // the task of the last request: a stream asks for pages of one task
		heldKey [40]byte
		heldErr error
		loaded  bool
	)
	for {
		_ = s.SetReadDeadline(time.Now().Add(h.lim.RequestTimeout))
		body, err := readFrame(br, requestBytes)
		if err != nil {
			if errors.Is(err, io.EOF) {
				_ = s.Close()
			} else {
				_ = s.Reset()
			}
			return
		}
		_ = s.SetWriteDeadline(time.Now().Add(h.lim.RequestTimeout))
		if len(body) != requestBytes {
			_ = writeFrame(bw, []byte{statusBadRequest, 0, 0, 0, 0, 0, 0, 0, 0})
			_ = s.Reset()
			return
		}
		projectID := binary.BigEndian.Uint64(body)
		var taskID common.Hash
		copy(taskID[:], body[8:40])
		offset := int(binary.BigEndian.Uint32(body[40:]))
		maxBytes := min(int(binary.BigEndian.Uint32(body[44:])), h.lim.MaxPageBytes)
		if key := [40]byte(body[:40]); !loaded || key != heldKey {
			ctx, cancel := context.WithTimeout(h.ctx, h.lim.RequestTimeout)
			held, heldErr = src.TaskMessages(ctx, projectID, taskID)
			cancel()
			heldKey, loaded = key, true
		}
		var resp []byte
		switch {
		case errors.Is(heldErr, ErrNotFound):
			resp = []byte{statusNotFound, 0, 0, 0, 0, 0, 0, 0, 0}
		case heldErr != nil:
			h.log.Warn("fetch source", "project", projectID, "task", taskID, "err", heldErr)
			resp = []byte{statusError, 0, 0, 0, 0, 0, 0, 0, 0}
		case offset > len(held):
			resp = []byte{statusBadRequest, 0, 0, 0, 0, 0, 0, 0, 0}
		default:
			resp = encodePage(held, offset, maxBytes)
		}
		if err := writeFrame(bw, resp); err != nil {
			_ = s.Reset()
			return
		}
		h.m.servedBytes.Add(float64(len(resp)))
		h.mu.Lock()
		h.peerLocked(remote).served += int64(len(resp))
		h.mu.Unlock()
	}
}

// encodePage encodes the messages from offset that fit in maxBytes (at least one).
func encodePage(all []message.Message, offset, maxBytes int) []byte {
	b := make([]byte, responseHeaderBytes, responseHeaderBytes+min(maxBytes, 64<<10))
	b[0] = statusOK
	binary.BigEndian.PutUint32(b[1:], uint32(len(all)))
	n := 0
	for _, m := range all[offset:] {
		size := 8 + 3*binary.MaxVarintLen64 + len(m.ProjectVersion) + len(m.Data) + len(m.Signature)
		if n > 0 && len(b)+size > maxBytes {
			break
		}
		b = binary.BigEndian.AppendUint64(b, m.ProjectID)
		for _, s := range []string{m.ProjectVersion, m.Data, m.Signature} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		n++
	}
	binary.BigEndian.PutUint32(b[5:], uint32(n))
	return b
}

// decodePage parses a response body; the header's fields come back unchecked for the caller to judge.
func decodePage(b []byte) (status byte, total, count int, msgs []message.Message, err error) {
	if len(b) < responseHeaderBytes {
		return 0, 0, 0, nil, fmt.Errorf("response of %d bytes", len(b))
	}
	status = b[0]
	total, count = int(binary.BigEndian.Uint32(b[1:])), int(binary.BigEndian.Uint32(b[5:]))
	if status != statusOK {
		return status, total, count, nil, nil
	}
	r := b[responseHeaderBytes:]
	if count > len(r)/8 { // every message takes at least 8 bytes: a lying count allocates nothing
		return status, total, count, nil, fmt.Errorf("%d messages in %d bytes", count, len(r))
	}
	msgs = make([]message.Message, 0, count)
	field := func(limit int) (string, error) {
		n, k := binary.Uvarint(r)
		if k <= 0 || n > uint64(limit) || n > uint64(len(r)-k) {
			return "", fmt.Errorf("message field of %d bytes (limit %d)", n, limit)
		}
		s := string(r[k : k+int(n)])
		r = r[k+int(n):]
		return s, nil
	}
	for range count {
		if len(r) < 8 {
			return status, total, count, nil, errors.New("truncated message")
		}
		var m message.Message
		m.ProjectID = binary.BigEndian.Uint64(r)
		r = r[8:]
		if m.ProjectVersion, err = field(message.MaxVersionBytes); err != nil {
			return
		}
		if m.Data, err = field(message.MaxDataBytes); err != nil {
			return
		}
		if m.Signature, err = field(maxSignatureChars); err != nil {
			return
		}
		msgs = append(msgs, m)
	}
	if len(r) != 0 {
		return status, total, count, nil, fmt.Errorf("%d bytes after the last message", len(r))
	}
	return status, total, count, msgs, nil
}

func writeFrame(w *bufio.Writer, body []byte) error {
	var l [binary.MaxVarintLen64]byte
	if _, err := w.Write(l[:binary.PutUvarint(l[:], uint64(len(body)))]); err != nil {
		return err
	}
	if _, err := w.Write(body); err != nil {
		return err
	}
	return w.Flush()
}

// readFrame reads one frame, refusing a length over limit before reading its body.
func readFrame(r *bufio.Reader, limit int) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > uint64(limit) {
		return nil, &refusal{reason: "limit", err: fmt.Errorf("frame of %d bytes, limit %d", n, limit)}
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("frame body: %w", io.ErrUnexpectedEOF)
	}
	return b, nil
}

// fetchState is a fetch's progress: the messages so far and who served them.
type fetchState struct {
	msgs  []message.Message
	total int   // the task's message count; -1 until a peer said
	bytes int64 // encoded bytes of msgs
	from  []peer.ID
	start map[peer.ID]int // the first offset each contributor served
}

func (st *fetchState) reset() {
	st.msgs, st.total, st.bytes, st.from, st.start = nil, -1, 0, nil, map[peer.ID]int{}
}

// drop forgets what p served and everything after it.
func (st *fetchState) drop(p peer.ID) {
	at, ok := st.start[p]
	if !ok {
		return
	}
	if at == 0 {
		st.reset()
		return
	}
	st.msgs = st.msgs[:at]
	st.bytes = 0
	for _, m := range st.msgs {
		st.bytes += int64(len(m.ProjectVersion) + len(m.Data) + len(m.Signature))
	}
	kept := st.from[:0]
	for _, q := range st.from {
		if st.start[q] < at {
			kept = append(kept, q)
		} else {
			delete(st.start, q)
		}
	}
	st.from = kept
}

// Fetch gets a task's messages from the peers that hold it: hinted peers first, then every connected
// peer that speaks FetchProtocol, best score first. A peer that fails mid-way leaves the fetch to the next
// at the offset reached. Data that Check or Complete refuses, or that breaks the Limits, refuses the peers
// that served it; the fetch goes on with others. When no peer could serve the task before ctx ends, the
// error wraps ErrUnavailable and ctx's error.
func (h *Host) Fetch(ctx context.Context, req FetchRequest) ([]message.Message, FetchStats, error) {
	start := time.Now()
	var stats FetchStats
	msgs, err := h.fetch(ctx, req, &stats)
	stats.Took = time.Since(start)
	h.m.fetchSeconds.Observe(stats.Took.Seconds())
	switch {
	case err == nil:
		h.m.fetches.WithLabelValues("ok").Inc()
	case errors.Is(err, ErrUnavailable):
		h.m.fetches.WithLabelValues("unavailable").Inc()
	default:
		h.m.fetches.WithLabelValues("canceled").Inc()
	}
	return msgs, stats, err
}

func (h *Host) fetch(ctx context.Context, req FetchRequest, stats *FetchStats) ([]message.Message, error) {
	var st fetchState
	st.reset()
	refused := map[peer.ID]bool{}
	var lastErr error
	for {
		tried := map[peer.ID]bool{}
		for {
			if ctx.Err() != nil {
				break
			}
			exclude := map[peer.ID]bool{}
			for p := range refused {
				exclude[p] = true
			}
			for p := range tried {
				exclude[p] = true
			}
			cands := h.candidates(req.Hint, exclude)
			if len(cands) == 0 {
				break
			}
			p := cands[0]
			tried[p] = true
			err := h.fetchFrom(ctx, p, req, &st, stats)
			var ref *refusal
			switch {
			case errors.As(err, &ref):
				h.refuse(p, ref.reason)
				refused[p] = true
				stats.Refused = append(stats.Refused, p.String())
				st.drop(p)
				lastErr = fmt.Errorf("peer %s: %w", p, err)
				h.log.Warn("peer refused", "peer", p, "project", req.ProjectID, "task", req.TaskID, "err", err)
				continue
			case errors.Is(err, ErrNotFound), errors.Is(err, errBusy): // no fault of the peer's
				lastErr = fmt.Errorf("peer %s: %w", p, err)
				continue
			case err != nil:
				if ctx.Err() == nil {
					h.addScore(p, scoreFailed)
				}
				lastErr = fmt.Errorf("peer %s: %w", p, err)
				continue
			}
			if req.Complete != nil {
				if err := req.Complete(st.msgs); err != nil {
					for _, q := range st.from {
						h.refuse(q, "complete")
						refused[q] = true
						stats.Refused = append(stats.Refused, q.String())
					}
					lastErr = fmt.Errorf("peers %v: %w", st.from, &refusal{reason: "complete", err: err})
					h.log.Warn("task refused", "peers", st.from, "project", req.ProjectID, "task", req.TaskID, "err", err)
					st.reset()
					continue
				}
			}
			for _, q := range st.from {
				h.addScore(q, scoreServed)
				stats.Peers = append(stats.Peers, q.String())
			}
			return st.msgs, nil
		}
		// Every candidate was tried: wait for a peer to come or go, or a while, and ask again.
		changed := h.peersChanged()
		t := time.NewTimer(fetchRetryInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			if lastErr == nil {
				lastErr = errors.New("no peer to ask")
			}
			return nil, fmt.Errorf("%w: project %d task %s: %w (last: %v)", ErrUnavailable, req.ProjectID, req.TaskID, ctx.Err(), lastErr)
		case <-changed:
			t.Stop()
		case <-t.C:
		}
	}
}

// fetchFrom asks p for the pages of the task from st's offset until the task is whole.
func (h *Host) fetchFrom(ctx context.Context, p peer.ID, req FetchRequest, st *fetchState, stats *FetchStats) error {
	sctx, cancel := context.WithTimeout(ctx, h.lim.RequestTimeout)
	s, err := h.host.NewStream(sctx, p, FetchProtocol)
	cancel()
	if err != nil {
		return fmt.Errorf("open stream: %w", err)
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() }) // ctx ends the page in flight
	defer stop()
	br, bw := bufio.NewReader(s), bufio.NewWriter(s)
	frameLimit := responseHeaderBytes + h.lim.MaxPageBytes + maxMessageWire
	reqBody := make([]byte, requestBytes)
	binary.BigEndian.PutUint64(reqBody, req.ProjectID)
	copy(reqBody[8:], req.TaskID[:])
	binary.BigEndian.PutUint32(reqBody[44:], uint32(h.lim.MaxPageBytes))
	for st.total < 0 || len(st.msgs) < st.total {
		offset := len(st.msgs)
		binary.BigEndian.PutUint32(reqBody[40:], uint32(offset))
		_ = s.SetDeadline(time.Now().Add(h.lim.RequestTimeout))
		if err := writeFrame(bw, reqBody); err != nil {
			_ = s.Reset()
			return fmt.Errorf("request: %w", err)
		}
		body, err := readFrame(br, frameLimit)
		if err != nil {
			_ = s.Reset()
			return fmt.Errorf("response: %w", err)
		}
		stats.Bytes += int64(len(body))
		stats.Pages++
		h.m.fetchedBytes.Add(float64(len(body)))
		h.mu.Lock()
		ps := h.peerLocked(p)
		ps.fetched += int64(len(body))
		ps.lastSeen = time.Now()
		h.mu.Unlock()

		status, total, count, page, err := decodePage(body)
		if err != nil {
			_ = s.Reset()
			return &refusal{reason: "protocol", err: err}
		}
		switch status {
		case statusOK:
		case statusNotFound:
			return ErrNotFound
		case statusBusy:
			return errBusy
		default:
			return fmt.Errorf("peer answered status %d", status)
		}
		if err := h.checkPage(req, st, offset, total, count, page); err != nil {
			_ = s.Reset()
			return err
		}
		if st.total >= 0 && total != st.total {
			// Peers disagree on the task's size: start over with this one; Complete judges its answer.
			h.log.Info("peers disagree on a task's size", "peer", p, "total", total, "was", st.total)
			st.reset()
			continue
		}
		if req.Check != nil {
			if err := req.Check(page); err != nil {
				_ = s.Reset()
				return &refusal{reason: "check", err: err}
			}
		}
		st.total = total
		if _, ok := st.start[p]; !ok && len(page) > 0 {
			st.start[p] = offset
			st.from = append(st.from, p)
		}
		st.msgs = append(st.msgs, page...)
		for _, m := range page {
			st.bytes += int64(len(m.ProjectVersion) + len(m.Data) + len(m.Signature))
		}
	}
	return nil
}

// checkPage refuses a page that breaks the protocol or the limits.
func (h *Host) checkPage(req FetchRequest, st *fetchState, offset, total, count int, page []message.Message) error {
	switch {
	case total > h.lim.MaxTaskMessages:
		return &refusal{reason: "limit", err: fmt.Errorf("task of %d messages, limit %d", total, h.lim.MaxTaskMessages)}
	case offset+count > total:
		return &refusal{reason: "protocol", err: fmt.Errorf("%d messages at offset %d of a task of %d", count, offset, total)}
	case count == 0 && offset < total:
		return &refusal{reason: "protocol", err: fmt.Errorf("empty page at offset %d of %d", offset, total)}
	}
	var size int64
	for i, m := range page {
		if m.ProjectID != req.ProjectID {
			return &refusal{reason: "protocol", err: fmt.Errorf("message %d is of project %d", offset+i, m.ProjectID)}
		}
		if err := m.CheckShape(); err != nil {
			return &refusal{reason: "protocol", err: fmt.Errorf("message %d: %w", offset+i, err)}
		}
		size += int64(len(m.ProjectVersion) + len(m.Data) + len(m.Signature))
	}
	if len(page) > 1 && size > int64(h.lim.MaxPageBytes) {
		return &refusal{reason: "limit", err: fmt.Errorf("page of %d bytes, limit %d", size, h.lim.MaxPageBytes)}
	}
	if st.bytes+size > h.lim.MaxTaskBytes {
		return &refusal{reason: "limit", err: fmt.Errorf("task over %d bytes", h.lim.MaxTaskBytes)}
	}
	return nil
}
