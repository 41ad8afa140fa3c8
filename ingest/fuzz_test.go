package ingest

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/w3bstream-go/w3bstream/internal/httpjson"
	"github.com/w3bstream-go/w3bstream/message"
)

// FuzzDecodeBatch feeds batch bodies to the batch decoder with a small limit. Whatever the bytes, it
// refuses the body with 400 malformed or 413 too_large, or returns one to limit items with one verdict
// each; an item without a verdict is the message its JSON says.
func FuzzDecodeBatch(f *testing.F) {
	const limit = 4
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz device")))
	if err != nil {
		f.Fatal(err)
	}
	m, err := message.Sign(signer{key}, 1, "v1", `{"reading":21}`)
	if err != nil {
		f.Fatal(err)
	}
	one, err := json.Marshal([]message.Message{m})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(one)
	f.Add([]byte(`[{"projectID":1,"projectVersion":"v1","data":"a","signature":"0x00"},{"projectID":"x"},{"unknown":1}]`))
	f.Add([]byte(`[{},{},{},{},{}]`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{}] []`))
	f.Add([]byte(`[{"data":"\u0000\ud800"}`))
	f.Add([]byte(`{"projectID":1}`))
	f.Add([]byte(`[[],1,null,"x",true]`))
	f.Add([]byte(` [ null ] `))

	f.Fuzz(func(t *testing.T, body []byte) {
		items, bad, ref := decodeBatch(body, limit)
		if ref != nil {
			switch {
			case ref.status == http.StatusBadRequest && ref.code == httpjson.CodeMalformed:
			case ref.status == http.StatusRequestEntityTooLarge && ref.code == httpjson.CodeTooLarge:
			default:
				t.Fatalf("refusal %d %s: %s", ref.status, ref.code, ref.msg)
			}
			if items != nil || bad != nil {
				t.Fatalf("a refused batch returned %d items", len(items))
			}
			return
		}
		if len(items) == 0 || len(items) > limit || len(bad) != len(items) {
			t.Fatalf("%d items, %d verdicts, limit %d", len(items), len(bad), limit)
		}
		for i, m := range items {
			if bad[i] != nil {
				continue
			}
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			var again message.Message
			if err := decodeStrict(b, &again); err != nil || again != m {
				t.Fatalf("item %d does not decode again: %+v, %v", i, again, err)
			}
		}
	})
}
