package gnark_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/frontend/schema"
	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/test/unsafekzg"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
)

// slots is the reference circuit's number of message slots, as in testdata/prog.
const slots = 8

// refCircuit is the reference circuit: the order-weighted sum of the first Count of the secret slots X,
// bound to the project and the task (its ID in two 128-bit halves).
type refCircuit struct {
	X           [slots]frontend.Variable
	ProjectID   frontend.Variable `gnark:",public"`
	TaskHi      frontend.Variable `gnark:",public"`
	TaskLo      frontend.Variable `gnark:",public"`
	Count       frontend.Variable `gnark:",public"`
	WeightedSum frontend.Variable `gnark:",public"`
}

func (c *refCircuit) Define(api frontend.API) error {
	api.ToBinary(c.ProjectID, 64)
	api.ToBinary(c.TaskHi, 128)
	api.ToBinary(c.TaskLo, 128)
	// counted becomes 1 at slot Count and stays 1: slot i is active while it is 0.
	counted := frontend.Variable(0)
	sum := frontend.Variable(0)
	for i := range slots {
		counted = api.Add(counted, api.IsZero(api.Sub(c.Count, i)))
		active := api.Sub(1, counted)
		sum = api.Add(sum, api.Mul(active, i+1, c.X[i]))
	}
	counted = api.Add(counted, api.IsZero(api.Sub(c.Count, slots)))
	api.AssertIsEqual(counted, 1) // Count is in 0..slots
	api.AssertIsEqual(sum, c.WeightedSum)
	return nil
}

// cacheDir is a wazero compilation cache kept between runs, as in the wasm runtime's tests.
var cacheDir string

func TestMain(m *testing.M) {
	logger.Disable()
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	cacheDir = filepath.Join(base, "w3bstream", "wazero-test-gnark")
	os.Exit(m.Run())
}

var (
	progOnce sync.Once
	prog     []byte
)

// testProgram returns the reference program of testdata/prog.
func testProgram(t testing.TB) []byte {
	t.Helper()
	progOnce.Do(func() { prog = wasmbuild.Build(t, "testdata/prog") })
	if prog == nil {
		t.Fatal("test program did not build")
	}
	return prog
}

// fixture is the reference circuit set up for one backend, as a project version's artifacts.
type fixture struct {
	backend   gnark.Backend
	artifacts map[string]runtime.Artifact
	vk        []byte
	schema    []byte
	strangeVK []byte // the verifying key of another setup of the circuit
}

var fixtures = map[gnark.Backend]func() (*fixture, error){
	gnark.Groth16: sync.OnceValues(func() (*fixture, error) { return setup(gnark.Groth16, &refCircuit{}) }),
	gnark.Plonk:   sync.OnceValues(func() (*fixture, error) { return setup(gnark.Plonk, &refCircuit{}) }),
}

// smallFixtures are another circuit's versions, whose keys do not fit the reference circuit.
var smallFixtures = map[gnark.Backend]func() (*fixture, error){
	gnark.Groth16: sync.OnceValues(func() (*fixture, error) { return setup(gnark.Groth16, &smallCircuit{}) }),
	gnark.Plonk:   sync.OnceValues(func() (*fixture, error) { return setup(gnark.Plonk, &smallCircuit{}) }),
}

// refFixture returns the reference version of backend b, set up once per test binary.
func refFixture(t testing.TB, b gnark.Backend) *fixture {
	t.Helper()
	f, err := fixtures[b]()
	if err != nil {
		t.Fatalf("set up %s: %v", b, err)
	}
	f.artifacts[gnark.ProgramArtifact] = runtimetest.NewArtifact(testProgram(t))
	return f
}

// setup compiles circuit for backend b, runs a test setup (not a ceremony) and encodes the artifacts;
// the program is added by refFixture.
func setup(b gnark.Backend, circuit frontend.Circuit) (*fixture, error) {
	var builder frontend.NewBuilder = r1cs.NewBuilder
	if b == gnark.Plonk {
		builder = scs.NewBuilder
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), builder, circuit)
	if err != nil {
		return nil, fmt.Errorf("compile: %w", err)
	}
	pkBytes, vkBytes, err := setupKeys(b, ccs, "reference")
	if err != nil {
		return nil, err
	}
	_, strangeVK, err := setupKeys(b, ccs, "another")
	if err != nil {
		return nil, err
	}
	circuitBytes, schemaBytes, err := encodeCircuit(ccs, circuit)
	if err != nil {
		return nil, err
	}
	return &fixture{
		backend: b,
		artifacts: map[string]runtime.Artifact{
			gnark.CircuitArtifact:      runtimetest.NewArtifact(circuitBytes),
			gnark.ProvingKeyArtifact:   runtimetest.NewArtifact(pkBytes),
			gnark.VerifyingKeyArtifact: runtimetest.NewArtifact(vkBytes),
			gnark.SchemaArtifact:       runtimetest.NewArtifact(schemaBytes),
		},
		vk:        vkBytes,
		schema:    schemaBytes,
		strangeVK: strangeVK,
	}, nil
}

// setupKeys runs a setup of ccs and encodes its keys; a PLONK setup's toxic waste comes from seed, a
// Groth16 one's is random.
func setupKeys(b gnark.Backend, ccs constraint.ConstraintSystem, seed string) (pk, vk []byte, err error) {
	if b == gnark.Plonk {
		srs, lagrange, err := unsafekzg.NewSRS(ccs, unsafekzg.WithToxicSeed([]byte(seed)))
		if err != nil {
			return nil, nil, fmt.Errorf("srs: %w", err)
		}
		pk, vk, err := plonk.Setup(ccs, srs, lagrange)
		if err != nil {
			return nil, nil, fmt.Errorf("setup: %w", err)
		}
		return encodeKeys(pk, vk)
	}
	gpk, gvk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, fmt.Errorf("setup: %w", err)
	}
	return encodeKeys(gpk, gvk)
}

func encodeKeys(pk interface {
	WriteRawTo(w io.Writer) (int64, error)
}, vk io.WriterTo) ([]byte, []byte, error) {
	pkBytes, err := gnark.EncodeProvingKey(pk)
	if err != nil {
		return nil, nil, fmt.Errorf("encode proving key: %w", err)
	}
	vkBytes, err := gnark.EncodeVerifyingKey(vk)
	if err != nil {
		return nil, nil, fmt.Errorf("encode verifying key: %w", err)
	}
	return pkBytes, vkBytes, nil
}

func encodeCircuit(ccs constraint.ConstraintSystem, circuit frontend.Circuit) ([]byte, []byte, error) {
	circuitBytes, err := gnark.EncodeCircuit(ccs)
	if err != nil {
		return nil, nil, fmt.Errorf("encode circuit: %w", err)
	}
	s, err := schema.New(ecc.BN254.ScalarField(), circuit, reflect.TypeFor[frontend.Variable]())
	if err != nil {
		return nil, nil, fmt.Errorf("schema: %w", err)
	}
	schemaBytes, err := gnark.EncodeSchema(s)
	if err != nil {
		return nil, nil, fmt.Errorf("encode schema: %w", err)
	}
	return circuitBytes, schemaBytes, nil
}

// newRuntime returns a runtime of backend b over a fresh wasm runtime; both are closed with the test.
func newRuntime(t testing.TB, b gnark.Backend, opts ...gnark.Option) (*gnark.Runtime, *wasm.Runtime) {
	t.Helper()
	programs, err := wasm.New(wasm.WithCompilationCacheDir(cacheDir))
	if err != nil {
		t.Fatalf("wasm.New: %v", err)
	}
	rt, err := gnark.New(b, programs, opts...)
	if err != nil {
		programs.Close()
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := rt.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		if err := programs.Close(); err != nil {
			t.Errorf("wasm Close: %v", err)
		}
	})
	return rt, programs
}

// job is a job of the reference version of f with one message per data.
func (f *fixture) job(config string, data ...string) runtime.Job {
	job := runtime.Job{
		ProjectID:      42,
		ProjectVersion: "v1",
		TaskID:         sha256.Sum256([]byte("task " + strings.Join(data, ","))),
		Artifacts:      cloneArtifacts(f.artifacts),
		Config:         json.RawMessage(config),
	}
	for i, d := range data {
		job.Messages = append(job.Messages, runtime.Message{Data: d, ID: [32]byte{byte(i)}})
	}
	return job
}

func cloneArtifacts(m map[string]runtime.Artifact) map[string]runtime.Artifact {
	c := make(map[string]runtime.Artifact, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// expect is the reference program's output for job: the count and the order-weighted sum of the data.
func expect(job runtime.Job) (any, error) {
	if len(job.Messages) > slots {
		return nil, runtime.ErrProgram
	}
	var sum int64
	for i, m := range job.Messages {
		v, err := strconv.ParseInt(m.Data, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("reference data %q: %w", m.Data, err)
		}
		sum += int64(i+1) * v
	}
	return map[string]any{"count": len(job.Messages), "weightedSum": strconv.FormatInt(sum, 10)}, nil
}

// publicInputs are the reference circuit's public inputs for job, as Result.PublicInputs encodes them.
func publicInputs(job runtime.Job) []byte {
	out, _ := expect(job)
	sum, _ := new(big.Int).SetString(out.(map[string]any)["weightedSum"].(string), 10)
	var b []byte
	for _, v := range []*big.Int{
		new(big.Int).SetUint64(job.ProjectID),
		new(big.Int).SetBytes(job.TaskID[:16]),
		new(big.Int).SetBytes(job.TaskID[16:]),
		big.NewInt(int64(len(job.Messages))),
		sum,
	} {
		b = append(b, v.FillBytes(make([]byte, 32))...)
	}
	return b
}

func TestConformance(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		t.Run(string(b), func(t *testing.T) {
			f := refFixture(t, b)
			rt, _ := newRuntime(t, b)
			other := refFixture(t, otherBackend(b))
			small, err := smallFixtures[b]()
			if err != nil {
				t.Fatalf("set up another circuit: %v", err)
			}
			runtimetest.Run(t, rt, runtimetest.Case{
				Artifacts: f.artifacts,
				Data:      func(i int) string { return strconv.Itoa(7*i + 3) },
				Expect:    expect,
				Verify: func(job runtime.Job, res runtime.Result) error {
					if want := publicInputs(job); !bytes.Equal(res.PublicInputs, want) {
						return fmt.Errorf("public inputs\n got %x\nwant %x", res.PublicInputs, want)
					}
					return gnark.Verify(b, f.vk, res.Proof, res.PublicInputs)
				},
				Endless: []string{"spin"},
				BadJobs: []runtimetest.BadJob{
					{Name: "UnknownConfig", Edit: setConfig(`{"fuel":1}`), Want: runtime.ErrBadJob},
					{Name: "ConfigNotObject", Edit: setConfig(`[1]`), Want: runtime.ErrBadJob},
					{Name: "TooManyMessages", Edit: func(j *runtime.Job) {
						for range slots {
							j.Messages = append(j.Messages, runtime.Message{Data: "1"})
						}
					}, Want: runtime.ErrProgram},
					{Name: "BadData", Edit: func(j *runtime.Job) { j.Messages[0].Data = "x" }, Want: runtime.ErrProgram},
					{Name: "Unsatisfied", Edit: setConfig(`{"params":{"mode":"cheat"}}`), Want: runtime.ErrProgram},
					{Name: "OtherBackendsKeys", Edit: func(j *runtime.Job) {
						j.Artifacts[gnark.ProvingKeyArtifact] = other.artifacts[gnark.ProvingKeyArtifact]
						j.Artifacts[gnark.VerifyingKeyArtifact] = other.artifacts[gnark.VerifyingKeyArtifact]
					}, Want: runtime.ErrBadJob},
					{Name: "KeysOfAnotherSetup", Edit: func(j *runtime.Job) {
						j.Artifacts[gnark.VerifyingKeyArtifact] = runtimetest.NewArtifact(f.strangeVK)
					}, Want: runtime.ErrBadJob},
					{Name: "OtherCircuitsSchema", Edit: func(j *runtime.Job) {
						j.Artifacts[gnark.SchemaArtifact] = small.artifacts[gnark.SchemaArtifact]
					}, Want: runtime.ErrBadJob},
					{Name: "OtherCircuitsProvingKey", Edit: func(j *runtime.Job) {
						j.Artifacts[gnark.ProvingKeyArtifact] = small.artifacts[gnark.ProvingKeyArtifact]
					}, Want: runtime.ErrBadJob},
					{Name: "CircuitStatesAHugeBody", Edit: func(j *runtime.Job) {
						// The encoding's first word is the body's length, which gnark would allocate.
						data := bytes.Clone(j.Artifacts[gnark.CircuitArtifact].Bytes)
						binary.LittleEndian.PutUint64(data, 1<<40)
						j.Artifacts[gnark.CircuitArtifact] = runtimetest.NewArtifact(data)
					}, Want: runtime.ErrBadJob},
					{Name: "OtherCircuitsVersion", Edit: func(j *runtime.Job) {
						for _, name := range []string{gnark.CircuitArtifact, gnark.ProvingKeyArtifact, gnark.VerifyingKeyArtifact, gnark.SchemaArtifact} {
							j.Artifacts[name] = small.artifacts[name]
						}
					}, Want: runtime.ErrProgram}, // the reference program's assignment does not fit it
				},
			})
		})
	}
}

func otherBackend(b gnark.Backend) gnark.Backend {
	if b == gnark.Plonk {
		return gnark.Groth16
	}
	return gnark.Plonk
}

func setConfig(config string) func(*runtime.Job) {
	return func(j *runtime.Job) { j.Config = json.RawMessage(config) }
}

// smallCircuit is another circuit, whose schema does not fit the reference circuit.
type smallCircuit struct {
	A frontend.Variable
	B frontend.Variable `gnark:",public"`
}

func (c *smallCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.A), c.B)
	return nil
}

// TestProgramFailures checks that a program whose assignment is wrong fails the job as the program's
// fault, with a message that says what is wrong.
func TestProgramFailures(t *testing.T) {
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		t.Run(string(b), func(t *testing.T) {
			f := refFixture(t, b)
			rt, _ := newRuntime(t, b)
			tests := []struct {
				name, mode, detail string
			}{
				{"Unsatisfied", "cheat", "does not satisfy the circuit"},
				{"UnknownField", "unknownField", `unknown field "Bogus"`},
				{"MissingSecret", "missingSecret", "missing secret value X_0"},
				{"NoOutput", "noOutput", `no "output"`},
			}
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					job := f.job(`{"params":{"mode":"`+tc.mode+`"}}`, "5", "6")
					_, err := rt.Prove(context.Background(), job)
					if !errors.Is(err, runtime.ErrProgram) {
						t.Fatalf("Prove error = %v, want ErrProgram", err)
					}
					if !strings.Contains(err.Error(), tc.detail) {
						t.Fatalf("Prove error %q does not mention %q", err, tc.detail)
					}
					t.Log(err)
				})
			}
		})
	}
}

// TestProgramInput checks the config forms a version may give (absent, null, empty, params of any shape)
// and that trailing data is refused. What reaches the program's stdin is pinned by TestProgramABI.
func TestProgramInput(t *testing.T) {
	f := refFixture(t, gnark.Groth16)
	rt, _ := newRuntime(t, gnark.Groth16)
	for _, config := range []string{"", "null", " {} ", `{"params":null}`, `{"params":{"mode":"none","extra":[1,2]}}`} {
		if _, err := rt.Prove(context.Background(), f.job(config, "1")); err != nil {
			t.Errorf("config %q: %v", config, err)
		}
	}
	if _, err := rt.Prove(context.Background(), f.job(`{"params":1} {}`, "1")); !errors.Is(err, runtime.ErrBadJob) {
		t.Errorf("config with trailing data: %v, want ErrBadJob", err)
	}
}

func TestCache(t *testing.T) {
	ctx := context.Background()
	f := refFixture(t, gnark.Groth16)

	t.Run("Reuse", func(t *testing.T) {
		rt, programs := newRuntime(t, gnark.Groth16)
		for range 3 {
			if _, err := rt.Prove(ctx, f.job("", "1", "2")); err != nil {
				t.Fatalf("Prove: %v", err)
			}
		}
		if s := rt.Stats(); s.Loads != 1 || s.Proofs != 3 {
			t.Fatalf("stats %+v, want 1 load and 3 proofs", s)
		}
		if n := programs.Compiles(); n != 1 {
			t.Fatalf("program compiled %d times, want 1", n)
		}
	})

	t.Run("Prepare", func(t *testing.T) {
		rt, programs := newRuntime(t, gnark.Groth16)
		job := f.job("", "4")
		if err := rt.Prepare(ctx, job.Artifacts, job.Config); err != nil {
			t.Fatalf("Prepare: %v", err)
		}
		if s := rt.Stats(); s.Loads != 1 || programs.Compiles() != 1 {
			t.Fatalf("after Prepare: %d loads, %d compiles, want 1 and 1", s.Loads, programs.Compiles())
		}
		if _, err := rt.Prove(ctx, job); err != nil {
			t.Fatalf("Prove: %v", err)
		}
		if s := rt.Stats(); s.Loads != 1 || programs.Compiles() != 1 {
			t.Fatalf("Prove did not use the prepared version: %d loads, %d compiles", s.Loads, programs.Compiles())
		}
		bad := cloneArtifacts(job.Artifacts)
		delete(bad, gnark.SchemaArtifact)
		if err := rt.Prepare(ctx, bad, nil); !errors.Is(err, runtime.ErrBadJob) {
			t.Fatalf("Prepare without a schema: %v, want ErrBadJob", err)
		}
		if err := rt.Prepare(ctx, job.Artifacts, json.RawMessage(`{"fuel":1}`)); !errors.Is(err, runtime.ErrBadJob) {
			t.Fatalf("Prepare with an unknown config field: %v, want ErrBadJob", err)
		}
	})

	t.Run("ConcurrentFirstUse", func(t *testing.T) {
		rt, _ := newRuntime(t, gnark.Groth16, gnark.WithMaxConcurrentProofs(2))
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for i := range 4 {
			wg.Go(func() {
				_, err := rt.Prove(ctx, f.job("", strconv.Itoa(i)))
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("Prove: %v", err)
			}
		}
		if s := rt.Stats(); s.Loads != 1 {
			t.Fatalf("loaded %d times, want 1", s.Loads)
		}
	})

	t.Run("Evict", func(t *testing.T) {
		rt, _ := newRuntime(t, gnark.Groth16, gnark.WithMaxCachedVersions(1))
		// The same version with its schema artifact re-encoded: another hash, so another cache entry.
		other := cloneArtifacts(f.artifacts)
		other[gnark.SchemaArtifact] = runtimetest.NewArtifact(append(bytes.Clone(f.schema), '\n'))
		for i, arts := range []map[string]runtime.Artifact{f.artifacts, other, f.artifacts, f.artifacts} {
			job := f.job("", "3")
			job.Artifacts = cloneArtifacts(arts)
			if _, err := rt.Prove(ctx, job); err != nil {
				t.Fatalf("Prove %d: %v", i, err)
			}
		}
		if s := rt.Stats(); s.Loads != 3 {
			t.Fatalf("loaded %d times, want 3 (the first version is evicted by the second)", s.Loads)
		}
	})

	t.Run("BadVersionNotCached", func(t *testing.T) {
		rt, _ := newRuntime(t, gnark.Groth16)
		job := f.job("", "1")
		job.Artifacts[gnark.CircuitArtifact] = runtimetest.NewArtifact([]byte("not a circuit"))
		for range 2 {
			if _, err := rt.Prove(ctx, job); !errors.Is(err, runtime.ErrBadJob) {
				t.Fatalf("Prove error = %v, want ErrBadJob", err)
			}
		}
		if s := rt.Stats(); s.Loads != 2 {
			t.Fatalf("loaded %d times, want 2: a failed load is not kept", s.Loads)
		}
		if _, err := rt.Prove(ctx, f.job("", "1")); err != nil {
			t.Fatalf("Prove: %v", err)
		}
	})
}

func TestOptions(t *testing.T) {
	programs, err := wasm.New()
	if err != nil {
		t.Fatal(err)
	}
	defer programs.Close()
	bad := map[string]gnark.Option{
		"CachedVersions":   gnark.WithMaxCachedVersions(0),
		"ConcurrentProofs": gnark.WithMaxConcurrentProofs(-1),
		"Registerer":       gnark.WithRegisterer(nil),
	}
	for name, opt := range bad {
		if rt, err := gnark.New(gnark.Groth16, programs, opt); err == nil {
			rt.Close()
			t.Errorf("%s: New accepted a bad option", name)
		}
	}
	if _, err := gnark.New("gnark-stark", programs); err == nil {
		t.Error("New accepted an unknown backend")
	}
	if _, err := gnark.New(gnark.Plonk, nil); err == nil {
		t.Error("New accepted no wasm runtime")
	}

	// Both backends register their metrics with one registry.
	reg := prometheus.NewRegistry()
	for _, b := range []gnark.Backend{gnark.Groth16, gnark.Plonk} {
		rt, err := gnark.New(b, programs, gnark.WithRegisterer(reg))
		if err != nil {
			t.Fatalf("New %s with a registerer: %v", b, err)
		}
		if rt.Kind() != string(b) {
			t.Errorf("Kind() = %q, want %q", rt.Kind(), b)
		}
		if err := rt.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		f := refFixture(t, b)
		if _, err := rt.Prove(context.Background(), f.job("", "1")); err == nil {
			t.Fatal("Prove after Close succeeded")
		}
	}
}

// TestCrashGuardDir checks the runtime's use of its crash guard: a version whose loads the process did not
// survive MaxLoadCrashes times is refused, one with fewer such deaths loads and proves and its mark is
// cleared, and a successful load leaves no mark.
func TestCrashGuardDir(t *testing.T) {
	f := refFixture(t, gnark.Groth16)
	ctx := context.Background()
	dir := t.TempDir()
	mark, err := gnark.CrashGuardFile(dir, f.artifacts)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mark, []byte(strconv.Itoa(gnark.MaxLoadCrashes)), 0o644); err != nil {
		t.Fatal(err)
	}
	rt, _ := newRuntime(t, gnark.Groth16, gnark.WithCrashGuardDir(dir))
	if _, err := rt.Prove(ctx, f.job("", "1")); !errors.Is(err, runtime.ErrBadJob) || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("version whose loads died %d times: %v, want ErrBadJob, refused", gnark.MaxLoadCrashes, err)
	}
	if err := os.WriteFile(mark, []byte("1"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Prove(ctx, f.job("", "1")); err != nil {
		t.Fatalf("version whose load died once: %v", err)
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 0 {
		t.Fatalf("marks left after a load the process survived: %v %v", entries, err)
	}
}
