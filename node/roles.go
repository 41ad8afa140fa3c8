package node

import (
	"fmt"
	"strings"
)

// Roles says which roles a node runs. The status API always runs.
type Roles struct {
	Ingest    bool // message intake over HTTP
	Sequencer bool // packer and sequencer: messages into tasks, tasks into blocks
	Prover    bool // runs assigned tasks and submits their results
}

// AllRoles is what a dev node runs.
func AllRoles() Roles { return Roles{Ingest: true, Sequencer: true, Prover: true} }

// ParseRoles reads a comma-separated list of ingest, sequencer and prover.
func ParseRoles(s string) (Roles, error) {
	var r Roles
	for _, name := range strings.Split(s, ",") {
		switch strings.TrimSpace(name) {
		case "ingest":
			r.Ingest = true
		case "sequencer":
			r.Sequencer = true
		case "prover":
			r.Prover = true
		case "":
		default:
			return Roles{}, fmt.Errorf("unknown role %q: roles are ingest, sequencer and prover", name)
		}
	}
	if r == (Roles{}) {
		return Roles{}, fmt.Errorf("no role given: roles are ingest, sequencer and prover")
	}
	return r, nil
}

func (r Roles) String() string {
	var names []string
	for _, x := range []struct {
		on   bool
		name string
	}{{r.Ingest, "ingest"}, {r.Sequencer, "sequencer"}, {r.Prover, "prover"}} {
		if x.on {
			names = append(names, x.name)
		}
	}
	return strings.Join(names, ",")
}
