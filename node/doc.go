// Package node is the one place that wires the roles of a node (ingest, packer, sequencer, prover, API)
// over one DA store and one HTTP server, and starts and stops them in an order that loses nothing:
// the HTTP server drains first, so every acknowledged message is committed before the writers stop.
package node
