package devnet

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
	Prover  *ecdsa.PrivateKey
	Devices []*ecdsa.PrivateKey
}

type keysFile struct {
	Warning string   `json:"warning"`
	Prover  string   `json:"prover"`
	Devices []string `json:"devices"`
}

// Manifest is devnet.json.
type Manifest struct {
	HTTPURL  string            `json:"httpURL"`
	Projects []ManifestProject `json:"projects"`
	Devices  []ManifestDevice  `json:"devices"`
	Provers  []string          `json:"provers"`
	Warning  string            `json:"warning"`
}

// ManifestProject describes an example project.
type ManifestProject struct {
	ID         uint64 `json:"id"`
	Name       string `json:"name"`
	Version    string `json:"version"`
	Runtime    string `json:"runtime"`
	SampleData string `json:"sampleData"`
	Devices    string `json:"devices"` // "open" or "allowlist"
	URI        string `json:"uri"`
	SHA256     string `json:"sha256"`
}

// ManifestDevice is a dev device key.
type ManifestDevice struct {
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"`
}

const devWarning = "dev-only keys made at random for this data dir; never use them for anything of value"

// LoadOrCreateKeys reads the data dir's dev keys, making them on first use.
func LoadOrCreateKeys(dir string) (*Keys, error) {
	path := filepath.Join(dir, KeysFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return createKeys(path)
	}
	if err != nil {
		return nil, err
	}
	var f keysFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	k := &Keys{}
	if k.Prover, err = crypto.HexToECDSA(f.Prover); err != nil {
		return nil, fmt.Errorf("%s: prover key: %w", path, err)
	}
	for i, d := range f.Devices {
		key, err := crypto.HexToECDSA(d)
		if err != nil {
			return nil, fmt.Errorf("%s: device key %d: %w", path, i, err)
		}
		k.Devices = append(k.Devices, key)
	}
	return k, nil
}

func createKeys(path string) (*Keys, error) {
	k := &Keys{}
	f := keysFile{Warning: devWarning}
	var err error
	if k.Prover, err = crypto.GenerateKey(); err != nil {
		return nil, err
	}
	f.Prover = hex.EncodeToString(crypto.FromECDSA(k.Prover))
	for range DeviceCount {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		k.Devices = append(k.Devices, key)
		f.Devices = append(f.Devices, hex.EncodeToString(crypto.FromECDSA(key)))
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := writeFile(path, b, 0o600); err != nil {
		return nil, err
	}
	return k, nil
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
// content-addressed artifact, and returns their manifest entries. Project files are rewritten at each
// start so that they always name the program this binary carries.
func WriteProjects(dir string, sumProgram []byte, keys *Keys) ([]ManifestProject, error) {
	artifacts, err := filepath.Abs(filepath.Join(dir, ArtifactsDir))
	if err != nil {
		return nil, err
	}
	sum := project.HashHex(sumProgram)
	wasmPath := filepath.Join(artifacts, sum+".wasm")
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		return nil, err
	}
	if err := writeFile(wasmPath, sumProgram, 0o644); err != nil {
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
	projects := filepath.Join(dir, ProjectsDir)
	if err := os.MkdirAll(projects, 0o755); err != nil {
		return nil, err
	}
	var out []ManifestProject
	for _, id := range []uint64{SumProjectID, SumOpenProjectID} {
		f := files[id]
		if err := f.Validate(); err != nil {
			return nil, fmt.Errorf("example project %d: %w", id, err)
		}
		b, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			return nil, err
		}
		path := filepath.Join(projects, fmt.Sprintf("%d.json", id))
		if err := writeFile(path, b, 0o644); err != nil {
			return nil, err
		}
		v := f.Versions[0]
		out = append(out, ManifestProject{ID: id, Name: f.Name, Version: v.Version, Runtime: v.Runtime,
			SampleData: v.SampleData, Devices: v.Devices.Policy, URI: "file://" + path, SHA256: project.HashHex(b)})
	}
	return out, nil
}

// WriteManifest writes devnet.json.
func WriteManifest(dir, httpURL string, projects []ManifestProject, keys *Keys) error {
	m := Manifest{HTTPURL: httpURL, Projects: projects, Warning: devWarning,
		Provers: []string{crypto.PubkeyToAddress(keys.Prover.PublicKey).Hex()}}
	for _, d := range keys.Devices {
		m.Devices = append(m.Devices, ManifestDevice{Address: crypto.PubkeyToAddress(d.PublicKey).Hex(),
			PrivateKey: "0x" + hex.EncodeToString(crypto.FromECDSA(d))})
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, ManifestFile), append(b, '\n'), 0o600)
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

// writeFile writes through a temporary file and a rename, so a crash never leaves half a file.
func writeFile(path string, b []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, mode); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
