package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/w3bstream-go/w3bstream/chain"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
)

// ProversDir holds, in the data dir, one directory per extra prover node of `dev --provers`: its key,
// its own store and its log.
const ProversDir = "provers"

// proverFunds is what an extra dev prover is given: its stake and its gas for a long while.
var proverFunds = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))

// ExtraProver is a prover node of its own that `dev --provers` runs as a separate process.
type ExtraProver struct {
	Dir     string // its data dir
	KeyFile string // its prover key, hex
	Key     *ecdsa.PrivateKey
}

// AddProver makes the i-th extra prover (from 1) ready to run: its data dir and dev-only key (made once),
// funded by the owner and registered on-chain with DevRuntimes and the minimum stake. It is idempotent, so
// a restart finds the same prover.
func (c *Chain) AddProver(ctx context.Context, dir string, owner *ecdsa.PrivateKey, i int) (*ExtraProver, error) {
	p := &ExtraProver{Dir: filepath.Join(dir, ProversDir, fmt.Sprint(i))}
	p.KeyFile = filepath.Join(p.Dir, "prover.key")
	if err := os.MkdirAll(p.Dir, 0o700); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(p.KeyFile)
	switch {
	case err == nil:
		if p.Key, err = crypto.HexToECDSA(strings.TrimSpace(string(b))); err != nil {
			return nil, fmt.Errorf("%s: %w", p.KeyFile, err)
		}
	case errors.Is(err, os.ErrNotExist):
		if p.Key, err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
		if err := atomicfile.Write(p.KeyFile, []byte(hex.EncodeToString(crypto.FromECDSA(p.Key))+"\n"), 0o600); err != nil {
			return nil, err
		}
	default:
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, c.RPCURL())
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	addr := crypto.PubkeyToAddress(p.Key.PublicKey)
	balance, err := eth.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, err
	}
	if balance.Cmp(new(big.Int).Div(proverFunds, big.NewInt(2))) < 0 {
		if err := transfer(ctx, eth, owner, addr, proverFunds); err != nil {
			return nil, fmt.Errorf("fund prover %d: %w", i, err)
		}
	}
	client, err := chain.NewClient(ctx, eth, c.Contracts, p.Key)
	if err != nil {
		return nil, err
	}
	info, err := client.Prover(ctx, addr)
	if err != nil {
		return nil, err
	}
	if !info.Registered {
		if _, err := client.RegisterProver(ctx, DevRuntimes, addr, deploy.DefaultMinStake); err != nil {
			return nil, fmt.Errorf("register prover %d: %w", i, err)
		}
	}
	return p, nil
}

// transfer sends value from key to addr and waits for it to be mined.
func transfer(ctx context.Context, eth *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := eth.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID,
		Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: value})
	if err != nil {
		return err
	}
	if err := eth.SendTransaction(ctx, tx); err != nil {
		return err
	}
	r, err := bind.WaitMined(ctx, eth, tx.Hash())
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transfer %s reverted", tx.Hash())
	}
	return nil
}
