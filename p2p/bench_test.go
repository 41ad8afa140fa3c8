package p2p

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/message"
)

// BenchmarkFetch fetches a 256-message task over loopback and prints throughput (MB/s of message bytes,
// messages/s) and latency per fetch, with and without the caller's signature checks.
func BenchmarkFetch(b *testing.B) {
	for _, dataBytes := range []int{256, 4 << 10} {
		task := makeTask(b, newKey(b), 5, 256, dataBytes, "bench")
		var size int64
		for _, m := range task.msgs {
			size += int64(len(m.ProjectVersion) + len(m.Data) + len(m.Signature))
		}
		server, client := startHost(b, nil), startHost(b, nil)
		serve(server, map[common.Hash][]message.Message{task.id: task.msgs})
		link(b, client, server)
		for _, verify := range []bool{false, true} {
			b.Run(fmt.Sprintf("data=%dB/verify=%v", dataBytes, verify), func(b *testing.B) {
				req := task.request()
				if !verify {
					req.Check, req.Complete = nil, nil
				}
				b.SetBytes(size)
				var took time.Duration
				for b.Loop() {
					got, stats, err := client.Fetch(context.Background(), req)
					if err != nil || len(got) != len(task.msgs) {
						b.Fatalf("%d messages, %v", len(got), err)
					}
					took += stats.Took
				}
				b.ReportMetric(float64(len(task.msgs)*b.N)/took.Seconds(), "msgs/s")
				b.ReportMetric(float64(took.Microseconds())/float64(b.N)/1000, "ms/fetch")
			})
		}
	}
}
