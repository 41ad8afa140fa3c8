package ingest

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/da"
)

type metrics struct {
	received  *prometheus.CounterVec
	rejected  *prometheus.CounterVec
	commitDur prometheus.Histogram
	commitLen prometheus.Histogram
}

func newMetrics(r prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_messages_received_total",
			Help: "Messages accepted and durable, by whether they were new or duplicates of stored ones.",
		}, []string{"kind"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_messages_rejected_total",
			Help: "Messages refused at intake, by error code.",
		}, []string{"code"}),
		commitDur: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "w3bstream_ingest_commit_seconds",
			Help:    "Time of one group commit of messages to DA.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		commitLen: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "w3bstream_ingest_commit_messages",
			Help:    "Messages per group commit.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 8),
		}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.received, m.rejected, m.commitDur, m.commitLen} {
			if err := r.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

func (m *metrics) observeCommit(rows int, d time.Duration) {
	m.commitDur.Observe(d.Seconds())
	m.commitLen.Observe(float64(rows))
}

func (m *metrics) accepted(appended []da.Appended) {
	var fresh, dup int
	for _, a := range appended {
		if a.New {
			fresh++
		} else {
			dup++
		}
	}
	m.received.WithLabelValues("new").Add(float64(fresh))
	m.received.WithLabelValues("duplicate").Add(float64(dup))
}
