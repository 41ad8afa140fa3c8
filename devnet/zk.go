package devnet

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
)

// The gnark example projects.
const (
	ProvenanceProjectID = 3 // gnark-groth16: readings signed with EdDSA keys registered on-chain
	StatsProjectID      = 4 // gnark-plonk: count, total and maximum of plain readings
)

// ZKCacheDir returns where the gnark examples are built: a directory under the user's cache shared by
// every data dir (the provenance keys take a while to make), or dir/artifacts/zk when there is no
// user cache.
func ZKCacheDir(dataDir string) string {
	if base, err := os.UserCacheDir(); err == nil {
		return filepath.Join(base, "w3bstream", "zk")
	}
	return filepath.Join(dataDir, ArtifactsDir, "zk")
}

// ZKBuild is a gnark example built for the dev network: its artifacts written by circuit.Build with the
// deterministic, UNSAFE development setup, so that the verifier contracts committed in contracts/src
// verify its proofs.
type ZKBuild struct {
	Example  examples.ZKExample
	Slots    int
	Dir      string
	Manifest *circuit.Manifest
}

// BuildZK builds the example's artifacts into a directory under cacheDir named by the circuit and
// program, or reuses the build found there. Steps and their durations go to progress.
func BuildZK(cacheDir string, ex examples.ZKExample, progress io.Writer) (*ZKBuild, error) {
	if len(ex.Program) == 0 {
		return nil, fmt.Errorf("example %s: its program is not built: run scripts/build-examples.sh", ex.Name)
	}
	logger.Disable() // gnark's compiler logs to stdout; progress goes to progress
	slots := ex.DefaultSlots
	start := time.Now()
	compiled, err := ex.Compile(slots)
	if err != nil {
		return nil, err
	}
	circuitHash, err := compiled.Hash()
	if err != nil {
		return nil, err
	}
	programHash := sha256.Sum256(ex.Program)
	key := sha256.Sum256(append(append([]byte(zkBuildVersion), circuitHash[:]...), programHash[:]...))
	buildDir, err := filepath.Abs(filepath.Join(cacheDir, ex.Name+"-"+hex.EncodeToString(key[:8])))
	if err != nil {
		return nil, err
	}
	b := &ZKBuild{Example: ex, Slots: slots, Dir: buildDir}
	if m, err := readManifest(buildDir); err == nil {
		b.Manifest = m
		return b, nil
	}
	fmt.Fprintf(progress, "building the %s example (%s, %d constraints) with the UNSAFE dev setup; kept for later starts\n",
		ex.Name, ex.Backend, compiled.Stats().Constraints)
	build, err := ex.DevBuild(compiled, slots)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(cacheDir, ex.Name+"-*.tmp") // several nodes may build at once
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	m, err := build.WriteDir(tmp)
	if err != nil {
		return nil, fmt.Errorf("example %s: %w", ex.Name, err)
	}
	// Rename last: a build dir that exists is complete. Another process may have won the race; its
	// build is the same.
	if err := os.Rename(tmp, buildDir); err != nil {
		if m, rerr := readManifest(buildDir); rerr == nil {
			b.Manifest = m
			return b, nil
		}
		return nil, err
	}
	b.Manifest = m
	fmt.Fprintf(progress, "built the %s example in %s\n", ex.Name, time.Since(start).Round(100*time.Millisecond))
	return b, nil
}

const manifestFile = "manifest.json"

// zkBuildVersion names how the cached builds were made: change it whenever the dev setup could make
// other keys for the same circuit, so that no node reuses keys the committed verifiers do not accept.
const zkBuildVersion = "dev-setup mpc-no-contribution gnark v0.16.3\x00"

func readManifest(dir string) (*circuit.Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return nil, err
	}
	var m circuit.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// version is the project version of a build.
func (b *ZKBuild) version(sample string, ag project.Aggregation, devices project.DevicePolicy, scheme string) (project.Version, error) {
	params, err := json.Marshal(map[string]json.RawMessage{"params": b.Example.Params(b.Slots)})
	if err != nil {
		return project.Version{}, err
	}
	v, err := b.Manifest.ProjectVersion(b.Dir, "v1", params)
	if err != nil {
		return project.Version{}, err
	}
	v.SampleData, v.Aggregation, v.Devices, v.SignatureScheme = sample, ag, devices, scheme
	return v, nil
}

// zkFiles are the project files of the gnark examples.
func zkFiles(builds []*ZKBuild, keys *Keys) (map[uint64]project.File, error) {
	files := map[uint64]project.File{}
	for _, b := range builds {
		switch b.Example.Name {
		case "provenance":
			v, err := b.version(assign.Data(1, 1200),
				project.Aggregation{MaxMessages: b.Slots, MaxWait: project.Duration(5 * time.Second), GroupBy: project.GroupByDevice},
				project.DevicePolicy{Policy: project.DevicesAllowList, Allow: keys.ZKDeviceAddresses()}, message.SchemeEdDSA)
			if err != nil {
				return nil, err
			}
			files[ProvenanceProjectID] = project.File{Name: "provenance", Versions: []project.Version{v}}
		case "stats":
			v, err := b.version("42",
				project.Aggregation{MaxMessages: b.Slots, MaxWait: project.Duration(2 * time.Second), GroupBy: project.GroupByProject},
				project.DevicePolicy{Policy: project.DevicesAllowList, Allow: keys.DeviceAddresses()}, message.SchemeSecp256k1)
			if err != nil {
				return nil, err
			}
			files[StatsProjectID] = project.File{Name: "stats", Versions: []project.Version{v}}
		default:
			return nil, fmt.Errorf("no dev project for the %s example", b.Example.Name)
		}
	}
	return files, nil
}

// ZKDeviceAddresses returns the addresses of the dev devices' EdDSA keys.
func (k *Keys) ZKDeviceAddresses() []common.Address {
	out := make([]common.Address, len(k.ZKDevices))
	for i, d := range k.ZKDevices {
		out[i] = message.EdDSADeviceID(d.PublicKey.Bytes())
	}
	return out
}

// ZKDeviceKeys returns the compressed public keys of the dev devices' EdDSA keys: the provenance
// project's device tree.
func (k *Keys) ZKDeviceKeys() [][]byte {
	out := make([][]byte, len(k.ZKDevices))
	for i, d := range k.ZKDevices {
		out[i] = d.PublicKey.Bytes()
	}
	return out
}

// DeviceRoot is the root of the provenance project's device tree over keys.
func DeviceRoot(keys [][]byte) ([32]byte, error) {
	t, err := assign.NewTree(examples.ProvenanceDepth, keys)
	if err != nil {
		return [32]byte{}, err
	}
	root := t.Root()
	return root.Bytes(), nil
}

func newEdDSAKey() (string, error) {
	k, err := eddsa.GenerateKey(rand.Reader)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(k.Bytes()), nil
}

// StaticDeviceKeys serves fixed device keys to provers of a node without a chain.
type StaticDeviceKeys map[uint64][][]byte

// PublicKeys returns the project's keys.
func (s StaticDeviceKeys) PublicKeys(_ context.Context, projectID uint64) ([][]byte, error) {
	return s[projectID], nil
}
