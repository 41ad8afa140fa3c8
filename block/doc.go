// Package block defines the sequencer's blocks: a header {version, prevHash, merkleRoot, timestamp, nbits,
// nonce} mined with sha256d under the target that nbits encodes (Bitcoin's compact format), the merkle root
// of the block's task assignments, difficulty adjustment toward a target block interval, and a validator
// that rejects bad proof-of-work, a wrong link, a wrong root or a wrong difficulty.
//
// Everything here is pure (no I/O) and chosen so that a Solidity contract can check a block cheaply:
//
//   - The header encodes to 88 fixed-width big-endian bytes (Header.Encode), which is abi.encodePacked of
//     its fields; its hash is sha256(sha256(encoding)).
//   - Proof of work: the hash, read as a big-endian 256-bit integer, must be at most the target. Bitcoin
//     reads its hash little-endian; big-endian is what uint256(sha256(...)) gives a contract for free.
//     nbits is Bitcoin's compact encoding, and a negative, zero or overflowing nbits is invalid.
//   - Merkle root: leaves keccak256(0x00 || projectID || taskID || prover || deadline), inner nodes
//     keccak256(0x01 || left || right); the odd node at the end of a level moves up unchanged rather than
//     being paired with itself, so no two assignment lists share a root. Proof and VerifyProof give and
//     check inclusion proofs without needing the leaf count.
//   - Difficulty: the block at height 0 uses Params.PowLimit; every RetargetWindow blocks the target is
//     scaled by actual/expected time of the epoch just closed (clamped to a factor of four, capped at
//     PowLimit), from header fields alone (NextNBits). DefaultParams (about two hashes a block) keeps dev
//     mode instant; NetworkParams (about 2^16 hashes at PowLimit, 2 s blocks, 30-block epochs) is for
//     sequencers that compete, and the retarget raises it to their hash rate.
//
// Mine searches nonces, in one goroutine or several (MineParallel), and stops when its context ends.
package block
