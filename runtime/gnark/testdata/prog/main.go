//go:build wasip1

// Command prog is the gnark runtime's test program, the reference program of the tests' circuit: it puts
// message i's data, an integer, into slot X[i] and proves the order-weighted sum Σ (i+1)·X[i] of the
// task's Count messages, bound to the project and task. More messages than slots is an error.
//
// The version's params {"mode": …} make it misbehave for the tests:
//
//	cheat          claim a weighted sum one too high, which the circuit rejects
//	unknownField   add a field the circuit does not have
//	missingSecret  leave out the secret slots
//	noOutput       write the assignment only
//	echo           write params.assignment as the assignment, for the tests' other circuits
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
)

// slots is the circuit's number of message slots.
const slots = 8

type input struct {
	ProjectID uint64 `json:"projectID"`
	TaskID    string `json:"taskID"`
	Messages  []struct {
		Data string `json:"data"`
	} `json:"messages"`
	Params struct {
		Mode       string          `json:"mode"`
		Assignment json.RawMessage `json:"assignment"`
	} `json:"params"`
}

type output struct {
	Count       int    `json:"count"`
	WeightedSum string `json:"weightedSum"`
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	var job input
	if err := json.Unmarshal(in, &job); err != nil {
		fail(err)
	}
	if job.Params.Mode == "echo" {
		out, _ := json.Marshal(map[string]any{"assignment": job.Params.Assignment, "output": "echo"})
		os.Stdout.Write(out)
		return
	}
	if len(job.Messages) > slots {
		fail(fmt.Errorf("%d messages, the circuit has %d slots", len(job.Messages), slots))
	}
	if len(job.TaskID) != 66 {
		fail(fmt.Errorf("task ID %q is not 32 bytes of hex", job.TaskID))
	}

	x := make([]string, slots)
	for i := range x {
		x[i] = "0"
	}
	var sum int64
	for i, m := range job.Messages {
		if m.Data == "spin" {
			//lint:ignore SA5002 spinning is this data's purpose: the job is canceled while it runs
			for {
			}
		}
		v, err := strconv.ParseInt(m.Data, 10, 32)
		if err != nil {
			fail(fmt.Errorf("message %d: %w", i, err))
		}
		x[i] = strconv.FormatInt(v, 10)
		sum += int64(i+1) * v
	}
	claimed := sum
	if job.Params.Mode == "cheat" {
		claimed++
	}

	assignment := map[string]any{
		"X":           x,
		"ProjectID":   job.ProjectID,
		"TaskHi":      "0x" + job.TaskID[2:34],
		"TaskLo":      "0x" + job.TaskID[34:],
		"Count":       len(job.Messages),
		"WeightedSum": strconv.FormatInt(claimed, 10),
	}
	switch job.Params.Mode {
	case "unknownField":
		assignment["Bogus"] = 1
	case "missingSecret":
		delete(assignment, "X")
	}
	res := map[string]any{"assignment": assignment}
	if job.Params.Mode != "noOutput" {
		res["output"] = output{Count: len(job.Messages), WeightedSum: strconv.FormatInt(sum, 10)}
	}
	out, err := json.Marshal(res)
	if err != nil {
		fail(err)
	}
	os.Stdout.Write(out)
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "prog: %v\n", err)
	os.Exit(1)
}
