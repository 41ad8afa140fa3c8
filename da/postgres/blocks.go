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
	var (
		n         = len(b.Assignments)
		taskIDs   = make([][]byte, n)
		projects  = make([]int64, n)
		provers   = make([][]byte, n)
		deadlines = make([]int64, n)
	)
	for i, a := range b.Assignments {
		taskIDs[i], projects[i], provers[i] = a.TaskID.Bytes(), int64(a.ProjectID), a.Prover.Bytes()
		deadlines[i] = time.UnixMilli(int64(a.Deadline)).UnixNano()
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
		if n > 0 {
			// A task listed twice matches one row once, so the count catches it too.
			tag, err = tx.Exec(ctx, `UPDATE tasks t SET state = $1, attempts = t.attempts + 1, block_height = $2,
prover = a.prover, deadline = a.deadline, updated_at = $3
FROM unnest($4::bytea[], $5::bigint[], $6::bytea[], $7::bigint[]) AS a (id, project_id, prover, deadline)
WHERE t.id = a.id AND t.project_id = a.project_id
	AND (t.state IN ($8, $9) OR (t.state = $1 AND t.deadline < $10))`,
				string(task.Assigned), int64(b.Height), nanos(at), taskIDs, projects, provers, deadlines,
				string(task.Packed), string(task.Failed), at.UnixNano())
			if err != nil {
				return err
			}
			if tag.RowsAffected() != int64(n) {
				return fmt.Errorf("%w: %d of %d tasks are missing, repeated, of another project or not assignable",
					da.ErrConflict, int64(n)-tag.RowsAffected(), n)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash,
	chain_block, error)
SELECT a.id, $1, $2, $3, a.prover, $4, $5, ''::bytea
FROM unnest($6::bytea[], $7::bytea[]) WITH ORDINALITY AS a (id, prover, ord)
ORDER BY a.ord`, string(task.Assigned), nanos(at), int64(b.Height), b.TxHash.Bytes(), int64(b.ChainBlock), taskIDs,
				provers); err != nil {
				return err
			}
		}
		return notify(ctx, tx, da.TopicBlocks, da.TopicTasks)
	})
	if err != nil {
		return fmt.Errorf("postgres: save block %d: %w", b.Height, err)
	}
	s.Publish(da.TopicBlocks, da.TopicTasks)
	return nil
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
