package storetest

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/w3bstream-go/w3bstream/da"
	"github.com/w3bstream-go/w3bstream/message"
	"github.com/w3bstream-go/w3bstream/task"
)

// BenchmarkAppend measures AppendMessages with batches of 1, 100 and 1000 new messages of about 100 bytes
// each, and reports msgs/s. open returns a new, empty store; BenchmarkAppend closes it.
func BenchmarkAppend(b *testing.B, open func(b *testing.B) da.Store) {
	for _, size := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			s := open(b)
			b.Cleanup(func() {
				if err := s.Close(); err != nil {
					b.Errorf("close: %v", err)
				}
			})
			batch := make([]message.Verified, size)
			for i := range batch {
				batch[i] = newMessage(1, "v1", i)
				batch[i].Data = fmt.Sprintf(`{"deviceTime":1767225600000,"temperature":21.5,"humidity":40.25,"n":%08d}`, i)
			}
			var n uint64
			for b.Loop() {
				for i := range batch {
					n++ // a fresh ID per message, so that every append is new
					binary.BigEndian.PutUint64(batch[i].ID[:8], n)
				}
				if _, err := s.AppendMessages(b.Context(), batch, t0); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}

// BenchmarkCreateTasks measures CreateTasks with batches of 1, 16 and 512 tasks of 4 messages each, and
// reports tasks/s; appending the messages is not timed. open returns a new, empty store;
// BenchmarkCreateTasks closes it.
func BenchmarkCreateTasks(b *testing.B, open func(b *testing.B) da.Store) {
	const perTask = 4
	for _, size := range []int{1, 16, 512} {
		b.Run(fmt.Sprintf("tasks=%d", size), func(b *testing.B) {
			s := open(b)
			b.Cleanup(func() {
				if err := s.Close(); err != nil {
					b.Errorf("close: %v", err)
				}
			})
			msgs := make([]message.Verified, size*perTask)
			tasks := make([]task.Task, size)
			var n, made int
			for b.Loop() {
				b.StopTimer()
				for i := range msgs {
					msgs[i] = newMessage(1, "v1", n)
					n++
				}
				mustAppend(b, s, msgs...)
				for i := range tasks {
					tasks[i] = newTask(msgs[i*perTask:(i+1)*perTask], t0)
				}
				b.StartTimer()
				if err := s.CreateTasks(b.Context(), tasks); err != nil {
					b.Fatal(err)
				}
				made += size
			}
			b.ReportMetric(float64(made)/b.Elapsed().Seconds(), "tasks/s")
		})
	}
}
