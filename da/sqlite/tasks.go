package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	selectTask = `SELECT id, project_id, project_version, message_ids, created_at, state, attempts, block_height,
prover, deadline, result, error, updated_at FROM tasks`
	insertEventSQL = `INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash, chain_block, error)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	insertTaskSQL = `INSERT INTO tasks (id, project_id, project_version, message_ids, state, prover, error, created_at,
updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
	linkMessageSQL = `UPDATE messages SET task_id = ?, task_idx = ? WHERE id = ? AND task_id IS NULL`
)

// CreateTask stores a task in state packed and links its messages.
func (s *Store) CreateTask(ctx context.Context, t task.Task) error {
	return s.CreateTasks(ctx, []task.Task{t})
}

// CreateTasks stores tasks in state packed and links their messages, all in one transaction. A message
// in two of the tasks is a conflict because the second link finds it taken.
func (s *Store) CreateTasks(ctx context.Context, ts []task.Task) error {
	if len(ts) == 0 {
		return nil
	}
	for _, t := range ts {
		if len(t.MessageIDs) == 0 {
			return fmt.Errorf("sqlite: create tasks: task %s: no messages", t.ID)
		}
	}
	var (
		noProver = common.Address{}.Bytes()
		ids      []byte
	)
	err := s.write(ctx, func(tx *sql.Tx) error {
		insTask := tx.StmtContext(ctx, s.insertTask)
		link := tx.StmtContext(ctx, s.linkMessage)
		insEvent := tx.StmtContext(ctx, s.insertEvent)
		for _, t := range ts {
			ids = ids[:0]
			for _, id := range t.MessageIDs {
				ids = append(ids, id[:]...)
			}
			created := nanos(t.CreatedAt)
			res, err := insTask.ExecContext(ctx, t.ID[:], int64(t.ProjectID), []byte(t.ProjectVersion), ids,
				string(task.Packed), noProver, []byte{}, created, created)
			if err != nil {
				return fmt.Errorf("task %s: %w", t.ID, err)
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				return fmt.Errorf("%w: task %s exists", da.ErrConflict, t.ID)
			}
			for i, id := range t.MessageIDs {
				res, err := link.ExecContext(ctx, t.ID[:], i, id[:])
				if err != nil {
					return fmt.Errorf("task %s: link message %s: %w", t.ID, id, err)
				}
				if n, err := res.RowsAffected(); err != nil {
					return err
				} else if n != 1 {
					return fmt.Errorf("%w: task %s: message %s is missing or in a task already", da.ErrConflict, t.ID, id)
				}
			}
			if err := execEvent(ctx, insEvent, t.ID, task.Event{State: task.Packed, Time: t.CreatedAt}); err != nil {
				return fmt.Errorf("task %s: %w", t.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: create tasks: %w", err)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// Task returns a task with its events.
func (s *Store) Task(ctx context.Context, id common.Hash) (da.Task, error) {
	var t da.Task
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = scanTask(tx.QueryRowContext(ctx, selectTask+` WHERE id = ?`, id[:]))
		if errors.Is(err, sql.ErrNoRows) {
			return da.ErrNotFound
		}
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT state, time, block_height, prover, tx_hash, chain_block, error
FROM task_events WHERE task_id = ? ORDER BY seq`, id[:])
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				ev             task.Event
				state          string
				at             sql.NullInt64
				height, chain  int64
				prover, txHash []byte
				reason         []byte
			)
			if err := rows.Scan(&state, &at, &height, &prover, &txHash, &chain, &reason); err != nil {
				return err
			}
			ev.State, ev.Time, ev.BlockHeight = task.State(state), fromNanos(at), uint64(height)
			ev.Prover, ev.TxHash, ev.ChainBlock, ev.Error = addressOf(prover), hashOf(txHash), uint64(chain), string(reason)
			t.Events = append(t.Events, ev)
		}
		return rows.Err()
	})
	if err != nil {
		return da.Task{}, fmt.Errorf("sqlite: task %s: %w", id, err)
	}
	return t, nil
}

// TaskMessages returns a task's messages in task order.
func (s *Store) TaskMessages(ctx context.Context, id common.Hash) ([]da.Message, error) {
	var msgs []da.Message
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, selectMessage+` WHERE task_id = ? ORDER BY task_idx`, id[:])
		if err != nil {
			return err
		}
		if msgs, err = scanMessages(rows); err != nil || len(msgs) > 0 {
			return err
		}
		// A task always has messages, so none means no task; look to be sure.
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM tasks WHERE id = ?`, id[:]).Scan(&one); errors.Is(err, sql.ErrNoRows) {
			return da.ErrNotFound
		} else if err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: task %s messages: %w", id, err)
	}
	return msgs, nil
}

// Tasks returns tasks matching q, without events.
func (s *Store) Tasks(ctx context.Context, q da.TaskQuery) ([]da.Task, error) {
	filter, args, err := taskFilter(q)
	if err != nil {
		return nil, fmt.Errorf("sqlite: tasks: %w", err)
	}
	query := selectTask + filter
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: tasks: %w", err)
	}
	defer rows.Close()
	var tasks []da.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: tasks: %w", err)
		}
		tasks = append(tasks, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: tasks: %w", err)
	}
	return tasks, nil
}

// CountByProver counts the tasks that Tasks would return for q, per prover, without reading them.
func (s *Store) CountByProver(ctx context.Context, q da.TaskQuery) (map[common.Address]int, error) {
	filter, args, err := taskFilter(q)
	if err != nil {
		return nil, fmt.Errorf("sqlite: count by prover: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT prover, COUNT(*) FROM (SELECT prover FROM tasks`+filter+`) GROUP BY prover`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: count by prover: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]int{}
	for rows.Next() {
		var (
			prover []byte
			n      int
		)
		if err := rows.Scan(&prover, &n); err != nil {
			return nil, fmt.Errorf("sqlite: count by prover: %w", err)
		}
		out[addressOf(prover)] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: count by prover: %w", err)
	}
	return out, nil
}

// taskFilter returns the WHERE, ORDER BY and LIMIT clauses of q, with their arguments.
func taskFilter(q da.TaskQuery) (string, []any, error) {
	if q.Limit <= 0 {
		return "", nil, fmt.Errorf("limit %d is not positive", q.Limit)
	}
	var (
		where []string
		args  []any
	)
	if q.ProjectID != 0 {
		where = append(where, `project_id = ?`)
		args = append(args, int64(q.ProjectID))
	}
	if len(q.States) > 0 {
		where = append(where, `state IN (?`+strings.Repeat(`, ?`, len(q.States)-1)+`)`)
		for _, st := range q.States {
			args = append(args, string(st))
		}
	}
	if q.Prover != (common.Address{}) {
		where = append(where, `prover = ?`)
		args = append(args, q.Prover[:])
	}
	if !q.DeadlineBefore.IsZero() {
		where = append(where, `deadline < ?`)
		args = append(args, q.DeadlineBefore.UnixNano())
	}
	var clause string
	if len(where) > 0 {
		clause = ` WHERE ` + strings.Join(where, ` AND `)
	}
	switch q.Order {
	case da.NewestFirst:
		clause += ` ORDER BY seq DESC`
	case da.OldestFirst:
		clause += ` ORDER BY seq`
	case da.DeadlineFirst:
		clause += ` ORDER BY deadline IS NULL, deadline, seq`
	default:
		return "", nil, fmt.Errorf("unknown order %d", q.Order)
	}
	return clause + ` LIMIT ?`, append(args, q.Limit), nil
}

// UpdateTask moves a task from one of the states from to ev.State and records ev.
func (s *Store) UpdateTask(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result) error {
	return s.updateTask(ctx, id, from, ev, result, outboxWrites(ctx, id, ev, nil))
}

// updateTask is UpdateTask; also, when given, runs in its transaction after the update.
func (s *Store) updateTask(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result,
	also func(tx *sql.Tx) error) error {
	if !ev.State.Valid() || ev.State == task.Received {
		return fmt.Errorf("sqlite: update task %s: %q is not a task state", id, ev.State)
	}
	var resultJSON []byte
	if result != nil {
		if result.TaskID != id {
			return fmt.Errorf("sqlite: update task %s: result is for task %s", id, result.TaskID)
		}
		var err error
		if resultJSON, err = json.Marshal(result); err != nil {
			return fmt.Errorf("sqlite: update task %s: %w", id, err)
		}
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		var state string
		err := tx.QueryRowContext(ctx, `SELECT state FROM tasks WHERE id = ?`, id[:]).Scan(&state)
		if errors.Is(err, sql.ErrNoRows) {
			return da.ErrNotFound
		}
		if err != nil {
			return err
		}
		if !slices.Contains(from, task.State(state)) {
			return fmt.Errorf("%w: task is %s, not one of %v", da.ErrConflict, state, from)
		}
		set := `state = ?, updated_at = ?`
		args := []any{string(ev.State), nanos(ev.Time)}
		if ev.State == task.Failed || ev.State == task.Abandoned {
			set += `, error = ?`
			args = append(args, []byte(ev.Error))
		}
		if resultJSON != nil {
			set += `, result = ?`
			args = append(args, resultJSON)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET `+set+` WHERE id = ?`, append(args, id[:])...); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, id, ev); err != nil {
			return err
		}
		if also != nil {
			return also(tx)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: update task %s: %w", id, err)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// addEvent appends one event to a task's history.
func (s *Store) addEvent(ctx context.Context, tx *sql.Tx, id common.Hash, ev task.Event) error {
	return execEvent(ctx, tx.StmtContext(ctx, s.insertEvent), id, ev)
}

// execEvent appends one event to a task's history with the insertEventSQL statement st.
func execEvent(ctx context.Context, st *sql.Stmt, id common.Hash, ev task.Event) error {
	_, err := st.ExecContext(ctx, id[:], string(ev.State), nanos(ev.Time), int64(ev.BlockHeight),
		ev.Prover[:], ev.TxHash[:], int64(ev.ChainBlock), []byte(ev.Error))
	return err
}

// scanTask reads one row of selectTask.
func scanTask(row scanner) (da.Task, error) {
	var (
		t                                  da.Task
		id, version, ids, prover, res, bad []byte
		projectID, height                  int64
		state                              string
		created, deadline, updated         sql.NullInt64
	)
	if err := row.Scan(&id, &projectID, &version, &ids, &created, &state, &t.Attempts, &height, &prover, &deadline,
		&res, &bad, &updated); err != nil {
		return da.Task{}, err
	}
	t.ID, t.ProjectID, t.ProjectVersion, t.CreatedAt = hashOf(id), uint64(projectID), string(version), fromNanos(created)
	if len(ids)%common.HashLength != 0 {
		return da.Task{}, fmt.Errorf("task %s: message IDs are %d bytes, not a multiple of %d", t.ID, len(ids), common.HashLength)
	}
	for i := 0; i < len(ids); i += common.HashLength {
		t.MessageIDs = append(t.MessageIDs, hashOf(ids[i:i+common.HashLength]))
	}
	t.State, t.BlockHeight, t.Prover = task.State(state), uint64(height), addressOf(prover)
	t.Deadline, t.Error, t.UpdatedAt = fromNanos(deadline), string(bad), fromNanos(updated)
	if res != nil {
		t.Result = new(task.Result)
		if err := json.Unmarshal(res, t.Result); err != nil {
			return da.Task{}, fmt.Errorf("task %s: result: %w", t.ID, err)
		}
	}
	return t, nil
}
