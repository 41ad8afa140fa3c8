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
	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
	"github.com/w3bstream-go/w3bstream/message"
)

// runDemo makes the dev devices send readings every interval and prints every state each message
// reaches, as it happens. Each secp256k1 device sends to the sum and stats examples in turn; each EdDSA
// device sends a sequence-numbered reading to the provenance example.
func runDemo(ctx context.Context, out io.Writer, url string, projects []devnet.ManifestProject, keys *devnet.Keys, interval time.Duration) {
	c := client.New(url)
	var mu sync.Mutex
	printf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(out, format, args...)
	}
	var plain []devnet.ManifestProject
	var provenance *devnet.ManifestProject
	for i, p := range projects {
		switch {
		case p.ID == devnet.ProvenanceProjectID:
			provenance = &projects[i]
		case p.SignatureScheme == message.SchemeSecp256k1:
			plain = append(plain, p)
		}
	}
	send := func(m message.Message, device string, p devnet.ManifestProject) {
		id, err := c.Send(ctx, m)
		if err != nil {
			if ctx.Err() == nil {
				printf("demo: send to project %d: %v\n", p.ID, err)
			}
			return
		}
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
	// Sequence numbers start from the clock so that a restarted demo does not resend credited ones.
	seq := uint64(time.Now().Unix())
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for n := 0; ; n++ {
		for i, key := range keys.Devices {
			if len(plain) == 0 {
				break
			}
			p := plain[(n+i)%len(plain)]
			reading := (n*7 + i*13) % 100
			data := fmt.Sprintf(`{"reading":%d}`, reading)
			if p.ID == devnet.StatsProjectID {
				data = fmt.Sprint(reading)
			}
			m, err := client.Sign(key, p.ID, p.Version, data)
			if err != nil {
				printf("demo: sign: %v\n", err)
				continue
			}
			send(m, crypto.PubkeyToAddress(key.PublicKey).Hex(), p)
		}
		if provenance != nil {
			for i, key := range keys.ZKDevices {
				reading := uint64(n*311+i*577) % 2000
				m, err := message.SignEdDSA(key, provenance.ID, provenance.Version, assign.Data(seq+uint64(n), reading))
				if err != nil {
					printf("demo: sign: %v\n", err)
					continue
				}
				send(m, message.EdDSADeviceID(key.PublicKey.Bytes()).Hex(), *provenance)
			}
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
