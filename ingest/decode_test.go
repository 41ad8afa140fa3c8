package ingest

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/message"
)

// BenchmarkDecodeBatch measures decoding a batch body of 500 signed messages, as the bench sends them.
func BenchmarkDecodeBatch(b *testing.B) {
	const n = 500
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	items := make([]message.Message, n)
	for i := range items {
		data := fmt.Sprintf(`{"deviceTime":%d,"reading":%d,"temperature":21.5,"humidity":40.25}`, 1767225600000+i, i)
		if items[i], err = message.Sign(signer{key}, 2, "v1", data); err != nil {
			b.Fatal(err)
		}
	}
	body, err := json.Marshal(items)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		got, bad, ref := decodeBatch(body, DefaultMaxBatch)
		if ref != nil || len(got) != n || bad[n-1] != nil {
			b.Fatalf("decode: %v", ref)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "msgs/s")
}

type signer struct{ key *ecdsa.PrivateKey }

func (s signer) Sign(digest []byte) ([]byte, error) { return crypto.Sign(digest, s.key) }
