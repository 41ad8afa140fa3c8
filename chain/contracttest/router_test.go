package contracttest_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/chain/deploy"
)

// Modes of TestDApp.
const (
	modeAccept uint8 = iota
	modeRevert
	modeBurnGas
	modeReenter
	modeBigRevert
)

func sumResult(t *testing.T, count uint64, total int64) []byte {
	t.Helper()
	b, err := deploy.EncodeSumResult(count, big.NewInt(total))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// route sends a result that the router must take (settled or failed) and returns the receipt.
func (e *env) route(from *account, projectID uint64, task common.Hash, result []byte) *types.Receipt {
	e.t.Helper()
	rt := e.dep.Router
	return e.send(from, rt.Instance, rt.Binding.PackRoute(projectID, task, result))
}

func (e *env) routeRevert(from *account, projectID uint64, task common.Hash, result []byte, want string) *deploy.RevertError {
	e.t.Helper()
	rt := e.dep.Router
	return e.mustRevert(from, rt.Instance, rt.Binding.PackRoute(projectID, task, result), want)
}

// failedReason returns the reason of the one TaskFailed in r, checking the event's other fields.
func (e *env) failedReason(r *types.Receipt, projectID uint64, task common.Hash, prover *account) []byte {
	e.t.Helper()
	rt := e.dep.Router
	if n := len(events(e, r, rt.Address, rt.Binding.UnpackTaskSettledEvent)); n != 0 {
		e.t.Fatalf("%d TaskSettled events with a TaskFailed", n)
	}
	ev := event(e, r, rt.Address, rt.Binding.UnpackTaskFailedEvent)
	if ev.ProjectID != projectID || ev.TaskID != task || ev.Prover != prover.addr {
		e.t.Fatalf("TaskFailed %+v, want project %d task %s prover %s", ev, projectID, task, prover.addr)
	}
	if tk := e.task(projectID, task); tk.Status != statusFailed {
		e.t.Fatalf("task %+v after TaskFailed, want failed", tk)
	}
	return ev.Reason
}

func TestRouteAccess(t *testing.T) {
	e := newEnv(t, testConfig())
	pj := e.dep.Projects
	e.register(e.p1, wasm)
	e.register(e.p2, wasm)
	pid := e.newProject(wasm, e.dep.SumDApp.Address)
	other := e.newProject(wasm, e.dep.SumDApp.Address)
	noDApp := e.newProject(wasm, common.Address{})
	e.mintAssign()
	a := e.assignment(pid, "t", e.p1, time.Minute)
	nd := e.assignment(noDApp, "no dApp", e.p1, time.Minute)
	e.mintAssign(a, nd)
	res := sumResult(t, 3, 42)

	re := e.routeRevert(e.p2, pid, a.TaskID, res, "NotAssignedProver")
	if re.Args[2] != e.p2.addr || re.Args[3] != e.p1.addr {
		t.Fatalf("NotAssignedProver%v", re.Args)
	}
	e.routeRevert(e.stranger, pid, a.TaskID, res, "NotAssignedProver")
	e.routeRevert(e.p1, pid, taskID("unknown"), res, "UnknownTask")
	e.routeRevert(e.p1, other, a.TaskID, res, "UnknownTask") // tasks belong to a project
	e.routeRevert(e.p1, noDApp, nd.TaskID, res, "NoDApp")

	e.send(e.projectOwner, pj.Instance, pj.Binding.PackPause(pid))
	e.routeRevert(e.p1, pid, a.TaskID, res, "ProjectPaused")
	e.send(e.projectOwner, pj.Instance, pj.Binding.PackResume(pid))

	// A dApp takes calls from the router only.
	sd := e.dep.SumDApp
	e.mustRevert(e.p1, sd.Instance, sd.Binding.PackProcess(pid, a.TaskID, e.p1.addr, res), "NotRouter")

	rt := e.dep.Router
	e.mustRevert(e.stranger, rt.Instance, rt.Binding.PackSetDAppGasLimit(big.NewInt(1)), "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, rt.Instance, rt.Binding.PackSetDAppGasLimit(big.NewInt(0)), "BadDAppGasLimit")
	r := e.send(e.owner, rt.Instance, rt.Binding.PackSetDAppGasLimit(big.NewInt(500_000)))
	if ev := event(e, r, rt.Address, rt.Binding.UnpackDAppGasLimitSetEvent); ev.DappGasLimit.Int64() != 500_000 {
		t.Fatalf("DAppGasLimitSet %+v", ev)
	}
}

func TestRouteSettles(t *testing.T) {
	e := newEnv(t, testConfig())
	rt, sd := e.dep.Router, e.dep.SumDApp
	e.register(e.p1, wasm)
	pid := e.newProject(wasm, sd.Address)
	e.mintAssign()
	a := e.assignment(pid, "t", e.p1, time.Minute)
	b := e.assignment(pid, "u", e.p1, time.Minute)
	e.mintAssign(a, b)

	r := e.route(e.p1, pid, a.TaskID, sumResult(t, 3, 42))
	ev := event(e, r, rt.Address, rt.Binding.UnpackTaskSettledEvent)
	if ev.ProjectID != pid || ev.TaskID != a.TaskID || ev.Prover != e.p1.addr {
		t.Fatalf("TaskSettled %+v", ev)
	}
	if n := len(events(e, r, rt.Address, rt.Binding.UnpackTaskFailedEvent)); n != 0 {
		t.Fatalf("%d TaskFailed with TaskSettled", n)
	}
	s := event(e, r, sd.Address, sd.Binding.UnpackSummedEvent)
	if s.ProjectID != pid || s.TaskID != a.TaskID || s.Prover != e.p1.addr || s.Count != 3 || s.Total.Int64() != 42 {
		t.Fatalf("Summed %+v", s)
	}
	if tk := e.task(pid, a.TaskID); tk.Status != statusSettled {
		t.Fatalf("task %+v after route, want settled", tk)
	}
	e.routeRevert(e.p1, pid, a.TaskID, sumResult(t, 3, 42), "TaskAlreadySettled")

	e.route(e.p1, pid, b.TaskID, sumResult(t, 2, 8))
	tot := call(e, sd.Instance, sd.Binding.PackTotals(pid), sd.Binding.UnpackTotals)
	if tot.Tasks != 2 || tot.Readings != 5 || tot.Sum.Int64() != 50 {
		t.Fatalf("totals %+v, want 2 tasks, 5 readings, sum 50", tot)
	}
}

func TestRouteDeadline(t *testing.T) {
	e := newEnv(t, testConfig())
	e.register(e.p1, wasm)
	pid := e.newProject(wasm, e.dep.SumDApp.Address)
	e.mintAssign()
	// Deadlines on whole seconds, so that a block lands on one exactly.
	a := e.assignment(pid, "on time", e.p1, 10*time.Second)
	late := e.assignment(pid, "late", e.p1, 10*time.Second)
	e.mintAssign(a, late)
	e.advance(time.Duration(a.Deadline/1000-e.nextTime()) * time.Second)
	if e.nextMs() != a.Deadline {
		t.Fatalf("next block at %d, deadline %d", e.nextMs(), a.Deadline)
	}
	e.route(e.p1, pid, a.TaskID, sumResult(t, 1, 1)) // at the deadline
	re := e.routeRevert(e.p1, pid, late.TaskID, sumResult(t, 1, 1), "DeadlinePassed")
	if re.Args[2].(uint64) != late.Deadline || re.Args[3].(*big.Int).Uint64() != late.Deadline+1000 {
		t.Fatalf("DeadlinePassed%v, want deadline %d now %d", re.Args, late.Deadline, late.Deadline+1000)
	}
}

// TestRouteDAppRefuses follows a task whose result the dApp refuses: the refusal is recorded with its
// reason, the prover cannot send again, and after the deadline the task goes to another prover, who
// settles it.
func TestRouteDAppRefuses(t *testing.T) {
	e := newEnv(t, testConfig())
	sd := e.dep.SumDApp
	e.register(e.p1, wasm)
	e.register(e.p2, wasm)
	pid := e.newProject(wasm, sd.Address)
	e.mintAssign()
	a := e.assignment(pid, "t", e.p1, time.Minute)
	e.mintAssign(a)

	bad := []byte("not an ABI result")
	r := e.route(e.p1, pid, a.TaskID, bad)
	reason := e.failedReason(r, pid, a.TaskID, e.p1)
	re, ok := deploy.ParseRevert(reason)
	if !ok || re.Name != "MalformedResult" || !bytes.Equal(re.Args[0].([]byte), bad) {
		t.Fatalf("reason %x decodes to %v, want MalformedResult(%x)", reason, re, bad)
	}
	e.routeRevert(e.p1, pid, a.TaskID, sumResult(t, 1, 1), "TaskAlreadyFailed")
	e.routeRevert(e.p2, pid, a.TaskID, sumResult(t, 1, 1), "NotAssignedProver")
	e.mintRevert(e.nextBlock(0, []block.Assignment{e.assignment(pid, "t", e.p2, time.Minute)}), "TaskAlreadyAssigned")

	e.advance(2 * time.Minute)
	e.mintRevert(e.nextBlock(0, []block.Assignment{e.assignment(pid, "t", e.p1, time.Minute)}), "ProverAlreadyTried")
	e.mintAssign(e.assignment(pid, "t", e.p2, time.Minute))
	e.routeRevert(e.p1, pid, a.TaskID, sumResult(t, 1, 1), "NotAssignedProver")
	e.route(e.p2, pid, a.TaskID, sumResult(t, 4, 10))
	if tk := e.task(pid, a.TaskID); tk.Status != statusSettled || tk.Prover != e.p2.addr || tk.Attempts != 2 {
		t.Fatalf("task %+v, want settled by prover 2 at the second attempt", tk)
	}
	tot := call(e, sd.Instance, sd.Binding.PackTotals(pid), sd.Binding.UnpackTotals)
	if tot.Tasks != 1 || tot.Readings != 4 || tot.Sum.Int64() != 10 {
		t.Fatalf("totals %+v, want the second prover's result only", tot)
	}
}

// TestRouteHostileDApps checks that route records, and survives, a dApp that reverts with a custom
// error, burns all its gas, calls the router back, or reverts with a lot of data; and that a prover
// cannot starve the dApp of gas.
func TestRouteHostileDApps(t *testing.T) {
	e := newEnv(t, testConfig())
	e.register(e.p1, wasm)
	e.mintAssign()
	tests := []struct {
		name  string
		mode  uint8
		check func(t *testing.T, reason []byte, r *types.Receipt)
	}{
		{"custom error", modeRevert, func(t *testing.T, reason []byte, _ *types.Receipt) {
			if re, ok := deploy.ParseRevert(reason, e.testABIs...); !ok || re.Name != "Refused" || re.Args[0] != "result" {
				t.Fatalf("reason %x decodes to %v, want Refused(result)", reason, re)
			}
		}},
		{"out of gas", modeBurnGas, func(t *testing.T, reason []byte, r *types.Receipt) {
			if len(reason) != 0 {
				t.Fatalf("reason %x, want none", reason)
			}
			if r.GasUsed < e.cfg.DAppGasLimit {
				t.Fatalf("route used %d gas, under the dApp's %d", r.GasUsed, e.cfg.DAppGasLimit)
			}
		}},
		{"reentry", modeReenter, func(t *testing.T, reason []byte, _ *types.Receipt) {
			if re, ok := deploy.ParseRevert(reason); !ok || re.Name != "ReentrancyGuardReentrantCall" {
				t.Fatalf("reason %x decodes to %v, want ReentrancyGuardReentrantCall", reason, re)
			}
		}},
		{"10 kB revert", modeBigRevert, func(t *testing.T, reason []byte, _ *types.Receipt) {
			if len(reason) != 1024 {
				t.Fatalf("reason of %d bytes, want it cut to 1024", len(reason))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.t = t
			dapp, _ := e.newTestDApp(tt.mode)
			pid := e.newProject(wasm, dapp)
			a := e.assignment(pid, tt.name, e.p1, time.Minute)
			e.mintAssign(a)
			r := e.route(e.p1, pid, a.TaskID, []byte("result"))
			tt.check(t, e.failedReason(r, pid, a.TaskID, e.p1), r)
		})
	}
	e.t = t

	// Too little gas for the dApp's share: refused before the call, nothing recorded.
	dapp, _ := e.newTestDApp(modeAccept)
	pid := e.newProject(wasm, dapp)
	a := e.assignment(pid, "starved", e.p1, time.Minute)
	e.mintAssign(a)
	rt := e.dep.Router
	e.mustRevertWith(e.p1, rt.Instance, rt.Binding.PackRoute(pid, a.TaskID, nil), nil, 300_000, "InsufficientGas")
	if tk := e.task(pid, a.TaskID); tk.Status != statusAssigned {
		t.Fatalf("task %+v after a starved route, want still assigned", tk)
	}
	e.route(e.p1, pid, a.TaskID, nil)
	if tk := e.task(pid, a.TaskID); tk.Status != statusSettled {
		t.Fatalf("task %+v, want settled", tk)
	}
}
