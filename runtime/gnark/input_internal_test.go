package gnark

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// TestProgramABI pins the JSON a program reads and the output it may write.
func TestProgramABI(t *testing.T) {
	job := runtime.Job{
		ProjectID:      7,
		ProjectVersion: "v2",
		TaskID:         common.HexToHash("0x01"),
		Messages: []runtime.Message{{
			ID:        common.HexToHash("0x02"),
			DeviceID:  common.HexToAddress("0x03"),
			Data:      "12",
			Signature: hexutil.Bytes{0xab},
		}},
		DeviceKeys: []hexutil.Bytes{{0xcd, 0xef}},
	}
	const (
		hash1 = "0x0000000000000000000000000000000000000000000000000000000000000001"
		hash2 = "0x0000000000000000000000000000000000000000000000000000000000000002"
		addr3 = "0x0000000000000000000000000000000000000003"
	)
	tests := []struct {
		name   string
		job    runtime.Job
		config string
		want   string
	}{
		{"Full", job, `{"params": {"k": [1, 2]}}`,
			`{"projectID":7,"projectVersion":"v2","taskID":"` + hash1 + `","messages":[{"messageID":"` + hash2 +
				`","deviceID":"` + addr3 + `","data":"12","signature":"0xab"}],"deviceKeys":["0xcdef"],"params":{"k":[1,2]}}`},
		{"Bare", runtime.Job{TaskID: job.TaskID}, `{"params":null}`,
			`{"projectID":0,"projectVersion":"","taskID":"` + hash1 + `","messages":[]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			params, err := parseConfig(json.RawMessage(tc.config))
			if err != nil {
				t.Fatalf("parseConfig: %v", err)
			}
			got, err := encodeInput(tc.job, params)
			if err != nil {
				t.Fatalf("encodeInput: %v", err)
			}
			if string(got) != tc.want {
				t.Fatalf("stdin\n got %s\nwant %s", got, tc.want)
			}
		})
	}

	outputs := []struct {
		out  string
		want error
	}{
		{`{"assignment":{"A":1},"output":null}`, nil},
		{`{"assignment":{"A":1},"output":{"x":"y"}}`, nil},
		{`{"assignment":{"A":1}}`, runtime.ErrProgram},
		{`{"output":1}`, runtime.ErrProgram},
		{`{"assignment":[1],"output":1}`, runtime.ErrProgram},
		{`{"assignment":{},"output":1,"extra":true}`, runtime.ErrProgram},
		{`[1]`, runtime.ErrProgram},
	}
	for _, o := range outputs {
		if _, _, err := decodeOutput(json.RawMessage(o.out)); !errors.Is(err, o.want) {
			t.Errorf("decodeOutput(%s) error = %v, want %v", o.out, err, o.want)
		}
	}
}
