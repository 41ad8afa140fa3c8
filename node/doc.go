// Package node is the one place that wires the roles of a node (ingest, packer, sequencer, prover, API)
// over one DA store and one HTTP server, and starts and stops them in an order that loses nothing:
// the HTTP server drains first, so every acknowledged message is committed before the writers stop.
//
// With P2PConfig the node is a peer of a network of independent operators (network.go): its P2P host
// serves the tasks the store holds, the sequencer announces the blocks it mints on each project's topic,
// the prover fetches the tasks assigned to it from peers and reports how they go, and a sequencer records
// the reports of the provers it assigned. What the gossip says only makes things fast: assignments and
// verdicts come from the chain.
package node
