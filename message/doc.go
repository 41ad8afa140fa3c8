// Package message defines what a device sends and how it is signed and verified.
//
// A device signs keccak256 of the exact bytes that Go's json.Marshal produces for
// {"projectID":N,"projectVersion":"v","data":"..."} with its secp256k1 key; the recovered address is the
// device ID. Projects whose proofs cover who signed their inputs use a second scheme, EdDSA on BN254's
// twisted Edwards curve (see SchemeEdDSA); a signature's length tells the two apart. The package has no dependency on the rest of the node so that device SDKs can import it.
package message
