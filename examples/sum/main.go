//go:build wasip1

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// maxReading bounds a reading so that totals of the largest task stay exact in any JSON reader.
const maxReading = 1_000_000

type job struct {
	ProjectID      uint64    `json:"projectID"`
	ProjectVersion string    `json:"projectVersion"`
	TaskID         string    `json:"taskID"`
	Messages       []message `json:"messages"`
}

type message struct {
	ID       string `json:"messageID"`
	DeviceID string `json:"deviceID"`
	Data     string `json:"data"`
}

type result struct {
	TaskID    string           `json:"taskID"`
	Count     int              `json:"count"`
	Total     int64            `json:"total"`
	Max       *int64           `json:"max"` // null for a task without messages
	PerDevice map[string]int64 `json:"perDevice"`
	// DAppInput is what the prover hands the project's dApp on-chain: abi.encode(uint64 count,
	// uint256 total), which SumDApp takes.
	DAppInput string `json:"dappInput"`
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(fmt.Errorf("read job: %w", err))
	}
	var j job
	if err := json.Unmarshal(in, &j); err != nil {
		fail(fmt.Errorf("decode job: %w", err))
	}
	res := result{TaskID: j.TaskID, PerDevice: map[string]int64{}}
	for i, m := range j.Messages {
		v, err := reading(m.Data)
		if err != nil {
			fail(fmt.Errorf("message %d (%s): %w", i, m.ID, err))
		}
		res.Count++
		res.Total += v
		res.PerDevice[m.DeviceID] += v
		if res.Max == nil || v > *res.Max {
			res.Max = &v
		}
	}
	res.DAppInput = fmt.Sprintf("0x%064x%064x", res.Count, res.Total)
	out, err := json.Marshal(res)
	if err != nil {
		fail(fmt.Errorf("encode result: %w", err))
	}
	if _, err := os.Stdout.Write(out); err != nil {
		fail(fmt.Errorf("write result: %w", err))
	}
}

// reading parses a message's data; only whole readings in [0, maxReading] are accepted.
func reading(data string) (int64, error) {
	var d struct {
		Reading *json.Number `json:"reading"`
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(data)))
	dec.UseNumber()
	if err := dec.Decode(&d); err != nil {
		return 0, fmt.Errorf("data is not a JSON object: %w", err)
	}
	if dec.More() {
		return 0, errors.New("data has trailing content after the JSON object")
	}
	if d.Reading == nil {
		return 0, errors.New(`data has no "reading"`)
	}
	v, err := d.Reading.Int64()
	if err != nil {
		return 0, fmt.Errorf("reading %s is not a whole number", *d.Reading)
	}
	if v < 0 || v > maxReading {
		return 0, fmt.Errorf("reading %d outside 0..%d", v, maxReading)
	}
	return v, nil
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "sum: %v\n", err)
	os.Exit(1)
}
