package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
)

const (
	insertMessageSQL = `INSERT INTO messages (id, project_id, project_version, device_id, data, signature, received_at)
VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
	selectMessage = `SELECT seq, id, project_id, project_version, device_id, data, signature, received_at, task_id
FROM messages`
)

// AppendMessages stores msgs in one transaction, in order.
func (s *Store) AppendMessages(ctx context.Context, msgs []message.Verified, receivedAt time.Time) ([]da.Appended, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	at := nanos(receivedAt)
	out := make([]da.Appended, len(msgs))
	fresh := 0
	err := s.write(ctx, func(tx *sql.Tx) error {
		ins := tx.StmtContext(ctx, s.insertMessage)
		byID := tx.StmtContext(ctx, s.messageByID)
		for i, m := range msgs {
			res, err := ins.ExecContext(ctx, m.ID[:], int64(m.ProjectID), []byte(m.ProjectVersion), m.DeviceID[:],
				[]byte(m.Data), bytesOrEmpty(m.Signature), at)
			if err != nil {
				return fmt.Errorf("insert message %s: %w", m.ID, err)
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			if n == 1 {
				seq, err := res.LastInsertId()
				if err != nil {
					return err
				}
				out[i] = da.Appended{New: true, Message: da.Message{Verified: m, Seq: seq, ReceivedAt: fromNanos(at)}}
				fresh++
				continue
			}
			// Stored before, or earlier in this batch: the transaction sees both.
			old, err := scanMessage(byID.QueryRowContext(ctx, m.ID[:]))
			if err != nil {
				return fmt.Errorf("read back message %s: %w", m.ID, err)
			}
			out[i] = da.Appended{Message: old}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: append messages: %w", err)
	}
	if fresh > 0 {
		s.Publish(da.TopicMessages)
	}
	return out, nil
}

// Message returns one message.
func (s *Store) Message(ctx context.Context, id common.Hash) (da.Message, error) {
	m, err := scanMessage(s.r.QueryRowContext(ctx, selectMessage+` WHERE id = ?`, id[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return da.Message{}, fmt.Errorf("sqlite: message %s: %w", id, da.ErrNotFound)
	}
	if err != nil {
		return da.Message{}, fmt.Errorf("sqlite: message %s: %w", id, err)
	}
	return m, nil
}

// UnpackedMessages returns messages not yet in a task, after afterSeq, in Seq order.
func (s *Store) UnpackedMessages(ctx context.Context, afterSeq int64, limit int) ([]da.Message, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("sqlite: unpacked messages: limit %d is not positive", limit)
	}
	rows, err := s.r.QueryContext(ctx, selectMessage+` WHERE task_id IS NULL AND seq > ? ORDER BY seq LIMIT ?`,
		afterSeq, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: unpacked messages: %w", err)
	}
	msgs, err := scanMessages(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: unpacked messages: %w", err)
	}
	return msgs, nil
}

// scanMessage reads one row of selectMessage.
func scanMessage(row scanner) (da.Message, error) {
	var (
		m                  da.Message
		id, device, taskID []byte
		projectID          int64
		version, data, sig []byte
		receivedAt         sql.NullInt64
	)
	if err := row.Scan(&m.Seq, &id, &projectID, &version, &device, &data, &sig, &receivedAt, &taskID); err != nil {
		return da.Message{}, err
	}
	m.ID = hashOf(id)
	m.ProjectID = uint64(projectID)
	m.ProjectVersion = string(version)
	m.DeviceID = addressOf(device)
	m.Data = string(data)
	m.Signature = orNil(sig)
	m.ReceivedAt = fromNanos(receivedAt)
	if taskID != nil {
		m.TaskID = hashOf(taskID)
	}
	return m, nil
}

// scanMessages reads and closes rows of selectMessage.
func scanMessages(rows *sql.Rows) ([]da.Message, error) {
	defer rows.Close()
	var msgs []da.Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, err
		}
		msgs = append(msgs, m)
	}
	return msgs, rows.Err()
}
