package prover

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	proved        prometheus.Counter
	failed        prometheus.Counter
	settled       prometheus.Counter
	proveTime     prometheus.Histogram
	sinceReceived prometheus.Histogram
}

func newMetrics(r prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		proved: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_tasks_proved_total", Help: "Tasks this prover proved.",
		}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_tasks_failed_total", Help: "Tasks this prover could not prove.",
		}),
		settled: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_tasks_settled_total", Help: "Tasks this prover's results settled on-chain.",
		}),
		proveTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "w3bstream_task_prove_seconds", Help: "Time to check, run and sign one task.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 18),
		}),
		sinceReceived: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "w3bstream_message_received_to_proved_seconds", Help: "Time from a message being durable to its task being proved.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 18),
		}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.proved, m.failed, m.settled, m.proveTime, m.sinceReceived} {
			if err := r.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
