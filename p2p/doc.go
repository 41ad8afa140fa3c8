// Package p2p is the network between independent nodes. Sequencers and provers run by different
// operators share no database; they meet here, over libp2p.
//
// Gossip. Each project has a gossipsub topic, "w3bstream/project/<id>/1", on which nodes publish short
// Notices about tasks: assigned (by a sequencer), acknowledged, held, proved, submitted (by a prover).
// Every notice is signed by its sender's chain key, not only by the peer key pubsub signs with, so a
// receiver learns which sequencer or prover speaks (Notice.Signer) and decides what that signer may
// claim. pubsub's validation hook drops a notice that is oversized, malformed, unsigned, badly signed or
// on another project's topic before it is relayed or delivered; each drop is counted by reason. The chain
// stays the source of truth: a notice only lets a node act before its chain follower catches up.
//
// Fetch. A prover that is assigned a task needs its messages. FetchProtocol is a request/response protocol
// over a libp2p stream: the client asks for a page (project, task, offset, most bytes) and the answer
// carries the task's message count, so a fetch interrupted at any page resumes at its offset with the
// next peer. Candidates are the peers announced as holders, in the order they were named (a peer refused
// before goes after the others), then every connected peer that serves the protocol, best score first. The caller checks each page (signatures, device policy) and the whole task
// (its ID); data it refuses costs the peers that served it their score and, after repeated refusals,
// their candidacy for a while. Every read is bounded: frame sizes, messages per task, bytes per task,
// and a deadline per page.
//
// Discovery. Nodes dial the bootstrap peers they are given and keep redialling them with backoff. Each
// node also publishes its listen addresses on the topic "w3bstream/peers/1" (periodically, and soon after a
// peer joins the topic), and dials the peers it hears of there up to a connection cap, so that nodes that
// all bootstrap from one node end up connected to each other directly. We chose this over a Kademlia DHT:
// networks of W3bstream nodes are small (tens of nodes), pubsub already authenticates the publisher of a
// record with its peer key, and one routing system (gossipsub) is simpler to run and reason about than
// two. A DHT would pay off only with thousands of nodes.
//
// The peer key (Ed25519) lives in Config.KeyFile so that a node keeps its peer ID across restarts; the
// chain keys that sign notices stay with the caller. The package knows messages (package message) and
// nothing else of the node: what a task is, who may be assigned it, and where messages are stored are
// the caller's.
package p2p
