package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
)

func testAppendAndRead(t *testing.T, s da.Store) {
	ctx := t.Context()
	odd := newMessage(7, "v2-ü", 1)
	odd.Data = "nul\x00 and invalid utf-8 \xff\xfe" // a store keeps data as bytes, whatever they are
	odd.ID = message.ComputeID(odd.DeviceID, odd.ProjectID, odd.ProjectVersion, odd.Data)
	big := newMessage(1<<63+5, "v1", 2) // project IDs use all 64 bits
	big.Data = string(make([]byte, message.MaxDataBytes))
	big.ID = message.ComputeID(big.DeviceID, big.ProjectID, big.ProjectVersion, big.Data)
	batch := append(newMessages(0, 3), odd, big)

	if got, err := s.AppendMessages(ctx, nil, t0); err != nil || len(got) != 0 {
		t.Fatalf("append of no messages: %v, %v", got, err)
	}
	got := mustAppend(t, s, batch...)
	for i, a := range got {
		if !a.New {
			t.Errorf("message %d: New false on first append", i)
		}
		if i > 0 && a.Message.Seq <= got[i-1].Message.Seq {
			t.Errorf("message %d: seq %d not after %d", i, a.Message.Seq, got[i-1].Message.Seq)
		}
		sameMessage(t, a.Message, batch[i], a.Message.Seq, t0, common.Hash{})

		stored, err := s.Message(ctx, batch[i].ID)
		if err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		sameMessage(t, stored, batch[i], a.Message.Seq, t0, common.Hash{})
	}

	later := t0.Add(time.Second)
	next, err := s.AppendMessages(ctx, newMessages(10, 1), later)
	if err != nil {
		t.Fatal(err)
	}
	if next[0].Message.Seq <= got[len(got)-1].Message.Seq {
		t.Errorf("seq of a later batch %d is not after %d", next[0].Message.Seq, got[len(got)-1].Message.Seq)
	}
	sameTime(t, "later batch received at", next[0].Message.ReceivedAt, later)

	_, err = s.Message(ctx, common.HexToHash("0x01"))
	wantErr(t, "unknown message", err, da.ErrNotFound)
}

func testDedupe(t *testing.T, s da.Store) {
	ctx := t.Context()
	a, b, c, d := newMessage(1, "v1", 1), newMessage(1, "v1", 2), newMessage(1, "v1", 3), newMessage(1, "v1", 4)
	first := mustAppend(t, s, a, b)

	// A resent message carries the same ID; what comes back is the stored record, whatever was resent.
	resent := a
	resent.Signature = slices.Clone(a.Signature)
	resent.Signature[0] ^= 0xff
	later := t0.Add(time.Minute)
	second, err := s.AppendMessages(ctx, []message.Verified{c, resent, d, c, d, d}, later)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  da.Appended
		want message.Verified
		new  bool
		seq  int64 // 0: not checked here
		at   time.Time
	}{
		{"new in second batch", second[0], c, true, 0, later},
		{"stored by an earlier call", second[1], a, false, first[0].Message.Seq, t0},
		{"new after a duplicate", second[2], d, true, 0, later},
		{"repeat within the batch", second[3], c, false, second[0].Message.Seq, later},
		{"second repeat within the batch", second[4], d, false, second[2].Message.Seq, later},
		{"third repeat within the batch", second[5], d, false, second[2].Message.Seq, later},
	}
	for _, tc := range tests {
		if tc.got.New != tc.new {
			t.Errorf("%s: New = %v, want %v", tc.name, tc.got.New, tc.new)
		}
		seq := tc.seq
		if seq == 0 {
			seq = tc.got.Message.Seq
		}
		sameMessage(t, tc.got.Message, tc.want, seq, tc.at, common.Hash{})
	}

	all, err := s.UnpackedMessages(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if want := []common.Hash{a.ID, b.ID, c.ID, d.ID}; !slices.Equal(messageIDs(all), want) {
		t.Errorf("stored %v, want each message once: %v", messageIDs(all), want)
	}

	// A duplicate of a packed message comes back with its task.
	tk := newTask([]message.Verified{b}, t0)
	if err := s.CreateTask(ctx, tk); err != nil {
		t.Fatal(err)
	}
	again := mustAppend(t, s, b)
	if again[0].New || again[0].Message.TaskID != tk.ID {
		t.Errorf("resent packed message: New %v, task %s; want false, %s", again[0].New, again[0].Message.TaskID, tk.ID)
	}
}

func testUnpackedMessages(t *testing.T, s da.Store) {
	ctx := t.Context()
	msgs := newMessages(0, 10)
	got := mustAppend(t, s, msgs...)
	seq := func(i int) int64 { return got[i].Message.Seq }
	// Pack messages 3 and 4, so that they drop out of the unpacked range.
	if err := s.CreateTask(ctx, newTask(msgs[3:5], t0)); err != nil {
		t.Fatal(err)
	}
	unpacked := func(idx ...int) []common.Hash {
		var out []common.Hash
		for _, i := range idx {
			out = append(out, msgs[i].ID)
		}
		return out
	}
	tests := []struct {
		name  string
		after int64
		limit int
		want  []common.Hash
	}{
		{"from the start", 0, 4, unpacked(0, 1, 2, 5)},
		{"after a cursor", seq(2), 3, unpacked(5, 6, 7)},
		{"cursor on a packed message", seq(3), 2, unpacked(5, 6)},
		{"limit beyond the end", seq(7), 100, unpacked(8, 9)},
		{"after the last", seq(9), 10, nil},
		{"limit one", 0, 1, unpacked(0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs, err := s.UnpackedMessages(ctx, tc.after, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(messageIDs(msgs), tc.want) {
				t.Errorf("got %v, want %v", messageIDs(msgs), tc.want)
			}
			for _, m := range msgs {
				if m.TaskID != (common.Hash{}) {
					t.Errorf("message %s has task %s", m.ID, m.TaskID)
				}
			}
		})
	}
	if _, err := s.UnpackedMessages(ctx, 0, 0); err == nil {
		t.Error("limit 0: no error")
	}
}
