package task_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/task"
)

func TestIDIsDeterministicAndOrdered(t *testing.T) {
	a, b := common.HexToHash("0x01"), common.HexToHash("0x02")
	id := task.ComputeID(1, "v1", []common.Hash{a, b})
	if id != task.ComputeID(1, "v1", []common.Hash{a, b}) {
		t.Fatal("same messages gave different IDs")
	}
	for name, other := range map[string]common.Hash{
		"order":   task.ComputeID(1, "v1", []common.Hash{b, a}),
		"project": task.ComputeID(2, "v1", []common.Hash{a, b}),
		"version": task.ComputeID(1, "v2", []common.Hash{a, b}),
		"subset":  task.ComputeID(1, "v1", []common.Hash{a}),
	} {
		if other == id {
			t.Errorf("changing the %s kept the task ID", name)
		}
	}
	tk := task.New(1, "v1", []common.Hash{a, b}, time.Now())
	if err := tk.Check(); err != nil {
		t.Fatal(err)
	}
	tk.MessageIDs = []common.Hash{b, a}
	if tk.Check() == nil {
		t.Fatal("Check accepted reordered messages")
	}
}

func TestResultSignature(t *testing.T) {
	key, _ := crypto.GenerateKey()
	r := task.Result{TaskID: common.HexToHash("0x0a"), Prover: crypto.PubkeyToAddress(key.PublicKey), Output: []byte(`{"total":3}`)}
	sig, _ := crypto.Sign(r.Digest().Bytes(), key)
	r.Signature = sig
	if err := r.CheckSignature(); err != nil {
		t.Fatal(err)
	}
	r.Output = []byte(`{"total":4}`)
	if r.CheckSignature() == nil {
		t.Fatal("a changed output kept a valid signature")
	}
}
