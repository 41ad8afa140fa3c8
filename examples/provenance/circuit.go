// Package provenance is the flagship example of the gnark runtime: a proof that covers where the data
// came from as well as what was computed from it. For the messages of a task (one device's readings,
// the project groups tasks by device), the circuit proves that
//   - every message is signed with the device's EdDSA key over MiMC(projectID, version, seq, reading),
//     the digest message intake checks (message.SchemeEdDSA);
//   - the key is a leaf of the project's device tree, whose root the project commits on-chain;
//   - every reading is in [0, 2^16) and sequence numbers strictly increase;
//   - the public outputs (count, first and last sequence number, the set of sequence numbers as a bitmask,
//     total, readings at or above the threshold) are computed from exactly those readings;
//   - the task ID is the task's: the circuit recomputes it from the messages it proves (task.ZKID, a MiMC
//     chain over project, version, and each message's device and digest).
//
// Every public input takes part in a constraint, so the proof binds each of them: the task ID (in two
// 128-bit halves) binds the proof to exactly the task's messages, so it cannot settle another task; the
// device-tree root lets the example dApp (contracts/src/ProvenanceDApp.sol) refuse a tree with
// unregistered devices. The program that computes the assignment is examples/provenance/program, built
// on package assign.
package provenance

import (
	"math/big"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/mimc"
	gbits "github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/signature/eddsa"

	"github.com/w3bstream-go/w3bstream/examples/provenance/assign"
)

// Public inputs in witness order; the dApp reads them by these positions.
const (
	InputProjectID = iota
	InputTaskIDHi
	InputTaskIDLo
	InputDeviceRoot
	InputDevice
	InputCount
	InputFirstSeq
	InputLastSeq
	InputTotal
	InputAbove
	InputSeqMask
	NumInputs
)

// Circuit is the provenance circuit for a number of message slots and a device-tree depth. Build it
// with New; field names are the assignment's (see assign.Assignment).
type Circuit struct {
	ProjectID  frontend.Variable `gnark:",public"`
	TaskIDHi   frontend.Variable `gnark:",public"`
	TaskIDLo   frontend.Variable `gnark:",public"`
	DeviceRoot frontend.Variable `gnark:",public"`
	Device     frontend.Variable `gnark:",public"` // the signer's leaf
	Count      frontend.Variable `gnark:",public"`
	FirstSeq   frontend.Variable `gnark:",public"`
	LastSeq    frontend.Variable `gnark:",public"`
	Total      frontend.Variable `gnark:",public"`
	Above      frontend.Variable `gnark:",public"`
	SeqMask    frontend.Variable `gnark:",public"` // bit i set: sequence number FirstSeq+i is proved

	Version  frontend.Variable // message.VersionElement of the task's project version
	Key      eddsa.PublicKey
	Index    frontend.Variable   // the leaf's position in the device tree
	Path     []frontend.Variable // siblings from the leaf up
	Readings []Reading

	threshold uint64
}

// Reading is one message slot. Slots past the task's messages have Active 0 and repeat the first
// message, so that their signature checks pass without a special case.
type Reading struct {
	Active frontend.Variable
	Seq    frontend.Variable
	Value  frontend.Variable
	Sig    eddsa.Signature
}

// New returns an empty circuit of the given params.
func New(p assign.Params) *Circuit {
	return &Circuit{
		Path:      make([]frontend.Variable, p.Depth),
		Readings:  make([]Reading, p.Slots),
		threshold: p.Threshold,
	}
}

// Define writes the constraints.
func (c *Circuit) Define(api frontend.API) error {
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return err
	}
	hash := func(vs ...frontend.Variable) (frontend.Variable, error) {
		h, err := mimc.NewMiMC(api)
		if err != nil {
			return nil, err
		}
		h.Write(vs...)
		return h.Sum(), nil
	}

	// The key is the device's and the device is in the tree.
	leaf, err := hash(c.Key.A.X, c.Key.A.Y)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Device, leaf)
	bits := api.ToBinary(c.Index, len(c.Path))
	node := leaf
	for j, sibling := range c.Path {
		left := api.Select(bits[j], sibling, node)
		right := api.Select(bits[j], node, sibling)
		if node, err = hash(left, right); err != nil {
			return err
		}
	}
	api.AssertIsEqual(c.DeviceRoot, node)

	// Each slot: signed by the key over MiMC(projectID, version, seq, value), in range; active slots come
	// first. The task ID chain takes in each active slot's (leaf, digest).
	var count, total, above, last, mask frontend.Variable = 0, 0, 0, 0, 0
	taskID, err := hash(c.ProjectID, c.Version)
	if err != nil {
		return err
	}
	offset := new(big.Int).Lsh(big.NewInt(1), assign.ReadingBits)
	offset.Sub(offset, new(big.Int).SetUint64(c.threshold))
	for i, r := range c.Readings {
		api.AssertIsBoolean(r.Active)
		if i == 0 {
			api.AssertIsEqual(r.Active, 1) // a task holds at least one message
			api.ToBinary(r.Seq, assign.SeqBits)
		} else {
			prev := c.Readings[i-1]
			api.AssertIsEqual(api.Mul(r.Active, api.Sub(1, prev.Active)), 0)
			// seq_i > seq_(i-1): their gap minus one is a SeqBits-bit number; 0 for an idle slot.
			api.ToBinary(api.Mul(r.Active, api.Sub(r.Seq, prev.Seq, 1)), assign.SeqBits)
		}
		api.ToBinary(r.Value, assign.ReadingBits)
		digest, err := hash(c.ProjectID, c.Version, r.Seq, r.Value)
		if err != nil {
			return err
		}
		next, err := hash(taskID, leaf, digest)
		if err != nil {
			return err
		}
		taskID = api.Select(r.Active, next, taskID)
		h, err := mimc.NewMiMC(api)
		if err != nil {
			return err
		}
		if err := eddsa.Verify(curve, r.Sig, digest, c.Key, &h); err != nil {
			return err
		}
		// value >= threshold exactly when value + 2^16 - threshold has bit 16 set.
		atOrAbove := api.ToBinary(api.Add(r.Value, offset), assign.ReadingBits+1)[assign.ReadingBits]

		var nextActive frontend.Variable = 0
		if i+1 < len(c.Readings) {
			nextActive = c.Readings[i+1].Active
		}
		count = api.Add(count, r.Active)
		total = api.Add(total, api.Mul(r.Active, r.Value))
		above = api.Add(above, api.Mul(r.Active, atOrAbove))
		last = api.Add(last, api.Mul(api.Sub(r.Active, nextActive), r.Seq)) // only the last active slot counts

		// The slot's bit in SeqMask: 2^(seq - firstSeq), seq - firstSeq at most assign.MaxSeqSpan.
		offset := api.Mul(r.Active, api.Sub(r.Seq, c.Readings[0].Seq))
		api.ToBinary(api.Sub(assign.MaxSeqSpan, offset), assign.SeqSpanBits)
		var pow frontend.Variable = 1
		for k, b := range api.ToBinary(offset, assign.SeqSpanBits) {
			factor := new(big.Int).Lsh(big.NewInt(1), 1<<k)
			pow = api.Mul(pow, api.Add(1, api.Mul(b, factor.Sub(factor, big.NewInt(1)))))
		}
		mask = api.Add(mask, api.Mul(r.Active, pow))
	}
	api.AssertIsEqual(c.Count, count)
	api.AssertIsEqual(c.FirstSeq, c.Readings[0].Seq)
	api.AssertIsEqual(c.LastSeq, last)
	api.AssertIsEqual(c.Total, total)
	api.AssertIsEqual(c.Above, above)
	api.AssertIsEqual(c.SeqMask, mask)

	// The task ID's canonical bits (below the modulus, so one ID has one pair of halves): lo is bits
	// 0..127, hi the rest.
	idBits := gbits.ToBinary(api, taskID)
	api.AssertIsEqual(c.TaskIDLo, api.FromBinary(idBits[:128]...))
	api.AssertIsEqual(c.TaskIDHi, api.FromBinary(idBits[128:]...))
	return nil
}
