package sequencer

import (
	"errors"
	"math"
	"math/big"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/block"
)

// metrics are the sequencer's Prometheus metrics; they are registered only when a registry is given.
type metrics struct {
	blocks      prometheus.Counter
	assignments prometheus.Counter
	mineSeconds prometheus.Histogram
	difficulty  prometheus.Gauge
	refused     *prometheus.CounterVec // by reason: the Refused* codes
	expired     *prometheus.CounterVec // by the state the task was in
	abandoned   prometheus.Counter
	racesLost   prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		blocks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_blocks_mined_total",
			Help: "Blocks mined and stored by this sequencer.",
		}),
		assignments: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_assignments_total",
			Help: "Task assignments in blocks stored by this sequencer.",
		}),
		mineSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "w3bstream_block_mine_seconds",
			Help:    "Time to find a nonce for a block.",
			Buckets: prometheus.ExponentialBuckets(10e-6, 4, 12), // 10µs to about 40s
		}),
		difficulty: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "w3bstream_block_difficulty_bits",
			Help: "log2 of the expected hashes per block at the last mined block's target.",
		}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_sequencer_assignments_refused_total",
			Help: "Assignments left out of a block because the chain would refuse them, by reason.",
		}, []string{"reason"}),
		expired: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "w3bstream_sequencer_assignments_expired_total",
			Help: "Assignments whose deadline passed without a verdict, by the state the task was in.",
		}, []string{"state"}),
		abandoned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_sequencer_tasks_abandoned_total",
			Help: "Tasks abandoned after the most attempts allowed.",
		}),
		racesLost: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "w3bstream_sequencer_races_lost_total",
			Help: "Blocks the chain refused because another sequencer's block took the tip first; their tasks are mined again on the new tip.",
		}),
	}
	if reg == nil {
		return m, nil
	}
	var errs []error
	for _, c := range []prometheus.Collector{m.blocks, m.assignments, m.mineSeconds, m.difficulty, m.refused, m.expired, m.racesLost,
		m.abandoned} {
		errs = append(errs, reg.Register(c))
	}
	return m, errors.Join(errs...)
}

func (m *metrics) mined(b block.Block, seconds float64) {
	m.blocks.Inc()
	m.assignments.Add(float64(len(b.Assignments)))
	m.mineSeconds.Observe(seconds)
	work, _ := new(big.Float).SetInt(block.Work(b.Header.NBits)).Float64()
	m.difficulty.Set(math.Log2(work))
}
