// Package circuit is the builder's side of the gnark runtimes: it compiles a Go circuit for Groth16 or
// PLONK over BN254, makes its proving and verifying keys, exports the Solidity verifier a dApp deploys,
// and writes the artifacts a project version names (circuit, provingKey, verifyingKey, schema, program)
// with a manifest that records how they were made.
//
// Keys come from one of two setups. DevSetup is quick and deterministic: the same circuit gives the same
// keys and the same verifier contract on every machine, so a development verifier can be compiled once
// and committed. Its secret derives from a public constant, so anyone can forge proofs for its keys; every
// output it makes is labelled unsafe. For Groth16 its keys are exactly those of gnark's ceremony with no
// contribution, sealed with a public beacon. The multi-party setup (Phase1, SRS, Phase2) is gnark's Groth16
// ceremony as file-based steps: a coordinator starts each phase, contributors add randomness in turn, and
// anyone can verify the chain of contributions; the keys are sound if one contributor of each phase was
// honest.
package circuit
