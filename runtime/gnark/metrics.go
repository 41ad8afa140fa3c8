package gnark

import (
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// The phases of a job, as Stats and the phase histogram name them.
const (
	phaseLoad    = "load"
	phaseProgram = "program"
	phaseWitness = "witness"
	phaseProve   = "prove"
	phaseVerify  = "verify"
)

// Stats are a Runtime's cumulative counters and phase times. The time of a job that is not in Prove is
// the runtime's own overhead around gnark; benchmarks report it from two snapshots.
type Stats struct {
	Loads  uint64 // versions decoded: cache misses of Prove and Prepare
	Proofs uint64 // jobs proved and verified

	Load    time.Duration // decoding circuits, keys and schemas
	Program time.Duration // running programs
	Witness time.Duration // building witnesses from assignments
	Prove   time.Duration // inside gnark's Prove, including proofs whose job was canceled
	Verify  time.Duration // checking proofs, decoding included
}

// Sub returns the counters accumulated between old and s.
func (s Stats) Sub(old Stats) Stats {
	return Stats{
		Loads:   s.Loads - old.Loads,
		Proofs:  s.Proofs - old.Proofs,
		Load:    s.Load - old.Load,
		Program: s.Program - old.Program,
		Witness: s.Witness - old.Witness,
		Prove:   s.Prove - old.Prove,
		Verify:  s.Verify - old.Verify,
	}
}

type metrics struct {
	loads, proofs                         atomic.Uint64
	load, program, witness, prove, verify atomic.Int64 // nanoseconds

	phases *prometheus.HistogramVec // nil unless registered
}

func newMetrics(kind string, reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{}
	if reg == nil {
		return m, nil
	}
	m.phases = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:        "w3bstream_gnark_phase_seconds",
		Help:        "Time of each phase of a gnark runtime's jobs: load, program, witness, prove, verify.",
		ConstLabels: prometheus.Labels{"backend": kind},
		Buckets:     prometheus.ExponentialBuckets(0.0005, 2, 20),
	}, []string{"phase"})
	if err := reg.Register(m.phases); err != nil {
		return nil, err
	}
	return m, nil
}

// observe adds the time since start to a phase.
func (m *metrics) observe(phase string, start time.Time) {
	d := time.Since(start)
	switch phase {
	case phaseLoad:
		m.load.Add(int64(d))
	case phaseProgram:
		m.program.Add(int64(d))
	case phaseWitness:
		m.witness.Add(int64(d))
	case phaseProve:
		m.prove.Add(int64(d))
	case phaseVerify:
		m.verify.Add(int64(d))
	}
	if m.phases != nil {
		m.phases.WithLabelValues(phase).Observe(d.Seconds())
	}
}

func (m *metrics) stats() Stats {
	return Stats{
		Loads:   m.loads.Load(),
		Proofs:  m.proofs.Load(),
		Load:    time.Duration(m.load.Load()),
		Program: time.Duration(m.program.Load()),
		Witness: time.Duration(m.witness.Load()),
		Prove:   time.Duration(m.prove.Load()),
		Verify:  time.Duration(m.verify.Load()),
	}
}
