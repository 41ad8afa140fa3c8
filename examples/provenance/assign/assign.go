// Package assign computes the provenance circuit's assignment from a task: it is the "program computes"
// half of the example, compiled into the project's WASI program (examples/provenance/program), while
// examples/provenance holds the circuit that constrains it. It also builds the device tree, which the
// node and the tools need to commit its root on-chain. It depends on gnark-crypto, not on gnark, so the
// program stays small.
package assign

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/w3bstream-go/w3bstream/message"
)

// The example's rules, shared with the circuit.
const (
	// ReadingBits: a reading is an integer in [0, 2^ReadingBits).
	ReadingBits = 16
	// SeqBits: a sequence number is below 2^SeqBits.
	SeqBits = 32
	// MaxSlots bounds the messages of one proof.
	MaxSlots = 4096
	// MaxSeqSpan bounds lastSeq - firstSeq of one task, so that the set of its sequence numbers fits one
	// field element as a bitmask (2^252 < r).
	MaxSeqSpan = 252
	// SeqSpanBits is the bit length of MaxSeqSpan.
	SeqSpanBits = 8
)

// Params are the circuit's sizes and rule, the same at build time and in the version's config.
type Params struct {
	Slots     int    `json:"slots"`     // messages per proof; a task may hold fewer
	Depth     int    `json:"depth"`     // device tree depth: up to 2^Depth devices
	Threshold uint64 `json:"threshold"` // readings at or above it are counted in Above
}

// Validate checks the params' ranges.
func (p Params) Validate() error {
	switch {
	case p.Slots < 1 || p.Slots > MaxSlots:
		return fmt.Errorf("slots %d out of [1, %d]", p.Slots, MaxSlots)
	case p.Depth < 1 || p.Depth > MaxDepth:
		return fmt.Errorf("depth %d out of [1, %d]", p.Depth, MaxDepth)
	case p.Threshold > 1<<ReadingBits:
		return fmt.Errorf("threshold %d over 2^%d", p.Threshold, ReadingBits)
	}
	return nil
}

// Input is what the gnark runtime hands the program on stdin.
type Input struct {
	ProjectID      uint64    `json:"projectID"`
	ProjectVersion string    `json:"projectVersion"`
	TaskID         string    `json:"taskID"`
	Messages       []Message `json:"messages"`
	DeviceKeys     []string  `json:"deviceKeys"`
	Params         Params    `json:"params"`
}

// Message is one message of the task.
type Message struct {
	ID        string `json:"messageID"`
	DeviceID  string `json:"deviceID"`
	Data      string `json:"data"`
	Signature string `json:"signature"`
}

// Point is a curve point of the assignment.
type Point struct {
	X string `json:"X"`
	Y string `json:"Y"`
}

// Assignment mirrors the circuit's struct (examples/provenance.Circuit) field by field; values are
// decimal strings.
type Assignment struct {
	ProjectID  string `json:"ProjectID"`
	TaskIDHi   string `json:"TaskIDHi"`
	TaskIDLo   string `json:"TaskIDLo"`
	DeviceRoot string `json:"DeviceRoot"`
	Device     string `json:"Device"`
	Count      string `json:"Count"`
	FirstSeq   string `json:"FirstSeq"`
	LastSeq    string `json:"LastSeq"`
	Total      string `json:"Total"`
	Above      string `json:"Above"`
	SeqMask    string `json:"SeqMask"`

	Version  string            `json:"Version"`
	Key      struct{ A Point } `json:"Key"`
	Index    string            `json:"Index"`
	Path     []string          `json:"Path"`
	Readings []Reading         `json:"Readings"`
}

// Reading is one message slot of the assignment.
type Reading struct {
	Active string `json:"Active"`
	Seq    string `json:"Seq"`
	Value  string `json:"Value"`
	Sig    struct {
		R Point  `json:"R"`
		S string `json:"S"`
	} `json:"Sig"`
}

// Output is the public result in readable form; the same numbers are the proof's public inputs.
type Output struct {
	DeviceID   string `json:"deviceID"`
	Device     string `json:"device"` // the device's leaf: how the dApp knows it
	DeviceRoot string `json:"deviceRoot"`
	Count      int    `json:"count"`
	FirstSeq   uint64 `json:"firstSeq"`
	LastSeq    uint64 `json:"lastSeq"`
	Total      uint64 `json:"total"`
	Above      int    `json:"above"`
	SeqMask    string `json:"seqMask"` // bit i set: sequence number firstSeq+i is in the task, in hex
}

// Result is what the program writes on stdout.
type Result struct {
	Assignment Assignment `json:"assignment"`
	Output     Output     `json:"output"`
}

// slot is one parsed message.
type slot struct {
	seq, value uint64
	sig        eddsa.Signature
}

// Compute checks the task against the example's rules and returns the assignment and output. It refuses
// what the circuit would not accept, with a reason a builder can act on.
func Compute(in Input) (*Result, error) {
	p := in.Params
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("params: %w", err)
	}
	n := len(in.Messages)
	if n == 0 {
		return nil, errors.New("the task holds no messages")
	}
	if n > p.Slots {
		return nil, fmt.Errorf("the task holds %d messages, the circuit %d slots", n, p.Slots)
	}
	taskID, err := decodeHex(in.TaskID, 32)
	if err != nil {
		return nil, fmt.Errorf("taskID: %w", err)
	}

	var key []byte
	slots := make([]slot, n)
	for i, m := range in.Messages {
		sig, err := decodeHex(m.Signature, message.EdDSASignatureBytes)
		if err != nil {
			return nil, fmt.Errorf("message %d: signature: %w", i, err)
		}
		if key == nil {
			key = sig[:message.EdDSAPublicKeyBytes]
		} else if string(key) != string(sig[:message.EdDSAPublicKeyBytes]) {
			return nil, fmt.Errorf("message %d: signed by another device than message 0; the project groups tasks by device", i)
		}
		s, err := parseSlot(m.Data, sig[message.EdDSAPublicKeyBytes:])
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", i, err)
		}
		if i > 0 && s.seq <= slots[i-1].seq {
			return nil, fmt.Errorf("message %d: sequence number %d does not follow %d", i, s.seq, slots[i-1].seq)
		}
		if i > 0 && s.seq-slots[0].seq > MaxSeqSpan {
			return nil, fmt.Errorf("message %d: sequence numbers %d to %d span more than %d, the most one task may cover", i, slots[0].seq, s.seq, MaxSeqSpan)
		}
		slots[i] = s
	}
	var pub eddsa.PublicKey
	if _, err := pub.SetBytes(key); err != nil {
		return nil, fmt.Errorf("device key: %w", err)
	}
	leaf := Leaf(pub)
	// The circuit recomputes the task ID from the messages (task.ZKID); say so here when they differ.
	var pid fr.Element
	pid.SetUint64(in.ProjectID)
	version := message.VersionElement(in.ProjectVersion)
	acc := message.MiMC(pid, version)
	for i, m := range in.Messages {
		digest, err := message.EdDSADigest(in.ProjectID, in.ProjectVersion, m.Data)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", i, err)
		}
		acc = message.MiMC(acc, leaf, digest)
	}
	if id := acc.Bytes(); string(id[:]) != string(taskID) {
		return nil, fmt.Errorf("task ID 0x%x is not the ID of its messages (0x%x)", taskID, id)
	}

	keys := make([][]byte, 0, len(in.DeviceKeys))
	for i, k := range in.DeviceKeys {
		b, err := decodeHex(k, message.EdDSAPublicKeyBytes)
		if err != nil {
			return nil, fmt.Errorf("device key %d: %w", i, err)
		}
		keys = append(keys, b)
	}
	tree, err := NewTree(p.Depth, keys)
	if err != nil {
		return nil, err
	}
	index, path, ok := tree.Path(leaf)
	if !ok {
		return nil, fmt.Errorf("device %s is not registered for the project (not in its device tree of %d keys)",
			message.EdDSADeviceID(key).Hex(), tree.Len())
	}

	a := Assignment{
		ProjectID: fmt.Sprint(in.ProjectID),
		TaskIDHi:  new(big.Int).SetBytes(taskID[:16]).String(),
		TaskIDLo:  new(big.Int).SetBytes(taskID[16:]).String(),
		Version:   dec(version),
		Index:     fmt.Sprint(index),
		Path:      make([]string, len(path)),
		Readings:  make([]Reading, p.Slots),
	}
	root := tree.Root()
	a.DeviceRoot, a.Device = dec(root), dec(leaf)
	a.Key.A = point(pub.A.X, pub.A.Y)
	for j, s := range path {
		a.Path[j] = dec(s)
	}
	out := Output{
		DeviceID:   message.EdDSADeviceID(key).Hex(),
		Device:     hex32(leaf),
		DeviceRoot: hex32(root),
		Count:      n,
		FirstSeq:   slots[0].seq,
		LastSeq:    slots[n-1].seq,
	}
	mask := new(big.Int)
	for _, s := range slots {
		mask.SetBit(mask, int(s.seq-slots[0].seq), 1)
	}
	a.SeqMask, out.SeqMask = mask.String(), "0x"+mask.Text(16)
	for i := range a.Readings {
		// A slot past the task's messages repeats message 0 with Active 0: its signature still checks,
		// and the circuit leaves it out of every sum.
		s, active := slots[0], "0"
		if i < n {
			s, active = slots[i], "1"
			out.Total += s.value
			if s.value >= p.Threshold {
				out.Above++
			}
		}
		r := &a.Readings[i]
		r.Active, r.Seq, r.Value = active, fmt.Sprint(s.seq), fmt.Sprint(s.value)
		r.Sig.R = point(s.sig.R.X, s.sig.R.Y)
		r.Sig.S = new(big.Int).SetBytes(s.sig.S[:]).String()
	}
	a.Count, a.FirstSeq, a.LastSeq = fmt.Sprint(n), fmt.Sprint(out.FirstSeq), fmt.Sprint(out.LastSeq)
	a.Total, a.Above = fmt.Sprint(out.Total), fmt.Sprint(out.Above)
	return &Result{Assignment: a, Output: out}, nil
}

// Data is the data string of a reading: the JSON array [seq, value] a device signs.
func Data(seq, value uint64) string { return fmt.Sprintf("[%d,%d]", seq, value) }

// parseSlot reads a message's [seq, value] and its R || S.
func parseSlot(data string, rs []byte) (slot, error) {
	elems, err := message.DataElements(data)
	if err != nil {
		return slot{}, err
	}
	if len(elems) != 2 {
		return slot{}, fmt.Errorf("data %.40q: want [seq, reading]", data)
	}
	var s slot
	seq, value := elems[0].BigInt(new(big.Int)), elems[1].BigInt(new(big.Int))
	if seq.BitLen() > SeqBits {
		return slot{}, fmt.Errorf("sequence number %s is not below 2^%d", seq, SeqBits)
	}
	if value.BitLen() > ReadingBits {
		return slot{}, fmt.Errorf("reading %s out of range [0, %d)", value, 1<<ReadingBits)
	}
	s.seq, s.value = seq.Uint64(), value.Uint64()
	if _, err := s.sig.SetBytes(rs); err != nil {
		return slot{}, fmt.Errorf("signature: %w", err)
	}
	return s, nil
}

func decodeHex(s string, want int) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, err
	}
	if len(b) != want {
		return nil, fmt.Errorf("%d bytes, want %d", len(b), want)
	}
	return b, nil
}

func dec(e fr.Element) string { return e.BigInt(new(big.Int)).String() }

func hex32(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

func point(x, y fr.Element) Point { return Point{X: dec(x), Y: dec(y)} }

// DecodeInput parses the program's stdin.
func DecodeInput(b []byte) (Input, error) {
	var in Input
	if err := json.Unmarshal(b, &in); err != nil {
		return Input{}, fmt.Errorf("input: %w", err)
	}
	return in, nil
}
