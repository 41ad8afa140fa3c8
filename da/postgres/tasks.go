package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/task"
)

const (
	selectTask = `SELECT id, project_id, project_version, message_ids, created_at, state, attempts, block_height,
prover, deadline, result, error, updated_at FROM tasks`
	insertEvent = `INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash, chain_block, error)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`
	// insertTasksSQL inserts a batch of packed tasks in batch order, so that their Seq is creation order.
	insertTasksSQL = `INSERT INTO tasks (id, project_id, project_version, message_ids, state, prover, error, created_at,
updated_at)
SELECT u.id, u.project_id, u.project_version, u.message_ids, $5::text, $6::bytea, ''::bytea, u.created_at, u.created_at
FROM unnest($1::bytea[], $2::bigint[], $3::bytea[], $4::bytea[], $7::bigint[])
	WITH ORDINALITY AS u (id, project_id, project_version, message_ids, created_at, ord)
ORDER BY u.ord
ON CONFLICT (id) DO NOTHING`
	// linkMessagesSQL claims messages for tasks; a message repeated in the input is updated once, so the
	// count comes up short.
	linkMessagesSQL = `UPDATE messages m SET task_id = u.task_id, task_idx = u.idx
FROM unnest($1::bytea[], $2::bytea[], $3::integer[]) AS u (id, task_id, idx)
WHERE m.id = u.id AND m.task_id IS NULL`
	// insertPackedEventsSQL appends the packed event of each task, in batch order.
	insertPackedEventsSQL = `INSERT INTO task_events (task_id, state, time, block_height, prover, tx_hash, chain_block,
error)
SELECT u.id, $3::text, u.time, 0, $4::bytea, $5::bytea, 0, ''::bytea
FROM unnest($1::bytea[], $2::bigint[]) WITH ORDINALITY AS u (id, time, ord)
ORDER BY u.ord`
)

// CreateTask stores a task in state packed and links its messages.
func (s *Store) CreateTask(ctx context.Context, t task.Task) error {
	return s.CreateTasks(ctx, []task.Task{t})
}

// CreateTasks stores tasks in state packed and links their messages, in one transaction and one round trip
// inside it. Of two processes that race to pack the same message, one gets da.ErrConflict: the claim
// takes only messages whose task is still NULL, under their row locks, and must take all of them.
func (s *Store) CreateTasks(ctx context.Context, ts []task.Task) error {
	if len(ts) == 0 {
		return nil
	}
	var (
		taskIDs  = make([][]byte, len(ts))
		projects = make([]int64, len(ts))
		versions = make([][]byte, len(ts))
		msgLists = make([][]byte, len(ts))
		created  = make([]*int64, len(ts))
		links    int
	)
	for _, t := range ts {
		if len(t.MessageIDs) == 0 {
			return fmt.Errorf("postgres: create tasks: task %s: no messages", t.ID)
		}
		links += len(t.MessageIDs)
	}
	var (
		msgIDs   = make([][]byte, 0, links)
		msgTasks = make([][]byte, 0, links)
		msgIdx   = make([]int32, 0, links)
		all      = make([]byte, 0, links*common.HashLength)
	)
	for i, t := range ts {
		taskIDs[i], projects[i], versions[i], created[i] = t.ID.Bytes(), int64(t.ProjectID), []byte(t.ProjectVersion), nanos(t.CreatedAt)
		start := len(all)
		for j, id := range t.MessageIDs {
			all = append(all, id[:]...)
			msgIDs = append(msgIDs, all[len(all)-common.HashLength:])
			msgTasks = append(msgTasks, taskIDs[i])
			msgIdx = append(msgIdx, int32(j))
		}
		msgLists[i] = all[start:len(all):len(all)]
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var (
			batch          pgx.Batch
			inserted, took int64
		)
		batch.Queue(insertTasksSQL, taskIDs, projects, versions, msgLists, string(task.Packed), common.Address{}.Bytes(),
			created).Exec(func(tag pgconn.CommandTag) error { inserted = tag.RowsAffected(); return nil })
		batch.Queue(linkMessagesSQL, msgIDs, msgTasks, msgIdx).
			Exec(func(tag pgconn.CommandTag) error { took = tag.RowsAffected(); return nil })
		batch.Queue(insertPackedEventsSQL, taskIDs, created, string(task.Packed), common.Address{}.Bytes(),
			common.Hash{}.Bytes())
		batch.Queue(`SELECT pg_notify($1, $2)`, Channel, string(da.TopicTasks))
		if err := tx.SendBatch(ctx, &batch).Close(); err != nil {
			return err
		}
		if inserted != int64(len(ts)) {
			return fmt.Errorf("%w: %d of %d tasks exist already or repeat", da.ErrConflict, int64(len(ts))-inserted, len(ts))
		}
		if took != int64(links) {
			return fmt.Errorf("%w: %d of %d messages are missing, repeated or in a task already", da.ErrConflict,
				int64(links)-took, links)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres: create tasks: %w", err)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// Task returns a task with its events.
func (s *Store) Task(ctx context.Context, id common.Hash) (da.Task, error) {
	var t da.Task
	// Repeatable read: the task and its events from one snapshot.
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return da.Task{}, fmt.Errorf("postgres: task %s: %w", id, err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	t, err = scanTask(tx.QueryRow(ctx, selectTask+` WHERE id = $1`, id.Bytes()))
	if errors.Is(err, pgx.ErrNoRows) {
		return da.Task{}, fmt.Errorf("postgres: task %s: %w", id, da.ErrNotFound)
	}
	if err != nil {
		return da.Task{}, fmt.Errorf("postgres: task %s: %w", id, err)
	}
	rows, err := tx.Query(ctx, `SELECT state, time, block_height, prover, tx_hash, chain_block, error FROM task_events
WHERE task_id = $1 ORDER BY seq`, id.Bytes())
	if err != nil {
		return da.Task{}, fmt.Errorf("postgres: task %s: events: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			ev                     task.Event
			state                  string
			at                     *int64
			height, chain          int64
			prover, txHash, reason []byte
		)
		if err := rows.Scan(&state, &at, &height, &prover, &txHash, &chain, &reason); err != nil {
			return da.Task{}, fmt.Errorf("postgres: task %s: events: %w", id, err)
		}
		ev.State, ev.Time, ev.BlockHeight = task.State(state), fromNanos(at), uint64(height)
		ev.Prover, ev.TxHash, ev.ChainBlock, ev.Error = addressOf(prover), hashOf(txHash), uint64(chain), string(reason)
		t.Events = append(t.Events, ev)
	}
	if err := rows.Err(); err != nil {
		return da.Task{}, fmt.Errorf("postgres: task %s: events: %w", id, err)
	}
	return t, nil
}

// TaskMessages returns a task's messages in task order.
func (s *Store) TaskMessages(ctx context.Context, id common.Hash) ([]da.Message, error) {
	msgs, err := queryMessages(ctx, s.pool, selectMessage+` WHERE task_id = $1 ORDER BY task_idx`, id.Bytes())
	if err != nil {
		return nil, fmt.Errorf("postgres: task %s messages: %w", id, err)
	}
	if len(msgs) > 0 {
		return msgs, nil
	}
	// A task always has messages, so none means no task; look to be sure.
	var exists bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM tasks WHERE id = $1)`, id.Bytes()).Scan(&exists); err != nil {
		return nil, fmt.Errorf("postgres: task %s messages: %w", id, err)
	}
	if !exists {
		return nil, fmt.Errorf("postgres: task %s messages: %w", id, da.ErrNotFound)
	}
	return nil, nil
}

// Tasks returns tasks matching q, without events.
func (s *Store) Tasks(ctx context.Context, q da.TaskQuery) ([]da.Task, error) {
	filter, args, err := taskFilter(q)
	if err != nil {
		return nil, fmt.Errorf("postgres: tasks: %w", err)
	}
	query := selectTask + filter
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: tasks: %w", err)
	}
	defer rows.Close()
	var tasks []da.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: tasks: %w", err)
		}
		tasks = append(tasks, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: tasks: %w", err)
	}
	return tasks, nil
}

// CountByProver counts the tasks that Tasks would return for q, per prover, without reading them.
func (s *Store) CountByProver(ctx context.Context, q da.TaskQuery) (map[common.Address]int, error) {
	filter, args, err := taskFilter(q)
	if err != nil {
		return nil, fmt.Errorf("postgres: count by prover: %w", err)
	}
	rows, err := s.pool.Query(ctx, `SELECT prover, COUNT(*) FROM (SELECT prover FROM tasks`+filter+`) AS t GROUP BY prover`, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: count by prover: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]int{}
	for rows.Next() {
		var (
			prover []byte
			n      int64
		)
		if err := rows.Scan(&prover, &n); err != nil {
			return nil, fmt.Errorf("postgres: count by prover: %w", err)
		}
		out[common.BytesToAddress(prover)] += int(n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: count by prover: %w", err)
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
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if q.ProjectID != 0 {
		where = append(where, `project_id = `+arg(int64(q.ProjectID)))
	}
	if len(q.States) > 0 {
		states := make([]string, len(q.States))
		for i, st := range q.States {
			states[i] = string(st)
		}
		where = append(where, `state = ANY(`+arg(states)+`)`)
	}
	if q.Prover != (common.Address{}) {
		where = append(where, `prover = `+arg(q.Prover.Bytes()))
	}
	if !q.DeadlineBefore.IsZero() {
		where = append(where, `deadline < `+arg(q.DeadlineBefore.UnixNano()))
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
		clause += ` ORDER BY deadline NULLS LAST, seq`
	default:
		return "", nil, fmt.Errorf("unknown order %d", q.Order)
	}
	return clause + ` LIMIT ` + arg(q.Limit), args, nil
}

// UpdateTask moves a task from one of the states from to ev.State and records ev, holding the task's row
// lock so that a concurrent update or assignment sees the new state.
func (s *Store) UpdateTask(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result) error {
	return s.updateTask(ctx, id, from, ev, result, outboxWrites(ctx, id, ev, nil))
}

// updateTask is UpdateTask; also, when given, runs in its transaction after the update.
func (s *Store) updateTask(ctx context.Context, id common.Hash, from []task.State, ev task.Event, result *task.Result,
	also func(tx pgx.Tx) error) error {
	if !ev.State.Valid() || ev.State == task.Received {
		return fmt.Errorf("postgres: update task %s: %q is not a task state", id, ev.State)
	}
	var resultJSON []byte
	if result != nil {
		if result.TaskID != id {
			return fmt.Errorf("postgres: update task %s: result is for task %s", id, result.TaskID)
		}
		var err error
		if resultJSON, err = json.Marshal(result); err != nil {
			return fmt.Errorf("postgres: update task %s: %w", id, err)
		}
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var state string
		err := tx.QueryRow(ctx, `SELECT state FROM tasks WHERE id = $1 FOR UPDATE`, id.Bytes()).Scan(&state)
		if errors.Is(err, pgx.ErrNoRows) {
			return da.ErrNotFound
		}
		if err != nil {
			return err
		}
		if !slices.Contains(from, task.State(state)) {
			return fmt.Errorf("%w: task is %s, not one of %v", da.ErrConflict, state, from)
		}
		if _, err := tx.Exec(ctx, `UPDATE tasks SET state = $2, updated_at = $3,
error = CASE WHEN $2 IN ('failed', 'abandoned') THEN $4 ELSE error END, result = COALESCE($5, result) WHERE id = $1`,
			id.Bytes(), string(ev.State), nanos(ev.Time), []byte(ev.Error), resultJSON); err != nil {
			return err
		}
		if err := addEvent(ctx, tx, id, ev); err != nil {
			return err
		}
		if also != nil {
			if err := also(tx); err != nil {
				return err
			}
		}
		return notify(ctx, tx, da.TopicTasks)
	})
	if err != nil {
		return fmt.Errorf("postgres: update task %s: %w", id, err)
	}
	s.Publish(da.TopicTasks)
	return nil
}

// addEvent appends one event to a task's history.
func addEvent(ctx context.Context, tx pgx.Tx, id common.Hash, ev task.Event) error {
	_, err := tx.Exec(ctx, insertEvent, id.Bytes(), string(ev.State), nanos(ev.Time), int64(ev.BlockHeight),
		ev.Prover.Bytes(), ev.TxHash.Bytes(), int64(ev.ChainBlock), []byte(ev.Error))
	return err
}

// scanTask reads one row of selectTask.
func scanTask(row pgx.Row) (da.Task, error) {
	var (
		t                                  da.Task
		id, version, ids, prover, res, bad []byte
		projectID, height                  int64
		state                              string
		created, deadline, updated         *int64
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
