//go:build wasip1

// Command prog is the wasm runtime's test program. Each message's data is a command run in order:
//
//	<integer>    add to the result (the conformance reference: count, sum and an order-weighted sum)
//	spin         loop forever
//	alloc:<MiB>  allocate and touch that many MiB
//	bigout:<n>   print a JSON string of n bytes and exit
//	exit:<code>  write to stderr and exit with that code
//	notjson      print text that is not JSON
//	clock        print the wall clock, a monotonic reading, crypto/rand and math/rand bytes
//	sleep:<ms>   sleep, then go on
package main

import (
	crand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"
)

type job struct {
	TaskID   string `json:"taskID"`
	Messages []struct {
		Data string `json:"data"`
	} `json:"messages"`
}

type result struct {
	TaskID   string `json:"taskID"`
	Count    int    `json:"count"`
	Sum      int64  `json:"sum"`
	Weighted int64  `json:"weighted"` // sum of (position+1)*value, so that order matters
}

var sink [][]byte

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	var j job
	if err := json.Unmarshal(in, &j); err != nil {
		fail(err)
	}
	res := result{TaskID: j.TaskID}
	for i, m := range j.Messages {
		cmd, arg, _ := strings.Cut(m.Data, ":")
		switch cmd {
		case "spin":
			//lint:ignore SA5002 spinning is this command's purpose: it runs into the time limit
			for {
			}
		case "alloc":
			mib := atoi(arg)
			for k := 0; k < mib; k++ {
				b := make([]byte, 1<<20)
				for p := 0; p < len(b); p += 4096 {
					b[p] = 1
				}
				sink = append(sink, b)
			}
		case "bigout":
			fmt.Printf("%q", strings.Repeat("x", atoi(arg)))
			return
		case "exit":
			fmt.Fprintln(os.Stderr, "prog: exiting as asked")
			os.Exit(atoi(arg))
		case "notjson":
			fmt.Print("this is not json")
			return
		case "clock":
			printClock()
			return
		case "sleep":
			time.Sleep(time.Duration(atoi(arg)) * time.Millisecond)
		default:
			v, err := strconv.ParseInt(m.Data, 10, 64)
			if err != nil {
				fail(fmt.Errorf("message %d: %w", i, err))
			}
			res.Count++
			res.Sum += v
			res.Weighted += int64(i+1) * v
		}
	}
	out, _ := json.Marshal(res)
	os.Stdout.Write(out)
}

func printClock() {
	start := time.Now()
	b := make([]byte, 16)
	if _, err := crand.Read(b); err != nil {
		fail(err)
	}
	out, _ := json.Marshal(map[string]any{
		"wall":     start.UnixNano(),
		"elapsed":  time.Since(start).Nanoseconds(),
		"crypto":   hex.EncodeToString(b),
		"mathrand": rand.Uint64(),
	})
	os.Stdout.Write(out)
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		fail(err)
	}
	return n
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "prog: %v\n", err)
	os.Exit(1)
}
