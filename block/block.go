package block

import (
	"github.com/ethereum/go-ethereum/common"
)

// HeaderSize is the length of an encoded header.
const HeaderSize = 4 + 32 + 32 + 8 + 4 + 8

// Header is a block header. Its encoding is fixed-width big-endian (see Encode) so that a contract can
// rebuild it with abi.encodePacked and hash it with the sha256 precompile.
type Header struct {
	Version    uint32      `json:"version"`
	PrevHash   common.Hash `json:"prevHash"`
	MerkleRoot common.Hash `json:"merkleRoot"`
	Timestamp  uint64      `json:"timestamp"` // unix milliseconds
	NBits      uint32      `json:"nbits"`     // target in Bitcoin's compact encoding
	Nonce      uint64      `json:"nonce"`
}

// Assignment gives one task to one prover until a deadline. Assignments are the leaves of the merkle root.
type Assignment struct {
	ProjectID uint64         `json:"projectID"`
	TaskID    common.Hash    `json:"taskID"`
	Prover    common.Address `json:"prover"`
	Deadline  uint64         `json:"deadline"` // unix milliseconds
}

// Block is a mined header with the assignments its merkle root commits to. TxHash and ChainBlock record
// where the block was minted on-chain; they are facts about the block, not part of its header or hash.
type Block struct {
	Height      uint64       `json:"height"`
	Hash        common.Hash  `json:"hash"` // sha256d of the encoded header
	Header      Header       `json:"header"`
	Assignments []Assignment `json:"assignments"`
	TxHash      common.Hash  `json:"txHash,omitzero"`      // transaction that minted it; zero without a chain
	ChainBlock  uint64       `json:"chainBlock,omitempty"` // chain block number of TxHash
}
