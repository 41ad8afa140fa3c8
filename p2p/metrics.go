package p2p

import "github.com/prometheus/client_golang/prometheus"

// metrics are the host's prometheus collectors; they exist (unregistered) when Config.Registerer is nil.
type metrics struct {
	connectedPeers   prometheus.Gauge
	topics           prometheus.Gauge
	noticesPublished *prometheus.CounterVec // kind
	noticesReceived  *prometheus.CounterVec // kind
	noticesDropped   *prometheus.CounterVec // kind, reason
	servedBytes      prometheus.Counter
	fetchedBytes     prometheus.Counter
	fetchSeconds     prometheus.Histogram
	fetches          *prometheus.CounterVec // outcome
	refusals         *prometheus.CounterVec // reason
	dials            *prometheus.CounterVec // source, outcome
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns, sub = "w3bstream", "p2p"
	m := &metrics{
		connectedPeers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "connected_peers", Help: "Peers the host holds a connection to."}),
		topics: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "joined_topics", Help: "Project topics the host has joined."}),
		noticesPublished: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "notices_published_total", Help: "Notices this host published, by kind."}, []string{"kind"}),
		noticesReceived: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "notices_received_total", Help: "Valid notices received from other peers, by kind."}, []string{"kind"}),
		noticesDropped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "notices_dropped_total", Help: "Notices dropped before the reader saw them, by kind and reason."}, []string{"kind", "reason"}),
		servedBytes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "served_bytes_total", Help: "Task message bytes served to other peers."}),
		fetchedBytes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "fetched_bytes_total", Help: "Task message bytes fetched from other peers, refused ones included."}),
		fetchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "fetch_seconds", Help: "Time a task fetch took, whatever its outcome.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		fetches: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "fetches_total", Help: "Task fetches by outcome (ok, unavailable, canceled)."}, []string{"outcome"}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "refusals_total", Help: "Peers refused for the data they served, by reason (check, complete, limit, protocol)."}, []string{"reason"}),
		dials: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "dials_total", Help: "Outbound dials by source (bootstrap, discovery) and outcome."}, []string{"source", "outcome"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.connectedPeers, m.topics, m.noticesPublished, m.noticesReceived,
		m.noticesDropped, m.servedBytes, m.fetchedBytes, m.fetchSeconds, m.fetches, m.refusals, m.dials} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
