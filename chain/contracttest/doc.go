// Package contracttest holds the tests of the contracts in contracts/: each runs them on a simulated
// go-ethereum chain, deployed by chain/deploy, and checks every rule (each revert by its custom error's
// name) and that the block minter computes exactly what package block computes: header hash, compact
// targets, merkle roots and difficulty. TestGasReport prints the gas of each call. The test-only
// contracts (contracts/test) have their bindings in testbind.
package contracttest
