package packer

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	tasks    prometheus.Counter
	messages prometheus.Histogram
	wait     prometheus.Histogram
}

func newMetrics(r prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		tasks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_tasks_packed_total", Help: "Tasks closed by the packer.",
		}),
		messages: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "w3bstream_task_messages", Help: "Messages per packed task.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 13),
		}),
		wait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "w3bstream_message_pack_wait_seconds", Help: "Time from a message being durable to its task being packed.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.tasks, m.messages, m.wait} {
			if err := r.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
