package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/chain/bindings"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
)

// MaxSequencerEndpoint is the longest endpoint, in bytes, the SequencerRegistry stores (MAX_ENDPOINT).
const MaxSequencerEndpoint = 256

// SequencerInfo is a sequencer's record in the SequencerRegistry. Active is what the minter checks:
// registered, staked at least the minimum, not paused, not unstaking.
type SequencerInfo struct {
	Address     common.Address
	Registered  bool
	Active      bool
	Paused      bool
	Unstaking   bool
	UnstakeAt   uint64 // unix seconds from which WithdrawSequencer works; zero unless unstaking
	Stake       *big.Int
	Beneficiary common.Address
	Endpoint    string // a libp2p multiaddr where peers reach it; empty when it published none
}

// sequencers returns the registry, or deploy.ErrNoSequencerRegistry for addresses that predate it.
func (c *Client) sequencers() (deploy.Contract[bindings.SequencerRegistry], error) {
	if err := c.dep.Addresses.CheckSequencerRegistry(); err != nil {
		return c.dep.Sequencers, err
	}
	return c.dep.Sequencers, nil
}

// RegisterSequencer registers the client's account as a sequencer, staking stake (at least the
// registry's minimum). A zero beneficiary means the account itself.
func (c *Client) RegisterSequencer(ctx context.Context, stake *big.Int, beneficiary common.Address) (*Receipt, error) {
	s, err := c.sequencers()
	if err != nil {
		return nil, fmt.Errorf("register sequencer: %w", err)
	}
	if beneficiary == (common.Address{}) {
		beneficiary = c.addr
	}
	return c.op(ctx, "register sequencer", s.Instance, s.Binding.PackRegister(beneficiary), stake)
}

// AddSequencerStake adds stake to the client's sequencer account.
func (c *Client) AddSequencerStake(ctx context.Context, stake *big.Int) (*Receipt, error) {
	return c.sequencerOp(ctx, "add sequencer stake", func(s *bindings.SequencerRegistry) []byte { return s.PackAddStake() }, stake)
}

// SetSequencerBeneficiary changes where the sequencer's stake goes on withdrawal.
func (c *Client) SetSequencerBeneficiary(ctx context.Context, beneficiary common.Address) (*Receipt, error) {
	return c.sequencerOp(ctx, "set sequencer beneficiary", func(s *bindings.SequencerRegistry) []byte {
		return s.PackSetBeneficiary(beneficiary)
	}, nil)
}

// SetSequencerEndpoint publishes where peers reach the sequencer (a libp2p multiaddr, at most
// MaxSequencerEndpoint bytes); empty withdraws it. The registry does not parse it.
func (c *Client) SetSequencerEndpoint(ctx context.Context, endpoint string) (*Receipt, error) {
	if len(endpoint) > MaxSequencerEndpoint {
		return nil, fmt.Errorf("set sequencer endpoint: %d bytes, at most %d", len(endpoint), MaxSequencerEndpoint)
	}
	return c.sequencerOp(ctx, "set sequencer endpoint", func(s *bindings.SequencerRegistry) []byte {
		return s.PackSetEndpoint(endpoint)
	}, nil)
}

// PauseSequencer stops the client's account from minting.
func (c *Client) PauseSequencer(ctx context.Context) (*Receipt, error) {
	return c.sequencerOp(ctx, "pause sequencer", func(s *bindings.SequencerRegistry) []byte { return s.PackPause() }, nil)
}

// ResumeSequencer undoes PauseSequencer.
func (c *Client) ResumeSequencer(ctx context.Context) (*Receipt, error) {
	return c.sequencerOp(ctx, "resume sequencer", func(s *bindings.SequencerRegistry) []byte { return s.PackResume() }, nil)
}

// RequestSequencerUnstake makes the sequencer inactive and starts the unstake delay.
func (c *Client) RequestSequencerUnstake(ctx context.Context) (*Receipt, error) {
	return c.sequencerOp(ctx, "request sequencer unstake", func(s *bindings.SequencerRegistry) []byte {
		return s.PackRequestUnstake()
	}, nil)
}

// WithdrawSequencer ends the registration after the unstake delay and sends the stake to the beneficiary.
func (c *Client) WithdrawSequencer(ctx context.Context) (*Receipt, error) {
	return c.sequencerOp(ctx, "withdraw sequencer", func(s *bindings.SequencerRegistry) []byte { return s.PackWithdraw() }, nil)
}

func (c *Client) sequencerOp(ctx context.Context, what string, pack func(*bindings.SequencerRegistry) []byte, value *big.Int) (*Receipt, error) {
	s, err := c.sequencers()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return c.op(ctx, what, s.Instance, pack(s.Binding), value)
}

// SequencerInfo returns a sequencer's record as of one block; Registered is false for an unknown address.
func (c *Client) SequencerInfo(ctx context.Context, addr common.Address) (SequencerInfo, error) {
	at, err := c.head(ctx)
	if err != nil {
		return SequencerInfo{}, fmt.Errorf("sequencer %s: %w", addr, err)
	}
	return c.sequencerAt(ctx, addr, at)
}

// sequencerAt reads a sequencer's record at block at, so that its three calls see one state.
func (c *Client) sequencerAt(ctx context.Context, addr common.Address, at *big.Int) (SequencerInfo, error) {
	s, err := c.sequencers()
	if err != nil {
		return SequencerInfo{}, fmt.Errorf("sequencer %s: %w", addr, err)
	}
	info, err := callAt(ctx, c, s.Instance, at, s.Binding.PackSequencerInfo(addr), s.Binding.UnpackSequencerInfo)
	if err != nil {
		return SequencerInfo{}, fmt.Errorf("sequencer %s: %w", addr, err)
	}
	out := SequencerInfo{
		Address: addr, Registered: info.Registered, Paused: info.Paused, Unstaking: info.UnstakeAt != 0,
		UnstakeAt: info.UnstakeAt, Stake: info.Stake, Beneficiary: info.Beneficiary,
	}
	if out.Stake == nil {
		out.Stake = new(big.Int)
	}
	if !info.Registered {
		return out, nil
	}
	if out.Active, err = callAt(ctx, c, s.Instance, at, s.Binding.PackIsActive(addr), s.Binding.UnpackIsActive); err != nil {
		return SequencerInfo{}, fmt.Errorf("sequencer %s: %w", addr, err)
	}
	if out.Endpoint, err = callAt(ctx, c, s.Instance, at, s.Binding.PackEndpointOf(addr), s.Binding.UnpackEndpointOf); err != nil {
		return SequencerInfo{}, fmt.Errorf("sequencer %s endpoint: %w", addr, err)
	}
	return out, nil
}

// Sequencers returns every registered sequencer (active or not; withdrawn ones are left out) in address
// order, with its endpoint, as of one block. The registry keeps no list, so the addresses come from its
// SequencerRegistered events since the deploy block, scanned afresh on each call: it is meant for
// operators and peer discovery at start, not for a hot path.
func (c *Client) Sequencers(ctx context.Context) ([]SequencerInfo, error) {
	s, err := c.sequencers()
	if err != nil {
		return nil, fmt.Errorf("sequencers: %w", err)
	}
	head, err := c.eth.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("sequencers: head: %w", err)
	}
	ev := s.Binding.GetABI().Events["SequencerRegistered"]
	q := ethereum.FilterQuery{Addresses: []common.Address{s.Address}, Topics: [][]common.Hash{{ev.ID}}}
	logs, err := scanLogs(ctx, c.eth, q, c.dep.Addresses.DeployBlock, head, c.cfg.scanRange)
	if err != nil {
		return nil, fmt.Errorf("sequencers: %w", err)
	}
	var addrs []common.Address
	for i := range logs {
		if r, err := s.Binding.UnpackSequencerRegisteredEvent(&logs[i]); err == nil {
			addrs = append(addrs, r.Sequencer)
		}
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	addrs = slices.Compact(addrs) // registered again after a withdrawal
	at := new(big.Int).SetUint64(head)
	var out []SequencerInfo
	for _, a := range addrs {
		info, err := c.sequencerAt(ctx, a, at)
		if err != nil {
			return nil, err
		}
		if info.Registered {
			out = append(out, info)
		}
	}
	return out, nil
}

// ActiveSequencers returns the sequencers that may mint now, with their endpoints: Sequencers less the
// paused, unstaking and understaked ones.
func (c *Client) ActiveSequencers(ctx context.Context) ([]SequencerInfo, error) {
	all, err := c.Sequencers(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(all, func(s SequencerInfo) bool { return !s.Active }), nil
}
