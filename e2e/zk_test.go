package e2e_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples/provenance"
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/examples/stats"
	"github.com/w3bstream-go/w3bstream/message"
)

// TestGnarkProjectsSettle sends readings to both gnark examples of a dev node and follows them to
// settled: their proofs were verified on-chain by the exported verifiers through the router, and the
// task API shows the proof, the public inputs and the settlement's transaction.
func TestGnarkProjectsSettle(t *testing.T) {
	ctx := testContext(t, 5*time.Minute)
	dir := t.TempDir()
	node := startDev(t, dir)
	defer node.stop(t)
	m, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	runtimes := map[uint64]string{}
	for _, p := range m.Projects {
		runtimes[p.ID] = p.Runtime
	}
	if runtimes[devnet.ProvenanceProjectID] != "gnark-groth16" || runtimes[devnet.StatsProjectID] != "gnark-plonk" {
		t.Fatalf("devnet.json projects: %+v", m.Projects)
	}
	if len(m.Devices) == 0 || len(m.ZKDevices) == 0 || m.ZKDevices[0].Scheme != message.SchemeEdDSA {
		t.Fatalf("devnet.json devices: %+v %+v", m.Devices, m.ZKDevices)
	}
	plainKey := m.Devices[0].PrivateKey
	zkKey, err := message.ParseEdDSAKey(m.ZKDevices[0].PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	c := client.New(node.url)

	// Intake holds each project to its scheme and its devices.
	wrongScheme, _ := client.Sign(mustKey(t, plainKey), devnet.ProvenanceProjectID, "v1", assign.Data(1, 1))
	var apiErr *client.Error
	if _, err := c.Send(ctx, wrongScheme); !errors.As(err, &apiErr) || apiErr.Code != "bad_signature" {
		t.Fatalf("secp256k1 message to the EdDSA project: %v", err)
	}
	stranger, _ := eddsa.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{9}, 32)))
	unregistered, _ := message.SignEdDSA(stranger, devnet.ProvenanceProjectID, "v1", assign.Data(1, 1))
	if _, err := c.Send(ctx, unregistered); !errors.As(err, &apiErr) || apiErr.Code != "device_forbidden" {
		t.Fatalf("message of an unregistered EdDSA device: %v", err)
	}

	var ids []string
	for i, v := range []uint64{1200, 300} {
		msg, err := message.SignEdDSA(zkKey, devnet.ProvenanceProjectID, "v1", assign.Data(uint64(100+i), v))
		if err != nil {
			t.Fatal(err)
		}
		id, err := c.Send(ctx, msg)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	statsMsg, _ := client.Sign(mustKey(t, plainKey), devnet.StatsProjectID, "v1", "42")
	id, err := c.Send(ctx, statsMsg)
	if err != nil {
		t.Fatal(err)
	}
	ids = append(ids, id)

	eth, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	for _, id := range ids {
		final, err := c.Follow(ctx, id, nil, func(api.Message, api.State) {})
		if err != nil {
			t.Fatal(err)
		}
		if final.State != "settled" {
			t.Fatalf("message %s ended %s: %+v", id, final.State, final.States)
		}
		task, err := c.Task(ctx, final.TaskID)
		if err != nil {
			t.Fatal(err)
		}
		words := provenance.NumInputs
		if task.ProjectID == devnet.StatsProjectID {
			words = stats.NumInputs
		}
		if task.Proof == nil || len(*task.Proof) < 2+2*256 || len(task.PublicInputs) != 2+2*32*words {
			t.Fatalf("task %s: proof %v, public inputs %q", task.TaskID, task.Proof, task.PublicInputs)
		}
		var settledTx string
		for _, s := range task.States {
			if s.State == "settled" {
				settledTx = s.TxHash
			}
		}
		r, err := eth.TransactionReceipt(ctx, common.HexToHash(settledTx))
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("settlement %q of task %s: %v %+v", settledTx, task.TaskID, err, r)
		}
	}

	// The provenance dApp credited the device with both readings.
	b, err := os.ReadFile(filepath.Join(dir, devnet.ExamplesFile))
	if err != nil {
		t.Fatal(err)
	}
	var ex devnet.ExampleContracts
	if err := json.Unmarshal(b, &ex); err != nil {
		t.Fatal(err)
	}
	leaf := assign.Leaf(zkKey.PublicKey)
	leafBytes := leaf.Bytes()
	dapp := bindings.NewProvenanceDApp()
	credit, err := bind.Call(dapp.Instance(eth, ex.ProvenanceDApp), nil,
		dapp.PackCredits(devnet.ProvenanceProjectID, new(big.Int).SetBytes(leafBytes[:])), dapp.UnpackCredits)
	if err != nil {
		t.Fatal(err)
	}
	if credit.Readings != 2 || credit.Total.Uint64() != 1500 || credit.Above != 1 {
		t.Fatalf("credit %+v", credit)
	}

	// The CLI signs with a dev device of either scheme.
	if out, code := w3b(t, nil, "send", "--data-dir", dir, "--dev-zk-device", "0", "--project", "3", "--data", "[500,7]"); code != 0 || !strings.Contains(out, "messageID 0x") {
		t.Fatalf("send with the EdDSA dev device: exit %d\n%s", code, out)
	}

	// The operator command computes the same device-tree root from the registry as the one committed.
	root, err := bind.Call(dapp.Instance(eth, ex.ProvenanceDApp), nil, dapp.PackDeviceRoot(devnet.ProvenanceProjectID), dapp.UnpackDeviceRoot)
	if err != nil {
		t.Fatal(err)
	}
	out, code := w3b(t, nil, "device", "root", "3", "--chain-rpc", m.RPCURL, "--contracts", filepath.Join(dir, devnet.ContractsFile))
	if want := fmt.Sprintf("%d keys, depth 10, root 0x%064x", len(m.ZKDevices), root); code != 0 || !strings.Contains(out, want) {
		t.Fatalf("device root: exit %d\n%s\nwant %s", code, out, want)
	}
}
