package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/circuit"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/internal/atomicfile"
	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/project"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// unsafeWarning is printed wherever keys of the development setup are made.
const unsafeWarning = `WARNING: UNSAFE keys. The dev setup derives its secret from a public constant: anyone can forge proofs
these keys and the verifier contract accept. Use them for development and tests only; make production
keys with a ceremony (w3bstream circuit mpc --help).`

// keyFiles are the names finalize writes the keys under: those of circuit build.
const (
	provingKeyFile   = "provingKey.bin"
	verifyingKeyFile = "verifyingKey.bin"
)

func circuitCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "circuit",
		Short: "Build gnark circuits: keys, verifier contract, project artifacts, setup ceremony",
		Long: `circuit builds what a gnark project version (runtime gnark-groth16 or gnark-plonk) needs: the
compiled circuit, its proving and verifying keys, the schema of its assignment, the program that computes
the assignment, and the Solidity verifier contract the project's dApp deploys.

Proving keys come from a setup whose secret ("toxic waste") nobody may keep: whoever knows it can forge
proofs. There are two:
  circuit build --setup dev   quick and deterministic, for development: the secret derives from a
                              public constant, so ANYONE CAN FORGE PROOFS. Everything it writes says
                              UNSAFE.
  circuit mpc ...             a multi-party ceremony (gnark-groth16): the keys are sound if one
                              contributor of each of its two phases was honest.`,
		Example: `  w3bstream circuit build --example stats --setup dev --out build/stats --project-file build/stats/project.json
  w3bstream circuit mpc --help`,
		PersistentPreRun: func(*cobra.Command, []string) { logger.Disable() },
	}
	cmd.AddCommand(circuitBuildCommand(), circuitMPCCommand())
	return cmd
}

// buildFlags are circuit build's flags.
type buildFlags struct {
	example, backend, setup string
	slots                   int
	srs, beacon             string
	phase2                  []string
	out, projectFile        string
	version, scheme         string
}

func circuitBuildCommand() *cobra.Command {
	var f buildFlags
	cmd := &cobra.Command{
		Use:   "build --example NAME (--setup dev | --srs FILE --phase2 FILE... --beacon HEX) --out DIR",
		Short: "Compile an example circuit, make its keys and write a project version's artifacts",
		Long: `build compiles one of the gnark example circuits compiled into this binary, with --slots message
slots, makes its keys, and writes into --out what a project version of it needs:

  circuit.bin provingKey.bin verifyingKey.bin schema.json program.wasm   the version's artifacts
  <Contract>.sol    the Solidity verifier the project's dApp deploys (solc 0.8.24 or later)
  manifest.json     backend, setup (and whether it is unsafe), sizes, sha256 of every file

With --project-file it also writes a project file with one version that runs the build: the runtime,
the artifacts as file:// URIs with their sha256, the program's params, tasks of up to --slots messages.
Check it with w3bstream project validate; to serve the artifacts from elsewhere (https, ipfs), change
their URIs: the sha256 stays.

The keys come from one of two setups:
  --setup dev     deterministic and quick: the same circuit gives the same keys and verifier on every
                  machine, so the verifier can be compiled once and committed. Its secret derives from
                  a public constant: ANYONE CAN FORGE PROOFS. For development and tests only.
  --srs FILE --phase2 FILE... --beacon HEX
                  the keys of a multi-party ceremony (gnark-groth16; see w3bstream circuit mpc): its
                  sealed phase 1, its phase 2 contributions in order, and the phase 2 beacon. The
                  contributions are verified again, and the keys are the ones mpc finalize makes.

The examples compiled into this binary:
` + exampleList(),
		Example: `  w3bstream circuit build --example stats --setup dev --out build/stats --project-file build/stats/project.json
  w3bstream circuit build --example provenance --slots 16 --srs srs.bin --phase2 p2-1.bin,p2-2.bin \
      --beacon 7d2a...e1 --out build/provenance`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ex, err := lookupExample(f.example)
			if err != nil {
				return err
			}
			return runBuild(cmd.OutOrStdout(), ex, f)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&f.example, "example", "", "`name` of the example circuit (required)")
	fs.IntVar(&f.slots, "slots", 0, "message slots of the circuit (default the example's)")
	fs.StringVar(&f.backend, "backend", "", "gnark-groth16 or gnark-plonk (default the example's)")
	fs.StringVar(&f.setup, "setup", "", "dev: the deterministic, UNSAFE development setup")
	fs.StringVar(&f.srs, "srs", "", "ceremony: the sealed phase 1 `file` (mpc phase1 verify --out)")
	fs.StringSliceVar(&f.phase2, "phase2", nil, "ceremony: the phase 2 contribution `files`, in order (repeat or comma-separate)")
	fs.StringVar(&f.beacon, "beacon", "", "ceremony: the phase 2 beacon, `hex`")
	fs.StringVar(&f.out, "out", "", "`directory` to write the build into (required)")
	fs.StringVar(&f.projectFile, "project-file", "", "also write a project `file` that runs the build")
	fs.StringVar(&f.version, "project-version", "v1", "the project file's version name")
	fs.StringVar(&f.scheme, "signature-scheme", "", "the project file's device signature scheme (secp256k1 or eddsa-bn254; default secp256k1)")
	return cmd
}

// runBuild is circuit build for the example ex.
func runBuild(w io.Writer, ex examples.ZKExample, f buildFlags) error {
	if f.out == "" {
		return errors.New("--out is required")
	}
	slots := f.slots
	if slots == 0 {
		slots = ex.DefaultSlots
	}
	if slots <= 0 {
		return fmt.Errorf("--slots must be positive, got %d", slots)
	}
	backend := ex.Backend
	if f.backend != "" {
		b, err := gnark.ParseBackend(f.backend)
		if err != nil {
			return fmt.Errorf("--backend: %w", err)
		}
		backend = b
	}
	ceremony := f.srs != "" || len(f.phase2) > 0 || f.beacon != ""
	switch {
	case f.setup != "" && ceremony:
		return errors.New("--setup dev and the ceremony's --srs, --phase2, --beacon exclude each other")
	case f.setup == "" && !ceremony:
		return errors.New("choose the keys' setup: --setup dev (UNSAFE, for development) or a ceremony's --srs, --phase2 and --beacon (see w3bstream circuit mpc --help)")
	case f.setup != "" && f.setup != "dev":
		return fmt.Errorf("--setup %q: the only one is dev; safe keys come from a ceremony (see w3bstream circuit mpc --help)", f.setup)
	case ceremony && (f.srs == "" || len(f.phase2) == 0 || f.beacon == ""):
		return errors.New("a ceremony's keys need all of --srs, --phase2 and --beacon")
	case ceremony && backend != gnark.Groth16:
		return fmt.Errorf("the ceremony makes %s keys; example %s is %s: add --backend %s", gnark.Groth16, ex.Name, backend, gnark.Groth16)
	}

	// Read the ceremony's files before the long compile, so that a wrong path fails at once.
	var (
		srs    *circuit.SRS
		chain  []*circuit.Phase2
		beacon []byte
		err    error
	)
	if ceremony {
		if beacon, err = parseBeacon(f.beacon); err != nil {
			return err
		}
		if srs, err = readSetupFile(f.srs, circuit.ReadSRS); err != nil {
			return err
		}
		if chain, err = readSetupFiles(f.phase2, circuit.ReadPhase2); err != nil {
			return err
		}
	}

	progress := progressTo(w)
	fmt.Fprintf(w, "compiling example %s with %d slots for %s\n", ex.Name, slots, backend)
	compiled, err := circuit.Compile(backend, ex.Circuit(slots), progress)
	if err != nil {
		return err
	}
	var keys *circuit.Keys
	if ceremony {
		fmt.Fprintf(w, "verifying the ceremony's %d phase 2 contributions and sealing them\n", len(chain))
		keys, err = circuit.SealPhase2(compiled, srs, chain, beacon, progress)
		err = nameFile(err, f.phase2)
	} else {
		fmt.Fprintf(w, "making keys with the UNSAFE dev setup (domain 2^%d)\n", numfmt.Log2(compiled.DomainSize()))
		keys, err = circuit.DevSetup(compiled, progress)
	}
	if err != nil {
		return err
	}

	start := time.Now()
	build := circuit.Build{
		Circuit:      fmt.Sprintf("examples/%s, %d slots", ex.Name, slots),
		Compiled:     compiled,
		Keys:         keys,
		ContractName: ex.ContractName,
		Program:      ex.Program,
	}
	m, err := build.WriteDir(f.out)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, circuit.Step{What: "wrote " + f.out, Took: time.Since(start)})
	printManifest(w, m)
	if len(ex.Program) == 0 {
		fmt.Fprintf(w, "note: example %s has no program built into this binary (scripts/build-examples.sh): the build has no program artifact\n", ex.Name)
	}
	if keys.Unsafe() {
		fmt.Fprintln(w, unsafeWarning)
	}
	if f.projectFile == "" {
		return nil
	}
	return writeProjectFile(w, f, ex, slots, m)
}

func writeProjectFile(w io.Writer, f buildFlags, ex examples.ZKExample, slots int, m *circuit.Manifest) error {
	var config json.RawMessage
	if ex.Params != nil {
		b, err := json.Marshal(map[string]json.RawMessage{"params": ex.Params(slots)})
		if err != nil {
			return err
		}
		config = b
	}
	v, err := m.ProjectVersion(f.out, f.version, config)
	if err != nil {
		return err
	}
	v.Aggregation.MaxMessages = slots
	v.SignatureScheme = f.scheme
	pf := project.File{Name: ex.Name, Versions: []project.Version{v}}
	if err := pf.Validate(); err != nil {
		return fmt.Errorf("project file: %w", err)
	}
	b, err := json.MarshalIndent(pf, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if dir := filepath.Dir(f.projectFile); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	if err := os.WriteFile(f.projectFile, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "project file %s (sha256 %s): version %s, runtime %s, tasks of up to %d messages\n",
		f.projectFile, project.HashHex(b), v.Version, v.Runtime, slots)
	return nil
}

func printManifest(w io.Writer, m *circuit.Manifest) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, a := range m.Artifacts {
		fmt.Fprintf(tw, "  %s\t%s\t%s bytes\tsha256 %s\n", a.Name, a.File, numfmt.Thousands(a.Bytes), a.SHA256)
	}
	fmt.Fprintf(tw, "  verifier\t%s\tcontract %s\tsha256 %s\n", m.Verifier.File, m.Verifier.Contract, m.Verifier.SHA256)
	unsafe := ""
	if m.Unsafe {
		unsafe = ", UNSAFE"
	}
	fmt.Fprintf(tw, "  manifest\t%s\t%s constraints\t%s setup%s\n", circuit.ManifestFile, numfmt.Thousands(m.Constraints), m.Setup, unsafe)
	tw.Flush()
}

func circuitMPCCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "mpc",
		Short: "Run a multi-party setup ceremony for a gnark-groth16 circuit",
		Long: `mpc runs gnark's Groth16 setup ceremony as steps on files, so that nobody knows the secret behind the
keys. It has two phases. Phase 1 ("powers of tau") does not depend on a circuit: one phase 1 of domain
2^P serves every circuit of up to 2^P constraints. Phase 2 is made for one circuit. In each phase,
contributors take turns: each takes the latest file, mixes in fresh secret randomness and passes the
result on. The keys are sound if at least one contributor of each phase was honest: used a machine
nobody else controlled and kept nothing. Every contribution carries a proof, so anyone can check the
whole chain; a tampered, foreign, repeated or out-of-order contribution is rejected.

Who runs what, in order:
  1. coordinator   w3bstream circuit mpc phase1 init --power 20 --out p1-0.bin
  2. contributors  w3bstream circuit mpc phase1 contribute p1-0.bin p1-1.bin    (then p1-1 -> p1-2, ...)
                   each publishes the contribution hash it prints
  3. coordinator   w3bstream circuit mpc phase1 verify --beacon HEX --out srs.bin p1-1.bin p1-2.bin
                   checks the chain and seals it with a public random beacon, announced in advance and
                   known only after the last contribution (e.g. a drand round); srs.bin is the sealed
                   phase 1
  4. coordinator   w3bstream circuit mpc phase2 init --srs srs.bin --example NAME --out p2-0.bin
  5. contributors  w3bstream circuit mpc phase2 contribute p2-0.bin p2-1.bin    (then p2-1 -> p2-2, ...)
  6. anyone        w3bstream circuit mpc phase2 verify --srs srs.bin --example NAME p2-1.bin p2-2.bin
  7. coordinator   w3bstream circuit mpc finalize --example NAME --phase1 p1-1.bin,p1-2.bin --srs srs.bin \
                       --phase2 p2-1.bin,p2-2.bin --beacon HEX2 --out keys
                   checks both phases and seals phase 2 with a second beacon: the keys
  8. builder       w3bstream circuit build --example NAME --backend gnark-groth16 --srs srs.bin \
                       --phase2 p2-1.bin,p2-2.bin --beacon HEX2 --out build/NAME
                   the project's artifacts and verifier contract, with the same keys

A circuit is named by --example NAME [--slots N] (compiled for gnark-groth16) or by --circuit FILE, a
gnark-groth16 circuit artifact (circuit.bin of a build). Phase 2 files are bound to the circuit and the
sealed phase 1 by their sha256: every step must be given the same ones. Publish every file, both
beacons and the contribution hashes, so that anyone can run the checks again.

Time and memory grow with the domain. On two cores, a phase 1 contribution takes about 6 s at 2^14;
phase 2 init, and each command that checks phase 2 (phase2 verify, finalize, build), first evaluates
the circuit on the phase 1 point by point: about 40 s at 2^14, about 7 min at 2^17.`,
	}
	phase1 := &cobra.Command{Use: "phase1", Short: "Phase 1: powers of tau, for every circuit up to a size"}
	phase1.AddCommand(phase1InitCommand(), phase1ContributeCommand(), phase1VerifyCommand())
	phase2 := &cobra.Command{Use: "phase2", Short: "Phase 2: for one circuit, on a sealed phase 1"}
	phase2.AddCommand(phase2InitCommand(), phase2ContributeCommand(), phase2VerifyCommand())
	cmd.AddCommand(phase1, phase2, finalizeCommand())
	return cmd
}

// circuitFlags name the circuit of a ceremony: an example or a circuit artifact.
type circuitFlags struct {
	example string
	slots   int
	file    string
}

func (f *circuitFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.example, "example", "", "the circuit: an example's `name`, compiled for gnark-groth16")
	fs.IntVar(&f.slots, "slots", 0, "message slots of the example (default the example's)")
	fs.StringVar(&f.file, "circuit", "", "the circuit: a gnark-groth16 circuit artifact `file` (circuit.bin of a build)")
}

func (f *circuitFlags) given() bool { return f.example != "" || f.file != "" }

// load compiles the example or reads the circuit artifact, for Groth16.
func (f *circuitFlags) load(w io.Writer) (*circuit.Compiled, error) {
	switch {
	case f.example != "" && f.file != "":
		return nil, errors.New("--example and --circuit exclude each other")
	case f.file != "":
		if f.slots != 0 {
			return nil, errors.New("--slots is for --example")
		}
		data, err := os.ReadFile(f.file)
		if err != nil {
			return nil, err
		}
		c, err := circuit.DecodeCircuit(gnark.Groth16, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.file, err)
		}
		st := c.Stats()
		fmt.Fprintf(w, "circuit %s: %s constraints, %d public inputs\n", f.file, numfmt.Thousands(st.Constraints), st.Public)
		return c, nil
	case f.example != "":
		ex, err := lookupExample(f.example)
		if err != nil {
			return nil, err
		}
		slots := f.slots
		if slots == 0 {
			slots = ex.DefaultSlots
		}
		if slots <= 0 {
			return nil, fmt.Errorf("--slots must be positive, got %d", slots)
		}
		if ex.Backend != gnark.Groth16 {
			fmt.Fprintf(w, "note: example %s runs on %s by default; the ceremony is for its %s build (circuit build --backend %s)\n",
				ex.Name, ex.Backend, gnark.Groth16, gnark.Groth16)
		}
		fmt.Fprintf(w, "compiling example %s with %d slots for %s\n", ex.Name, slots, gnark.Groth16)
		return circuit.Compile(gnark.Groth16, ex.Circuit(slots), progressTo(w))
	}
	return nil, errors.New("name the circuit: --example NAME [--slots N] or --circuit FILE")
}

func phase1InitCommand() *cobra.Command {
	var (
		c     circuitFlags
		power int
		out   string
	)
	cmd := &cobra.Command{
		Use:   "init (--power P | --example NAME [--slots N] | --circuit FILE) --out FILE",
		Short: "Start phase 1 (coordinator, once)",
		Long: `init writes the initial state of phase 1, for circuits of up to 2^P constraints. The coordinator runs
it once and hands the file to the first contributor.

The size is --power P (P from 1 to 28), or the smallest that fits a circuit (--example or --circuit). A
larger phase 1 serves more circuits, but its files and every contribution grow with 2^P. --out must not
exist.`,
		Example: `  w3bstream circuit mpc phase1 init --power 18 --out p1-0.bin
  w3bstream circuit mpc phase1 init --example provenance --out p1-0.bin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if out == "" {
				return errors.New("--out is required")
			}
			var domain uint64
			switch {
			case power != 0 && c.given():
				return errors.New("give --power or a circuit, not both")
			case power != 0:
				if power < 1 || power > circuit.MaxPower {
					return fmt.Errorf("--power must be 1 to %d, got %d", circuit.MaxPower, power)
				}
				domain = 1 << power
			default:
				compiled, err := c.load(w)
				if err != nil {
					return fmt.Errorf("%w (or give --power)", err)
				}
				domain = compiled.DomainSize()
			}
			p, err := circuit.NewPhase1(domain)
			if err != nil {
				return err
			}
			if err := writeNew(out, p); err != nil {
				return err
			}
			fmt.Fprintf(w, "phase 1 initialized for circuits of up to 2^%d = %s constraints: %s\n", numfmt.Log2(domain), numfmt.Thousands(int(domain)), out)
			fmt.Fprintf(w, "next, the first contributor: w3bstream circuit mpc phase1 contribute %s p1-1.bin\n", out)
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().IntVar(&power, "power", 0, "domain 2^`P`: serves circuits of up to 2^P constraints")
	cmd.Flags().StringVar(&out, "out", "", "`file` to write (required)")
	return cmd
}

func phase1ContributeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "contribute IN OUT",
		Short: "Add your randomness to phase 1 (each contributor, in turn)",
		Long: `contribute reads the latest phase 1 file IN, mixes in fresh randomness from the operating system's
secure generator, and writes the next contribution to OUT, which must not exist. The randomness lives
only in this process's memory and is gone when it exits: the setup is sound if any one contributor's
was never seen.

It prints the hash of your contribution. Publish it where the ceremony's participants can see it:
phase1 verify lists the hash of every contribution, so anyone can check that yours is in the chain.
Then hand OUT to the next contributor, or to the coordinator if you are the last.`,
		Example: `  w3bstream circuit mpc phase1 contribute p1-3.bin p1-4.bin`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return contribute(cmd.OutOrStdout(), "phase1", args[0], args[1], circuit.ReadPhase1,
				func(p *circuit.Phase1) int { return p.Contributions })
		},
	}
}

func phase1VerifyCommand() *cobra.Command {
	var beacon, out string
	cmd := &cobra.Command{
		Use:   "verify FILE... [--beacon HEX --out SRS]",
		Short: "Check the phase 1 chain; seal it (coordinator) ",
		Long: `verify checks a chain of phase 1 contributions, given in order (the initial file may come first):
each must prove that it updated the one before with randomness its contributor knew. It prints the
hash of every contribution, for contributors to find theirs. Anyone can run it.

Once the last contribution is in, the coordinator seals the chain with --beacon and --out: the beacon
is public randomness nobody could know before then, announced in advance (e.g. a drand round of a
later time), in hex. --out receives the sealed phase 1 (the SRS) every phase 2 builds on; it records
the beacon, so that anyone can redo the sealing (mpc finalize does).`,
		Example: `  w3bstream circuit mpc phase1 verify p1-0.bin p1-1.bin p1-2.bin
  w3bstream circuit mpc phase1 verify --beacon 7d2a...e1 --out srs.bin p1-1.bin p1-2.bin`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			if (beacon == "") != (out == "") {
				return errors.New("sealing needs both --beacon and --out")
			}
			var b []byte
			if beacon != "" {
				var err error
				if b, err = parseBeacon(beacon); err != nil {
					return err
				}
				if err := checkNew(out); err != nil {
					return err
				}
			}
			chain, err := readSetupFiles(args, circuit.ReadPhase1)
			if err != nil {
				return err
			}
			if b == nil {
				if err := nameFile(circuit.VerifyPhase1(chain, progressTo(w)), args); err != nil {
					return err
				}
				last := chain[len(chain)-1]
				fmt.Fprintf(w, "phase 1 verified: %d contributions, domain 2^%d\n", last.Contributions, numfmt.Log2(last.Domain))
				return nil
			}
			srs, err := circuit.SealPhase1(b, chain, progressTo(w))
			if err != nil {
				return nameFile(err, args)
			}
			if err := writeNew(out, srs); err != nil {
				return err
			}
			h := srs.Hash()
			fmt.Fprintf(w, "phase 1 verified and sealed: %d contributions, domain 2^%d, beacon %x\n", srs.Contributions, numfmt.Log2(srs.Domain), srs.Beacon)
			fmt.Fprintf(w, "sealed phase 1: %s (sha256 %x)\n", out, h)
			fmt.Fprintf(w, "next: w3bstream circuit mpc phase2 init --srs %s (--example NAME | --circuit FILE) --out p2-0.bin\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&beacon, "beacon", "", "seal with this public random beacon, `hex`")
	cmd.Flags().StringVar(&out, "out", "", "`file` to write the sealed phase 1 (SRS) to")
	return cmd
}

func phase2InitCommand() *cobra.Command {
	var (
		c        circuitFlags
		srs, out string
	)
	cmd := &cobra.Command{
		Use:   "init --srs FILE (--example NAME [--slots N] | --circuit FILE) --out FILE",
		Short: "Start phase 2 for one circuit (coordinator, once per circuit)",
		Long: `init writes the initial state of phase 2 for one gnark-groth16 circuit on a sealed phase 1 (phase1
verify --out). The file is bound to both by their sha256: every later step must be given the same SRS
and the same circuit (--example with the same --slots, or the same --circuit file). The coordinator
hands it to the first contributor. --out must not exist.`,
		Example: `  w3bstream circuit mpc phase2 init --srs srs.bin --example provenance --slots 16 --out p2-0.bin`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if srs == "" || out == "" {
				return errors.New("--srs and --out are required")
			}
			if err := checkNew(out); err != nil {
				return err
			}
			s, err := readSetupFile(srs, circuit.ReadSRS)
			if err != nil {
				return err
			}
			compiled, err := c.load(w)
			if err != nil {
				return err
			}
			p, err := circuit.NewPhase2(compiled, s, progressTo(w))
			if err != nil {
				return err
			}
			if err := writeNew(out, p); err != nil {
				return err
			}
			fmt.Fprintf(w, "phase 2 initialized for circuit sha256 %x on SRS sha256 %x: %s\n", p.Circuit, p.SRS, out)
			fmt.Fprintf(w, "next, the first contributor: w3bstream circuit mpc phase2 contribute %s p2-1.bin\n", out)
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().StringVar(&srs, "srs", "", "the sealed phase 1 `file` (required)")
	cmd.Flags().StringVar(&out, "out", "", "`file` to write (required)")
	return cmd
}

func phase2ContributeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "contribute IN OUT",
		Short: "Add your randomness to phase 2 (each contributor, in turn)",
		Long: `contribute reads the latest phase 2 file IN, mixes in fresh randomness from the operating system's
secure generator, and writes the next contribution to OUT, which must not exist. The randomness lives
only in this process's memory and is gone when it exits.

It prints the hash of your contribution: publish it; phase2 verify and the keys' manifest list every
contribution's hash. Then hand OUT to the next contributor, or to the coordinator if you are the last.`,
		Example: `  w3bstream circuit mpc phase2 contribute p2-1.bin p2-2.bin`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return contribute(cmd.OutOrStdout(), "phase2", args[0], args[1], circuit.ReadPhase2,
				func(p *circuit.Phase2) int { return p.Contributions })
		},
	}
}

func phase2VerifyCommand() *cobra.Command {
	var (
		c   circuitFlags
		srs string
	)
	cmd := &cobra.Command{
		Use:   "verify --srs FILE (--example NAME [--slots N] | --circuit FILE) FILE...",
		Short: "Check the phase 2 chain (anyone)",
		Long: `verify checks a chain of phase 2 contributions for a circuit on a sealed phase 1, given in order (the
initial file may come first): each must be made for that circuit and SRS and prove that it updated the
one before. It prints the hash of every contribution. Anyone can run it.`,
		Example: `  w3bstream circuit mpc phase2 verify --srs srs.bin --example provenance --slots 16 p2-1.bin p2-2.bin`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			if srs == "" {
				return errors.New("--srs is required")
			}
			s, err := readSetupFile(srs, circuit.ReadSRS)
			if err != nil {
				return err
			}
			chain, err := readSetupFiles(args, circuit.ReadPhase2)
			if err != nil {
				return err
			}
			compiled, err := c.load(w)
			if err != nil {
				return err
			}
			if err := circuit.VerifyPhase2(compiled, s, chain, progressTo(w)); err != nil {
				return nameFile(err, args)
			}
			fmt.Fprintf(w, "phase 2 verified: %d contributions\n", chain[len(chain)-1].Contributions)
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().StringVar(&srs, "srs", "", "the sealed phase 1 `file` (required)")
	return cmd
}

func finalizeCommand() *cobra.Command {
	var (
		c              circuitFlags
		phase1, phase2 []string
		srs, beacon    string
		out            string
	)
	cmd := &cobra.Command{
		Use:   "finalize (--example NAME [--slots N] | --circuit FILE) --phase1 FILE... --srs FILE --phase2 FILE... --beacon HEX --out DIR",
		Short: "Check the whole ceremony and make the keys (coordinator, last)",
		Long: `finalize checks the ceremony from start to end: the phase 1 contributions (--phase1, in order) must
seal, with the beacon the SRS records, into exactly the sealed phase 1 (--srs); the phase 2
contributions (--phase2, in order) must verify for the circuit on it. It then seals the last phase 2
contribution with --beacon, a second public beacon announced in advance and known only after the last
phase 2 contribution, and writes provingKey.bin and verifyingKey.bin into --out.

The keys are a function of the files and beacons. circuit build with the same --srs, --phase2 and
--beacon makes the same keys, and with them the project's artifacts and verifier contract.`,
		Example: `  w3bstream circuit mpc finalize --example provenance --slots 16 --phase1 p1-1.bin,p1-2.bin --srs srs.bin \
      --phase2 p2-1.bin,p2-2.bin --beacon 91c0...4f --out keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if len(phase1) == 0 || srs == "" || len(phase2) == 0 || beacon == "" || out == "" {
				return errors.New("--phase1, --srs, --phase2, --beacon and --out are required")
			}
			b, err := parseBeacon(beacon)
			if err != nil {
				return err
			}
			chain1, err := readSetupFiles(phase1, circuit.ReadPhase1)
			if err != nil {
				return err
			}
			s, err := readSetupFile(srs, circuit.ReadSRS)
			if err != nil {
				return err
			}
			chain2, err := readSetupFiles(phase2, circuit.ReadPhase2)
			if err != nil {
				return err
			}
			compiled, err := c.load(w)
			if err != nil {
				return err
			}
			keys, err := circuit.Finalize(compiled, chain1, s, chain2, b, progressTo(w))
			if err != nil {
				var ce *circuit.ContributionError
				if errors.As(err, &ce) && ce.Phase == 1 {
					return nameFile(err, phase1)
				}
				return nameFile(err, phase2)
			}
			return writeKeys(w, out, keys)
		},
	}
	c.add(cmd)
	fs := cmd.Flags()
	fs.StringSliceVar(&phase1, "phase1", nil, "the phase 1 contribution `files`, in order (repeat or comma-separate)")
	fs.StringVar(&srs, "srs", "", "the sealed phase 1 `file`")
	fs.StringSliceVar(&phase2, "phase2", nil, "the phase 2 contribution `files`, in order (repeat or comma-separate)")
	fs.StringVar(&beacon, "beacon", "", "the phase 2 beacon, `hex`")
	fs.StringVar(&out, "out", "", "`directory` to write the keys into")
	return cmd
}

func writeKeys(w io.Writer, dir string, keys *circuit.Keys) error {
	pk, err := gnark.EncodeProvingKey(keys.ProvingKey)
	if err != nil {
		return err
	}
	vk, err := gnark.EncodeVerifyingKey(keys.VerifyingKey)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{provingKeyFile, pk}, {verifyingKeyFile, vk}} {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "wrote %s: %s bytes, sha256 %s\n", path, numfmt.Thousands(len(f.data)), project.HashHex(f.data))
	}
	t := keys.Transcript
	fmt.Fprintf(w, "keys of the ceremony: SRS sha256 %s (%d phase 1 contributions), %d phase 2 contributions, beacon %s\n",
		t.SRS, t.Phase1Contributions, len(t.Phase2), t.Phase2Beacon)
	return nil
}

// contribution is a ceremony's state, of either phase, as a contributor handles it.
type contribution interface {
	io.WriterTo
	Hash() [32]byte
	Contribute(opts ...circuit.Option)
}

// contribute reads the state in, adds this process's randomness, writes the result to out (which must
// not exist) and prints what the contributor publishes; count tells how many contributions the state holds.
func contribute[T contribution](w io.Writer, phase, in, out string, read func(io.Reader) (T, error), count func(T) int) error {
	if err := checkNew(out); err != nil {
		return err
	}
	p, err := readSetupFile(in, read)
	if err != nil {
		return err
	}
	prev := p.Hash()
	p.Contribute(progressTo(w))
	if err := writeNew(out, p); err != nil {
		return err
	}
	printContribution(w, phase, out, prev, p.Hash(), count(p))
	return nil
}

func printContribution(w io.Writer, phase, out string, prev, hash [32]byte, n int) {
	fmt.Fprintf(w, "made on:           %x\n", prev)
	fmt.Fprintf(w, "contribution hash: %x\n", hash)
	fmt.Fprintf(w, "wrote contribution %d to %s. Publish its hash, then pass the file on:\n", n, out)
	fmt.Fprintf(w, "  the next contributor runs w3bstream circuit mpc %s contribute %s NEXT\n", phase, out)
}

// lookupExample returns the example of that name, or an error that lists them.
func lookupExample(name string) (examples.ZKExample, error) {
	if name == "" {
		return examples.ZKExample{}, errors.New("--example is required; the examples:\n" + exampleList())
	}
	ex, ok := examples.ZKExampleByName(name)
	if !ok {
		return examples.ZKExample{}, fmt.Errorf("no example %q; the examples:\n%s", name, exampleList())
	}
	return ex, nil
}

func exampleList() string {
	var b strings.Builder
	for _, ex := range examples.ZKExamples() {
		fmt.Fprintf(&b, "  %-12s %s, %d slots by default, verifier contract %s\n", ex.Name, ex.Backend, ex.DefaultSlots, ex.ContractName)
	}
	if b.Len() == 0 {
		return "  (none)\n"
	}
	return b.String()
}

func parseBeacon(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("--beacon must be hex bytes of public randomness, got %q", s)
	}
	if len(b) > circuit.MaxBeacon {
		return nil, fmt.Errorf("--beacon is %d bytes, at most %d", len(b), circuit.MaxBeacon)
	}
	return b, nil
}

// nameFile puts the file of a rejected contribution in front of err.
func nameFile(err error, files []string) error {
	var ce *circuit.ContributionError
	if errors.As(err, &ce) && ce.Position >= 0 && ce.Position < len(files) {
		return fmt.Errorf("%s: %w", files[ce.Position], err)
	}
	return err
}

func progressTo(w io.Writer) circuit.Option {
	return circuit.WithProgress(func(s circuit.Step) { fmt.Fprintln(w, s) })
}

func readSetupFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func readSetupFiles[T any](paths []string, read func(io.Reader) (T, error)) ([]T, error) {
	out := make([]T, 0, len(paths))
	for _, p := range paths {
		v, err := readSetupFile(p, read)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// checkNew refuses to overwrite: a ceremony's files are its record.
func checkNew(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s exists; choose another name (files of a ceremony are never overwritten)", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// writeNew writes a file of a ceremony to path, which must not exist, whole or not at all.
func writeNew(path string, v io.WriterTo) error {
	if err := checkNew(path); err != nil {
		return err
	}
	return atomicfile.WriteFrom(path, 0o644, func(w io.Writer) error {
		_, err := v.WriteTo(w)
		return err
	})
}
