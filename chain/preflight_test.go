package chain_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
	"github.com/w3bstream-go/w3bstream/sequencer"
)

// TestPreflightAgreesWithMint puts the assignments of hostile projects and tasks beside a healthy one:
// the preflight refuses each that mint refuses, with mint's own error, and the block of what it passes
// mints.
func TestPreflightAgreesWithMint(t *testing.T) {
	e := newEnv(t)
	ctx := e.ctx
	must(e.seq.RegisterSequencer(ctx, e.cfg.MinSequencerStake, common.Address{}))(t)
	must(e.p1.RegisterProver(ctx, []string{"wasm"}, common.Address{}, e.cfg.MinStake))(t)
	healthy := e.newProject("healthy")
	mismatch, _, err := e.projectOwner.RegisterProject(ctx, "ipfs://mismatch", sha256Of("mismatch"), "zk-other")
	if err != nil {
		t.Fatal(err)
	}
	must(e.projectOwner.BindDApp(ctx, mismatch, e.dep.Addresses.SumDApp))(t)
	paused := e.newProject("paused")
	must(e.projectOwner.PauseProject(ctx, paused))(t)
	noDApp, _, err := e.projectOwner.RegisterProject(ctx, "ipfs://nodapp", sha256Of("nodapp"), "wasm")
	if err != nil {
		t.Fatal(err)
	}
	e.mint()

	// One task settled and one still assigned on the chain.
	settled, assigned := e.assignment(healthy, "settled", e.p1.Address()), e.assignment(healthy, "assigned", e.p1.Address())
	e.mint(settled, assigned)
	result, err := deploy.EncodeSumResult(1, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _, err := e.p1.Route(ctx, healthy, settled.TaskID, result); err != nil || !ok {
		t.Fatalf("route: %t %v", ok, err)
	}

	tests := []struct {
		name   string
		a      block.Assignment
		reason string
		revert string // mint's error; empty where mint takes it and the router would not
	}{
		{"healthy", e.assignment(healthy, "fresh", e.p1.Address()), "", ""},
		{"runtime mismatch", e.assignment(mismatch, "m", e.p1.Address()), sequencer.RefusedRuntimeNotSupported, "RuntimeNotSupported"},
		{"paused", e.assignment(paused, "p", e.p1.Address()), sequencer.RefusedProjectPaused, "ProjectPaused"},
		{"no dApp", e.assignment(noDApp, "n", e.p1.Address()), sequencer.RefusedNoDApp, ""},
		{"unknown project", e.assignment(999, "u", e.p1.Address()), sequencer.RefusedUnknownProject, "UnknownProject"},
		{"inactive prover", e.assignment(healthy, "i", e.p2.Address()), sequencer.RefusedProverNotActive, "ProverNotActive"},
		{"settled", e.assignment(healthy, "settled", e.p1.Address()), sequencer.RefusedTaskSettled, "TaskAlreadySettled"},
		{"assigned", e.assignment(healthy, "assigned", e.p1.Address()), sequencer.RefusedTaskAssigned, "TaskAlreadyAssigned"},
	}
	as := make([]block.Assignment, len(tests))
	for i, tc := range tests {
		as[i] = tc.a
	}
	checked, err := e.stranger.Preflight().Check(ctx, as)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Unix(int64(e.head().Time), 0); !checked.ChainTime.Equal(want) {
		t.Errorf("chain time %s, want the latest block's %s", checked.ChainTime, want)
	}
	byTask := map[common.Hash]sequencer.Refusal{}
	for _, r := range checked.Refusals {
		byTask[r.TaskID] = r
	}
	var passed []block.Assignment
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, refused := byTask[tc.a.TaskID]
			if r.Reason != tc.reason {
				t.Fatalf("preflight: %q (%s), want %q", r.Reason, r.Detail, tc.reason)
			}
			if !refused {
				passed = append(passed, tc.a)
				return
			}
			if tc.revert == "" {
				return
			}
			if !strings.HasPrefix(r.Detail, tc.revert+"(") {
				t.Errorf("detail %q does not name %s", r.Detail, tc.revert)
			}
			_, err := e.seq.Mint(ctx, e.nextBlock([]block.Assignment{tc.a}))
			wantRevert(t, err, tc.revert)
		})
	}
	if len(passed) != 1 {
		t.Fatalf("passed %d assignments, want the healthy one", len(passed))
	}
	e.mint(passed...)
}
