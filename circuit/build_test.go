package circuit

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"

	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// TestBuildWriteDir writes a build, makes a project version of it, fetches its artifacts as a node would,
// and proves with what it fetched.
func TestBuildWriteDir(t *testing.T) {
	for _, b := range backends {
		t.Run(string(b), func(t *testing.T) {
			build := devBuild(t, b, "CubicVerifier")
			build.Program = []byte("\x00asm\x01\x00\x00\x00")
			dir := filepath.Join(t.TempDir(), "build")
			m, err := build.WriteDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !m.Unsafe || m.Setup != SetupDev || m.Backend != b || m.PublicInputs != 1 || m.Constraints == 0 {
				t.Errorf("manifest %+v", m)
			}
			var onDisk Manifest
			data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &onDisk); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(`"unsafe": true`)) || len(onDisk.Artifacts) != 5 {
				t.Errorf("manifest.json:\n%s", data)
			}
			sol, err := os.ReadFile(filepath.Join(dir, "CubicVerifier.sol"))
			if err != nil || project.HashHex(sol) != m.Verifier.SHA256 {
				t.Errorf("CubicVerifier.sol: %v, or its hash is not the manifest's", err)
			}

			v, err := m.ProjectVersion(dir, "1", json.RawMessage(`{"params":{}}`))
			if err != nil {
				t.Fatal(err)
			}
			f := &project.File{Name: "cubic", Versions: []project.Version{v}}
			if err := f.Validate(); err != nil {
				t.Fatalf("project file: %v", err)
			}
			fetcher := project.NewFetcher("")
			arts := map[string][]byte{}
			for _, a := range v.Code {
				if arts[a.Name], err = fetcher.Fetch(context.Background(), a.URI, a.SHA256); err != nil {
					t.Fatalf("fetch %s: %v", a.Name, err)
				}
			}
			if !bytes.Equal(arts[gnark.ProgramArtifact], build.Program) {
				t.Error("the program artifact is not the build's program")
			}
			proveFetched(t, b, arts)
		})
	}
}

// proveFetched decodes the artifacts as the runtime does and proves with them.
func proveFetched(t *testing.T, b gnark.Backend, arts map[string][]byte) {
	t.Helper()
	ccs, err := b.DecodeCircuit(arts[gnark.CircuitArtifact])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gnark.DecodeSchema(arts[gnark.SchemaArtifact]); err != nil {
		t.Fatal(err)
	}
	vk, err := b.DecodeVerifyingKey(arts[gnark.VerifyingKeyArtifact])
	if err != nil {
		t.Fatal(err)
	}
	keys := &Keys{Backend: b, VerifyingKey: vk.(VerifyingKey)}
	if b == gnark.Groth16 {
		pk := groth16.NewProvingKey(gnark.Curve)
		if _, err := pk.UnsafeReadFrom(bytes.NewReader(arts[gnark.ProvingKeyArtifact])); err != nil {
			t.Fatal(err)
		}
		keys.ProvingKey = pk
	} else {
		pk := plonk.NewProvingKey(gnark.Curve)
		if _, err := pk.UnsafeReadFrom(bytes.NewReader(arts[gnark.ProvingKeyArtifact])); err != nil {
			t.Fatal(err)
		}
		keys.ProvingKey = pk
	}
	proveCubic(t, &Compiled{Backend: b, CS: ccs}, keys, true)
}

func TestFileArtifact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "program with space.wasm")
	if err := os.WriteFile(path, []byte("program"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := FileArtifact(gnark.ProgramArtifact, path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := project.NewFetcher("").Fetch(context.Background(), a.URI, a.SHA256)
	if err != nil || string(got) != "program" {
		t.Errorf("fetch %s: %q, %v", a.URI, got, err)
	}
}
