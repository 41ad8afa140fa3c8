package gnark

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"reflect"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend/schema"

	"github.com/w3bstream-go/w3bstream/runtime"
)

// artifacts are a version's five artifacts, found in a job.
type artifacts struct {
	program, circuit, provingKey, verifyingKey, schema runtime.Artifact
}

// findArtifacts picks a version's artifacts out of a job's; each must be there and non-empty.
func findArtifacts(all map[string]runtime.Artifact) (artifacts, error) {
	var a artifacts
	for _, f := range []struct {
		name string
		dst  *runtime.Artifact
	}{
		{ProgramArtifact, &a.program},
		{CircuitArtifact, &a.circuit},
		{ProvingKeyArtifact, &a.provingKey},
		{VerifyingKeyArtifact, &a.verifyingKey},
		{SchemaArtifact, &a.schema},
	} {
		art, ok := all[f.name]
		if !ok || len(art.Bytes) == 0 {
			return artifacts{}, fmt.Errorf("%w: gnark: no %q artifact", runtime.ErrBadJob, f.name)
		}
		*f.dst = art
	}
	return a, nil
}

// key identifies the version's proving material; the program is cached apart, by the wasm runtime.
func (a artifacts) key() string {
	var b bytes.Buffer
	for _, art := range []runtime.Artifact{a.circuit, a.provingKey, a.verifyingKey, a.schema} {
		sum := art.SHA256
		if sum == "" {
			h := sha256.Sum256(art.Bytes)
			sum = hex.EncodeToString(h[:])
		}
		b.WriteString(sum)
		b.WriteByte('/')
	}
	return b.String()
}

// version is a version's decoded proving material, as kept in the cache.
type version struct {
	key   string
	ready chan struct{} // closed when loaded (or failed)
	err   error
	elem  *list.Element

	ccs    constraint.ConstraintSystem
	pk     any // groth16.ProvingKey or plonk.ProvingKey
	vk     any // *groth16bn254.VerifyingKey or *plonkbn254.VerifyingKey
	schema *schema.Schema
}

// version returns the loaded version of a's proving material, loading it at its first use. Concurrent
// first uses load once; a load outlives a caller that stops waiting for it.
func (r *Runtime) version(ctx context.Context, a artifacts) (*version, error) {
	key := a.key()
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil, errClosed
	}
	v := r.versions[key]
	if v == nil {
		v = &version{key: key, ready: make(chan struct{})}
		r.versions[key] = v
		v.elem = r.lru.PushFront(v)
		r.evictLocked()
		r.background.Add(1)
		go r.load(v, a)
	} else {
		r.lru.MoveToFront(v.elem)
	}
	r.mu.Unlock()

	select {
	case <-v.ready:
	case <-ctx.Done():
		return nil, fmt.Errorf("gnark: waiting for the version to load: %w", ctx.Err())
	}
	if v.err != nil {
		return nil, v.err
	}
	return v, nil
}

func (r *Runtime) load(v *version, a artifacts) {
	defer r.background.Done()
	start := time.Now()
	if v.err = r.cfg.guard.begin(v.key); v.err == nil {
		v.err = v.decode(r.backend, a)
		r.cfg.guard.end(v.key)
	}
	r.metrics.loads.Add(1)
	r.metrics.observe(phaseLoad, start)
	if v.err != nil {
		r.mu.Lock()
		r.removeLocked(v) // a bad version is not kept; the next job reports it afresh
		r.mu.Unlock()
	}
	close(v.ready)
}

// evictLocked drops least recently used versions beyond the cache size. Jobs still proving with one keep
// it until they finish; the garbage collector frees it after them.
func (r *Runtime) evictLocked() {
	for e := r.lru.Back(); e != nil && r.lru.Len() > r.cfg.maxCachedVersions; {
		v := e.Value.(*version)
		e = e.Prev()
		select {
		case <-v.ready:
			r.removeLocked(v)
		default: // still loading; its jobs wait for it
		}
	}
}

func (r *Runtime) removeLocked(v *version) {
	if r.versions[v.key] == v {
		delete(r.versions, v.key)
	}
	if v.elem != nil {
		r.lru.Remove(v.elem)
		v.elem = nil
	}
}

// decode reads the version's artifacts and checks that they belong together.
func (v *version) decode(b Backend, a artifacts) error {
	ccs, err := b.DecodeCircuit(a.circuit.Bytes)
	if err != nil {
		return err
	}
	pk, err := decodeProvingKey(b, a.provingKey.Bytes)
	if err != nil {
		return err
	}
	vk, err := b.DecodeVerifyingKey(a.verifyingKey.Bytes)
	if err != nil {
		return err
	}
	s, err := DecodeSchema(a.schema.Bytes)
	if err != nil {
		return err
	}
	if err := checkVersion(b, ccs, pk, vk, s); err != nil {
		return fmt.Errorf("%w: gnark: %v", runtime.ErrBadJob, err)
	}
	v.ccs, v.pk, v.vk, v.schema = ccs, pk, vk, s
	return nil
}

// decodeProvingKey reads a provingKey artifact without the subgroup checks of every point, which would
// take longer than a proof: the node has already checked the artifact against its hash.
func decodeProvingKey(b Backend, data []byte) (any, error) {
	var pk interface {
		UnsafeReadFrom(io.Reader) (int64, error)
	}
	if b == Plonk {
		pk = plonk.NewProvingKey(Curve)
	} else {
		pk = groth16.NewProvingKey(Curve)
	}
	if err := guard(func() error {
		n, err := pk.UnsafeReadFrom(bytes.NewReader(data))
		if err != nil {
			return err
		}
		if n != int64(len(data)) {
			return fmt.Errorf("%d bytes left over after %d", int64(len(data))-n, n)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("%w: gnark: proving key: %v", runtime.ErrBadJob, err)
	}
	return pk, nil
}

// checkVersion checks that the circuit, the keys and the schema agree on the witness: the same field, the
// same numbers of public and secret values, and a schema whose leaves are what it says; that the proving
// key has the sizes the circuit needs; and that every public input is bound (ErrUnboundInput).
func checkVersion(b Backend, ccs constraint.ConstraintSystem, pk, vk any, s *schema.Schema) error {
	if err := checkProvingKey(ccs, pk); err != nil {
		return fmt.Errorf("proving key does not fit the circuit: %v", err)
	}
	if s.Field == nil || s.Field.Cmp(Curve.ScalarField()) != 0 {
		return fmt.Errorf("schema is not over %s's scalar field", Curve)
	}
	public := ccs.GetNbPublicVariables()
	if b == Groth16 {
		public-- // an R1CS's first public wire is the constant one
	}
	if s.NbPublic != public || s.NbSecret != ccs.GetNbSecretVariables() {
		return fmt.Errorf("schema has %d public and %d secret values, the circuit %d and %d",
			s.NbPublic, s.NbSecret, public, ccs.GetNbSecretVariables())
	}
	if n := vkPublicInputs(vk); n != s.NbPublic {
		return fmt.Errorf("verifying key takes %d public inputs, the circuit has %d", n, s.NbPublic)
	}
	if err := checkSchemaLeaves(s); err != nil {
		return err
	}
	if err := CheckInputsBound(ccs, s); err != nil {
		return err
	}
	return CheckKeyBinds(vk)
}

// checkProvingKey checks the sizes of a proving key against its circuit. gnark's provers index the key by
// the circuit's sizes in goroutines of their own, where a panic cannot be recovered and would stop the
// node: a key of another circuit, or of another compilation of it, must be refused before it is used.
func checkProvingKey(ccs constraint.ConstraintSystem, pk any) error {
	commitments := len(ccs.GetCommitments().CommitmentIndexes())
	switch pk := pk.(type) {
	case *groth16bn254.ProvingKey:
		wires := ccs.GetNbInternalVariables() + ccs.GetNbPublicVariables() + ccs.GetNbSecretVariables()
		if n := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())); pk.Domain.Cardinality != n {
			return fmt.Errorf("domain of %d, the circuit needs %d", pk.Domain.Cardinality, n)
		}
		if len(pk.InfinityA) != wires || len(pk.InfinityB) != wires {
			return fmt.Errorf("%d and %d wire flags, the circuit has %d wires", len(pk.InfinityA), len(pk.InfinityB), wires)
		}
		if uint64(trues(pk.InfinityA)) != pk.NbInfinityA || uint64(trues(pk.InfinityB)) != pk.NbInfinityB {
			return fmt.Errorf("wire flags do not match their counts")
		}
		a, b := wires-int(pk.NbInfinityA), wires-int(pk.NbInfinityB)
		if len(pk.G1.A) != a || len(pk.G1.B) != b || len(pk.G2.B) != b {
			return fmt.Errorf("%d, %d and %d wire points, want %d, %d and %d", len(pk.G1.A), len(pk.G1.B), len(pk.G2.B), a, b, b)
		}
		if len(pk.G1.Z) != int(pk.Domain.Cardinality)-1 {
			return fmt.Errorf("%d quotient points, want %d", len(pk.G1.Z), pk.Domain.Cardinality-1)
		}
		if len(pk.CommitmentKeys) != commitments {
			return fmt.Errorf("%d commitment keys, the circuit has %d commitments", len(pk.CommitmentKeys), commitments)
		}
		if info, ok := ccs.GetCommitments().(constraint.Groth16Commitments); ok {
			committed := 0
			for i, wires := range info.GetPrivateCommitted() {
				if len(pk.CommitmentKeys[i].Basis) != len(wires) {
					return fmt.Errorf("commitment key %d of %d points, the commitment has %d wires", i, len(pk.CommitmentKeys[i].Basis), len(wires))
				}
				committed += len(wires)
			}
			private := ccs.GetNbSecretVariables() + ccs.GetNbInternalVariables() - committed - commitments
			if len(pk.G1.K) != private {
				return fmt.Errorf("%d private wire points, want %d", len(pk.G1.K), private)
			}
		}
	case *plonkbn254.ProvingKey:
		if pk.Vk == nil {
			return fmt.Errorf("no verifying key inside")
		}
		n := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints() + ccs.GetNbPublicVariables()))
		if pk.Vk.Size != n || uint64(len(pk.KzgLagrange.G1)) != n || uint64(len(pk.Kzg.G1)) < n+3 {
			return fmt.Errorf("domain of %d with %d Lagrange and %d canonical SRS points, the circuit needs %d, %d and %d",
				pk.Vk.Size, len(pk.KzgLagrange.G1), len(pk.Kzg.G1), n, n, n+3)
		}
		if pk.Vk.NbPublicVariables != uint64(ccs.GetNbPublicVariables()) {
			return fmt.Errorf("%d public inputs, the circuit has %d", pk.Vk.NbPublicVariables, ccs.GetNbPublicVariables())
		}
		if len(pk.Vk.Qcp) != commitments || len(pk.Vk.CommitmentConstraintIndexes) != commitments {
			return fmt.Errorf("%d commitment selectors, the circuit has %d commitments", len(pk.Vk.Qcp), commitments)
		}
	default:
		return fmt.Errorf("proving key of type %T", pk)
	}
	return nil
}

func trues(flags []bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
}

// vkPublicInputs is how many public inputs a verifying key takes, or -1 for an unknown key.
func vkPublicInputs(vk any) int {
	switch vk := vk.(type) {
	case *groth16bn254.VerifyingKey:
		// K has a point for the constant one wire and for each commitment, besides the public inputs.
		return len(vk.G1.K) - 1 - len(vk.PublicAndCommitmentCommitted)
	case *plonkbn254.VerifyingKey:
		if vk.NbPublicVariables > math.MaxInt32 {
			return -1
		}
		return int(vk.NbPublicVariables)
	}
	return -1
}

// leafType is the type of an assignment's leaves, as gnark's witness decoding instantiates them.
var leafType = reflect.TypeFor[*fr.Element]()

// checkSchemaLeaves checks that the schema's leaves are as many, as public and as secret as its counts
// say. The schema becomes a Go type at each job (reflect.StructOf), so a hostile one is refused here:
// its size is bounded before anything is built, and the building may panic.
func checkSchemaLeaves(s *schema.Schema) error {
	want := s.NbPublic + s.NbSecret
	if n, ok := countLeaves(s.Fields, want); !ok || n != want {
		return fmt.Errorf("schema's fields do not hold its %d public and %d secret values", s.NbPublic, s.NbSecret)
	}
	var count schema.LeafCount
	err := guard(func() error {
		var err error
		count, err = schema.Walk(s.Field, s.Instantiate(leafType), leafType, nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("schema: %v", err)
	}
	if count.Public != s.NbPublic || count.Secret != s.NbSecret {
		return fmt.Errorf("schema's fields hold %d public and %d secret values, it says %d and %d",
			count.Public, count.Secret, s.NbPublic, s.NbSecret)
	}
	return nil
}

// countLeaves counts the leaves of fields the way gnark's schema instantiates them, giving up past limit.
func countLeaves(fields []schema.Field, limit int) (int, bool) {
	n := 0
	for _, f := range fields {
		var k int
		var ok bool
		switch f.Type {
		case schema.Leaf:
			k, ok = 1, true
		case schema.Struct:
			k, ok = countLeaves(f.SubFields, limit)
		case schema.Array:
			k, ok = countArray(f.ArraySize, f.SubFields, limit)
		}
		if !ok || k > limit-n {
			return 0, false
		}
		n += k
	}
	return n, true
}

// countArray counts the leaves of an array of size elements; elem describes the element as gnark's
// schema does: nothing for a leaf, else its first field.
func countArray(size int, elem []schema.Field, limit int) (int, bool) {
	if size < 0 {
		return 0, false
	}
	each, ok := 1, true
	if len(elem) > 0 {
		switch elem[0].Type {
		case schema.Struct:
			each, ok = countLeaves(elem[0].SubFields, limit)
		case schema.Array:
			each, ok = countArray(elem[0].ArraySize, elem[0].SubFields, limit)
		default:
			return 0, false
		}
	}
	if !ok {
		return 0, false
	}
	if each == 0 {
		return 0, true
	}
	if size > limit/each {
		return 0, false
	}
	return size * each, true
}

// guard runs f and turns a panic into an error: gnark's decoders and schema code are not written for
// hostile input.
func guard(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed: %v", p)
		}
	}()
	return f()
}
