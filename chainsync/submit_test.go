package chainsync_test

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/w3bstream-go/w3bstream/chainsync"
	"github.com/w3bstream-go/w3bstream/task"
)

func TestDAppInput(t *testing.T) {
	cases := []struct {
		name    string
		output  string
		want    []byte
		wantErr bool
	}{
		{"hex field", `{"count":1,"dappInput":"0x0102"}`, []byte{1, 2}, false},
		{"no field: the output itself", `{"count":1}`, []byte(`{"count":1}`), false},
		{"not an object: the output itself", `[1,2]`, []byte(`[1,2]`), false},
		{"field not hex", `{"dappInput":"zz"}`, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := chainsync.DAppInput(&task.Result{Output: []byte(c.output)})
			if (err != nil) != c.wantErr || !bytes.Equal(got, c.want) {
				t.Fatalf("got %x %v, want %x (error %v)", got, err, c.want, c.wantErr)
			}
		})
	}
}

func TestDAppInputOfAProof(t *testing.T) {
	proof := []byte{0xaa, 0xbb}
	inputs := make([]byte, 64)
	inputs[31], inputs[63] = 7, 9
	got, err := chainsync.DAppInput(&task.Result{Output: []byte(`{"dappInput":"0x01"}`), Proof: proof, PublicInputs: inputs})
	if err != nil {
		t.Fatal(err)
	}
	// abi.encode(bytes, uint256[]): two offsets, then the bytes (length, padded data), then the array.
	want := "0000000000000000000000000000000000000000000000000000000000000040" +
		"0000000000000000000000000000000000000000000000000000000000000080" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"aabb000000000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000000000000000000000000000000000000000000007" +
		"0000000000000000000000000000000000000000000000000000000000000009"
	if hex.EncodeToString(got) != want {
		t.Fatalf("got %x", got)
	}
	if _, err := chainsync.DAppInput(&task.Result{Proof: proof, PublicInputs: inputs[:40]}); err == nil {
		t.Fatal("public inputs of 40 bytes were taken")
	}
}
