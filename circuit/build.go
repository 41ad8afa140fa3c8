package circuit

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// Names a build writes.
const (
	ManifestFile        = "manifest.json"
	DefaultContractName = "Verifier"
)

// artifactOrder is the order of a version's artifacts in a manifest and a project file.
var artifactOrder = []string{
	gnark.CircuitArtifact, gnark.ProvingKeyArtifact, gnark.VerifyingKeyArtifact, gnark.SchemaArtifact, gnark.ProgramArtifact,
}

// artifactFiles are the file names of the artifacts in a build's directory.
var artifactFiles = map[string]string{
	gnark.CircuitArtifact:      "circuit.bin",
	gnark.ProvingKeyArtifact:   "provingKey.bin",
	gnark.VerifyingKeyArtifact: "verifyingKey.bin",
	gnark.SchemaArtifact:       "schema.json",
	gnark.ProgramArtifact:      "program.wasm",
}

// Build is what a gnark project version needs: a compiled circuit, its keys, and the program that
// computes its assignment.
type Build struct {
	Circuit      string // what the circuit is, in words; written into the manifest and the verifier's header
	Compiled     *Compiled
	Keys         *Keys
	ContractName string // of the verifier contract; DefaultContractName when empty
	Program      []byte // the program artifact, when the caller has one
}

// Manifest records what a build wrote and how its keys were made.
type Manifest struct {
	Circuit      string        `json:"circuit"`
	Backend      gnark.Backend `json:"backend"`
	Curve        string        `json:"curve"`
	Setup        SetupKind     `json:"setup"`
	Unsafe       bool          `json:"unsafe"` // anyone can forge proofs for the keys
	Constraints  int           `json:"constraints"`
	PublicInputs int           `json:"publicInputs"`
	SecretInputs int           `json:"secretInputs"`
	Verifier     VerifierFile  `json:"verifier"`
	Artifacts    []FileEntry   `json:"artifacts"`
	Transcript   *Transcript   `json:"transcript,omitempty"`
}

// FileEntry is one artifact a build wrote.
type FileEntry struct {
	Name   string `json:"name"` // the artifact's name in a project version
	File   string `json:"file"` // relative to the build's directory
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
}

// VerifierFile is the Solidity verifier a build wrote.
type VerifierFile struct {
	Contract string `json:"contract"`
	File     string `json:"file"`
	SHA256   string `json:"sha256"`
}

// Artifacts returns the version's artifacts by name: circuit, provingKey, verifyingKey, schema, and
// program when the build has one.
func (b *Build) Artifacts() (map[string][]byte, error) {
	if b.Compiled == nil || b.Keys == nil {
		return nil, errors.New("circuit: a build needs a compiled circuit and its keys")
	}
	if b.Compiled.Backend != b.Keys.Backend {
		return nil, fmt.Errorf("circuit: %s circuit with %s keys", b.Compiled.Backend, b.Keys.Backend)
	}
	if b.Compiled.Schema == nil {
		return nil, errors.New("circuit: a build needs the circuit's schema: compile the circuit from its Go definition")
	}
	if err := gnark.CheckKeyBinds(b.Keys.VerifyingKey); err != nil {
		return nil, fmt.Errorf("circuit: %w", err)
	}
	out := map[string][]byte{}
	var err error
	if out[gnark.CircuitArtifact], err = b.Compiled.Encode(); err != nil {
		return nil, err
	}
	if out[gnark.ProvingKeyArtifact], err = gnark.EncodeProvingKey(b.Keys.ProvingKey); err != nil {
		return nil, fmt.Errorf("circuit: encode proving key: %w", err)
	}
	if out[gnark.VerifyingKeyArtifact], err = gnark.EncodeVerifyingKey(b.Keys.VerifyingKey); err != nil {
		return nil, fmt.Errorf("circuit: encode verifying key: %w", err)
	}
	if out[gnark.SchemaArtifact], err = gnark.EncodeSchema(b.Compiled.Schema); err != nil {
		return nil, fmt.Errorf("circuit: encode schema: %w", err)
	}
	if len(b.Program) > 0 {
		out[gnark.ProgramArtifact] = b.Program
	}
	return out, nil
}

// Solidity returns the verifier contract of the build's keys, with a header that says what it verifies
// and how its keys were made (UNSAFE for the development setup).
func (b *Build) Solidity() ([]byte, error) {
	vk, err := gnark.EncodeVerifyingKey(b.Keys.VerifyingKey)
	if err != nil {
		return nil, fmt.Errorf("circuit: encode verifying key: %w", err)
	}
	return ExportSolidity(b.Keys.Backend, b.Keys.VerifyingKey, b.contractName(), b.solidityHeader(project.HashHex(vk))...)
}

func (b *Build) solidityHeader(vkHash string) []string {
	st := b.Compiled.Stats()
	lines := []string{
		"Code generated from a gnark verifying key by w3bstream's circuit package. DO NOT EDIT.",
		"",
		fmt.Sprintf("%s verifies %s proofs (BN254) of the circuit: %s.", b.contractName(), b.Keys.Backend, b.Circuit),
		fmt.Sprintf("Constraints: %s; public inputs: %d; verifying key sha256 %s.", numfmt.Thousands(st.Constraints), st.Public, vkHash),
	}
	switch t := b.Keys.Transcript; {
	case b.Keys.Unsafe():
		lines = append(lines,
			"",
			"UNSAFE: the keys come from the deterministic development setup, whose secret is public: anyone",
			"can make proofs this contract accepts. For development only; never deploy it where proofs matter.")
	case t != nil:
		lines = append(lines,
			fmt.Sprintf("Setup: multi-party ceremony; sealed phase 1 sha256 %s (%d contributions),", t.SRS, t.Phase1Contributions),
			fmt.Sprintf("%d phase 2 contributions, phase 2 beacon %s.", len(t.Phase2), t.Phase2Beacon))
	}
	return lines
}

func (b *Build) contractName() string {
	if b.ContractName == "" {
		return DefaultContractName
	}
	return b.ContractName
}

// WriteDir writes the build into dir (made if missing): each artifact, the verifier contract as
// <ContractName>.sol, and the manifest, which it returns. Files of an earlier build are replaced.
func (b *Build) WriteDir(dir string) (*Manifest, error) {
	arts, err := b.Artifacts()
	if err != nil {
		return nil, err
	}
	sol, err := b.Solidity()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("circuit: %w", err)
	}
	st := b.Compiled.Stats()
	m := &Manifest{
		Circuit:      b.Circuit,
		Backend:      b.Keys.Backend,
		Curve:        gnark.Curve.String(),
		Setup:        b.Keys.Setup,
		Unsafe:       b.Keys.Unsafe(),
		Constraints:  st.Constraints,
		PublicInputs: st.Public,
		SecretInputs: st.Secret,
		Verifier:     VerifierFile{Contract: b.contractName(), File: b.contractName() + ".sol", SHA256: project.HashHex(sol)},
		Transcript:   b.Keys.Transcript,
	}
	for _, name := range artifactOrder {
		data, ok := arts[name]
		if !ok {
			continue
		}
		e := FileEntry{Name: name, File: artifactFiles[name], SHA256: project.HashHex(data), Bytes: len(data)}
		if err := writeFileAtomic(filepath.Join(dir, e.File), data); err != nil {
			return nil, err
		}
		m.Artifacts = append(m.Artifacts, e)
	}
	if err := writeFileAtomic(filepath.Join(dir, m.Verifier.File), sol); err != nil {
		return nil, err
	}
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(dir, ManifestFile), append(js, '\n')); err != nil {
		return nil, err
	}
	return m, nil
}

// Code returns the artifacts of the manifest as a project version lists them: file:// URIs of the files
// under dir, where WriteDir wrote them, and their sha256.
func (m *Manifest) Code(dir string) ([]project.Artifact, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("circuit: %w", err)
	}
	code := make([]project.Artifact, 0, len(m.Artifacts))
	for _, e := range m.Artifacts {
		code = append(code, project.Artifact{Name: e.Name, URI: fileURI(filepath.Join(abs, e.File)), SHA256: e.SHA256})
	}
	return code, nil
}

// ProjectVersion returns a project version that runs the build: the backend's runtime, the artifacts of
// Code, and config. Aggregation and devices are left for the caller to set (Validate fills defaults).
func (m *Manifest) ProjectVersion(dir, version string, config json.RawMessage) (project.Version, error) {
	code, err := m.Code(dir)
	if err != nil {
		return project.Version{}, err
	}
	return project.Version{Version: version, Runtime: string(m.Backend), Code: code, Config: config}, nil
}

// FileArtifact returns the project artifact name of the file at path (such as a program built
// elsewhere): its file:// URI and sha256.
func FileArtifact(name, path string) (project.Artifact, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return project.Artifact{}, fmt.Errorf("circuit: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return project.Artifact{}, fmt.Errorf("circuit: %w", err)
	}
	return project.Artifact{Name: name, URI: fileURI(abs), SHA256: project.HashHex(data)}, nil
}

func fileURI(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// writeFileAtomic writes data to path whole or not at all.
func writeFileAtomic(path string, data []byte) error {
	if err := atomicfile.Write(path, data, 0o644); err != nil {
		return fmt.Errorf("circuit: %w", err)
	}
	return nil
}
