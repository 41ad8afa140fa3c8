package examples_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
	"github.com/w3bstream-go/w3bstream/task"
)

// zkChain is a simulated chain with a ProjectRegistry, the gnark examples' verifiers and dApps, and one
// account that owns the project and stands in for the router, so that the test calls the dApps as the
// router would.
type zkChain struct {
	t          *testing.T
	ctx        context.Context
	sim        *devchain.Sim
	addr       common.Address
	projects   *bind.BoundContract
	provenance *bind.BoundContract
	stats      *bind.BoundContract

	provenanceVerifier, statsVerifier common.Address
	pdapp                             *bindings.ProvenanceDApp
	sdapp                             *bindings.StatsDApp
}

func newZKChain(t *testing.T) *zkChain {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("w3bstream zk example test")))
	if err != nil {
		t.Fatal(err)
	}
	sim, err := devchain.NewSim(key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sim.Close)
	c := &zkChain{t: t, ctx: context.Background(), sim: sim, addr: sim.Address()}
	deployOne := func(meta *bind.MetaData, args []byte) common.Address {
		addr, _, err := sim.Deploy(common.FromHex(meta.Bin), args)
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	registry := deployOne(&bindings.ProjectRegistryMetaData, nil)
	c.projects = bindings.NewProjectRegistry().Instance(sim.Client, registry)
	pv := deployOne(&bindings.ProvenanceVerifierMetaData, nil)
	c.provenanceVerifier = pv
	c.pdapp = bindings.NewProvenanceDApp()
	c.provenance = c.pdapp.Instance(sim.Client, deployOne(&bindings.ProvenanceDAppMetaData, c.pdapp.PackConstructor(c.addr, registry, pv)))
	sv := deployOne(&bindings.StatsVerifierMetaData, nil)
	c.statsVerifier = sv
	c.sdapp = bindings.NewStatsDApp()
	c.stats = c.sdapp.Instance(sim.Client, deployOne(&bindings.StatsDAppMetaData, c.sdapp.PackConstructor(c.addr, sv)))
	return c
}

// send sends a transaction that must succeed and returns its receipt.
func (c *zkChain) send(to *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := c.sim.Send(to.Address(), data)
	if err != nil {
		if re, ok := deploy.DecodeRevert(err); ok {
			c.t.Fatalf("transaction refused: %v", re)
		}
		c.t.Fatalf("transaction refused: %v", err)
	}
	return r
}

// revertOf calls the contract as the router and returns the name of the custom error it reverts with,
// or "" when the call succeeds.
func (c *zkChain) revertOf(to common.Address, data []byte) string {
	c.t.Helper()
	_, err := c.sim.Client.CallContract(c.ctx, ethereum.CallMsg{From: c.addr, To: &to, Data: data}, nil)
	if err == nil {
		return ""
	}
	if re, ok := deploy.DecodeRevert(err); ok {
		if re.Name == "Error" && len(re.Args) == 1 {
			return fmt.Sprintf("Error(%v)", re.Args[0]) // a verifier's require message
		}
		return re.Name
	}
	return err.Error()
}

// zkRuntime builds an example with the dev setup (cached under the user cache, as dev does) and returns
// its project version's artifacts and config, and a runtime of its backend.
func zkRuntime(t *testing.T, name string) (*gnark.Runtime, map[string]runtime.Artifact, []byte) {
	t.Helper()
	ex, ok := examples.ZKExampleByName(name)
	if !ok {
		t.Fatalf("no example %s", name)
	}
	ex.Program = wasmbuild.Example(t, name)
	b, err := devnet.BuildZK(devnet.ZKCacheDir(t.TempDir()), ex, testWriter{t})
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]runtime.Artifact{}
	for _, f := range b.Manifest.Artifacts {
		data, err := os.ReadFile(filepath.Join(b.Dir, f.File))
		if err != nil {
			t.Fatal(err)
		}
		arts[f.Name] = runtimetest.NewArtifact(data)
	}
	config := []byte(`{"params":` + string(ex.Params(ex.DefaultSlots)) + `}`)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	w, err := wasm.New(wasm.WithCompilationCacheDir(filepath.Join(base, "w3bstream", "wazero-test")))
	if err != nil {
		t.Fatal(err)
	}
	rt, err := gnark.New(ex.Backend, w)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rt.Close(); _ = w.Close() })
	return rt, arts, config
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func zkKey(t *testing.T, seed byte) *eddsa.PrivateKey {
	k, err := eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{seed}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// provenanceJob is the task of readings from dev with sequence numbers seq0, seq0+step, ..., with keys
// as the device keys the prover is handed. Its ID is the task's (task.ZKID), as the packer makes it.
func provenanceJob(t *testing.T, arts map[string]runtime.Artifact, config []byte, dev *eddsa.PrivateKey, keys [][]byte, seq0, step uint64, values ...uint64) runtime.Job {
	job := runtime.Job{ProjectID: devnet.ProvenanceProjectID, ProjectVersion: "v1", Artifacts: arts, Config: config}
	for _, k := range keys {
		job.DeviceKeys = append(job.DeviceKeys, k)
	}
	var verified []message.Verified
	for i, v := range values {
		m, err := message.SignEdDSA(dev, job.ProjectID, "v1", assign.Data(seq0+step*uint64(i), v))
		if err != nil {
			t.Fatal(err)
		}
		mv, err := m.Verify()
		if err != nil {
			t.Fatal(err)
		}
		verified = append(verified, mv)
		job.Messages = append(job.Messages, runtime.Message{ID: mv.ID, DeviceID: mv.DeviceID, Data: mv.Data, Signature: mv.Signature})
	}
	id, err := task.ZKID(job.ProjectID, job.ProjectVersion, verified)
	if err != nil {
		t.Fatal(err)
	}
	job.TaskID = id
	return job
}

// withTask returns public inputs whose task ID halves (inputs 1 and 2, as every example has them) name
// another task: the relabelling a prover would try with a proof of another task.
func withTask(inputs []byte, id common.Hash) []byte {
	out := bytes.Clone(inputs)
	clear(out[32 : 32*3])
	copy(out[32+16:32*2], id[:16])
	copy(out[32*2+16:32*3], id[16:])
	return out
}

// eachInputChanged checks that a settled proof verifies with no public input changed: each input + 1 in
// turn is refused off-chain by gnark.Verify and on-chain by the deployed verifier itself (accepts calls
// it with the inputs).
func eachInputChanged(t *testing.T, backend gnark.Backend, vk, proof, inputs []byte, accepts func(inputs []*big.Int) bool) {
	t.Helper()
	n := len(inputs) / 32
	decode := func(b []byte) []*big.Int {
		out := make([]*big.Int, n)
		for i := range out {
			out[i] = new(big.Int).SetBytes(b[32*i : 32*(i+1)])
		}
		return out
	}
	if !accepts(decode(inputs)) {
		t.Fatal("the deployed verifier refuses the settled proof")
	}
	for i := range n {
		changed := bytes.Clone(inputs)
		v := new(big.Int).SetBytes(changed[32*i : 32*(i+1)])
		v.Add(v, big.NewInt(1)).FillBytes(changed[32*i : 32*(i+1)])
		if err := gnark.Verify(backend, vk, proof, changed); !errors.Is(err, gnark.ErrInvalidProof) {
			t.Errorf("input %d + 1: off-chain verify = %v, want ErrInvalidProof", i, err)
		}
		if accepts(decode(changed)) {
			t.Errorf("input %d + 1: the deployed verifier accepts the proof", i)
		}
	}
}

// dappInput is what the router hands the dApp for a result.
func dappInput(t *testing.T, proof, inputs []byte) []byte {
	b, err := chainsync.DAppInput(&task.Result{Proof: proof, PublicInputs: inputs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestProvenanceCannotBeFooled proves a task of the flagship example, settles it through its dApp and
// the exported verifier, and shows each forgery refused off-chain (gnark.Verify, the program or the
// circuit) and on-chain (the dApp and the verifier).
func TestProvenanceCannotBeFooled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the provenance keys and proves several tasks")
	}
	c := newZKChain(t)
	rt, arts, config := zkRuntime(t, "provenance")
	ctx := context.Background()
	dev, other, rogue := zkKey(t, 1), zkKey(t, 2), zkKey(t, 3)
	registered := [][]byte{dev.PublicKey.Bytes(), other.PublicKey.Bytes()}

	// The project, with its device-tree root committed.
	for range devnet.ProvenanceProjectID {
		c.send(c.projects, bindings.NewProjectRegistry().PackRegister("file:///p.json", [32]byte{1}, [32]byte{2}))
	}
	root, err := devnet.DeviceRoot(registered)
	if err != nil {
		t.Fatal(err)
	}
	c.send(c.projects, bindings.NewProjectRegistry().PackSetAttribute(devnet.ProvenanceProjectID, devnet.DeviceRootKey, root[:]))
	pid := uint64(devnet.ProvenanceProjectID)
	process := func(taskID common.Hash, input []byte) []byte {
		return c.pdapp.PackProcess(pid, taskID, c.addr, input)
	}
	vk := arts[gnark.VerifyingKeyArtifact].Bytes

	// Readings 10, 12 and 14: the dApp credits those three, not the gaps between them.
	jobA := provenanceJob(t, arts, config, dev, registered, 10, 2, 500, 1500, 999)
	taskA := jobA.TaskID
	good, err := rt.Prove(ctx, jobA)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("output %s", good.Output)
	if err := gnark.Verify(gnark.Groth16, vk, good.Proof, good.PublicInputs); err != nil {
		t.Fatalf("off-chain verify: %v", err)
	}

	tampered := bytes.Clone(good.Proof)
	tampered[40] ^= 1
	wrongInput := bytes.Clone(good.PublicInputs)
	wrongInput[32*8+31]++ // Total + 1
	// Task B: other readings of the same device, proved by another prover.
	jobB := provenanceJob(t, arts, config, dev, registered, 30, 1, 7)
	taskB := jobB.TaskID
	goodB, err := rt.Prove(ctx, jobB)
	if err != nil {
		t.Fatal(err)
	}

	// A prover assigned task B that proves task A's messages under B's ID: the circuit recomputes the
	// ID from the messages, so the program refuses and no proof exists.
	stolen := jobA
	stolen.TaskID = taskB
	if _, err := rt.Prove(ctx, stolen); !errors.Is(err, runtime.ErrProgram) {
		t.Fatalf("task A's messages under task B's ID: %v, want ErrProgram", err)
	}

	// A message of an unregistered device: intake refuses it (it is not allow-listed), the program
	// refuses to prove it with the registered keys, and a prover that adds the key to its own tree gets
	// a proof for another root, which the dApp refuses.
	if _, err := rt.Prove(ctx, provenanceJob(t, arts, config, rogue, registered, 1, 1, 5)); !errors.Is(err, runtime.ErrProgram) {
		t.Fatalf("proof for an unregistered device: %v, want ErrProgram", err)
	}
	rogueJob := provenanceJob(t, arts, config, rogue, append(registered, rogue.PublicKey.Bytes()), 1, 1, 5)
	forged, err := rt.Prove(ctx, rogueJob)
	if err != nil {
		t.Fatal(err)
	}
	// A reading out of range cannot be proved.
	if _, err := rt.Prove(ctx, provenanceJob(t, arts, config, dev, registered, 20, 1, 70000)); !errors.Is(err, runtime.ErrProgram) {
		t.Fatalf("proof of a reading out of range: %v, want ErrProgram", err)
	}

	for _, tc := range []struct {
		name      string
		taskID    common.Hash
		proof     []byte
		inputs    []byte
		offchain  error // of gnark.Verify, nil when the proof itself verifies
		wantChain string
	}{
		{"tampered proof", taskA, tampered, good.PublicInputs, gnark.ErrInvalidProof, "ProofInvalid"},
		{"wrong public input", taskA, good.Proof, wrongInput, gnark.ErrInvalidProof, "ProofInvalid"},
		{"proof for another task", taskB, good.Proof, good.PublicInputs, nil, "WrongTask"},
		{"proof relabelled for another task", taskB, good.Proof, withTask(good.PublicInputs, taskB), gnark.ErrInvalidProof, "ProofInvalid"},
		{"unregistered device", rogueJob.TaskID, forged.Proof, forged.PublicInputs, nil, "WrongDeviceRoot"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := gnark.Verify(gnark.Groth16, vk, tc.proof, tc.inputs)
			if tc.offchain == nil && err != nil || tc.offchain != nil && !errors.Is(err, tc.offchain) {
				t.Fatalf("off-chain verify = %v, want %v", err, tc.offchain)
			}
			if got := c.revertOf(c.provenance.Address(), process(tc.taskID, dappInput(t, tc.proof, tc.inputs))); got != tc.wantChain {
				t.Fatalf("on-chain: %q, want %s", got, tc.wantChain)
			}
		})
	}

	// Every public input of the settled proof is bound, off-chain and by the deployed verifier.
	pv := bindings.NewProvenanceVerifier()
	eachInputChanged(t, gnark.Groth16, vk, good.Proof, good.PublicInputs, func(in []*big.Int) bool {
		return c.revertOf(c.provenanceVerifier, pv.PackVerifyProof(good.Proof, [11]*big.Int(in))) == "" // reverts when it refuses
	})

	// The good result settles once; the same readings cannot be credited again.
	r := c.send(c.provenance, process(taskA, dappInput(t, good.Proof, good.PublicInputs)))
	t.Logf("provenance: process (verify and credit) used %d gas for %d readings", r.GasUsed, 3)
	leaf := new(big.Int).SetBytes(good.PublicInputs[32*4 : 32*5])
	credit, err := bind.Call(c.provenance, nil, c.pdapp.PackCredits(pid, leaf), c.pdapp.UnpackCredits)
	if err != nil {
		t.Fatal(err)
	}
	if credit.Readings != 3 || credit.Total.Uint64() != 2999 || credit.Above != 1 {
		t.Fatalf("credit %+v", credit)
	}
	if got := c.revertOf(c.provenance.Address(), process(taskA, dappInput(t, good.Proof, good.PublicInputs))); got != "SeqAlreadyCredited" {
		t.Fatalf("replay: %q, want SeqAlreadyCredited", got)
	}
	for seq, want := range map[uint64]bool{10: true, 11: false, 12: true, 13: false, 14: true, 15: false} {
		got, err := bind.Call(c.provenance, nil, c.pdapp.PackSeqCredited(pid, leaf, new(big.Int).SetUint64(seq)), c.pdapp.UnpackSeqCredited)
		if err != nil || got != want {
			t.Fatalf("seq %d credited: %v (%v), want %v", seq, got, err, want)
		}
	}
	// Task B settles beside it. A reading resent into a later task is refused; the gaps of task A's
	// readings stay open to the device's other tasks.
	c.send(c.provenance, process(taskB, dappInput(t, goodB.Proof, goodB.PublicInputs)))
	overlapJob := provenanceJob(t, arts, config, dev, registered, 13, 1, 999, 1000) // 13, 14
	overlap, err := rt.Prove(ctx, overlapJob)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.revertOf(c.provenance.Address(), process(overlapJob.TaskID, dappInput(t, overlap.Proof, overlap.PublicInputs))); got != "SeqAlreadyCredited" {
		t.Fatalf("overlapping readings: %q, want SeqAlreadyCredited", got)
	}
	gapJob := provenanceJob(t, arts, config, dev, registered, 11, 2, 42, 43) // 11, 13: the gaps of task A
	gap, err := rt.Prove(ctx, gapJob)
	if err != nil {
		t.Fatal(err)
	}
	c.send(c.provenance, process(gapJob.TaskID, dappInput(t, gap.Proof, gap.PublicInputs)))
	credit, err = bind.Call(c.provenance, nil, c.pdapp.PackCredits(pid, leaf), c.pdapp.UnpackCredits)
	if err != nil {
		t.Fatal(err)
	}
	if credit.Readings != 6 || credit.Tasks != 3 {
		t.Fatalf("credit after tasks B and the gaps: %+v", credit)
	}
}

// TestStatsOnPLONK proves a stats task, settles it through its dApp and the exported PLONK verifier,
// and shows forgeries refused.
func TestStatsOnPLONK(t *testing.T) {
	c := newZKChain(t)
	rt, arts, config := zkRuntime(t, "stats")
	taskA, taskB := common.HexToHash("0xa1"), common.HexToHash("0xb2")
	job := runtime.Job{ProjectID: devnet.StatsProjectID, ProjectVersion: "v1", TaskID: taskA, Artifacts: arts, Config: config}
	for _, d := range []string{"7", "42", "3"} {
		job.Messages = append(job.Messages, runtime.Message{ID: crypto.Keccak256Hash([]byte(d)), Data: d})
	}
	res, err := rt.Prove(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Output) != `{"count":3,"total":52,"max":42}` {
		t.Fatalf("output %s", res.Output)
	}
	vk := arts[gnark.VerifyingKeyArtifact].Bytes
	process := func(taskID common.Hash, proof, inputs []byte) []byte {
		return c.sdapp.PackProcess(devnet.StatsProjectID, taskID, c.addr, dappInput(t, proof, inputs))
	}
	tampered := bytes.Clone(res.Proof)
	tampered[100] ^= 1
	wrongInput := bytes.Clone(res.PublicInputs)
	wrongInput[32*5+31]++ // Max + 1
	for _, tc := range []struct {
		name          string
		taskID        common.Hash
		proof, inputs []byte
		offchain      bool // the proof itself verifies
		wantChain     []string
	}{
		{"tampered proof", taskA, tampered, res.PublicInputs, false, []string{"ProofRejected", "Error("}},
		{"wrong public input", taskA, res.Proof, wrongInput, false, []string{"ProofRejected", "Error("}},
		{"proof for another task", taskB, res.Proof, res.PublicInputs, true, []string{"WrongTask"}},
		{"proof relabelled for another task", taskB, res.Proof, withTask(res.PublicInputs, taskB), false, []string{"ProofRejected", "Error("}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := gnark.Verify(gnark.Plonk, vk, tc.proof, tc.inputs)
			if (err == nil) != tc.offchain {
				t.Fatalf("off-chain verify = %v", err)
			}
			got := c.revertOf(c.stats.Address(), process(tc.taskID, tc.proof, tc.inputs))
			ok := false
			for _, w := range tc.wantChain {
				ok = ok || strings.HasPrefix(got, w)
			}
			if !ok {
				t.Fatalf("on-chain: %q, want one of %v", got, tc.wantChain)
			}
		})
	}
	sv := bindings.NewStatsVerifier()
	eachInputChanged(t, gnark.Plonk, vk, res.Proof, res.PublicInputs, func(in []*big.Int) bool {
		// gnark's PLONK verifier returns false, or reverts on malformed input, when it refuses.
		ok, err := bind.Call(sv.Instance(c.sim.Client, c.statsVerifier), nil, sv.PackVerify(res.Proof, in), sv.UnpackVerify)
		return err == nil && ok
	})
	r := c.send(c.stats, process(taskA, res.Proof, res.PublicInputs))
	t.Logf("stats: process (verify and record) used %d gas", r.GasUsed)
	s, err := bind.Call(c.stats, nil, c.sdapp.PackStats(devnet.StatsProjectID), c.sdapp.UnpackStats)
	if err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 1 || s.Readings != 3 || s.Total.Uint64() != 52 || s.Max.Uint64() != 42 {
		t.Fatalf("stats %+v", s)
	}
}
