package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

const selectBlock = `SELECT height, hash, version, prev_hash, merkle_root, timestamp, nbits, nonce, assignments,
tx_hash, chain_block FROM blocks`

// SaveBlock stores a block and assigns its tasks, in one transaction. When the store has no block yet, the
// first one may have any height: a store can start at a chain's current tip.
func (s *Store) SaveBlock(ctx context.Context, b block.Block, at time.Time) error {
	return s.saveBlock(ctx, b, at, false)
}

// SaveChainBlock stores a block the chain accepted and applies the chain's word to the tasks this store
// holds; it skips the tasks it does not hold.
func (s *Store) SaveChainBlock(ctx context.Context, b block.Block, at time.Time) error {
	return s.saveBlock(ctx, b, at, true)
}

func (s *Store) saveBlock(ctx context.Context, b block.Block, at time.Time, chainWord bool) error {
	assignments, err := json.Marshal(b.Assignments)
	if err != nil {
		return fmt.Errorf("sqlite: save block %d: %w", b.Height, err)
	}
	seen := make(map[common.Hash]bool, len(b.Assignments))
	for _, a := range b.Assignments {
		if seen[a.TaskID] {
			return fmt.Errorf("sqlite: save block %d: %w: task %s assigned twice", b.Height, da.ErrConflict, a.TaskID)
		}
		seen[a.TaskID] = true
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		var tip sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT MAX(height) FROM blocks`).Scan(&tip); err != nil {
			return err
		}
		if tip.Valid && b.Height != uint64(tip.Int64)+1 {
			return fmt.Errorf("%w: height is not tip %d + 1", da.ErrConflict, tip.Int64)
		}
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM blocks WHERE hash = ?`, b.Hash[:]).Scan(&one); err == nil {
			return fmt.Errorf("%w: hash %s exists", da.ErrConflict, b.Hash)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		h := b.Header
		if _, err := tx.ExecContext(ctx, `INSERT INTO blocks (height, hash, version, prev_hash, merkle_root, timestamp,
nbits, nonce, assignments, tx_hash, chain_block) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, int64(b.Height), b.Hash[:],
			int64(h.Version), h.PrevHash[:], h.MerkleRoot[:], int64(h.Timestamp), int64(h.NBits), int64(h.Nonce),
			assignments, b.TxHash[:], int64(b.ChainBlock)); err != nil {
			return err
		}
		_, err := s.assign(ctx, tx, b, b.Assignments, at, chainWord)
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: save block %d: %w", b.Height, err)
	}
	s.Publish(da.TopicBlocks, da.TopicTasks)
	return nil
}

// AssignTask applies the assignment of task id that the stored block at height carries, on the chain's word.
func (s *Store) AssignTask(ctx context.Context, height uint64, id common.Hash, at time.Time) error {
	var applied int
	err := s.write(ctx, func(tx *sql.Tx) error {
		b, err := scanBlock(tx.QueryRowContext(ctx, selectBlock+` WHERE height = ?`, int64(height)))
		if err != nil {
			return fmt.Errorf("block %d: %w", height, err)
		}
		for _, a := range b.Assignments {
			if a.TaskID == id {
				applied, err = s.assign(ctx, tx, b, []block.Assignment{a}, at, true)
				return err
			}
		}
		return fmt.Errorf("block %d does not assign task %s: %w", height, id, da.ErrNotFound)
	})
	switch {
	case err != nil:
		return fmt.Errorf("sqlite: assign task %s: %w", id, err)
	case applied == 0:
		return fmt.Errorf("sqlite: assign task %s: %w", id, da.ErrNotFound)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// assign applies assignments of block b to the tasks, with an assigned event each, and returns how many it
// applied. Strictly (chainWord false) every task must be held and assignable at time at; on the chain's word
// a task this store does not hold is skipped and a held one is assigned unless it is settled.
func (s *Store) assign(ctx context.Context, tx *sql.Tx, b block.Block, as []block.Assignment, at time.Time, chainWord bool) (int, error) {
	if len(as) == 0 {
		return 0, nil
	}
	query := `UPDATE tasks SET state = ?, attempts = attempts + 1, block_height = ?,
prover = ?, deadline = ?, updated_at = ?
WHERE id = ? AND project_id = ? AND (state IN (?, ?) OR (state = ? AND deadline < ?))`
	if chainWord {
		query = `UPDATE tasks SET state = ?, attempts = attempts + 1, block_height = ?,
prover = ?, deadline = ?, updated_at = ?
WHERE id = ? AND project_id = ? AND state <> ? AND NOT (COALESCE(block_height, -1) = ? AND state <> ?)`
	}
	update, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return 0, err
	}
	defer update.Close()
	event := tx.StmtContext(ctx, s.insertEvent)
	applied := 0
	for _, a := range as {
		deadline := nanos(time.UnixMilli(int64(a.Deadline)))
		args := []any{string(task.Assigned), int64(b.Height), a.Prover[:], deadline, nanos(at), a.TaskID[:],
			int64(a.ProjectID)}
		if chainWord {
			// Settled is final; a task assigned by this very block already (the sequencer saved it first)
			// is not assigned twice.
			args = append(args, string(task.Settled), int64(b.Height), string(task.Packed))
		} else {
			args = append(args, string(task.Packed), string(task.Failed), string(task.Assigned), at.UnixNano())
		}
		res, err := update.ExecContext(ctx, args...)
		if err != nil {
			return 0, err
		}
		n, err := res.RowsAffected()
		switch {
		case err != nil:
			return 0, err
		case n == 0 && chainWord:
			continue
		case n != 1:
			return 0, fmt.Errorf("%w: task %s of project %d is missing or not assignable", da.ErrConflict, a.TaskID,
				a.ProjectID)
		}
		applied++
		ev := task.Event{State: task.Assigned, Time: at, BlockHeight: b.Height, Prover: a.Prover, TxHash: b.TxHash,
			ChainBlock: b.ChainBlock}
		if err := execEvent(ctx, event, a.TaskID, ev); err != nil {
			return 0, err
		}
	}
	return applied, nil
}

// Block returns the block at a height.
func (s *Store) Block(ctx context.Context, height uint64) (block.Block, error) {
	b, err := scanBlock(s.r.QueryRowContext(ctx, selectBlock+` WHERE height = ?`, int64(height)))
	if err != nil {
		return block.Block{}, fmt.Errorf("sqlite: block %d: %w", height, err)
	}
	return b, nil
}

// LatestBlock returns the tip.
func (s *Store) LatestBlock(ctx context.Context) (block.Block, error) {
	b, err := scanBlock(s.r.QueryRowContext(ctx, selectBlock+` ORDER BY height DESC LIMIT 1`))
	if err != nil {
		return block.Block{}, fmt.Errorf("sqlite: latest block: %w", err)
	}
	return b, nil
}

// GetState returns a node-state value.
func (s *Store) GetState(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.r.QueryRowContext(ctx, `SELECT value FROM state WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: state %q: %w", key, da.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: state %q: %w", key, err)
	}
	return bytesOrEmpty(v), nil
}

// PutState sets a node-state value.
func (s *Store) PutState(ctx context.Context, key string, value []byte) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, bytesOrEmpty(value))
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: put state %q: %w", key, err)
	}
	return nil
}

// scanBlock reads one row of selectBlock; no row is da.ErrNotFound.
func scanBlock(row scanner) (block.Block, error) {
	var (
		b                                               block.Block
		height, version, ts, nbits, nonce, chain        int64
		hash, prevHash, merkleRoot, assignments, txHash []byte
	)
	err := row.Scan(&height, &hash, &version, &prevHash, &merkleRoot, &ts, &nbits, &nonce, &assignments, &txHash,
		&chain)
	if errors.Is(err, sql.ErrNoRows) {
		return block.Block{}, da.ErrNotFound
	}
	if err != nil {
		return block.Block{}, err
	}
	b.Height, b.Hash, b.TxHash, b.ChainBlock = uint64(height), hashOf(hash), hashOf(txHash), uint64(chain)
	b.Header = block.Header{Version: uint32(version), PrevHash: hashOf(prevHash), MerkleRoot: hashOf(merkleRoot),
		Timestamp: uint64(ts), NBits: uint32(nbits), Nonce: uint64(nonce)}
	if err := json.Unmarshal(assignments, &b.Assignments); err != nil {
		return block.Block{}, fmt.Errorf("assignments: %w", err)
	}
	return b, nil
}
