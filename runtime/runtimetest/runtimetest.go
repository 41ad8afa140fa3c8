package runtimetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// stopWait is how long the suite waits for a canceled Prove to return before it calls the runtime hung;
// it catches a hang, it does not measure speed.
const stopWait = 30 * time.Second

// Case is what a runtime's tests tell the suite about their reference program.
type Case struct {
	// Artifacts and Config of the reference program, as a project version would give them.
	Artifacts map[string]runtime.Artifact
	Config    json.RawMessage
	// Data returns the data of message i of a good job. Values for different i must differ so that
	// swapping two messages changes the reference program's output.
	Data func(i int) string
	// Expect returns the output the reference program gives for job, as a value that marshals to the same
	// JSON (compared as JSON, so key order and number formatting do not matter), or the error Prove must
	// return (compared with errors.Is), for instance for an empty job.
	Expect func(job runtime.Job) (any, error)
	// Verify, when set, checks the rest of a result, e.g. a proof against its public inputs.
	Verify func(job runtime.Job, res runtime.Result) error
	// Endless, when set, is the data of messages that make the program run until it is stopped; the suite
	// cancels such a job while it runs.
	Endless []string
	// BadJobs are runtime-specific jobs that must fail, on top of the suite's missing and corrupt artifacts.
	BadJobs []BadJob
}

// BadJob is a good job changed by Edit, which Prove must reject with an error that matches Want.
type BadJob struct {
	Name string
	Edit func(job *runtime.Job)
	Want error
}

// NewArtifact returns an artifact of b with its SHA-256 filled in.
func NewArtifact(b []byte) runtime.Artifact {
	sum := sha256.Sum256(b)
	return runtime.Artifact{SHA256: hex.EncodeToString(sum[:]), Bytes: b}
}

// Run runs the conformance suite against rt.
func Run(t *testing.T, rt runtime.Runtime, c Case) {
	if c.Data == nil || c.Expect == nil || len(c.Artifacts) == 0 {
		t.Fatal("runtimetest: Case needs Artifacts, Data and Expect")
	}
	ctx := context.Background()

	t.Run("Kind", func(t *testing.T) {
		if rt.Kind() == "" {
			t.Fatal("Kind() is empty")
		}
	})

	t.Run("Expected", func(t *testing.T) {
		for _, n := range []int{1, 2, 7} {
			job := c.job(n, 1)
			c.check(t, job, prove(ctx, rt, job))
		}
	})

	t.Run("Deterministic", func(t *testing.T) {
		job := c.job(5, 2)
		first, err := rt.Prove(ctx, job)
		if err != nil {
			t.Fatalf("Prove: %v", err)
		}
		second, err := rt.Prove(ctx, job)
		if err != nil {
			t.Fatalf("Prove again: %v", err)
		}
		if !bytes.Equal(first.Output, second.Output) {
			t.Errorf("Output differs between runs:\n%s\n%s", first.Output, second.Output)
		}
		if !bytes.Equal(first.PublicInputs, second.PublicInputs) {
			t.Errorf("PublicInputs differ between runs")
		}
	})

	t.Run("OrderMatters", func(t *testing.T) {
		job := c.job(4, 3)
		swapped := job
		swapped.Messages = append([]runtime.Message(nil), job.Messages...)
		swapped.Messages[0], swapped.Messages[3] = swapped.Messages[3], swapped.Messages[0]
		a, b := prove(ctx, rt, job), prove(ctx, rt, swapped)
		c.check(t, swapped, b)
		if a.err == nil && b.err == nil && bytes.Equal(a.res.Output, b.res.Output) {
			t.Errorf("swapping messages left the output unchanged: %s", a.res.Output)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		job := c.job(0, 4)
		c.check(t, job, prove(ctx, rt, job))
	})

	t.Run("BadJobs", func(t *testing.T) {
		for _, bad := range c.badJobs() {
			t.Run(bad.Name, func(t *testing.T) {
				job := c.job(2, 5)
				bad.Edit(&job)
				_, err := rt.Prove(ctx, job)
				if !errors.Is(err, bad.Want) {
					t.Fatalf("Prove error = %v, want %v", err, bad.Want)
				}
			})
		}
	})

	t.Run("Canceled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := rt.Prove(cctx, c.job(2, 6))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Prove with a canceled context: error = %v, want context.Canceled", err)
		}
	})

	if len(c.Endless) > 0 {
		t.Run("CanceledWhileRunning", func(t *testing.T) {
			job := c.job(0, 7)
			job.Messages = messages(c.Endless, 7)
			cctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() {
				_, err := rt.Prove(cctx, job)
				done <- err
			}()
			time.Sleep(50 * time.Millisecond)
			cancel()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("Prove error = %v, want context.Canceled", err)
				}
			case <-time.After(stopWait):
				t.Fatalf("Prove did not return within %s of cancellation", stopWait)
			}
		})
	}

	t.Run("Concurrent", func(t *testing.T) {
		const workers, jobsEach = 4, 3
		var wg sync.WaitGroup
		results := make([]outcome, workers*jobsEach)
		jobs := make([]runtime.Job, len(results))
		for i := range jobs {
			jobs[i] = c.job(1+i%5, uint64(100+i))
		}
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := range jobsEach {
					i := w*jobsEach + k
					results[i] = prove(ctx, rt, jobs[i])
				}
			}()
		}
		wg.Wait()
		for i := range jobs {
			c.check(t, jobs[i], results[i])
		}
	})
}

type outcome struct {
	res runtime.Result
	err error
}

func prove(ctx context.Context, rt runtime.Runtime, job runtime.Job) outcome {
	res, err := rt.Prove(ctx, job)
	return outcome{res, err}
}

// check compares an outcome with what the case expects.
func (c Case) check(t *testing.T, job runtime.Job, got outcome) {
	t.Helper()
	want, wantErr := c.Expect(job)
	if wantErr != nil {
		if !errors.Is(got.err, wantErr) {
			t.Errorf("%d messages: Prove error = %v, want %v", len(job.Messages), got.err, wantErr)
		}
		return
	}
	if got.err != nil {
		t.Errorf("%d messages: Prove: %v", len(job.Messages), got.err)
		return
	}
	wantJSON, err := json.Marshal(want)
	if err != nil {
		t.Fatalf("encode expected output: %v", err)
	}
	if !sameJSON(got.res.Output, wantJSON) {
		t.Errorf("%d messages: output\n got %s\nwant %s", len(job.Messages), got.res.Output, wantJSON)
	}
	if c.Verify != nil {
		if err := c.Verify(job, got.res); err != nil {
			t.Errorf("%d messages: Verify: %v", len(job.Messages), err)
		}
	}
}

// job returns a good job of n messages; seed makes task, message and device IDs differ between jobs.
func (c Case) job(n int, seed uint64) runtime.Job {
	data := make([]string, n)
	for i := range data {
		data[i] = c.Data(i)
	}
	return runtime.Job{
		ProjectID:      42,
		ProjectVersion: "v1",
		TaskID:         hash("task", seed, 0),
		Messages:       messages(data, seed),
		Artifacts:      maps.Clone(c.Artifacts),
		Config:         c.Config,
	}
}

// badJobs are the suite's own bad jobs: no artifacts, and each artifact missing, truncated or replaced by
// garbage, followed by the case's.
func (c Case) badJobs() []BadJob {
	bad := []BadJob{{
		Name: "NoArtifacts",
		Edit: func(job *runtime.Job) { job.Artifacts = nil },
		Want: runtime.ErrBadJob,
	}}
	for _, name := range slices.Sorted(maps.Keys(c.Artifacts)) {
		art := c.Artifacts[name]
		bad = append(bad,
			BadJob{
				Name: "Missing/" + name,
				Edit: func(job *runtime.Job) { delete(job.Artifacts, name) },
				Want: runtime.ErrBadJob,
			},
			BadJob{
				Name: "Truncated/" + name,
				Edit: func(job *runtime.Job) { job.Artifacts[name] = NewArtifact(art.Bytes[:len(art.Bytes)/2]) },
				Want: runtime.ErrBadJob,
			},
			BadJob{
				Name: "Garbage/" + name,
				Edit: func(job *runtime.Job) {
					job.Artifacts[name] = NewArtifact([]byte("\x00this is not an artifact of any runtime\xff"))
				},
				Want: runtime.ErrBadJob,
			})
	}
	return append(bad, c.BadJobs...)
}

func messages(data []string, seed uint64) []runtime.Message {
	msgs := make([]runtime.Message, len(data))
	for i, d := range data {
		msgs[i] = runtime.Message{
			ID:       hash("message", seed, uint64(i)),
			DeviceID: common.BytesToAddress(hash("device", seed, uint64(i%3)).Bytes()),
			Data:     d,
		}
	}
	return msgs
}

func hash(domain string, seed, i uint64) common.Hash {
	b := binary.BigEndian.AppendUint64([]byte(domain), seed)
	return sha256.Sum256(binary.BigEndian.AppendUint64(b, i))
}

// sameJSON reports whether a and b encode the same value; numbers are compared by their text.
func sameJSON(a, b []byte) bool {
	va, errA := decode(a)
	vb, errB := decode(b)
	return errA == nil && errB == nil && reflect.DeepEqual(va, vb)
}

func decode(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("decode %q: %w", b, err)
	}
	return v, nil
}
