package devnet

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
)

// Files and directories inside the data dir.
const (
	KeysFile     = "dev-keys.json" // dev-only keys, mode 0600
	ManifestFile = "devnet.json"
	ProjectsDir  = "projects"
	ArtifactsDir = "artifacts"
	DeviceCount  = 3
)

// Example project IDs.
const (
	SumProjectID     = 1 // wasm, allow-listed dev devices, one task per 8 messages or 500 ms
	SumOpenProjectID = 2 // wasm, open to any device, grouped by device
)

// Keys are the dev-only keys of a devnet. They are made at random on first start.
type Keys struct {
	Owner     *ecdsa.PrivateKey // deploys and owns the contracts and the example projects
	Sequencer *ecdsa.PrivateKey // mints blocks
	Prover    *ecdsa.PrivateKey
	Devices   []*ecdsa.PrivateKey
	// ZKDevices sign with EdDSA on BN254 (message.SchemeEdDSA) for the provenance example.
	ZKDevices []*eddsa.PrivateKey
}

type keysFile struct {
	Warning   string   `json:"warning"`
	Owner     string   `json:"owner,omitempty"`
	Sequencer string   `json:"sequencer,omitempty"`
	Prover    string   `json:"prover"`
	Devices   []string `json:"devices"`
	ZKDevices []string `json:"zkDevices"`
}

// Manifest is devnet.json.
type Manifest struct {
	HTTPURL   string            `json:"httpURL"`
	RPCURL    string            `json:"rpcURL,omitempty"`
	WSURL     string            `json:"wsURL,omitempty"`
	ChainID   uint64            `json:"chainID,omitempty"`
	Contracts *deploy.Addresses `json:"contracts,omitempty"`
	Projects  []ManifestProject `json:"projects"`
	Devices   []ManifestDevice  `json:"devices"` // secp256k1 keys
	// ZKDevices sign with EdDSA on BN254 (message.SchemeEdDSA): the provenance example's devices.
	ZKDevices []ManifestDevice `json:"zkDevices"`
	Provers   []string         `json:"provers"`
	// Accounts are the funded dev accounts with their roles: owner (of the contracts and example
	// projects), sequencer, prover.
	Accounts []ManifestAccount `json:"accounts"`
	Warning  string            `json:"warning"`
}

// ManifestAccount is a funded dev account.
type ManifestAccount struct {
	Role       string `json:"role"`
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"`
}

// ManifestProject describes an example project.
type ManifestProject struct {
	ID         uint64 `json:"id"`
	Name       string `json:"name"`
	Version    string `json:"version"`
	Runtime    string `json:"runtime"`
	SampleData string `json:"sampleData"`
	Devices    string `json:"devices"` // "open" or "allowlist"
	// SignatureScheme is how its devices sign: secp256k1, or eddsa-bn254 (see package message).
	SignatureScheme string `json:"signatureScheme"`
	URI             string `json:"uri"`
	SHA256          string `json:"sha256"`
}

// ManifestDevice is a dev device key.
type ManifestDevice struct {
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"`
	Scheme     string `json:"scheme"`              // secp256k1 or eddsa-bn254
	PublicKey  string `json:"publicKey,omitempty"` // compressed, for eddsa-bn254
}

const devWarning = "dev-only keys made at random for this data dir; never use them for anything of value"

// LoadOrCreateKeys reads the data dir's dev keys, making on first use any that are missing (a data dir
// from before the chain keys gains them, and keeps its others).
func LoadOrCreateKeys(dir string) (*Keys, error) {
	path := filepath.Join(dir, KeysFile)
	var f keysFile
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, err
	default:
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	changed := false
	fill := func(h *string) error {
		if *h != "" {
			return nil
		}
		key, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		*h, changed = hex.EncodeToString(crypto.FromECDSA(key)), true
		return nil
	}
	for _, h := range []*string{&f.Owner, &f.Sequencer, &f.Prover} {
		if err := fill(h); err != nil {
			return nil, err
		}
	}
	for len(f.Devices) < DeviceCount {
		f.Devices = append(f.Devices, "")
		if err := fill(&f.Devices[len(f.Devices)-1]); err != nil {
			return nil, err
		}
	}
	k := &Keys{}
	if k.Owner, err = parseKey(path, "owner", f.Owner); err != nil {
		return nil, err
	}
	if k.Sequencer, err = parseKey(path, "sequencer", f.Sequencer); err != nil {
		return nil, err
	}
	if k.Prover, err = parseKey(path, "prover", f.Prover); err != nil {
		return nil, err
	}
	for i, d := range f.Devices {
		key, err := parseKey(path, fmt.Sprintf("device %d", i), d)
		if err != nil {
			return nil, err
		}
		k.Devices = append(k.Devices, key)
	}
	for len(f.ZKDevices) < DeviceCount {
		h, err := newEdDSAKey()
		if err != nil {
			return nil, err
		}
		f.ZKDevices, changed = append(f.ZKDevices, h), true
	}
	for i, d := range f.ZKDevices {
		key, err := message.ParseEdDSAKey(d)
		if err != nil {
			return nil, fmt.Errorf("%s: zk device %d: %w", path, i, err)
		}
		k.ZKDevices = append(k.ZKDevices, key)
	}
	if changed {
		f.Warning = devWarning
		out, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		if err := atomicfile.Write(path, out, 0o600); err != nil {
			return nil, err
		}
	}
	return k, nil
}

func parseKey(path, name, h string) (*ecdsa.PrivateKey, error) {
	key, err := crypto.HexToECDSA(h)
	if err != nil {
		return nil, fmt.Errorf("%s: %s key: %w", path, name, err)
	}
	return key, nil
}

// DeviceAddresses returns the dev devices' addresses.
func (k *Keys) DeviceAddresses() []common.Address {
	out := make([]common.Address, len(k.Devices))
	for i, d := range k.Devices {
		out[i] = crypto.PubkeyToAddress(d.PublicKey)
	}
	return out
}

// WriteProjects writes the example projects into dir/projects, with the sum program stored as a
// content-addressed artifact, and the gnark examples from their builds (see BuildZK), and returns their
// manifest entries. Project files are rewritten at each start so that they always name the programs
// this binary carries.
func WriteProjects(dir string, sumProgram []byte, keys *Keys, zk []*ZKBuild) ([]ManifestProject, error) {
	// File URIs must be absolute: "file://.w3bstream/..." would name a host.
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	artifacts := filepath.Join(dir, ArtifactsDir)
	sum := project.HashHex(sumProgram)
	wasmPath := filepath.Join(artifacts, sum+".wasm")
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		return nil, err
	}
	if err := atomicfile.Write(wasmPath, sumProgram, 0o644); err != nil {
		return nil, err
	}
	code := []project.Artifact{{Name: "program", URI: "file://" + wasmPath, SHA256: sum}}
	const sample = `{"reading":21}`
	files := map[uint64]project.File{
		SumProjectID: {Name: "sum", Versions: []project.Version{{
			Version: "v1", Runtime: "wasm", Code: code, SampleData: sample,
			Aggregation: project.Aggregation{MaxMessages: 8, MaxWait: project.Duration(500e6), GroupBy: project.GroupByProject},
			Devices:     project.DevicePolicy{Policy: project.DevicesAllowList, Allow: keys.DeviceAddresses()},
		}}},
		SumOpenProjectID: {Name: "sum-per-device", Versions: []project.Version{{
			Version: "v1", Runtime: "wasm", Code: code, SampleData: sample,
			Aggregation: project.Aggregation{MaxMessages: 4, MaxWait: project.Duration(1e9), GroupBy: project.GroupByDevice},
			Devices:     project.DevicePolicy{Policy: project.DevicesOpen},
		}}},
	}
	zkFiles, err := zkFiles(zk, keys)
	if err != nil {
		return nil, err
	}
	maps.Copy(files, zkFiles)
	projects := filepath.Join(dir, ProjectsDir)
	if err := os.MkdirAll(projects, 0o755); err != nil {
		return nil, err
	}
	var out []ManifestProject
	for _, id := range slices.Sorted(maps.Keys(files)) {
		f := files[id]
		if err := f.Validate(); err != nil {
			return nil, fmt.Errorf("example project %d: %w", id, err)
		}
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			return nil, err
		}
		path := filepath.Join(projects, fmt.Sprintf("%d.json", id))
		if err := atomicfile.Write(path, b, 0o644); err != nil {
			return nil, err
		}
		v := f.Versions[0]
		out = append(out, ManifestProject{ID: id, Name: f.Name, Version: v.Version, Runtime: v.Runtime,
			SampleData: v.SampleData, Devices: v.Devices.Policy, SignatureScheme: v.SignatureScheme,
			URI: "file://" + path, SHA256: project.HashHex(b)})
	}
	return out, nil
}

// WriteManifest writes devnet.json; c is nil when the node runs without a chain.
func WriteManifest(dir, httpURL string, c *Chain, projects []ManifestProject, keys *Keys) error {
	m := Manifest{HTTPURL: httpURL, Projects: projects, Warning: devWarning,
		Provers: []string{crypto.PubkeyToAddress(keys.Prover.PublicKey).Hex()}}
	if c != nil {
		m.RPCURL, m.WSURL, m.ChainID, m.Contracts = c.RPCURL(), c.WSURL(), devchain.ChainID, &c.Contracts
	}
	for _, a := range []struct {
		role string
		key  *ecdsa.PrivateKey
	}{{"owner", keys.Owner}, {"sequencer", keys.Sequencer}, {"prover", keys.Prover}} {
		m.Accounts = append(m.Accounts, ManifestAccount{Role: a.role, Address: crypto.PubkeyToAddress(a.key.PublicKey).Hex(),
			PrivateKey: "0x" + hex.EncodeToString(crypto.FromECDSA(a.key))})
	}
	for _, d := range keys.Devices {
		m.Devices = append(m.Devices, ManifestDevice{Address: crypto.PubkeyToAddress(d.PublicKey).Hex(),
			PrivateKey: "0x" + hex.EncodeToString(crypto.FromECDSA(d)), Scheme: message.SchemeSecp256k1})
	}
	for _, d := range keys.ZKDevices {
		m.ZKDevices = append(m.ZKDevices, ManifestDevice{Address: message.EdDSADeviceID(d.PublicKey.Bytes()).Hex(),
			PrivateKey: "0x" + hex.EncodeToString(d.Bytes()), Scheme: message.SchemeEdDSA,
			PublicKey: "0x" + hex.EncodeToString(d.PublicKey.Bytes())})
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, ManifestFile), append(b, '\n'), 0o600)
}

// ReadManifest reads a data dir's devnet.json.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", ManifestFile, err)
	}
	return &m, nil
}
