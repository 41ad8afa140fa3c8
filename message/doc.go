// Package message defines what a device sends and how it is signed and verified.
//
// A device signs keccak256 of the exact bytes that Go's json.Marshal produces for
// {"projectID":N,"projectVersion":"v","data":"..."} with its secp256k1 key; the recovered address is the
// device ID. The package has no dependency on the rest of the node so that device SDKs can import it.
package message
