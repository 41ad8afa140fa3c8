// Package stats is the smaller gnark example, on PLONK: the count, total and maximum of a task's
// readings (plain integers from secp256k1-signed messages), proved. The proof binds the project and the
// task; the example dApp (contracts/src/StatsDApp.sol) checks that binding and records the numbers.
// Unlike examples/provenance it takes the node's word for who signed the readings: it shows the second
// backend end to end at a small size. Its program is examples/stats/program.
package stats

import "github.com/consensys/gnark/frontend"

// Sizes and rules shared with the program.
const (
	// ValueBits: a reading is an integer in [0, 2^ValueBits).
	ValueBits = 32
	// DefaultSlots is the number of readings one proof holds.
	DefaultSlots = 8
)

// Public inputs in witness order; the dApp reads them by these positions.
const (
	InputProjectID = iota
	InputTaskIDHi
	InputTaskIDLo
	InputCount
	InputTotal
	InputMax
	NumInputs
)

// Circuit proves Count, Total and Max of the active readings.
type Circuit struct {
	ProjectID frontend.Variable `gnark:",public"`
	TaskIDHi  frontend.Variable `gnark:",public"`
	TaskIDLo  frontend.Variable `gnark:",public"`
	Count     frontend.Variable `gnark:",public"`
	Total     frontend.Variable `gnark:",public"`
	Max       frontend.Variable `gnark:",public"`

	Active []frontend.Variable
	Values []frontend.Variable
}

// New returns an empty circuit of slots readings.
func New(slots int) *Circuit {
	return &Circuit{Active: make([]frontend.Variable, slots), Values: make([]frontend.Variable, slots)}
}

// Define writes the constraints. The project and task inputs are range-checked to their widths (64 and
// 128 bits): each public input takes part in a constraint, as circuit.Compile requires, and one task ID
// has one pair of halves.
func (c *Circuit) Define(api frontend.API) error {
	api.ToBinary(c.ProjectID, 64)
	api.ToBinary(c.TaskIDHi, 128)
	api.ToBinary(c.TaskIDLo, 128)
	var count, total, hit frontend.Variable = 0, 0, 1
	api.ToBinary(c.Max, ValueBits)
	for i := range c.Values {
		a, v := c.Active[i], c.Values[i]
		api.AssertIsBoolean(a)
		if i == 0 {
			api.AssertIsEqual(a, 1)
		} else {
			api.AssertIsEqual(api.Mul(a, api.Sub(1, c.Active[i-1])), 0) // active slots come first
		}
		api.ToBinary(v, ValueBits)
		api.ToBinary(api.Sub(c.Max, api.Mul(a, v)), ValueBits) // Max is at least every active reading
		// hit stays non-zero until an active reading equals Max.
		hit = api.Mul(hit, api.Add(api.Mul(a, api.Sub(c.Max, v)), api.Sub(1, a)))
		count = api.Add(count, a)
		total = api.Add(total, api.Mul(a, v))
	}
	api.AssertIsEqual(hit, 0)
	api.AssertIsEqual(c.Count, count)
	api.AssertIsEqual(c.Total, total)
	return nil
}
