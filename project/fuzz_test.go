package project_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/w3bstream-go/w3bstream/project"
)

// FuzzDecode feeds project files to Decode. Whatever the bytes, it refuses them with ErrInvalid or
// returns a file that, written back as JSON, decodes to the same file: validation keeps what it accepts
// valid, and its defaults are stable.
func FuzzDecode(f *testing.F) {
	code := `"code":[{"name":"program","uri":"file:///x.wasm","sha256":"` + hashOfHello + `"}]`
	for _, s := range []string{
		`{"name":"p","versions":[{"version":"v1","runtime":"wasm",` + code + `}]}`,
		`{"name":"sum","versions":[{"version":"v1","runtime":"wasm",` + code + `,"aggregation":{"maxMessages":8,"maxWait":"500ms","groupBy":"project"},"devices":{"policy":"allowlist","allow":["0x0000000000000000000000000000000000000001"]},"output":[{"type":"file","path":"results.jsonl"},{"type":"stdout"},{"type":"webhook","url":"https://example.com/hook"}],"sampleData":"{\"reading\":21}"}]}`,
		`{"versions":[{"version":"v1","runtime":"gnark-groth16","signatureScheme":"eddsa-bn254","aggregation":{"maxWait":250,"groupBy":"device"},"config":{"params":{"slots":8}}}]}`,
		`{"versions":[{"version":"a","runtime":"wasm"},{"version":"b.c_d-e","runtime":"wasm","code":[{"name":"p","uri":"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/x.wasm","sha256":"` + hashOfHello + `"}]}]}`,
		`{"versions":[{"version":"v1","runtime":"wasm","aggregation":{"maxMessages":100000}}]}`,
		`{"versions":[{"version":"v1","runtime":"wasm","output":[{"type":"file","path":"a/../../x"}]}]}`,
		`{"versions":[]}`,
		`null`,
	} {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := project.Decode(b)
		if err != nil {
			if !errors.Is(err, project.ErrInvalid) {
				t.Fatalf("Decode: an error of no known kind: %v", err)
			}
			return
		}
		out, err := json.Marshal(file)
		if err != nil {
			t.Fatalf("marshal a decoded file: %v", err)
		}
		again, err := project.Decode(out)
		if err != nil {
			t.Fatalf("a decoded file, written back, is refused: %v\n%s", err, out)
		}
		out2, err := json.Marshal(again)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("decoding changes a decoded file:\n%s\n%s", out, out2)
		}
	})
}
