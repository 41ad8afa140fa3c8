// Package chainsync keeps a node in step with the chain, which is the source of truth once a node runs
// on one. It follows the contracts' events and mirrors them: blocks minted on-chain become blocks in DA
// (so a prover learns its assignments even when another node minted them, and a sequencer that crashed
// between minting and storing finds its block), the router's settlements and refusals become task
// states (a settlement from whatever state DA holds the task in: the chain's word wins over a receipt
// poll that gave up), and registry changes reach the caches that depend on them. It also adapts the chain client to
// the sequencer's and the prover's submitters.
package chainsync
