// Package block defines the sequencer's blocks: a header {version, prevHash, merkleRoot, timestamp, nbits,
// nonce} mined with sha256d under the target that nbits encodes (Bitcoin's compact format), the merkle root
// of the block's task assignments, difficulty adjustment toward a target block interval, and a validator
// that rejects bad proof-of-work, a wrong link, a wrong root or a wrong difficulty.
package block
