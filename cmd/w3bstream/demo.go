package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
)

// runDemo makes each dev device send a reading every interval, to each example project in turn, and
// prints every state each message reaches, as it happens.
func runDemo(ctx context.Context, out io.Writer, url string, projects []devnet.ManifestProject, keys *devnet.Keys, interval time.Duration) {
	c := client.New(url)
	var mu sync.Mutex
	printf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(out, format, args...)
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for n := 0; ; n++ {
		for i, key := range keys.Devices {
			p := projects[(n+i)%len(projects)]
			data := fmt.Sprintf(`{"reading":%d}`, (n*7+i*13)%100)
			m, err := client.Sign(key, p.ID, p.Version, data)
			if err != nil {
				printf("demo: sign: %v\n", err)
				continue
			}
			id, err := c.Send(ctx, m)
			if err != nil {
				if ctx.Err() == nil {
					printf("demo: send: %v\n", err)
				}
				continue
			}
			device := crypto.PubkeyToAddress(key.PublicKey).Hex()
			go func() {
				start := time.Now()
				_, err := c.Follow(ctx, id, nil, func(m api.Message, s api.State) {
					printf("demo: msg %s… device %s… project %d %-9s %s\n", id[:10], device[:8], p.ID, s.State, detail(m, s, start))
				})
				if err != nil && ctx.Err() == nil {
					printf("demo: follow %s: %v\n", id, err)
				}
			}()
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func detail(m api.Message, s api.State, start time.Time) string {
	elapsed := fmt.Sprintf("+%dms", time.Since(start).Milliseconds())
	switch s.State {
	case "packed":
		return fmt.Sprintf("task %s… %s", m.TaskID[:10], elapsed)
	case "assigned":
		if s.BlockHeight != nil {
			return fmt.Sprintf("block %d prover %s… %s", *s.BlockHeight, s.Prover[:8], elapsed)
		}
	case "failed":
		return fmt.Sprintf("%s: %s", elapsed, s.Error)
	}
	return elapsed
}
