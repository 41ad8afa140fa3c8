package devchain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/devchain"
)

func TestMinesOnDemandAndPersists(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	cfg := devchain.Config{DataDir: dir, Addr: "127.0.0.1:0", Alloc: map[common.Address]*big.Int{from: funds}}

	chain, err := devchain.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil || id.Int64() != devchain.ChainID {
		t.Fatalf("chain ID %v %v", id, err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	nonce, _ := c.PendingNonceAt(ctx, from)
	tip := big.NewInt(1e9)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(7)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// No one calls Commit: the chain seals on its own when the transaction arrives.
	var receipt *types.Receipt
	for receipt == nil {
		receipt, _ = c.TransactionReceipt(ctx, tx.Hash())
		if receipt == nil {
			select {
			case <-ctx.Done():
				t.Fatal("transaction was not mined")
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", receipt.Status)
	}
	c.Close()
	if err := chain.Close(); err != nil {
		t.Fatal(err)
	}

	chain, err = devchain.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	c, err = ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 7 {
		t.Fatalf("after restart the transfer is gone: balance %v %v", bal, err)
	}
}

// TestBurst sends many transactions from many accounts at once, more than the chain's subscription to its
// pool buffers, and checks that every one is mined and the chain still stops.
func TestBurst(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const senders, perSender = 16, 24
	keys := make([]*ecdsa.PrivateKey, senders)
	alloc := map[common.Address]*big.Int{}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	}
	chain, err := devchain.Start(devchain.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(devchain.ChainID))
	tip := big.NewInt(1e9)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	var wg sync.WaitGroup
	last := make([]common.Hash, senders)
	for i, key := range keys {
		wg.Go(func() {
			for n := range uint64(perSender) {
				tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(devchain.ChainID), Nonce: n,
					GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(1)})
				if err == nil {
					err = c.SendTransaction(ctx, tx)
				}
				if err != nil {
					t.Errorf("sender %d, nonce %d: %v", i, n, err)
					return
				}
				last[i] = tx.Hash()
			}
		})
	}
	wg.Wait()
	for i, h := range last {
		for {
			if r, _ := c.TransactionReceipt(ctx, h); r != nil {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("sender %d's last transaction was never mined: the chain stopped sealing", i)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	closed := make(chan error, 1)
	go func() { closed <- chain.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("the chain did not stop")
	}
}
