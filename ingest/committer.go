package ingest

import (
	"context"
	"errors"
	"time"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
)

// errOverCapacity means the write queue is full: the store is not keeping up.
var errOverCapacity = errors.New("write queue full")

type appendRequest struct {
	msgs  []message.Verified
	reply chan appendReply
}

type appendReply struct {
	appended []da.Appended
	err      error
}

// committer is a group-commit writer: one goroutine drains every queued request into one AppendMessages
// call, so many concurrent small requests cost one durable transaction.
type committer struct {
	store    da.Store
	queue    chan appendRequest
	maxRows  int
	enqueue  time.Duration // how long a request may wait for a queue slot before 429
	observed func(rows int, d time.Duration)
}

func newCommitter(store da.Store, queueLen, maxRows int, enqueueWait time.Duration) *committer {
	return &committer{store: store, queue: make(chan appendRequest, queueLen), maxRows: maxRows,
		enqueue: enqueueWait, observed: func(int, time.Duration) {}}
}

// Append queues msgs and waits until they are durable.
func (c *committer) Append(ctx context.Context, msgs []message.Verified) ([]da.Appended, error) {
	req := appendRequest{msgs: msgs, reply: make(chan appendReply, 1)}
	t := time.NewTimer(c.enqueue)
	defer t.Stop()
	select {
	case c.queue <- req:
	case <-t.C:
		return nil, errOverCapacity
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	// Once queued the write will happen; wait for it even if the client went away, so that what the
	// store holds and what the metrics say agree.
	r := <-req.reply
	return r.appended, r.err
}

// Run writes queued requests until ctx ends, then drains what is queued.
func (c *committer) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			for {
				select {
				case req := <-c.queue:
					c.write([]appendRequest{req})
				default:
					return
				}
			}
		case req := <-c.queue:
			batch := []appendRequest{req}
			rows := len(req.msgs)
		drain:
			for rows < c.maxRows {
				select {
				case r := <-c.queue:
					batch = append(batch, r)
					rows += len(r.msgs)
				default:
					break drain
				}
			}
			c.write(batch)
		}
	}
}

func (c *committer) write(batch []appendRequest) {
	var all []message.Verified
	for _, r := range batch {
		all = append(all, r.msgs...)
	}
	start := time.Now()
	// The write must not be cut short by shutdown: callers are waiting on its outcome.
	appended, err := c.store.AppendMessages(context.Background(), all, time.Now())
	c.observed(len(all), time.Since(start))
	off := 0
	for _, r := range batch {
		if err != nil {
			r.reply <- appendReply{err: err}
			continue
		}
		r.reply <- appendReply{appended: appended[off : off+len(r.msgs)]}
		off += len(r.msgs)
	}
}
