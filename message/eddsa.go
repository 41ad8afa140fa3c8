package message

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signature schemes. A project version says which one its devices use (project.Version.Signature).
//
// SchemeSecp256k1 is the scheme of the original W3bstream API: an ECDSA signature over keccak256 of the
// signing bytes, from which the device's address is recovered.
//
// SchemeEdDSA is EdDSA on the twisted Edwards curve over BN254's scalar field (the curve gnark and
// circom call BabyJubJub), with MiMC as its hash: cheap to verify inside a BN254 circuit, so that a proof
// can cover who signed its inputs. The data of such a message is a JSON array of 1 to MaxDataElements
// field elements (integers below BN254's scalar field modulus), written canonically: decimal JSON numbers
// without leading zeros, no spaces, as in [7,1042]. The device signs the single field element
// MiMC(projectID, VersionElement(projectVersion), e_0, ..., e_k-1). The signature field carries the
// device's compressed public key, then the compressed R and S: EdDSASignatureBytes in all. The device's
// address is the last 20 bytes of keccak256 of its compressed public key.
//
// The canonical form makes the elements and the data one-to-one, so that a device's message is known by
// its key and its digest alone: what a circuit sees of it. Task IDs of this scheme rely on that
// (package task).
const (
	SchemeSecp256k1 = "secp256k1"
	SchemeEdDSA     = "eddsa-bn254"
)

// Sizes of the EdDSA scheme.
const (
	EdDSAPublicKeyBytes = 32
	EdDSASignatureBytes = EdDSAPublicKeyBytes + 64
	// MaxDataElements bounds the field elements of an EdDSA message's data; circuits hash every one.
	MaxDataElements = 16
)

// SchemeOf names the scheme of a stored (decoded) signature by its length.
func SchemeOf(sig []byte) string {
	if len(sig) == EdDSASignatureBytes {
		return SchemeEdDSA
	}
	return SchemeSecp256k1
}

// DataElements parses the data of an EdDSA message: a JSON array of 1 to MaxDataElements integers in
// [0, r), r being BN254's scalar field modulus, written canonically (see SchemeEdDSA).
func DataElements(data string) ([]fr.Element, error) {
	dec := json.NewDecoder(bytes.NewReader([]byte(data)))
	dec.UseNumber()
	var raw []json.RawMessage
	if err := dec.Decode(&raw); err != nil || dec.More() {
		return nil, fmt.Errorf("%w: %s data must be a JSON array of integers", ErrMalformed, SchemeEdDSA)
	}
	if len(raw) == 0 || len(raw) > MaxDataElements {
		return nil, fmt.Errorf("%w: %s data holds %d elements, want 1 to %d", ErrMalformed, SchemeEdDSA, len(raw), MaxDataElements)
	}
	out := make([]fr.Element, len(raw))
	for i, r := range raw {
		n, ok := new(big.Int).SetString(string(r), 10)
		if !ok || n.Sign() < 0 || n.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("%w: %s data element %d (%.40s) is not an integer in [0, r)", ErrMalformed, SchemeEdDSA, i, string(r))
		}
		out[i].SetBigInt(n)
	}
	if canon := CanonicalData(out); canon != data {
		return nil, fmt.Errorf("%w: %s data must be written canonically, as %.60s", ErrMalformed, SchemeEdDSA, canon)
	}
	return out, nil
}

// CanonicalData writes field elements as the data of an EdDSA message: [e_0,e_1,...] in decimal.
func CanonicalData(elems []fr.Element) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := range elems {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(elems[i].String())
	}
	b.WriteByte(']')
	return b.String()
}

// VersionElement is the field element that stands for a project version in EdDSA digests and task IDs:
// keccak256 of the version string, reduced modulo r.
func VersionElement(projectVersion string) fr.Element {
	var e fr.Element
	e.SetBytes(crypto.Keccak256([]byte(projectVersion)))
	return e
}

// EdDSADigest is the field element a device signs under the EdDSA scheme:
// MiMC(projectID, VersionElement(projectVersion), e_0, ...). The project and version bind the reading to
// what it was sent for; circuits recompute it from the elements.
func EdDSADigest(projectID uint64, projectVersion, data string) (fr.Element, error) {
	elems, err := DataElements(data)
	if err != nil {
		return fr.Element{}, err
	}
	var pid fr.Element
	pid.SetUint64(projectID)
	return MiMC(append([]fr.Element{pid, VersionElement(projectVersion)}, elems...)...), nil
}

// EdDSALeaf is MiMC(x, y) of a device's public key: how circuits name a device (the leaf of a project's
// device tree, the device in a task ID). key is the compressed public key.
func EdDSALeaf(key []byte) (fr.Element, error) {
	var pub eddsa.PublicKey
	if _, err := pub.SetBytes(key); err != nil {
		return fr.Element{}, fmt.Errorf("%w: public key: %v", ErrBadSignature, err)
	}
	return MiMC(pub.A.X, pub.A.Y), nil
}

// MiMC hashes field elements with gnark's MiMC over BN254 (Miyaguchi-Preneel), as circuits do with
// std/hash/mimc.
func MiMC(elems ...fr.Element) fr.Element {
	h := mimc.NewMiMC()
	for _, e := range elems {
		b := e.Bytes()
		if _, err := h.Write(b[:]); err != nil {
			panic(fmt.Sprintf("message: MiMC refused a reduced field element: %v", err)) // cannot happen
		}
	}
	var d fr.Element
	d.SetBytes(h.Sum(nil))
	return d
}

// EdDSADeviceID is the address of a device by its compressed EdDSA public key.
func EdDSADeviceID(pub []byte) common.Address {
	return common.BytesToAddress(crypto.Keccak256(pub)[12:])
}

// ParseEdDSAKey reads an EdDSA private key from hex (with or without 0x), as devnet.json lists them.
func ParseEdDSAKey(s string) (*eddsa.PrivateKey, error) {
	b, err := hexutilDecode(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("EdDSA private key: %w", err)
	}
	var k eddsa.PrivateKey
	if _, err := k.SetBytes(b); err != nil {
		return nil, fmt.Errorf("EdDSA private key: %w", err)
	}
	return &k, nil
}

// SignEdDSA signs a message with a device's EdDSA key. data must be a JSON array of field elements.
func SignEdDSA(key *eddsa.PrivateKey, projectID uint64, projectVersion, data string) (Message, error) {
	d, err := EdDSADigest(projectID, projectVersion, data)
	if err != nil {
		return Message{}, err
	}
	db := d.Bytes()
	sig, err := key.Sign(db[:], mimc.NewMiMC())
	if err != nil {
		return Message{}, err
	}
	full := append(key.PublicKey.Bytes(), sig...)
	return Message{ProjectID: projectID, ProjectVersion: projectVersion, Data: data, Signature: hexutilEncode(full)}, nil
}

// verifyEdDSA checks an EdDSA signature (public key || R || S) over the message and returns the device.
func verifyEdDSA(sig []byte, projectID uint64, projectVersion, data string) (common.Address, error) {
	if len(sig) != EdDSASignatureBytes {
		return common.Address{}, fmt.Errorf("%w: %s signature is %d bytes, want %d", ErrBadSignature, SchemeEdDSA, len(sig), EdDSASignatureBytes)
	}
	d, err := EdDSADigest(projectID, projectVersion, data)
	if err != nil {
		return common.Address{}, err
	}
	var pub eddsa.PublicKey
	if _, err := pub.SetBytes(sig[:EdDSAPublicKeyBytes]); err != nil {
		return common.Address{}, fmt.Errorf("%w: public key: %v", ErrBadSignature, err)
	}
	db := d.Bytes()
	ok, err := pub.Verify(sig[EdDSAPublicKeyBytes:], db[:], mimc.NewMiMC())
	if err != nil || !ok {
		return common.Address{}, fmt.Errorf("%w: %s signature does not verify", ErrBadSignature, SchemeEdDSA)
	}
	return EdDSADeviceID(sig[:EdDSAPublicKeyBytes]), nil
}
