package prover

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	proved        prometheus.Counter
	failed        prometheus.Counter
	settled       prometheus.Counter
	proveTime     prometheus.Histogram
	sinceReceived prometheus.Histogram

	outputsDelivered *prometheus.CounterVec
	outputRetries    *prometheus.CounterVec
	outputsDead      *prometheus.CounterVec
	outputSeconds    *prometheus.HistogramVec

	imported    prometheus.Counter
	fetchFailed prometheus.Counter
	fetchTime   prometheus.Histogram
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
		outputsDelivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_outputs_delivered_total", Help: "Results delivered to an off-chain output, by output type.",
		}, []string{"type"}),
		outputRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_output_retries_total", Help: "Failed delivery attempts that will be retried, by output type.",
		}, []string{"type"}),
		outputsDead: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_outputs_dead_total", Help: "Deliveries given up (attempts spent or a permanent error), by output type.",
		}, []string{"type"}),
		outputSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "w3bstream_output_attempt_seconds", Help: "Time of one delivery attempt, by output type.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 18),
		}, []string{"type"}),
		imported: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_prover_tasks_imported_total", Help: "Assigned tasks whose messages this prover fetched from peers and imported.",
		}),
		fetchFailed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_prover_task_fetch_failures_total", Help: "Assigned tasks whose data no peer served before the deadline.",
		}),
		fetchTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "w3bstream_prover_task_fetch_seconds", Help: "Time to fetch and check one assigned task's messages from peers.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.proved, m.failed, m.settled, m.proveTime, m.sinceReceived,
			m.outputsDelivered, m.outputRetries, m.outputsDead, m.outputSeconds, m.imported, m.fetchFailed, m.fetchTime} {
			if err := r.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
