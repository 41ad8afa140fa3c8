package circuit

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

var backends = []gnark.Backend{gnark.Groth16, gnark.Plonk}

func TestCompile(t *testing.T) {
	for _, b := range backends {
		t.Run(string(b), func(t *testing.T) {
			var steps []Step
			c, err := Compile(b, &cubic{}, WithProgress(func(s Step) { steps = append(steps, s) }))
			if err != nil {
				t.Fatal(err)
			}
			st := c.Stats()
			if st.Constraints == 0 || st.Public != 1 || st.Secret != 1 {
				t.Errorf("stats %+v, want constraints, 1 public and 1 secret input", st)
			}
			if c.Schema == nil || c.Schema.NbPublic != st.Public || c.Schema.NbSecret != st.Secret {
				t.Errorf("schema %+v does not match stats %+v", c.Schema, st)
			}
			if len(steps) != 1 {
				t.Errorf("progress steps %v, want one", steps)
			}
			enc, err := c.Encode()
			if err != nil {
				t.Fatal(err)
			}
			back, err := DecodeCircuit(b, enc)
			if err != nil {
				t.Fatal(err)
			}
			if back.Stats() != st || back.Schema != nil {
				t.Errorf("decoded circuit: stats %+v, schema %v; want %+v and none", back.Stats(), back.Schema, st)
			}
			if _, err := DecodeCircuit(b, append(bytes.Clone(enc), 0)); err == nil {
				t.Error("a circuit with a byte too many decodes")
			}
		})
	}
	if _, err := Compile("gnark-stark", &cubic{}); err == nil {
		t.Error("an unknown backend compiles")
	}
}

// TestDevSetupDeterministic: the development setup of the same circuit gives byte-identical circuit,
// keys and verifier contract, so that a verifier can be compiled once and committed.
func TestDevSetupDeterministic(t *testing.T) {
	for _, b := range backends {
		for _, tc := range []struct {
			name    string
			circuit func() frontend.Circuit
		}{
			{"cubic", func() frontend.Circuit { return &cubic{} }},
			{"committed", func() frontend.Circuit { return &committed{} }},
		} {
			t.Run(string(b)+"/"+tc.name, func(t *testing.T) {
				var runs [2]map[string][]byte
				for i := range runs {
					c := compileT(t, b, tc.circuit())
					k, err := DevSetup(c)
					if err != nil {
						t.Fatal(err)
					}
					if !k.Unsafe() || k.Setup != SetupDev {
						t.Errorf("dev keys: setup %q, unsafe %v", k.Setup, k.Unsafe())
					}
					build := &Build{Circuit: tc.name, Compiled: c, Keys: k}
					if runs[i], err = build.Artifacts(); err != nil {
						t.Fatal(err)
					}
					if runs[i]["Verifier.sol"], err = build.Solidity(); err != nil {
						t.Fatal(err)
					}
				}
				for name, first := range runs[0] {
					if !bytes.Equal(first, runs[1][name]) {
						t.Errorf("%s differs between two dev setups of the same circuit", name)
					}
				}
			})
		}
	}
}

func TestDevSetupProves(t *testing.T) {
	for _, b := range backends {
		for _, withCommit := range []bool{false, true} {
			name := string(b) + "/cubic"
			var circuit frontend.Circuit = &cubic{}
			if withCommit {
				name, circuit = string(b)+"/committed", &committed{}
			}
			t.Run(name, func(t *testing.T) {
				c := compileT(t, b, circuit)
				var steps []Step
				k, err := DevSetup(c, WithProgress(func(s Step) { steps = append(steps, s) }))
				if err != nil {
					t.Fatal(err)
				}
				if len(steps) != 1 || !bytes.Contains([]byte(steps[0].What), []byte("UNSAFE")) {
					t.Errorf("progress %v, want one step that says UNSAFE", steps)
				}
				proveCubic(t, c, k, withCommit)
			})
		}
	}
}

// TestDevGroth16IsMPC: the fast Groth16 dev setup makes exactly the keys of gnark's MPC with no
// contribution, sealed with the dev beacon.
func TestDevGroth16IsMPC(t *testing.T) {
	for _, tc := range []struct {
		name    string
		circuit frontend.Circuit
	}{
		{"cubic", &cubic{}},
		{"committed", &committed{}},
		{"wide", &wide{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := compileT(t, gnark.Groth16, tc.circuit)
			fast, err := DevSetup(c)
			if err != nil {
				t.Fatal(err)
			}
			srs, err := sealPhase1(devBeacon, newPhase1(c.DomainSize()))
			if err != nil {
				t.Fatal(err)
			}
			mpc, err := sealPhase2(c, srs, nil, devBeacon, newOptions(nil))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(rawKey(t, fast.ProvingKey), rawKey(t, mpc.ProvingKey)) {
				t.Error("proving keys differ")
			}
			if !bytes.Equal(encode(t, fast.VerifyingKey), encode(t, mpc.VerifyingKey)) {
				t.Error("verifying keys differ")
			}
		})
	}
}

func rawKey(t *testing.T, pk ProvingKey) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := pk.WriteRawTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
