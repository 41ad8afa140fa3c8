package examples_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/internal/wasmbuild"
	"github.com/w3bstream-go/w3bstream/runtime"
	"github.com/w3bstream-go/w3bstream/runtime/runtimetest"
	"github.com/w3bstream-go/w3bstream/runtime/wasm"
)

func TestProgram(t *testing.T) {
	_, err := examples.Program("no-such-example")
	if err == nil || !strings.Contains(err.Error(), "scripts/build-examples.sh") {
		t.Fatalf("Program of an unbuilt example: error = %v, want a hint to run the build script", err)
	}
	for _, name := range []string{"", "../sum", "sum/x", ".keep"} {
		if _, err := examples.Program(name); err == nil {
			t.Errorf("Program(%q) succeeded", name)
		}
	}
	// The embedded module is there only where scripts/build-examples.sh ran before this build.
	if b, err := examples.Program("sum"); err == nil && !bytes.HasPrefix(b, []byte("\x00asm")) {
		t.Fatal("Program(\"sum\") is not a wasm module")
	}
}

func TestSum(t *testing.T) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	rt, err := wasm.New(wasm.WithCompilationCacheDir(filepath.Join(base, "w3bstream", "wazero-test")))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	code := runtimetest.NewArtifact(wasmbuild.Example(t, "sum"))
	devA := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	devB := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	job := func(data ...string) runtime.Job {
		j := runtime.Job{
			ProjectID: 7,
			TaskID:    common.HexToHash("0x1234"),
			Artifacts: map[string]runtime.Artifact{wasm.ProgramArtifact: code},
		}
		for i, d := range data {
			dev := devA
			if i%2 == 1 {
				dev = devB
			}
			j.Messages = append(j.Messages, runtime.Message{ID: common.BytesToHash([]byte{byte(i + 1)}), DeviceID: dev, Data: d})
		}
		return j
	}

	tests := []struct {
		name string
		job  runtime.Job
		want string // the exact output, or the text of the error
	}{
		{"Readings", job(`{"reading":21}`, `{"reading": 5}`, `{"reading":1000000}`),
			`{"taskID":"0x0000000000000000000000000000000000000000000000000000000000001234","count":3,"total":1000026,"max":1000000,"perDevice":{"` +
				strings.ToLower(devA.Hex()) + `":1000021,"` + strings.ToLower(devB.Hex()) + `":5},"dappInput":"0x` +
				fmt.Sprintf("%064x%064x", 3, 1000026) + `"}`},
		{"Empty", job(),
			`{"taskID":"0x0000000000000000000000000000000000000000000000000000000000001234","count":0,"total":0,"max":null,"perDevice":{},"dappInput":"0x` + strings.Repeat("0", 128) + `"}`},
		{"NotJSON", job(`{"reading":1}`, `reading=1`), "sum: message 1 (0x0000000000000000000000000000000000000000000000000000000000000002): data is not a JSON object"},
		{"NoReading", job(`{"temp":1}`), `data has no "reading"`},
		{"Negative", job(`{"reading":-1}`), "reading -1 outside 0..1000000"},
		{"TooLarge", job(`{"reading":1000001}`), "reading 1000001 outside 0..1000000"},
		{"Fraction", job(`{"reading":1.5}`), "reading 1.5 is not a whole number"},
		{"Trailing", job(`{"reading":1} 2`), "trailing content"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := rt.Prove(context.Background(), tc.job)
			if strings.HasPrefix(tc.want, "{") {
				if err != nil {
					t.Fatalf("Prove: %v", err)
				}
				if string(res.Output) != tc.want {
					t.Fatalf("output\n got %s\nwant %s", res.Output, tc.want)
				}
				if !json.Valid(res.Output) {
					t.Fatal("output is not JSON")
				}
				return
			}
			if !errors.Is(err, runtime.ErrProgram) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Prove error = %v, want ErrProgram mentioning %q", err, tc.want)
			}
		})
	}
}
