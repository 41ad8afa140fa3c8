package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

const selectBlock = `SELECT height, hash, version, prev_hash, merkle_root, timestamp, nbits, nonce, assignments,
tx_hash, chain_block FROM blocks`

// SaveBlock stores a block and assigns its tasks, in one transaction. When the store has no block yet, the
// first one may have any height: a store can start at a chain's current tip. Block writers take turns
// under an advisory lock, so of two that race for a height the second sees the first's block and fails.
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
		return fmt.Errorf("postgres: save block %d: %w", b.Height, err)
	}
	seen := make(map[common.Hash]bool, len(b.Assignments))
	for _, a := range b.Assignments {
		if seen[a.TaskID] {
			return fmt.Errorf("postgres: save block %d: %w: task %s assigned twice", b.Height, da.ErrConflict, a.TaskID)
		}
		seen[a.TaskID] = true
	}
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		// Unique heights alone would let two first blocks of different heights both in.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, blockLock); err != nil {
			return err
		}
		var tip *int64
		if err := tx.QueryRow(ctx, `SELECT MAX(height) FROM blocks`).Scan(&tip); err != nil {
			return err
		}
		if tip != nil && b.Height != uint64(*tip)+1 {
			return fmt.Errorf("%w: height is not tip %d + 1", da.ErrConflict, *tip)
		}
		h := b.Header
		tag, err := tx.Exec(ctx, `INSERT INTO blocks (height, hash, version, prev_hash, merkle_root, timestamp, nbits,
nonce, assignments, tx_hash, chain_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT DO NOTHING`, int64(b.Height), b.Hash.Bytes(), int64(h.Version), h.PrevHash.Bytes(),
			h.MerkleRoot.Bytes(), int64(h.Timestamp), int64(h.NBits), int64(h.Nonce), assignments, b.TxHash.Bytes(),
			int64(b.ChainBlock))
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("%w: height or hash exists", da.ErrConflict)
		}
		if _, err := assign(ctx, tx, b, b.Assignments, at, chainWord); err != nil {
			return err
		}
		return notify(ctx, tx, da.TopicBlocks, da.TopicTasks)
	})
	if err != nil {
		return fmt.Errorf("postgres: save block %d: %w", b.Height, err)
	}
	s.Publish(da.TopicBlocks, da.TopicTasks)
	return nil
}

// AssignTask applies the assignment of task id that the stored block at height carries, on the chain's word.
func (s *Store) AssignTask(ctx context.Context, height uint64, id common.Hash, at time.Time) error {
	var applied int64
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		b, err := scanBlock(tx.QueryRow(ctx, selectBlock+` WHERE height = $1`, int64(height)))
		if err != nil {
			return fmt.Errorf("block %d: %w", height, err)
		}
		for _, a := range b.Assignments {
			if a.TaskID == id {
				if applied, err = assign(ctx, tx, b, []block.Assignment{a}, at, true); err != nil || applied == 0 {
					return err
				}
				return notify(ctx, tx, da.TopicTasks)
			}
		}
		return fmt.Errorf("block %d does not assign task %s: %w", height, id, da.ErrNotFound)
	})
	switch {
	case err != nil:
		return fmt.Errorf("postgres: assign task %s: %w", id, err)
	case applied == 0:
		return fmt.Errorf("postgres: assign task %s: %w", id, da.ErrNotFound)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// assign applies assignments of block b to the tasks, with an assigned event each, and returns how many it
// applied. Strictly (chainWord false) every task must be held and assignable at time at; on the chain's word
// a task this store does not hold is skipped and a held one is assigned unless it is settled or this block
// assigned it already.
func assign(ctx context.Context, tx pgx.Tx, b block.Block, as []block.Assignment, at time.Time, chainWord bool) (int64, error) {
	n := len(as)
	if n == 0 {
		return 0, nil
	}
	var (
		taskIDs   = make([][]byte, n)
		projects  = make([]int64, n)
		provers   = make([][]byte, n)
		deadlines = make([]int64, n)
	)
	for i, a := range as {
		taskIDs[i], projects[i], provers[i] = a.TaskID.Bytes(), int64(a.ProjectID), a.Prover.Bytes()
		deadlines[i] = time.UnixMilli(int64(a.Deadline)).UnixNano()
	}
	which := `(t.state IN ($8, $9) OR (t.state = $1 AND t.deadline < $10))`
	args := []any{string(task.Assigned), int64(b.Height), nanos(at), taskIDs, projects, provers, deadlines}
	if chainWord {
		which = `t.state <> $8 AND NOT (t.block_height = $2 AND t.state <> $9)`
		args = append(args, string(task.Settled), string(task.Packed))
	} else {
		args = append(args, string(task.Packed), string(task.Failed), at.UnixNano())
	}
	// The events are inserted from the rows the update returns, so a skipped task gets none.
	tag, err := tx.Exec(ctx, `WITH updated AS (
UPDATE tasks t SET state = $1, attempts = t.attempts + 1, block_height = $2,
	prover = a.prover, deadline = a.deadline, updated_at = $3
FROM unnest($4::bytea[], $5::bigint[], $6::bytea[], $7::bigint[]) WITH ORDINALITY AS a (id, project_id, prover, deadline, ord)
WHERE t.id = a.id AND t.project_id = a.project_id AND `+which+`
RETURNING t.id, t.prover, a.ord)
INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash, chain_block, error)
SELECT u.id, $1, $3, $2, u.prover, `+fmt.Sprintf("$%d, $%d", len(args)+1, len(args)+2)+`, ''::bytea FROM updated u ORDER BY u.ord`,
		append(args, b.TxHash.Bytes(), int64(b.ChainBlock))...)
	if err != nil {
		return 0, err
	}
	// A task listed twice matches one row once, so the count catches it too.
	if !chainWord && tag.RowsAffected() != int64(n) {
		return 0, fmt.Errorf("%w: %d of %d tasks are missing, repeated, of another project or not assignable",
			da.ErrConflict, int64(n)-tag.RowsAffected(), n)
	}
	return tag.RowsAffected(), nil
}

// Block returns the block at a height.
func (s *Store) Block(ctx context.Context, height uint64) (block.Block, error) {
	b, err := scanBlock(s.pool.QueryRow(ctx, selectBlock+` WHERE height = $1`, int64(height)))
	if err != nil {
		return block.Block{}, fmt.Errorf("postgres: block %d: %w", height, err)
	}
	return b, nil
}

// LatestBlock returns the tip.
func (s *Store) LatestBlock(ctx context.Context) (block.Block, error) {
	b, err := scanBlock(s.pool.QueryRow(ctx, selectBlock+` ORDER BY height DESC LIMIT 1`))
	if err != nil {
		return block.Block{}, fmt.Errorf("postgres: latest block: %w", err)
	}
	return b, nil
}

// GetState returns a node-state value.
func (s *Store) GetState(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.pool.QueryRow(ctx, `SELECT value FROM state WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("postgres: state %q: %w", key, da.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: state %q: %w", key, err)
	}
	return bytesOrEmpty(v), nil
}

// PutState sets a node-state value.
func (s *Store) PutState(ctx context.Context, key string, value []byte) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO state (key, value) VALUES ($1, $2)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, bytesOrEmpty(value))
	if err != nil {
		return fmt.Errorf("postgres: put state %q: %w", key, err)
	}
	return nil
}

// scanBlock reads one row of selectBlock; no row is da.ErrNotFound.
func scanBlock(row pgx.Row) (block.Block, error) {
	var (
		b                                               block.Block
		height, version, ts, nbits, nonce, chain        int64
		hash, prevHash, merkleRoot, assignments, txHash []byte
	)
	err := row.Scan(&height, &hash, &version, &prevHash, &merkleRoot, &ts, &nbits, &nonce, &assignments, &txHash,
		&chain)
	if errors.Is(err, pgx.ErrNoRows) {
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
