package chainsync_test

import (
	"bytes"
	"testing"

	"github.com/w3bstream-go/w3bstream/chainsync"
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
			got, err := chainsync.DAppInput([]byte(c.output))
			if (err != nil) != c.wantErr || !bytes.Equal(got, c.want) {
				t.Fatalf("got %x %v, want %x (error %v)", got, err, c.want, c.wantErr)
			}
		})
	}
}
