package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
)

const (
	messageColumns = `seq, id, project_id, project_version, device_id, data, signature, received_at, task_id`
	selectMessage  = `SELECT ` + messageColumns + ` FROM messages`

	// appendSQL inserts a batch and returns, first, the Seq and ID of each row it inserted and then the
	// full rows that existed before it ran (its snapshot does not see its own inserts). Seq continues from
	// the highest one, in batch order; appendLock keeps any other append from running meanwhile.
	appendSQL = `
WITH input AS (
	SELECT * FROM unnest($1::bytea[], $2::bigint[], $3::bytea[], $4::bytea[], $5::bytea[], $6::bytea[])
		WITH ORDINALITY AS u (id, project_id, project_version, device_id, data, signature, ord)
), base AS (
	SELECT COALESCE(MAX(seq), 0) AS seq FROM messages
), inserted AS (
	INSERT INTO messages (seq, id, project_id, project_version, device_id, data, signature, received_at)
	SELECT base.seq + input.ord, input.id, input.project_id, input.project_version, input.device_id, input.data,
		input.signature, $7
	FROM input, base ORDER BY input.ord
	ON CONFLICT (id) DO NOTHING
	RETURNING seq, id
)
SELECT true, seq, id, NULL::bigint, NULL::bytea, NULL::bytea, NULL::bytea, NULL::bytea, NULL::bigint, NULL::bytea
FROM inserted
UNION ALL
SELECT false, m.seq, m.id, m.project_id, m.project_version, m.device_id, m.data, m.signature, m.received_at, m.task_id
FROM messages m JOIN (SELECT DISTINCT id FROM input) i ON m.id = i.id`
)

// AppendMessages stores msgs in one transaction, in order. It is one round trip.
func (s *Store) AppendMessages(ctx context.Context, msgs []message.Verified, receivedAt time.Time) ([]da.Appended, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	var (
		ids       = make([][]byte, len(msgs))
		projects  = make([]int64, len(msgs))
		versions  = make([][]byte, len(msgs))
		devices   = make([][]byte, len(msgs))
		data      = make([][]byte, len(msgs))
		sigs      = make([][]byte, len(msgs))
		at        = nanos(receivedAt)
		batch     pgx.Batch
		inserted  = map[common.Hash]int64{}
		preceding = map[common.Hash]da.Message{}
	)
	for i, m := range msgs {
		ids[i], projects[i], versions[i] = m.ID.Bytes(), int64(m.ProjectID), []byte(m.ProjectVersion)
		devices[i], data[i], sigs[i] = m.DeviceID.Bytes(), []byte(m.Data), bytesOrEmpty(m.Signature)
	}
	// A batch without BEGIN runs as one implicit transaction; the lock lasts until it commits.
	batch.Queue(`SELECT pg_advisory_xact_lock($1)`, appendLock)
	batch.Queue(appendSQL, ids, projects, versions, devices, data, sigs, at).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var (
				fresh bool
				m     messageRow
			)
			if err := rows.Scan(append([]any{&fresh}, m.fields()...)...); err != nil {
				return err
			}
			if fresh {
				inserted[hashOf(m.id)] = m.seq
				continue
			}
			preceding[hashOf(m.id)] = m.message()
		}
		return rows.Err()
	})
	batch.Queue(`SELECT pg_notify($1, $2)`, Channel, string(da.TopicMessages))
	if err := s.pool.SendBatch(ctx, &batch).Close(); err != nil {
		return nil, fmt.Errorf("postgres: append messages: %w", err)
	}

	out := make([]da.Appended, len(msgs))
	first := map[common.Hash]int{} // index in msgs of each ID's first occurrence
	for i, m := range msgs {
		if old, ok := preceding[m.ID]; ok {
			out[i] = da.Appended{Message: old}
			continue
		}
		if j, ok := first[m.ID]; ok {
			out[i] = da.Appended{Message: out[j].Message}
			continue
		}
		seq, ok := inserted[m.ID]
		if !ok {
			return nil, fmt.Errorf("postgres: append messages: message %s neither stored nor found", m.ID)
		}
		first[m.ID] = i
		out[i] = da.Appended{New: true, Message: da.Message{Verified: m, Seq: seq, ReceivedAt: fromNanos(at)}}
	}
	if len(inserted) > 0 {
		s.Publish(da.TopicMessages)
	}
	return out, nil
}

// Message returns one message.
func (s *Store) Message(ctx context.Context, id common.Hash) (da.Message, error) {
	var m messageRow
	err := s.pool.QueryRow(ctx, selectMessage+` WHERE id = $1`, id.Bytes()).Scan(m.fields()...)
	if errors.Is(err, pgx.ErrNoRows) {
		return da.Message{}, fmt.Errorf("postgres: message %s: %w", id, da.ErrNotFound)
	}
	if err != nil {
		return da.Message{}, fmt.Errorf("postgres: message %s: %w", id, err)
	}
	return m.message(), nil
}

// UnpackedMessages returns messages not yet in a task, after afterSeq, in Seq order.
func (s *Store) UnpackedMessages(ctx context.Context, afterSeq int64, limit int) ([]da.Message, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("postgres: unpacked messages: limit %d is not positive", limit)
	}
	msgs, err := queryMessages(ctx, s.pool, selectMessage+` WHERE task_id IS NULL AND seq > $1 ORDER BY seq LIMIT $2`,
		afterSeq, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: unpacked messages: %w", err)
	}
	return msgs, nil
}

// querier is what a pool and a transaction have in common.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// queryMessages runs a query of selectMessage and reads its rows.
func queryMessages(ctx context.Context, q querier, sql string, args ...any) ([]da.Message, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var msgs []da.Message
	for rows.Next() {
		var m messageRow
		if err := rows.Scan(m.fields()...); err != nil {
			return nil, err
		}
		msgs = append(msgs, m.message())
	}
	return msgs, rows.Err()
}

// messageRow is a row of messageColumns as scanned.
type messageRow struct {
	seq                                  int64
	projectID                            *int64
	id, version, device, data, sig, task []byte
	receivedAt                           *int64
}

// fields returns scan targets in messageColumns order.
func (m *messageRow) fields() []any {
	return []any{&m.seq, &m.id, &m.projectID, &m.version, &m.device, &m.data, &m.sig, &m.receivedAt, &m.task}
}

// message converts a row to a stored message.
func (m *messageRow) message() da.Message {
	out := da.Message{Seq: m.seq, ReceivedAt: fromNanos(m.receivedAt)}
	out.ID, out.ProjectVersion, out.DeviceID = hashOf(m.id), string(m.version), addressOf(m.device)
	out.Data, out.Signature = string(m.data), orNil(m.sig)
	if m.projectID != nil {
		out.ProjectID = uint64(*m.projectID)
	}
	if m.task != nil {
		out.TaskID = hashOf(m.task)
	}
	return out
}
