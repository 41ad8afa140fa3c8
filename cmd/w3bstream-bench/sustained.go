package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	// provedMessages is the series that counts messages whose task was proved.
	provedMessages = "w3bstream_message_received_to_proved_seconds_count"
	// sustainedSamples is how many accepted messages of a sustained run have their states read back for
	// the received→proved latency.
	sustainedSamples = 200
	// sustainedDrain bounds how long a sustained run waits, after the last send, for the rest to be proved.
	sustainedDrain = 2 * time.Minute
)

// sustainedResult is one whole-node run at a sustained offered rate.
type sustainedResult struct {
	store            string
	offered          int // messages/s asked for
	sent, accepted   int
	sending          time.Duration // first send to last answer
	proved           int           // messages proved by the end of the run
	provedInWindow   int           // of them, proved while sending went on
	toAllProved      time.Duration // first send to the last message proved (or the drain bound)
	retries, errors  int
	latency          []time.Duration // received→proved of the sampled messages
	sampled, unfound int
	tasksFailed      float64
}

// sustained sends pre-signed batches to project 2 (the sum example) at --sustained-rate for --sustained-for
// on a whole node, then waits for every accepted message to be proved. It reports the rate in (accepted/s),
// the rate proved (proved/s over the time until the last was proved, and while sending) and, from the states
// of up to sustainedSamples messages spread over the run, received→proved p50/p99.
func (b *bench) sustained(ctx context.Context, s *store) (sustainedResult, error) {
	res := sustainedResult{store: s.name, offered: b.o.sustainedRate}
	total := int(float64(b.o.sustainedRate) * b.o.sustainedFor.Seconds())
	progress("signing %d messages for the sustained run", total)
	signed, err := signMessages(b.devices, devnet.SumOpenProjectID, total, "sus")
	if err != nil {
		return res, err
	}
	_, batches, err := encode(nil, signed, b.o.sustainedBatch)
	if err != nil {
		return res, err
	}
	n, err := b.startNode(ctx, s, node.AllRoles())
	if err != nil {
		return res, err
	}
	defer func() { _ = n.stop() }()
	hc := newHTTPClient(sustainInFlight)
	time.Sleep(500 * time.Millisecond) // let the prover compile the program first
	progress("%s: sustained, %d messages/s in batches of %d for %s", s.name, b.o.sustainedRate, b.o.sustainedBatch, b.o.sustainedFor)
	stopProfile, err := startProfile(b.o.cpuprofile, s.name+"-sustained")
	if err != nil {
		return res, err
	}
	defer stopProfile()

	interval := time.Duration(float64(time.Second) * float64(b.o.sustainedBatch) / float64(b.o.sustainedRate))
	tick := time.NewTicker(interval)
	slots := make(chan struct{}, sustainInFlight)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		ids      []string
		url      = n.URL() + "/v1/messages/batch"
		sent     atomic.Int64
		retries  atomic.Int64
		failures atomic.Int64
	)
	start := time.Now()
	for i, body := range batches {
		if i > 0 {
			select {
			case <-tick.C:
			case <-ctx.Done():
			}
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Go(func() {
			defer func() { <-slots }()
			for ctx.Err() == nil {
				status, answer, err := do(ctx, hc, http.MethodPost, url, body)
				if err == nil && (status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable) {
					retries.Add(1)
					time.Sleep(retryAfter)
					continue
				}
				var got []string
				var cnt int
				if err == nil && status == http.StatusAccepted {
					got, cnt, err = acceptedIDs(answer, true)
				}
				if err != nil || status != http.StatusAccepted {
					failures.Add(1)
					return
				}
				sent.Add(int64(cnt))
				mu.Lock()
				ids = append(ids, got...)
				mu.Unlock()
				return
			}
		})
	}
	tick.Stop()
	wg.Wait()
	res.sending = time.Since(start)
	res.sent, res.accepted = int(sent.Load()), len(ids)
	res.retries, res.errors = int(retries.Load()), int(failures.Load())
	m, err := scrape(ctx, hc, n.URL())
	if err != nil {
		return res, err
	}
	res.provedInWindow = int(m[provedMessages])

	// Wait for the rest, polling the counter rather than every message, so as not to load the node.
	deadline := time.Now().Add(sustainedDrain)
	for {
		m, err = scrape(ctx, hc, n.URL())
		if err != nil {
			return res, err
		}
		res.proved, res.tasksFailed = int(m[provedMessages]), m["w3bstream_tasks_failed_total"]
		if res.proved >= res.accepted || time.Now().After(deadline) || ctx.Err() != nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	res.toAllProved = time.Since(start)
	stopProfile()

	// The time order of ids is the answers', close to the sending order: samples spread over the run.
	c := client.New(n.URL())
	step := max(1, len(ids)/sustainedSamples)
	for i := 0; i < len(ids); i += step {
		msg, err := c.Message(ctx, ids[i], 0, 0)
		res.sampled++
		if err != nil || msg.State != string(task.Proved) {
			res.unfound++
			continue
		}
		var recv, proved time.Time
		for _, st := range msg.States {
			switch {
			case st.State == task.Received && recv.IsZero():
				recv = st.Time
			case st.State == task.Proved && proved.IsZero():
				proved = st.Time
			}
		}
		res.latency = append(res.latency, proved.Sub(recv))
	}
	return res, n.stop()
}

func printSustained(w io.Writer, o options, rs []sustainedResult) {
	fmt.Fprintf(w, "\nSUSTAINED whole node (ingest, packer, sequencer, prover) received→proved: pre-signed batches of %d to\n", o.sustainedBatch)
	fmt.Fprintf(w, "project 2 (the sum program, 4 messages or 1s per task, per device, %d device keys) at the offered rate\n", o.devices)
	fmt.Fprintf(w, "for %s, at most %d requests in flight; then it waits for every accepted message to be proved (at most %s).\n",
		o.sustainedFor, sustainInFlight, sustainedDrain)
	fmt.Fprintln(w, "in/s = accepted / sending time; proved/s = proved / time from the first send to the last proof; latency from")
	fmt.Fprintf(w, "the states of up to %d messages spread over the run. Client and node share the same cores.\n", sustainedSamples)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "store\toffered/s\taccepted/sent\tin/s\tproved\tproved while sending\tproved/s\tto last proof\tp50\tp99\tsampled\ttasks failed\tretries\terrors\t")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%.0f\t%d\t%d\t%.0f\t%.2fs\t%s\t%s\t%d/%d\t%.0f\t%d\t%d\t\n",
			r.store, r.offered, r.accepted, r.sent, float64(r.accepted)/r.sending.Seconds(), r.proved, r.provedInWindow,
			float64(r.proved)/r.toAllProved.Seconds(), r.toAllProved.Seconds(), ms(pct(r.latency, 0.5)), ms(pct(r.latency, 0.99)),
			r.sampled-r.unfound, r.sampled, r.tasksFailed, r.retries, r.errors)
	}
	_ = tw.Flush()
}

// sustainedRates parses a comma-separated list of rates.
func sustainedRates(s string) ([]int, error) {
	var out []int
	if err := json.Unmarshal([]byte("["+s+"]"), &out); err != nil || len(out) == 0 || slices.ContainsFunc(out, func(r int) bool { return r <= 0 }) {
		return nil, fmt.Errorf("--sustained-rate: want positive messages/s, comma-separated, got %q", s)
	}
	return out, nil
}
