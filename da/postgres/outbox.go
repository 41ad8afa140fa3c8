package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	upsertOutboxSQL = `INSERT INTO outbox (task_id, idx, prover, sink, body, state, attempts, due_at, last_error, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, 0, $7, ''::bytea, $8)
ON CONFLICT (task_id, idx) DO UPDATE SET prover = excluded.prover, sink = excluded.sink, body = excluded.body,
	state = excluded.state, attempts = 0, due_at = excluded.due_at, last_error = ''::bytea, updated_at = excluded.updated_at`
	selectOutbox = `SELECT o.task_id, o.idx, o.prover, o.sink, o.body, o.state, o.attempts, o.due_at, o.last_error,
o.updated_at, t.state FROM outbox o JOIN tasks t ON t.id = o.task_id`
)

// UpdateTaskOutbox updates a task as UpdateTask does and puts entries in the outbox in the same transaction.
func (s *Store) UpdateTaskOutbox(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result,
	entries []da.OutboxEntry) error {
	for _, e := range entries {
		if e.TaskID != id {
			return fmt.Errorf("postgres: update task %s: outbox entry is for task %s", id, e.TaskID)
		}
	}
	err := s.updateTask(ctx, id, from, ev, result, outboxWrites(ctx, id, ev, entries))
	if err == nil && len(entries) > 0 {
		s.Publish(da.TopicOutbox)
	}
	return err
}

// outboxWrites is what a task update does to the outbox in its transaction: a task that fails cancels its
// pending entries (its result will not settle), and the entries given are stored pending. Nil when none.
func outboxWrites(ctx context.Context, id common.Hash, ev task.Event, entries []da.OutboxEntry) func(tx pgx.Tx) error {
	if ev.State != task.Failed && ev.State != task.Settled && len(entries) == 0 {
		return nil
	}
	return func(tx pgx.Tx) error {
		batch := &pgx.Batch{}
		if ev.State == task.Failed {
			batch.Queue(`UPDATE outbox SET state = $1, updated_at = $2 WHERE task_id = $3 AND state = $4`,
				string(da.OutboxCancelled), nanos(ev.Time), id.Bytes(), string(da.OutboxPending))
		}
		if ev.State == task.Settled {
			// Settled on the chain's word after DA had failed the task (a receipt poll that gave up): the
			// result the chain took is the one whose entries the failure cancelled.
			batch.Queue(`UPDATE outbox SET state = $1, due_at = $2, updated_at = $2 WHERE task_id = $3 AND state = $4`,
				string(da.OutboxPending), nanos(ev.Time), id.Bytes(), string(da.OutboxCancelled))
		}
		for _, e := range entries {
			due := e.DueAt
			if due.IsZero() {
				due = ev.Time
			}
			batch.Queue(upsertOutboxSQL, id.Bytes(), e.Index, e.Prover.Bytes(), bytesOrEmpty(e.Sink), bytesOrEmpty(e.Body),
				string(da.OutboxPending), nanos(due), nanos(ev.Time))
		}
		if err := tx.SendBatch(ctx, batch).Close(); err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
		if len(entries) == 0 {
			return nil
		}
		return notify(ctx, tx, da.TopicOutbox)
	}
}

// Outbox returns outbox entries matching q, soonest due first.
func (s *Store) Outbox(ctx context.Context, q da.OutboxQuery) ([]da.OutboxEntry, error) {
	if q.Limit <= 0 {
		return nil, fmt.Errorf("postgres: outbox: limit %d is not positive", q.Limit)
	}
	var (
		where []string
		args  []any
	)
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if q.Prover != (common.Address{}) {
		where = append(where, `o.prover = `+arg(q.Prover.Bytes()))
	}
	if len(q.States) > 0 {
		// Written out, not bound, so that the planner sees that the pending-only index applies.
		states := make([]string, len(q.States))
		for i, st := range q.States {
			if err := st.Check(); err != nil {
				return nil, fmt.Errorf("postgres: outbox: %w", err)
			}
			states[i] = `'` + string(st) + `'`
		}
		if len(states) == 1 {
			where = append(where, `o.state = `+states[0])
		} else {
			where = append(where, `o.state IN (`+strings.Join(states, `, `)+`)`)
		}
	}
	if len(q.TaskStates) > 0 {
		states := make([]string, len(q.TaskStates))
		for i, st := range q.TaskStates {
			states[i] = string(st)
		}
		where = append(where, `t.prover = o.prover`, `t.state = ANY(`+arg(states)+`)`)
	}
	if q.TaskID != (common.Hash{}) {
		where = append(where, `o.task_id = `+arg(q.TaskID.Bytes()))
	}
	query := selectOutbox
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY o.due_at NULLS FIRST, o.task_id, o.idx LIMIT ` + arg(q.Limit)

	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: outbox: %w", err)
	}
	defer rows.Close()
	var out []da.OutboxEntry
	for rows.Next() {
		var (
			e                              da.OutboxEntry
			taskID, prover, sink, body, le []byte
			state, taskState               string
			due, updated                   *int64
		)
		if err := rows.Scan(&taskID, &e.Index, &prover, &sink, &body, &state, &e.Attempts, &due, &le, &updated,
			&taskState); err != nil {
			return nil, fmt.Errorf("postgres: outbox: %w", err)
		}
		e.TaskID, e.Prover, e.Sink, e.Body = hashOf(taskID), addressOf(prover), orNil(sink), orNil(body)
		e.State, e.DueAt, e.LastError, e.UpdatedAt = da.OutboxState(state), fromNanos(due), string(le), fromNanos(updated)
		e.TaskState = task.State(taskState)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: outbox: %w", err)
	}
	return out, nil
}

// UpdateOutbox records an attempt at a pending entry, under the entry's row lock.
func (s *Store) UpdateOutbox(ctx context.Context, e da.OutboxEntry) error {
	if err := e.State.Check(); err != nil {
		return fmt.Errorf("postgres: outbox entry %s: %w", e.Key(), err)
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var (
			state  string
			prover []byte
		)
		err := tx.QueryRow(ctx, `SELECT state, prover FROM outbox WHERE task_id = $1 AND idx = $2 FOR UPDATE`,
			e.TaskID.Bytes(), e.Index).Scan(&state, &prover)
		if errors.Is(err, pgx.ErrNoRows) {
			return da.ErrNotFound
		}
		if err != nil {
			return err
		}
		if da.OutboxState(state) != da.OutboxPending || addressOf(prover) != e.Prover {
			return fmt.Errorf("%w: entry is %s, of prover %s", da.ErrConflict, state, addressOf(prover))
		}
		if _, err := tx.Exec(ctx, `UPDATE outbox SET state = $3, attempts = $4, due_at = $5, last_error = $6,
updated_at = $7 WHERE task_id = $1 AND idx = $2`, e.TaskID.Bytes(), e.Index, string(e.State), e.Attempts,
			nanos(e.DueAt), []byte(e.LastError), nanos(e.UpdatedAt)); err != nil {
			return err
		}
		return notify(ctx, tx, da.TopicOutbox)
	})
	if err != nil {
		return fmt.Errorf("postgres: outbox entry %s: %w", e.Key(), err)
	}
	s.Publish(da.TopicOutbox)
	return nil
}
