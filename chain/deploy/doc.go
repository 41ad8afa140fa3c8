// Package deploy puts W3bstream's contracts on a chain and binds to them: the project, device, prover and
// sequencer registries, the block minter, the router and the example SumDApp, wired together (the minter
// knows its router and takes blocks from the sequencers active in the sequencer registry). Dev mode and the contract tests use it on an embedded chain; a
// network uses it once and then Bind with the stored addresses. It also decodes the contracts' custom
// errors from a failed call (DecodeRevert), so callers see ProverNotActive(0x...) rather than bare bytes.
package deploy
