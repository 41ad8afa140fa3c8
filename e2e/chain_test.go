package e2e_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
)

// TestSettlesOnTheDevChain sends a message signed as any device client signs it and follows it to
// settled; its transactions must have succeeded on the dev chain's JSON-RPC endpoint, and the block
// minter and router must have emitted their events.
func TestSettlesOnTheDevChain(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	dir := t.TempDir()
	node := startDev(t, dir)
	m, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.RPCURL == "" || m.ChainID == 0 || m.Contracts == nil || m.Contracts.BlockMinter == (common.Address{}) || len(m.Accounts) < 3 {
		t.Fatalf("devnet.json lacks the chain: %+v", m)
	}
	key := mustKey(t, m.Devices[0].PrivateKey)
	msg, err := client.Sign(key, 1, "v1", m.Projects[0].SampleData)
	if err != nil {
		t.Fatal(err)
	}
	c := client.New(node.url)
	id, err := c.Send(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	final, err := c.Follow(ctx, id, nil, func(api.Message, api.State) {})
	if err != nil {
		t.Fatal(err)
	}
	if final.State != "settled" {
		t.Fatalf("message ended %s: %+v", final.State, final.States)
	}
	eth, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	txs := map[string]string{}
	for _, s := range final.States {
		if s.TxHash != "" {
			txs[string(s.State)] = s.TxHash
		}
	}
	for _, state := range []string{"assigned", "submitted", "settled"} {
		h, ok := txs[state]
		if !ok {
			t.Fatalf("state %s has no txHash: %+v", state, final.States)
		}
		r, err := eth.TransactionReceipt(ctx, common.HexToHash(h))
		if err != nil {
			t.Fatalf("receipt of %s (%s): %v", h, state, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s of state %s has status %d", h, state, r.Status)
		}
	}
	minter, router := bindings.NewBlockMinter().GetABI(), bindings.NewRouter().GetABI()
	for name, q := range map[string]ethereum.FilterQuery{
		"BlockMinted":  {Addresses: []common.Address{m.Contracts.BlockMinter}, Topics: [][]common.Hash{{minter.Events["BlockMinted"].ID}}},
		"TaskAssigned": {Addresses: []common.Address{m.Contracts.BlockMinter}, Topics: [][]common.Hash{{minter.Events["TaskAssigned"].ID}}},
		"TaskSettled":  {Addresses: []common.Address{m.Contracts.Router}, Topics: [][]common.Hash{{router.Events["TaskSettled"].ID}}},
	} {
		logs, err := eth.FilterLogs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) == 0 {
			t.Fatalf("no %s event on the dev chain", name)
		}
	}
	node.stop(t)

	// A restart on the same data dir finds the chain where it was: the same contracts, and it goes on.
	node = startDev(t, dir)
	again, err := devnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if *again.Contracts != *m.Contracts {
		t.Fatalf("contracts changed across a restart: %+v then %+v", m.Contracts, again.Contracts)
	}
	c = client.New(node.url)
	msg, _ = client.Sign(key, 1, "v1", `{"reading":7}`)
	id, err = c.Send(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	if final, err = c.Follow(ctx, id, nil, func(api.Message, api.State) {}); err != nil || final.State != "settled" {
		t.Fatalf("after restart: %v %+v", err, final.States)
	}
	node.stop(t)
}
