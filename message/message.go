package message

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Limits on what a device may send. They bound memory and storage per message.
const (
	MaxDataBytes    = 64 << 10
	MaxVersionBytes = 64
	SignatureBytes  = 65
)

// Sentinel errors that callers map to stable error codes.
var (
	ErrMalformed    = errors.New("malformed message")
	ErrBadSignature = errors.New("bad signature")
	ErrTooLarge     = errors.New("message too large")
)

// Message is what a device sends: a reading for one version of one project, signed by the device.
type Message struct {
	ProjectID      uint64 `json:"projectID"`
	ProjectVersion string `json:"projectVersion"`
	Data           string `json:"data"`
	Signature      string `json:"signature"` // 0x-prefixed hex of r || s || v
}

// Verified is a message whose signature has been checked; DeviceID is the recovered signer.
type Verified struct {
	ID             common.Hash
	ProjectID      uint64
	ProjectVersion string
	DeviceID       common.Address
	Data           string
	Signature      []byte // 65 bytes, v normalized to 0 or 1
}

// signed is the exact shape the device signs; field order matters because json.Marshal keeps it.
type signed struct {
	ProjectID      uint64 `json:"projectID"`
	ProjectVersion string `json:"projectVersion"`
	Data           string `json:"data"`
}

// SigningBytes returns the bytes a device signs: Go's json.Marshal of
// {"projectID":N,"projectVersion":"v","data":"..."}, as the original W3bstream API node does.
func SigningBytes(projectID uint64, projectVersion, data string) []byte {
	b, err := json.Marshal(signed{projectID, projectVersion, data})
	if err != nil {
		panic(fmt.Sprintf("message: marshal of plain struct failed: %v", err)) // cannot happen for strings and ints
	}
	return b
}

// Digest is keccak256 of the signing bytes: what the secp256k1 signature covers.
func Digest(projectID uint64, projectVersion, data string) common.Hash {
	return crypto.Keccak256Hash(SigningBytes(projectID, projectVersion, data))
}

// ComputeID returns a message's ID: keccak256(deviceID || signing bytes). Binding the device rather than the
// signature bytes makes the ID stable across ECDSA malleability and v encodings, so a resent message dedupes,
// while two devices sending the same data still get distinct IDs.
func ComputeID(device common.Address, projectID uint64, projectVersion, data string) common.Hash {
	return idOf(device, SigningBytes(projectID, projectVersion, data))
}

// idOf is ComputeID over signing bytes made already.
func idOf(device common.Address, signing []byte) common.Hash {
	return crypto.Keccak256Hash(device[:], signing)
}

// Sign signs a message with a device key. It is what device SDKs and the CLI use.
func Sign(key interface {
	Sign(digest []byte) ([]byte, error)
}, projectID uint64, projectVersion, data string) (Message, error) {
	d := Digest(projectID, projectVersion, data)
	sig, err := key.Sign(d.Bytes())
	if err != nil {
		return Message{}, err
	}
	return Message{ProjectID: projectID, ProjectVersion: projectVersion, Data: data, Signature: hexutilEncode(sig)}, nil
}

// CheckShape validates fields and sizes without touching cryptography.
func (m Message) CheckShape() error {
	switch {
	case len(m.Data) > MaxDataBytes:
		return fmt.Errorf("%w: data is %d bytes, limit %d", ErrTooLarge, len(m.Data), MaxDataBytes)
	case m.ProjectID == 0:
		return fmt.Errorf("%w: projectID is required", ErrMalformed)
	case m.ProjectVersion == "":
		return fmt.Errorf("%w: projectVersion is required", ErrMalformed)
	case len(m.ProjectVersion) > MaxVersionBytes:
		return fmt.Errorf("%w: projectVersion longer than %d bytes", ErrMalformed, MaxVersionBytes)
	case m.Signature == "":
		return fmt.Errorf("%w: signature is required", ErrMalformed)
	}
	return nil
}

// Verify checks the message's shape and signature and returns it with its ID and signer.
func (m Message) Verify() (Verified, error) {
	if err := m.CheckShape(); err != nil {
		return Verified{}, err
	}
	sig, err := DecodeSignature(m.Signature)
	if err != nil {
		return Verified{}, err
	}
	signing := SigningBytes(m.ProjectID, m.ProjectVersion, m.Data)
	device, err := recoverDevice(sig, m.ProjectID, m.ProjectVersion, m.Data, signing)
	if err != nil {
		return Verified{}, err
	}
	return Verified{
		ID:             idOf(device, signing),
		ProjectID:      m.ProjectID,
		ProjectVersion: m.ProjectVersion,
		DeviceID:       device,
		Data:           m.Data,
		Signature:      sig,
	}, nil
}

// Message returns the message as a device sent it: what peers pass on, for the receiver to verify again.
func (v Verified) Message() Message {
	return Message{ProjectID: v.ProjectID, ProjectVersion: v.ProjectVersion, Data: v.Data, Signature: hexutilEncode(v.Signature)}
}

// Scheme names the scheme the message was signed with.
func (v Verified) Scheme() string { return SchemeOf(v.Signature) }

// recoverDevice checks a decoded signature of either scheme and returns the signing device's address.
func recoverDevice(sig []byte, projectID uint64, projectVersion, data string, signing []byte) (common.Address, error) {
	if len(sig) == EdDSASignatureBytes {
		return verifyEdDSA(sig, projectID, projectVersion, data)
	}
	pub, err := crypto.SigToPub(crypto.Keccak256(signing), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Check re-verifies a stored message: the signature recovers to DeviceID and the ID matches.
// Provers call it so that they never trust the store blindly.
func (v Verified) Check() error {
	if len(v.Signature) != SignatureBytes && len(v.Signature) != EdDSASignatureBytes {
		return fmt.Errorf("%w: signature is %d bytes", ErrBadSignature, len(v.Signature))
	}
	signing := SigningBytes(v.ProjectID, v.ProjectVersion, v.Data)
	got, err := recoverDevice(v.Signature, v.ProjectID, v.ProjectVersion, v.Data, signing)
	if err != nil {
		return err
	}
	if got != v.DeviceID {
		return fmt.Errorf("%w: signer %s is not device %s", ErrBadSignature, got, v.DeviceID)
	}
	if id := idOf(v.DeviceID, signing); id != v.ID {
		return fmt.Errorf("%w: message ID %s does not match its content (%s)", ErrMalformed, v.ID, id)
	}
	return nil
}

// DecodeSignature parses a 0x-hex signature of either scheme: a secp256k1 r||s||v, accepting v as 0/1 or
// 27/28 and returned with v as 0/1, or an EdDSA public key||R||S, returned as it is.
func DecodeSignature(s string) ([]byte, error) {
	sig, err := hexutilDecode(s)
	if err != nil {
		return nil, fmt.Errorf("%w: signature is not hex: %v", ErrMalformed, err)
	}
	if len(sig) == EdDSASignatureBytes {
		return sig, nil
	}
	if len(sig) != SignatureBytes {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d (%s) or %d (%s)", ErrBadSignature, len(sig), SignatureBytes, SchemeSecp256k1, EdDSASignatureBytes, SchemeEdDSA)
	}
	switch sig[64] {
	case 0, 1:
	case 27, 28:
		sig[64] -= 27
	default:
		return nil, fmt.Errorf("%w: recovery id %d is not 0, 1, 27 or 28", ErrBadSignature, sig[64])
	}
	return sig, nil
}
