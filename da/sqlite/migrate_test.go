package sqlite

import (
	"database/sql"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/task"
)

// TestMigrateFromVersion1 opens a file written by schema version 1 (before on-chain facts): its block and
// event read back with zero TxHash and ChainBlock, and new ones keep them.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "da.db")
	old, err := sql.Open("sqlite", dsn(path, pragmas()))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(ctx, old, 1); err != nil {
		t.Fatal(err)
	}
	at := time.Unix(0, 1_767_225_600_123_456_789).UTC()
	taskID, prover := common.HexToHash("0x7a5c"), common.HexToAddress("0xa1")
	want := block.Block{
		Height: 5,
		Hash:   common.HexToHash("0xb5"),
		Header: block.Header{Version: 1, PrevHash: common.HexToHash("0xb4"), MerkleRoot: common.HexToHash("0x3e"),
			Timestamp: 1_767_225_600_000, NBits: 0x1d00ffff, Nonce: 42},
		Assignments: []block.Assignment{{ProjectID: 1, TaskID: taskID, Prover: prover, Deadline: 1_767_229_200_000}},
	}
	assignments, err := json.Marshal(want.Assignments)
	if err != nil {
		t.Fatal(err)
	}
	h := want.Header
	for _, st := range []struct {
		query string
		args  []any
	}{
		{`INSERT INTO tasks (id, project_id, project_version, message_ids, state, prover, error, created_at, updated_at)
VALUES (?, 1, 'v1', ?, 'assigned', ?, x'', ?, ?)`, []any{taskID[:], common.HexToHash("0x01").Bytes(), prover[:],
			at.UnixNano(), at.UnixNano()}},
		{`INSERT INTO blocks (height, hash, version, prev_hash, merkle_root, timestamp, nbits, nonce, assignments)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, []any{int64(want.Height), want.Hash[:], int64(h.Version), h.PrevHash[:],
			h.MerkleRoot[:], int64(h.Timestamp), int64(h.NBits), int64(h.Nonce), assignments}},
		{`INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash, error)
VALUES (?, 'assigned', ?, ?, ?, ?, x'')`, []any{taskID[:], at.UnixNano(), int64(want.Height), prover[:],
			common.Hash{}.Bytes()}},
	} {
		if _, err := old.ExecContext(ctx, st.query, st.args...); err != nil {
			t.Fatalf("version 1: %v", err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatalf("open a version 1 file: %v", err)
	}
	defer s.Close()
	var v int
	if err := s.r.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version %d, %v; want %d", v, err, len(migrations))
	}
	for name, get := range map[string]func() (block.Block, error){
		"block":  func() (block.Block, error) { return s.Block(ctx, want.Height) },
		"latest": func() (block.Block, error) { return s.LatestBlock(ctx) },
	} {
		got, err := get()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s after migration:\n got %+v\nwant %+v", name, got, want)
		}
	}
	got, err := s.Task(ctx, taskID)
	if err != nil {
		t.Fatal(err)
	}
	wantEvent := task.Event{State: task.Assigned, Time: at, BlockHeight: want.Height, Prover: prover}
	if len(got.Events) != 1 || got.Events[0] != wantEvent {
		t.Errorf("events after migration: %+v, want [%+v]", got.Events, wantEvent)
	}

	// The migrated file takes the new fields.
	next := block.Block{Height: 6, Hash: common.HexToHash("0xb6"), Header: h, Assignments: []block.Assignment{},
		TxHash: common.HexToHash("0x6d"), ChainBlock: 1<<63 + 6}
	if err := s.SaveBlock(ctx, next, at); err != nil {
		t.Fatal(err)
	}
	if got, err := s.LatestBlock(ctx); err != nil || !reflect.DeepEqual(got, next) {
		t.Errorf("new block after migration: %+v, %v; want %+v", got, err, next)
	}
}
