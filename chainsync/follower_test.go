package chainsync_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/da/sqlite"
	"github.com/w3bstream-go/w3bstream/devchain"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

type forgetNothing struct{}

func (forgetNothing) Forget(uint64) {}

// TestFollowerSettlesOnTheChainsWord: a result routed and settled on a real chain whose prover's receipt
// poll gave up (DA holds the task failed) is settled in DA when the follower reads the router's event.
func TestFollowerSettlesOnTheChainsWord(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	dc, err := devchain.Start(devchain.Config{Addr: "127.0.0.1:0",
		Alloc: map[common.Address]*big.Int{addr: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	eth, err := ethclient.DialContext(ctx, dc.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	cfg := deploy.DefaultConfig()
	dep, err := deploy.Deploy(ctx, eth, key, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.NewClient(ctx, eth, dep.Addresses, key, chain.WithReceiptPollInterval(20*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.RegisterSequencer(ctx, cfg.MinSequencerStake, common.Address{}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.RegisterProver(ctx, []string{"wasm"}, common.Address{}, cfg.MinStake); err != nil {
		t.Fatal(err)
	}
	pid, _, err := c.RegisterProject(ctx, "ipfs://sum", [32]byte{1}, "wasm")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.BindDApp(ctx, pid, dep.Addresses.SumDApp); err != nil {
		t.Fatal(err)
	}

	store, err := sqlite.Open(filepath.Join(t.TempDir(), "da.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	device := common.HexToAddress("0xde")
	m := message.Verified{ID: message.ComputeID(device, pid, "v1", `{"reading":5}`), ProjectID: pid, ProjectVersion: "v1",
		DeviceID: device, Data: `{"reading":5}`, Signature: make([]byte, message.SignatureBytes)}
	if _, err := store.AppendMessages(ctx, []message.Verified{m}, time.Now()); err != nil {
		t.Fatal(err)
	}
	tk := task.New(pid, "v1", []common.Hash{m.ID}, time.Now())
	if err := store.CreateTask(ctx, tk); err != nil {
		t.Fatal(err)
	}

	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	as := []block.Assignment{{ProjectID: pid, TaskID: tk.ID, Prover: addr, Deadline: head.Time*1000 + uint64(time.Minute.Milliseconds())}}
	h := block.Header{Version: block.CurrentVersion, MerkleRoot: block.MerkleRoot(as), Timestamp: head.Time * 1000, NBits: cfg.Block.PowLimit}
	if h, err = block.Mine(ctx, h); err != nil {
		t.Fatal(err)
	}
	b := block.Block{Hash: h.Hash(), Header: h, Assignments: as}
	if _, err := c.Mint(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveBlock(ctx, b, time.Now()); err != nil {
		t.Fatal(err)
	}
	result, err := deploy.EncodeSumResult(1, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if _, settled, _, err := c.Route(ctx, pid, tk.ID, result); err != nil || !settled {
		t.Fatalf("route: settled %t, %v", settled, err)
	}
	lost := task.Event{State: task.Failed, Time: time.Now(), Prover: addr, Error: "submit: receipt: connection reset"}
	if err := store.UpdateTask(ctx, tk.ID, []task.State{task.Assigned}, lost, nil); err != nil {
		t.Fatal(err)
	}

	f := chainsync.NewFollower(c, store, forgetNothing{}, nil, nil, "", nil)
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dep.Addresses.Router}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range logs {
		if err := f.Handle(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	got, err := store.Task(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := got.Events[len(got.Events)-1]
	if got.State != task.Settled || last.State != task.Settled || last.TxHash == (common.Hash{}) {
		t.Fatalf("task the chain holds settled is %s in DA: %+v", got.State, got.Events)
	}
}
