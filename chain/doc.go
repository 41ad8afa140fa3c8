// Package chain is the node's typed client of W3bstream's contracts, now that the chain is the source of
// truth for projects, devices, provers, blocks and results.
//
// Client sends transactions from one key and reads the contracts deployed by chain/deploy. Transact is
// the one way out: it estimates gas with a margin, prices an EIP-1559 transaction from the head's base
// fee, takes the next nonce under a per-client lock (a key shared by goroutines of one process is safe;
// a key shared with another process is re-read and retried once on a nonce clash), waits for the receipt
// and turns any revert, at estimation or on chain, into an error wrapping *deploy.RevertError with the
// contract's custom error, so that callers and the CLI show NotProjectOwner(3, 0x…) rather than a status
// code. The typed operations (RegisterProject, RegisterSequencer, Mint, Route …) and reads (Project,
// Prover, SequencerInfo, Tip, Task …) sit on it. Any account that stakes in the SequencerRegistry may
// mint; Sequencers lists the registered ones with the endpoints they publish, from the registry's events.
//
// Adapters plug the chain into the node where files and static lists served before: Registry is a
// project.Registry (whose records carry the project's on-chain runtime), ProverSet a sequencer.ProverSet,
// Preflight a sequencer.Checker (a block's assignments checked by the minter's rules against one chain
// block before the block is mined), and Devices the ingest device policy, answered from memory and kept
// current by the device registry's events.
//
// Indexer follows the contracts' logs in chain order: by eth_subscribe over WebSocket, by eth_getLogs
// polling over HTTP, back-filling from a cursor kept in the DA store, so a restarted node resumes where
// it stopped. Handlers must be idempotent: after a crash, the logs of the last unsaved range come again.
package chain
