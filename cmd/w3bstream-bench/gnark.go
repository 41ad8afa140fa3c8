package main

// The gnark phase measures the ZK examples (examples.ZKExamples) at several sizes: constraints, the
// UNSAFE dev setup, proving with runtime/gnark (gnark's Prove and the runtime's overhead around it),
// the process's memory while proving, and the exported verifier on a simulated chain. Each size runs
// in a child process of its own (this program, with --gnark-size), so that its memory figures are its
// alone and a size that runs past --gnark-timeout, or would take the machine's last memory, is stopped
// and reported without losing the sizes measured before it.

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	// overheadTarget is the runtime's budget around gnark's Prove, as a share of it.
	overheadTarget = 0.05
	// minAvailableShare: a size is stopped when the machine's available memory falls below this share of
	// its total, before the kernel's OOM killer picks a process, possibly someone else's.
	minAvailableShare = 0.10
	// watchEvery is how often a long step says it is still running.
	watchEvery = 30 * time.Second
	// sampleEvery is how often memory is sampled while proving.
	sampleEvery = 20 * time.Millisecond
	// gnarkProgramRunTime bounds a witness program's run; the largest sizes need more than the default.
	gnarkProgramRunTime = time.Minute
	// gnarkTaskID is the task every job of the phase proves.
	gnarkTaskID = "0x000000000000000000000000000000000000000000000000000000000000be7c"
)

// solcScript compiles one exported verifier with the repository's pinned solcjs.
//
//go:embed solc.js
var solcScript []byte

// gnarkSize is one measurement: an example, on a backend, at a number of message slots.
type gnarkSize struct {
	Example string        `json:"example"`
	Backend gnark.Backend `json:"backend"`
	Slots   int           `json:"slots"`
}

// String reads like provenance/groth16/64, the form --gnark-size takes.
func (s gnarkSize) String() string {
	return fmt.Sprintf("%s/%s/%d", s.Example, shortBackend(s.Backend), s.Slots)
}

func parseGnarkSize(v string) (gnarkSize, error) {
	parts := strings.Split(v, "/")
	if len(parts) != 3 {
		return gnarkSize{}, fmt.Errorf("size %q: want example/backend/slots", v)
	}
	b, err := parseShortBackend(parts[1])
	if err != nil {
		return gnarkSize{}, err
	}
	slots, err := strconv.Atoi(parts[2])
	if err != nil {
		return gnarkSize{}, fmt.Errorf("size %q: slots: %w", v, err)
	}
	return gnarkSize{Example: parts[0], Backend: b, Slots: slots}, nil
}

func shortBackend(b gnark.Backend) string { return strings.TrimPrefix(string(b), "gnark-") }

func parseShortBackend(s string) (gnark.Backend, error) {
	b, err := gnark.ParseBackend("gnark-" + strings.TrimPrefix(strings.TrimSpace(s), "gnark-"))
	if err != nil {
		return "", fmt.Errorf("unknown backend %q (groth16 or plonk)", s)
	}
	return b, nil
}

// gnarkSizes returns the sizes the options ask for: each example at each slot count, on each backend
// of --gnark-backends, or on its own backend when the flag is empty.
func (o options) gnarkSizes() ([]gnarkSize, error) {
	var slots []int
	for _, f := range strings.Split(o.gnarkSlots, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > assign.MaxSlots {
			return nil, fmt.Errorf("--gnark-slots: %q is not a slot count in [1, %d]", f, assign.MaxSlots)
		}
		slots = append(slots, n)
	}
	var backends []gnark.Backend
	if strings.TrimSpace(o.gnarkBackends) != "" {
		for _, f := range strings.Split(o.gnarkBackends, ",") {
			b, err := parseShortBackend(f)
			if err != nil {
				return nil, fmt.Errorf("--gnark-backends: %w", err)
			}
			backends = append(backends, b)
		}
	}
	var out []gnarkSize
	for _, name := range strings.Split(o.gnarkExamples, ",") {
		ex, ok := examples.ZKExampleByName(strings.TrimSpace(name))
		if !ok {
			return nil, fmt.Errorf("--gnark-examples: no gnark example %q", name)
		}
		bs := backends
		if bs == nil {
			bs = []gnark.Backend{ex.Backend}
		}
		for _, b := range bs {
			for _, n := range slots {
				out = append(out, gnarkSize{Example: ex.Name, Backend: b, Slots: n})
			}
		}
	}
	return out, nil
}

// gnarkResult is what a child process measured for one size; times are per run where there are runs.
type gnarkResult struct {
	Size          gnarkSize     `json:"size"`
	Native        bool          `json:"native"` // the example's own backend, which its dApp verifies
	Constraints   int           `json:"constraints"`
	Domain        uint64        `json:"domain"`
	Compile       time.Duration `json:"compile"`
	Setup         time.Duration `json:"setup"`
	SetupRSS      uint64        `json:"setupRSS"` // peak RSS of the process up to the end of the setup
	ProvingKey    int           `json:"provingKey"`
	VerifyingKey  int           `json:"verifyingKey"`
	Load          time.Duration `json:"load"` // decoding the circuit, keys and schema (runtime Stats)
	Runs          int           `json:"runs"`
	Wall          time.Duration `json:"wall"` // the runtime's Prove, mean
	Gnark         time.Duration `json:"gnark"`
	Program       time.Duration `json:"program"`
	Witness       time.Duration `json:"witness"`
	Verify        time.Duration `json:"verify"`
	Proof         int           `json:"proof"`
	BaseRSS       uint64        `json:"baseRSS"` // before the first proof: the artifacts held
	PeakRSS       uint64        `json:"peakRSS"`
	PeakHeap      uint64        `json:"peakHeap"`
	Chain         string        `json:"chain,omitempty"` // why the on-chain figures are missing
	VerifierBytes int           `json:"verifierBytes"`
	DeployGas     uint64        `json:"deployGas"`
	VerifyGas     uint64        `json:"verifyGas"`
	ProcessGas    uint64        `json:"processGas"` // 0: no dApp for the size
}

// gnarkOutcome is a size's result, or why there is none.
type gnarkOutcome struct {
	size gnarkSize
	res  *gnarkResult
	err  error
}

// ---- parent ----

// runGnark measures each size in a child process and prints the tables.
func runGnark(ctx context.Context, o options, w io.Writer) error {
	sizes, err := o.gnarkSizes()
	if err != nil {
		return err
	}
	for _, s := range sizes {
		if _, err := examples.Program(s.Example); err != nil {
			return err
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	contracts, chainNote := findContracts(o.contracts)
	if chainNote != "" {
		progress("gnark: %s; the on-chain figures are left out", chainNote)
	}
	var outcomes []gnarkOutcome
	for _, s := range sizes {
		if ctx.Err() != nil {
			break
		}
		progress("gnark %s: starting (stopped after %s)", s, o.gnarkTimeout)
		res, err := runGnarkChild(ctx, exe, s, o, contracts)
		if err != nil {
			progress("gnark %s: %v", s, err)
		} else if chainNote != "" {
			res.Chain = chainNote
		}
		outcomes = append(outcomes, gnarkOutcome{size: s, res: res, err: err})
	}
	printGnark(w, o, outcomes)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if !slices.ContainsFunc(outcomes, func(oc gnarkOutcome) bool { return oc.res != nil }) {
		return errors.New("gnark: no size was measured")
	}
	return nil
}

// runGnarkChild runs one size in a child process and reads its result, stopping it when it runs past
// the timeout or the machine runs low on memory.
func runGnarkChild(ctx context.Context, exe string, s gnarkSize, o options, contracts string) (*gnarkResult, error) {
	cctx, cancel := context.WithTimeout(ctx, o.gnarkTimeout)
	defer cancel()
	args := []string{"--phases", "gnark", "--gnark-size", s.String(), "--gnark-runs", strconv.Itoa(o.gnarkRuns)}
	if contracts != "" {
		args = append(args, "--contracts", contracts)
	}
	cmd := exec.CommandContext(cctx, exe, args...)
	var stdout bytes.Buffer
	last := &lastLine{}
	cmd.Stdout, cmd.Stderr = &stdout, io.MultiWriter(os.Stderr, last)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}

	var lowMemory atomic.Bool
	var childPeak atomic.Uint64
	stopWatch := make(chan struct{})
	var watched sync.WaitGroup
	watched.Go(func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stopWatch:
				return
			case <-tick.C:
			}
			childPeak.Store(max(childPeak.Load(), procStatus(cmd.Process.Pid, "VmHWM")))
			total, avail := memInfo()
			if total > 0 && float64(avail) < minAvailableShare*float64(total) {
				lowMemory.Store(true)
				_ = cmd.Process.Kill()
				return
			}
		}
	})
	err := cmd.Wait()
	close(stopWatch)
	watched.Wait()
	took := time.Since(start).Round(time.Second)

	var exit *exec.ExitError
	switch {
	case lowMemory.Load():
		total, _ := memInfo()
		return nil, fmt.Errorf("stopped after %s: the machine's available memory fell below %.0f%% of its %s (the size's process peaked at %s RSS; its last report: %q); it needs a machine with more memory",
			took, 100*minAvailableShare, gb(total), gb(childPeak.Load()), last.String())
	case errors.Is(cctx.Err(), context.DeadlineExceeded):
		return nil, fmt.Errorf("did not finish within %s on this machine (%d CPUs; the process reached %s RSS; its last report: %q); stopped. Raise --gnark-timeout on a larger machine",
			o.gnarkTimeout, goruntime.NumCPU(), gb(childPeak.Load()), last.String())
	case ctx.Err() != nil:
		return nil, fmt.Errorf("interrupted after %s (its last report: %q)", took, last.String())
	case errors.As(err, &exit) && exit.Sys() != nil && exit.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL:
		return nil, fmt.Errorf("killed after %s (SIGKILL, most likely out of memory at about %s RSS; its last report: %q)",
			took, gb(childPeak.Load()), last.String())
	case err != nil:
		return nil, fmt.Errorf("failed after %s: %v (its error is above)", took, err)
	}
	var res gnarkResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("reading its result: %w", err)
	}
	return &res, nil
}

// lastLine keeps the last complete line written to it, without the "bench: " prefix.
type lastLine struct {
	mu       sync.Mutex
	partial  []byte
	complete string
}

func (l *lastLine) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.partial = append(l.partial, p...)
	if i := bytes.LastIndexByte(l.partial, '\n'); i >= 0 {
		lines := bytes.Split(l.partial[:i], []byte("\n"))
		l.complete = strings.TrimPrefix(string(lines[len(lines)-1]), "bench: ")
		l.partial = append(l.partial[:0], l.partial[i+1:]...)
	}
	return len(p), nil
}

func (l *lastLine) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.complete
}

// findContracts returns the contracts directory whose node_modules holds solc: dir when given, else the
// first contracts/ found from the working directory or this program's up to the root. The note says
// why the on-chain figures cannot be made, when they cannot.
func findContracts(dir string) (string, string) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", "node is not installed"
	}
	has := func(d string) bool {
		_, err := os.Stat(filepath.Join(d, "node_modules", "solc", "package.json"))
		return err == nil
	}
	if dir != "" {
		abs, err := filepath.Abs(dir)
		if err != nil || !has(abs) {
			return "", fmt.Sprintf("--contracts %s has no node_modules/solc: run npm ci there", dir)
		}
		return abs, ""
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, d := range starts {
		for {
			if c := filepath.Join(d, "contracts"); has(c) {
				return c, ""
			}
			up := filepath.Dir(d)
			if up == d {
				break
			}
			d = up
		}
	}
	return "", "contracts/node_modules not found (run npm ci in contracts/, or scripts/gen-contracts.sh; or pass --contracts)"
}

// ---- child ----

// gnarkChild measures the size of --gnark-size and writes its result as JSON on stdout.
func gnarkChild(ctx context.Context, o options) error {
	s, err := parseGnarkSize(o.gnarkSize)
	if err != nil {
		return err
	}
	res, err := measureGnark(ctx, s, o.gnarkRuns, o.contracts)
	if err != nil {
		return fmt.Errorf("gnark %s: %w", s, err)
	}
	return json.NewEncoder(os.Stdout).Encode(res)
}

// measureGnark builds the size with the dev setup, proves it runs times and settles a proof on a
// simulated chain when contracts is set.
func measureGnark(ctx context.Context, s gnarkSize, runs int, contracts string) (*gnarkResult, error) {
	logger.Disable()
	ex, ok := examples.ZKExampleByName(s.Example)
	if !ok {
		return nil, fmt.Errorf("no gnark example %q", s.Example)
	}
	if len(ex.Program) == 0 {
		return nil, fmt.Errorf("example %s: its program is not built: run scripts/build-examples.sh", ex.Name)
	}
	res := &gnarkResult{Size: s, Native: s.Backend == ex.Backend, Runs: runs}
	w := newWatch(s)
	defer w.stop()
	arts, sol, err := buildGnark(ex, s, res, w)
	if err != nil {
		return nil, err
	}
	// From here the process holds what a prover holds: the artifacts and what the runtime makes of them.
	debug.FreeOSMemory()

	job, err := gnarkJob(ex, s.Slots, arts)
	if err != nil {
		return nil, err
	}
	programs, err := wasm.New(wasm.WithMaxRunTime(gnarkProgramRunTime), wasm.WithCompilationCacheDir(wazeroCache()))
	if err != nil {
		return nil, err
	}
	defer programs.Close()
	rt, err := gnark.New(s.Backend, programs)
	if err != nil {
		return nil, err
	}
	defer rt.Close()

	resetPeakRSS()
	res.BaseRSS, _ = readRSSAndHeap()
	sampler := startSampler()
	defer sampler.stop()
	w.set("loading the version")
	start := time.Now()
	if err := rt.Prepare(ctx, arts, job.Config); err != nil {
		return nil, err
	}
	before := rt.Stats()
	res.Load = before.Load
	progress("gnark %s: loaded the version (proving key %s) in %s, its program in %s", s, gb(uint64(res.ProvingKey)),
		dur(res.Load), dur(time.Since(start)-res.Load))
	var result runtime.Result
	var wall time.Duration
	for i := range runs {
		w.set(fmt.Sprintf("proving, run %d of %d", i+1, runs))
		start := time.Now()
		if result, err = rt.Prove(ctx, job); err != nil {
			return nil, err
		}
		d := time.Since(start)
		wall += d
		progress("gnark %s: proof %d of %d in %s", s, i+1, runs, d.Round(time.Millisecond))
	}
	peakRSS, peakHeap := sampler.stop()
	st := rt.Stats().Sub(before)
	n := time.Duration(runs)
	res.Wall, res.Gnark, res.Program, res.Witness, res.Verify = wall/n, st.Prove/n, st.Program/n, st.Witness/n, st.Verify/n
	res.Proof = len(result.Proof)
	res.PeakRSS, res.PeakHeap = max(peakRSS, procStatus(os.Getpid(), "VmHWM")), peakHeap

	if contracts == "" {
		return res, nil
	}
	w.set("on-chain")
	if err := settle(ctx, res, ex, sol, contracts, job, result); err != nil {
		return nil, fmt.Errorf("on-chain: %w", err)
	}
	return res, nil
}

// buildGnark compiles the size and makes its keys with the dev setup; it returns the version's artifacts
// and the verifier's Solidity, and leaves the compiled circuit and the keys to the garbage collector.
func buildGnark(ex examples.ZKExample, s gnarkSize, res *gnarkResult, w *watch) (map[string]runtime.Artifact, []byte, error) {
	say := func(st circuit.Step) { progress("gnark %s: %s", s, st) }
	w.set("compiling")
	compiled, err := circuit.Compile(s.Backend, ex.Circuit(s.Slots), circuit.WithProgress(func(st circuit.Step) {
		res.Compile = st.Took
		say(st)
	}))
	if err != nil {
		return nil, nil, err
	}
	res.Constraints, res.Domain = compiled.Stats().Constraints, compiled.DomainSize()

	w.set("UNSAFE dev setup")
	keys, err := circuit.DevSetup(compiled, circuit.WithProgress(func(st circuit.Step) {
		res.Setup = st.Took
		say(st)
	}))
	if err != nil {
		return nil, nil, err
	}
	w.set("encoding the keys")
	build := &circuit.Build{Circuit: fmt.Sprintf("examples/%s, %d slots (w3bstream-bench)", ex.Name, s.Slots),
		Compiled: compiled, Keys: keys, ContractName: ex.ContractName, Program: ex.Program}
	encoded, err := build.Artifacts()
	if err != nil {
		return nil, nil, err
	}
	sol, err := build.Solidity()
	if err != nil {
		return nil, nil, err
	}
	res.ProvingKey, res.VerifyingKey = len(encoded[gnark.ProvingKeyArtifact]), len(encoded[gnark.VerifyingKeyArtifact])
	res.SetupRSS = procStatus(os.Getpid(), "VmHWM")
	arts := map[string]runtime.Artifact{}
	for name, b := range encoded {
		arts[name] = newArtifact(b)
	}
	return arts, sol, nil
}

// gnarkJob is a task that fills every slot: readings signed by one registered EdDSA device for
// provenance, plain readings for stats.
func gnarkJob(ex examples.ZKExample, slots int, arts map[string]runtime.Artifact) (runtime.Job, error) {
	job := runtime.Job{ProjectVersion: projectVersion, TaskID: common.HexToHash(gnarkTaskID), Artifacts: arts,
		Config: []byte(`{"params":` + string(ex.Params(slots)) + `}`)}
	switch ex.Name {
	case "provenance":
		job.ProjectID = devnet.ProvenanceProjectID
		dev, err := benchEdDSAKey()
		if err != nil {
			return job, err
		}
		job.DeviceKeys = []hexutil.Bytes{dev.PublicKey.Bytes()}
		verified := make([]message.Verified, slots)
		for i := range slots {
			m, err := message.SignEdDSA(dev, job.ProjectID, projectVersion, assign.Data(uint64(i+1), uint64(900+i%300)))
			if err != nil {
				return job, err
			}
			if verified[i], err = m.Verify(); err != nil {
				return job, err
			}
			v := verified[i]
			job.Messages = append(job.Messages, runtime.Message{ID: v.ID, DeviceID: v.DeviceID, Data: v.Data, Signature: v.Signature})
		}
		// The circuit recomputes the task ID from the messages: the job carries the real one.
		id, err := task.ZKID(job.ProjectID, projectVersion, verified)
		if err != nil {
			return job, err
		}
		job.TaskID = id
	case "stats":
		job.ProjectID = devnet.StatsProjectID
		for i := range slots {
			d := strconv.Itoa(1000 + 7*i)
			job.Messages = append(job.Messages, runtime.Message{ID: crypto.Keccak256Hash([]byte(d)), Data: d})
		}
	default:
		return job, fmt.Errorf("no job for the %s example", ex.Name)
	}
	return job, nil
}

// benchEdDSAKey is the phase's device key, the same on every run.
func benchEdDSAKey() (*eddsa.PrivateKey, error) {
	return eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{0xbe}, 32)))
}

func newArtifact(b []byte) runtime.Artifact {
	return runtime.Artifact{SHA256: project.HashHex(b), Bytes: b}
}

func wazeroCache() string {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "w3bstream", "wazero-bench")
}

// ---- on-chain ----

// settle compiles the exported verifier with the pinned solc, deploys it on a simulated chain with
// mainnet's rules, sends a transaction that only verifies the proof, and, on the example's own backend,
// settles the proof through the example's dApp.
func settle(ctx context.Context, res *gnarkResult, ex examples.ZKExample, sol []byte, contracts string, job runtime.Job, proved runtime.Result) error {
	verifier, err := compileVerifier(ctx, sol, ex.ContractName, contracts)
	if err != nil {
		return err
	}
	res.VerifierBytes = verifier.RuntimeBytes
	c, err := newSimChain()
	if err != nil {
		return err
	}
	defer c.Close()
	addr, gas, err := c.deploy(verifier.Bin, nil)
	if err != nil {
		return fmt.Errorf("deploy the verifier: %w", err)
	}
	res.DeployGas = gas

	calldata, err := verifyCalldata(verifier.ABI, res.Size.Backend, proved)
	if err != nil {
		return err
	}
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: c.Address(), To: &addr, Data: calldata}, nil)
	if err != nil {
		return fmt.Errorf("the verifier refuses the proof: %w", err)
	}
	if res.Size.Backend == gnark.Plonk && (len(out) != 32 || out[31] != 1) {
		return fmt.Errorf("the verifier returns false for the proof")
	}
	if res.VerifyGas, err = c.send(addr, calldata); err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if !res.Native {
		return nil
	}

	input, err := chainsync.DAppInput(&task.Result{Proof: proved.Proof, PublicInputs: proved.PublicInputs})
	if err != nil {
		return err
	}
	var dapp common.Address
	var process []byte
	switch ex.Name {
	case "provenance":
		registry, _, err := c.deploy(common.FromHex(bindings.ProjectRegistryMetaData.Bin), nil)
		if err != nil {
			return err
		}
		pr := bindings.NewProjectRegistry()
		for range devnet.ProvenanceProjectID {
			if _, err := c.send(registry, pr.PackRegister("file:///bench.json", [32]byte{1}, [32]byte{2})); err != nil {
				return err
			}
		}
		root, err := devnet.DeviceRoot(byteKeys(job.DeviceKeys))
		if err != nil {
			return err
		}
		if _, err := c.send(registry, pr.PackSetAttribute(job.ProjectID, devnet.DeviceRootKey, root[:])); err != nil {
			return err
		}
		d := bindings.NewProvenanceDApp()
		if dapp, _, err = c.deploy(common.FromHex(bindings.ProvenanceDAppMetaData.Bin), d.PackConstructor(c.Address(), registry, addr)); err != nil {
			return err
		}
		process = d.PackProcess(job.ProjectID, job.TaskID, c.Address(), input)
	case "stats":
		d := bindings.NewStatsDApp()
		if dapp, _, err = c.deploy(common.FromHex(bindings.StatsDAppMetaData.Bin), d.PackConstructor(c.Address(), addr)); err != nil {
			return err
		}
		process = d.PackProcess(job.ProjectID, job.TaskID, c.Address(), input)
	default:
		return nil
	}
	if res.ProcessGas, err = c.send(dapp, process); err != nil {
		return fmt.Errorf("the dApp's process: %w", err)
	}
	return nil
}

func byteKeys(keys []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(keys))
	for i, k := range keys {
		out[i] = k
	}
	return out
}

// compiled is a contract as solc.js prints it.
type compiled struct {
	ABI          json.RawMessage `json:"abi"`
	Bin          hexutil.Bytes   `json:"bin"`
	RuntimeBytes int             `json:"runtimeBytes"`
}

// UnmarshalJSON reads solc's bytecode, which has no 0x prefix.
func (c *compiled) UnmarshalJSON(b []byte) error {
	var raw struct {
		ABI          json.RawMessage `json:"abi"`
		Bin          string          `json:"bin"`
		RuntimeBytes int             `json:"runtimeBytes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	bin, err := hexutil.Decode("0x" + strings.TrimPrefix(raw.Bin, "0x"))
	if err != nil {
		return fmt.Errorf("bytecode: %w", err)
	}
	c.ABI, c.Bin, c.RuntimeBytes = raw.ABI, bin, raw.RuntimeBytes
	return nil
}

// compileVerifier compiles the verifier source with solc.js and the solc in contracts/node_modules.
func compileVerifier(ctx context.Context, sol []byte, name, contracts string) (*compiled, error) {
	dir, err := os.MkdirTemp("", "w3bstream-bench-solc-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script, file := filepath.Join(dir, "solc.js"), filepath.Join(dir, name+".sol")
	if err := os.WriteFile(script, solcScript, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(file, sol, 0o644); err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "node", script, contracts, file, name)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile %s: %v: %s", name, err, strings.TrimSpace(stderr.String()))
	}
	var c compiled
	if err := json.Unmarshal(stdout.Bytes(), &c); err != nil {
		return nil, fmt.Errorf("compile %s: %w", name, err)
	}
	return &c, nil
}

// verifyCalldata packs a call of the verifier's own entry point: verifyProof(bytes, uint256[n]) of
// gnark's Groth16 verifier, Verify(bytes, uint256[]) of its PLONK verifier.
func verifyCalldata(abiJSON []byte, b gnark.Backend, proved runtime.Result) ([]byte, error) {
	parsed, err := abi.JSON(bytes.NewReader(abiJSON))
	if err != nil {
		return nil, err
	}
	name := "verifyProof"
	if b == gnark.Plonk {
		name = "Verify"
	}
	m, ok := parsed.Methods[name]
	if !ok || len(m.Inputs) != 2 {
		return nil, fmt.Errorf("the verifier has no %s(bytes, uint256[])", name)
	}
	words := make([]*big.Int, len(proved.PublicInputs)/32)
	for i := range words {
		words[i] = new(big.Int).SetBytes(proved.PublicInputs[32*i : 32*(i+1)])
	}
	var inputs any = words
	if t := m.Inputs[1].Type; t.T == abi.ArrayTy {
		if t.Size != len(words) {
			return nil, fmt.Errorf("the verifier takes %d public inputs, the proof has %d", t.Size, len(words))
		}
		arr := reflect.New(reflect.ArrayOf(t.Size, reflect.TypeFor[*big.Int]())).Elem()
		for i, v := range words {
			arr.Index(i).Set(reflect.ValueOf(v))
		}
		inputs = arr.Interface()
	}
	return parsed.Pack(name, []byte(proved.Proof), inputs)
}

// simChain measures gas on a devchain.Sim, with revert reasons decoded.
type simChain struct{ *devchain.Sim }

func newSimChain() (*simChain, error) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("w3bstream-bench gnark")))
	if err != nil {
		return nil, err
	}
	sim, err := devchain.NewSim(key)
	if err != nil {
		return nil, err
	}
	return &simChain{sim}, nil
}

// deploy deploys a contract and returns its address and the deployment's gas.
func (c *simChain) deploy(bin, args []byte) (common.Address, uint64, error) {
	addr, r, err := c.Deploy(bin, args)
	if err != nil {
		return common.Address{}, 0, revertReason(err)
	}
	return addr, r.GasUsed, nil
}

// send sends a transaction that must succeed and returns its gas.
func (c *simChain) send(to common.Address, data []byte) (uint64, error) {
	r, err := c.Send(to, data)
	if err != nil {
		return 0, revertReason(err)
	}
	return r.GasUsed, nil
}

func revertReason(err error) error {
	if re, ok := deploy.DecodeRevert(err); ok {
		return fmt.Errorf("reverted: %v", re)
	}
	return err
}

// ---- memory ----

// sampler records the peak RSS and Go heap in use while it runs.
type sampler struct {
	done      chan struct{}
	wg        sync.WaitGroup
	rss, heap atomic.Uint64
	stopOnce  sync.Once
}

func startSampler() *sampler {
	s := &sampler{done: make(chan struct{})}
	s.wg.Go(func() {
		tick := time.NewTicker(sampleEvery)
		defer tick.Stop()
		for {
			rss, heap := readRSSAndHeap()
			s.rss.Store(max(s.rss.Load(), rss))
			s.heap.Store(max(s.heap.Load(), heap))
			select {
			case <-s.done:
				return
			case <-tick.C:
			}
		}
	})
	return s
}

// stop stops the sampling and returns the peaks.
func (s *sampler) stop() (rss, heap uint64) {
	s.stopOnce.Do(func() {
		close(s.done)
		s.wg.Wait()
	})
	return s.rss.Load(), s.heap.Load()
}

// readRSSAndHeap returns the process's resident set and the Go heap in use, without stopping the world.
func readRSSAndHeap() (rss, heap uint64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
	metrics.Read(samples)
	for _, s := range samples {
		if s.Value.Kind() == metrics.KindUint64 {
			heap += s.Value.Uint64()
		}
	}
	if b, err := os.ReadFile("/proc/self/statm"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 1 {
			pages, _ := strconv.ParseUint(f[1], 10, 64)
			rss = pages * uint64(os.Getpagesize())
		}
	}
	return rss, heap
}

// resetPeakRSS restarts the kernel's peak RSS (VmHWM) from the current RSS, where Linux allows it.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// procStatus returns a kB field of /proc/<pid>/status in bytes, 0 when it cannot be read.
func procStatus(pid int, field string) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	return kbField(b, field)
}

// memInfo returns the machine's total and available memory in bytes.
func memInfo() (total, available uint64) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, 0
	}
	return kbField(b, "MemTotal"), kbField(b, "MemAvailable")
}

func kbField(b []byte, field string) uint64 {
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseUint(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// watch says every watchEvery which step a size is in and how long it has run, with the process's RSS.
type watch struct {
	mu    sync.Mutex
	step  string
	since time.Time
	done  chan struct{}
	wg    sync.WaitGroup
}

func newWatch(s gnarkSize) *watch {
	w := &watch{done: make(chan struct{})}
	w.wg.Go(func() {
		tick := time.NewTicker(watchEvery)
		defer tick.Stop()
		for {
			select {
			case <-w.done:
				return
			case <-tick.C:
			}
			w.mu.Lock()
			step, since := w.step, w.since
			w.mu.Unlock()
			rss, heap := readRSSAndHeap()
			progress("gnark %s: %s for %s (RSS %s, Go heap %s)", s, step, time.Since(since).Round(time.Second), gb(rss), gb(heap))
		}
	})
	return w
}

func (w *watch) set(step string) {
	w.mu.Lock()
	w.step, w.since = step, time.Now()
	w.mu.Unlock()
}

func (w *watch) stop() {
	close(w.done)
	w.wg.Wait()
}

// ---- report ----

func printGnark(w io.Writer, o options, outcomes []gnarkOutcome) {
	fmt.Fprintf(w, "\nw3bstream-bench gnark: %s, GOMAXPROCS %d (%d CPUs), %s/%s, %s memory; gnark %s, BN254\n",
		goruntime.Version(), goruntime.GOMAXPROCS(0), goruntime.NumCPU(), goruntime.GOOS, goruntime.GOARCH,
		func() string { t, _ := memInfo(); return gb(t) }(), moduleVersion("github.com/consensys/gnark"))
	fmt.Fprintln(w, "Each size runs in a process of its own. Keys come from the UNSAFE deterministic dev setup (circuit.DevSetup):")
	fmt.Fprintln(w, "its secret is public, so these keys are for measurement only; a multi-party setup costs more and is not timed.")
	fmt.Fprintln(w, "Every job fills all the slots: provenance readings signed by one registered EdDSA device, stats plain readings.")
	var ok []*gnarkResult
	for _, oc := range outcomes {
		if oc.res != nil {
			ok = append(ok, oc.res)
		}
	}
	if len(ok) > 0 {
		fmt.Fprintln(w, "\nCIRCUIT AND SETUP (* marks a size on a backend other than the example's own, measured only). setup peak")
		fmt.Fprintln(w, "RSS = the process's peak while compiling, setting up and encoding the keys; load = the runtime's decoding")
		fmt.Fprintln(w, "of the circuit and keys at a version's first job (the program's compilation apart).")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "example\tbackend\tslots\tconstraints\tper message\tdomain\tcompile\tsetup (UNSAFE dev)\tsetup peak RSS\tproving key\tverifying key\tload\t")
		for _, r := range ok {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t2^%d\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Size.Example, backendLabel(r), r.Size.Slots,
				numfmt.Thousands(r.Constraints), numfmt.Thousands(perMessage(r.Constraints, r.Size.Slots)), numfmt.Log2(r.Domain), dur(r.Compile),
				dur(r.Setup), gb(r.SetupRSS), gb(uint64(r.ProvingKey)), gb(uint64(r.VerifyingKey)), dur(r.Load))
		}
		_ = tw.Flush()

		runs := fmt.Sprintf("%d runs", o.gnarkRuns)
		if o.gnarkRuns == 1 {
			runs = "1 run"
		}
		fmt.Fprintf(w, "\nPROVE: mean of %s of a loaded version. runtime = the runtime's Prove (program, witness, gnark's Prove,\n", runs)
		fmt.Fprintln(w, "verify); gnark = gnark's Prove (runtime Stats); overhead = runtime − gnark, as % of gnark, target ≤ 5%;")
		fmt.Fprintln(w, "other = overhead outside the program, witness and verify phases. Memory: RSS before the first proof (the")
		fmt.Fprintln(w, "artifacts held), the process's peak RSS while loading and proving, and the peak Go heap in use.")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "example\tbackend\tslots\truntime Prove\tgnark Prove\toverhead\toverhead %\t≤ 5%\tprogram\twitness\tverify\tother\tproof\tRSS before\tpeak RSS\tpeak Go heap\t")
		for _, r := range ok {
			over := r.Wall - r.Gnark
			share := float64(over) / float64(r.Gnark)
			verdict := "yes"
			if share > overheadTarget {
				verdict = "no"
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%.2f%%\t%s\t%s\t%s\t%s\t%s\t%dB\t%s\t%s\t%s\t\n", r.Size.Example, backendLabel(r), r.Size.Slots,
				dur(r.Wall), dur(r.Gnark), ms(over), 100*share, verdict, ms(r.Program), ms(r.Witness), ms(r.Verify),
				ms(over-r.Program-r.Witness-r.Verify), r.Proof, gb(r.BaseRSS), gb(r.PeakRSS), gb(r.PeakHeap))
		}
		_ = tw.Flush()

		fmt.Fprintln(w, "\nON-CHAIN: the exported verifier compiled with the pinned solc 0.8.37 (optimizer 200 runs, cancun), on")
		fmt.Fprintln(w, "go-ethereum's simulated backend with mainnet's rules (Osaka). verify tx = a transaction that only calls the")
		fmt.Fprintln(w, "verifier (21,000 intrinsic and calldata included); dApp process = the example dApp's process as the router")
		fmt.Fprintln(w, "calls it (checks, verify, credit; ProvenanceDApp or StatsDApp), on the example's own backend only.")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "example\tbackend\tslots\tverifier code\tdeploy gas\tverify tx gas\tgas per message\tdApp process gas\tper message\t")
		var notes []string
		for _, r := range ok {
			if r.Chain != "" {
				fmt.Fprintf(tw, "%s\t%s\t%d\t-\t-\t-\t-\t-\t-\t\n", r.Size.Example, backendLabel(r), r.Size.Slots)
				if !slices.Contains(notes, r.Chain) {
					notes = append(notes, r.Chain)
				}
				continue
			}
			process, processPer := "-", "-"
			if r.ProcessGas > 0 {
				process, processPer = numfmt.Thousands(int(r.ProcessGas)), numfmt.Thousands(perMessage(int(r.ProcessGas), r.Size.Slots))
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%dB\t%s\t%s\t%s\t%s\t%s\t\n", r.Size.Example, backendLabel(r), r.Size.Slots, r.VerifierBytes,
				numfmt.Thousands(int(r.DeployGas)), numfmt.Thousands(int(r.VerifyGas)), numfmt.Thousands(perMessage(int(r.VerifyGas), r.Size.Slots)),
				process, processPer)
		}
		_ = tw.Flush()
		for _, n := range notes {
			fmt.Fprintf(w, "left out: %s\n", n)
		}
	}
	var failed []gnarkOutcome
	for _, oc := range outcomes {
		if oc.err != nil {
			failed = append(failed, oc)
		}
	}
	if len(failed) > 0 {
		fmt.Fprintln(w, "\nNOT MEASURED")
		for _, oc := range failed {
			fmt.Fprintf(w, "  %s: %v\n", oc.size, oc.err)
		}
	}
}

func backendLabel(r *gnarkResult) string {
	if r.Native {
		return shortBackend(r.Size.Backend)
	}
	return shortBackend(r.Size.Backend) + "*"
}

func perMessage(n, slots int) int { return int(float64(n)/float64(slots) + 0.5) }

// dur keeps three significant figures: 950ms, 12.3s, 2m14s.
func dur(d time.Duration) string {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < time.Minute:
		return d.Round(10 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

// gb writes a size in bytes with three significant figures or so: 652B, 34.3kB, 152MB, 2.41GB.
func gb(b uint64) string {
	switch {
	case b >= 1<<30:
		return fmt.Sprintf("%.2fGB", float64(b)/(1<<30))
	case b >= 1<<20:
		return mb(b)
	case b >= 1<<10:
		return fmt.Sprintf("%.1fkB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%dB", b)
}

// moduleVersion is the version of a module this program was built with.
func moduleVersion(path string) string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, d := range info.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "(unknown)"
}
