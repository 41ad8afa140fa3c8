package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Sim is go-ethereum's simulated backend on mainnet's rules (MainnetRules) with one funded account, for
// measuring and testing contracts without a node: each transaction is mined as soon as it is sent.
// Errors of refused transactions are the RPC's, so that callers can decode their revert data.
type Sim struct {
	Backend *simulated.Backend
	Client  simulated.Client
	Opts    *bind.TransactOpts // the funded account's
}

// NewSim starts a simulated chain whose genesis funds key's account.
func NewSim(key *ecdsa.PrivateKey) (*Sim, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	backend := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: funds}},
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = MainnetRules() })
	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		_ = backend.Close()
		return nil, err
	}
	return &Sim{Backend: backend, Client: client, Opts: bind.NewKeyedTransactor(key, chainID)}, nil
}

// Close stops the chain.
func (s *Sim) Close() { _ = s.Backend.Close() }

// Address is the funded account's.
func (s *Sim) Address() common.Address { return s.Opts.From }

// Deploy deploys a contract from its bytecode and packed constructor arguments (nil for none).
func (s *Sim) Deploy(bin, args []byte) (common.Address, *types.Receipt, error) {
	addr, tx, err := bind.DeployContract(s.Opts, bin, s.Client, args)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := s.mine(tx)
	return addr, r, err
}

// Send sends a transaction to a contract and mines it; a reverted one is an error.
func (s *Sim) Send(to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, s.Client, s.Client, s.Client), s.Opts, data)
	if err != nil {
		return nil, err
	}
	return s.mine(tx)
}

func (s *Sim) mine(tx *types.Transaction) (*types.Receipt, error) {
	s.Backend.Commit()
	r, err := s.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}
