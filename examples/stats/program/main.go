// Command program is the stats example's witness program (GOOS=wasip1): it reads a task from stdin and
// writes the circuit assignment and the readable output on stdout.
package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
)

// valueBits and the slot count default must match examples/stats (the circuit); they are repeated here
// so that the program does not link gnark.
const valueBits = 32

type input struct {
	ProjectID uint64 `json:"projectID"`
	TaskID    string `json:"taskID"`
	Messages  []struct {
		Data string `json:"data"`
	} `json:"messages"`
	Params struct {
		Slots int `json:"slots"`
	} `json:"params"`
}

type assignment struct {
	ProjectID string   `json:"ProjectID"`
	TaskIDHi  string   `json:"TaskIDHi"`
	TaskIDLo  string   `json:"TaskIDLo"`
	Count     string   `json:"Count"`
	Total     string   `json:"Total"`
	Max       string   `json:"Max"`
	Active    []string `json:"Active"`
	Values    []string `json:"Values"`
}

type output struct {
	Count int    `json:"count"`
	Total uint64 `json:"total"`
	Max   uint64 `json:"max"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "stats:", err)
		os.Exit(1)
	}
}

func run() error {
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		return err
	}
	var in input
	if err := json.Unmarshal(b, &in); err != nil {
		return fmt.Errorf("input: %w", err)
	}
	slots, n := in.Params.Slots, len(in.Messages)
	switch {
	case slots < 1:
		return errors.New("params.slots must be positive")
	case n == 0:
		return errors.New("the task holds no messages")
	case n > slots:
		return fmt.Errorf("the task holds %d messages, the circuit %d slots", n, slots)
	}
	id, err := hex.DecodeString(strings.TrimPrefix(in.TaskID, "0x"))
	if err != nil || len(id) != 32 {
		return fmt.Errorf("taskID %q is not 32 bytes of hex", in.TaskID)
	}
	a := assignment{
		ProjectID: strconv.FormatUint(in.ProjectID, 10),
		TaskIDHi:  new(big.Int).SetBytes(id[:16]).String(),
		TaskIDLo:  new(big.Int).SetBytes(id[16:]).String(),
		Active:    make([]string, slots),
		Values:    make([]string, slots),
	}
	var out output
	for i := range slots {
		a.Active[i], a.Values[i] = "0", "0"
		if i >= n {
			continue
		}
		v, err := strconv.ParseUint(strings.TrimSpace(in.Messages[i].Data), 10, valueBits)
		if err != nil {
			return fmt.Errorf("message %d: data %.40q is not an integer in [0, 2^%d)", i, in.Messages[i].Data, valueBits)
		}
		a.Active[i], a.Values[i] = "1", strconv.FormatUint(v, 10)
		out.Count++
		out.Total += v
		out.Max = max(out.Max, v)
	}
	a.Count, a.Total, a.Max = strconv.Itoa(out.Count), strconv.FormatUint(out.Total, 10), strconv.FormatUint(out.Max, 10)
	return json.NewEncoder(os.Stdout).Encode(struct {
		Assignment assignment `json:"assignment"`
		Output     output     `json:"output"`
	}{a, out})
}
