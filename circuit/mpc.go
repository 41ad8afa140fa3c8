package circuit

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	csbn254 "github.com/consensys/gnark/constraint/bn254"

	"github.com/w3bstream-go/w3bstream/internal/numfmt"
	"github.com/w3bstream-go/w3bstream/runtime/gnark"
)

// Limits of the multi-party setup.
const (
	// MaxPower bounds the domain (2^MaxPower) of a phase 1: BN254's scalar field has roots of unity of
	// order 2^28, and a file's claimed size is checked against it before anything is allocated.
	MaxPower = 28
	// MaxBeacon bounds a beacon's length in bytes.
	MaxBeacon = 1024
)

// File kinds of the multi-party setup.
const (
	kindPhase1 byte = 1
	kindSRS    byte = 2
	kindPhase2 byte = 3
)

var kindNames = map[byte]string{
	kindPhase1: "phase 1 file",
	kindSRS:    "sealed phase 1 (SRS) file",
	kindPhase2: "phase 2 file",
}

// mpcMagic starts every file of the multi-party setup; the last byte is the format's version.
var mpcMagic = [8]byte{'W', '3', 'B', 'M', 'P', 'C', 0, 1}

// phase1Prefix is how many bytes of a phase 1 body come before its domain size: gnark writes the three
// update proofs (a compressed G1 and G2 point each) first.
const phase1Prefix = 3 * (curve.SizeOfG1AffineCompressed + curve.SizeOfG2AffineCompressed)

// Errors of the multi-party setup.
var (
	// ErrFormat: the input is not a well-formed file of the kind expected.
	ErrFormat = errors.New("circuit: malformed setup file")
	// ErrContribution: a contribution does not verify against the chain before it.
	ErrContribution = errors.New("circuit: contribution rejected")
)

// ContributionError says which element of a chain of contributions was rejected, and why.
type ContributionError struct {
	Phase    int // 1 or 2
	Position int // index of the rejected element in the chain given
	Number   int // the contribution number expected there; 0 for the initial state
	Err      error
}

func (e *ContributionError) Error() string {
	if e.Number == 0 {
		return fmt.Sprintf("circuit: phase %d initial state rejected: %v", e.Phase, e.Err)
	}
	return fmt.Sprintf("circuit: phase %d contribution %d rejected: %v", e.Phase, e.Number, e.Err)
}

// Unwrap makes errors.Is(err, ErrContribution) true.
func (e *ContributionError) Unwrap() []error { return []error{ErrContribution, e.Err} }

// Phase1 is the state of a Groth16 ceremony's first phase ("powers of tau") after some contributions. It
// does not depend on a circuit: a phase 1 of domain N serves every circuit of up to N constraints.
type Phase1 struct {
	Domain        uint64
	Contributions int // contributions so far; 0 for the initial state
	p             *mpcsetup.Phase1
}

// NewPhase1 returns the initial state of a phase 1 for circuits of up to domain constraints; domain is a
// power of two, from 2 to 2^MaxPower.
func NewPhase1(domain uint64) (*Phase1, error) {
	if err := checkDomain(domain); err != nil {
		return nil, err
	}
	return newPhase1(domain), nil
}

func newPhase1(domain uint64) *Phase1 {
	return &Phase1{Domain: domain, p: mpcsetup.NewPhase1(domain)}
}

// Contribute adds fresh randomness from crypto/rand to p: p becomes the next contribution of the chain.
// The randomness lives only in memory for the duration of the call.
func (p *Phase1) Contribute(opts ...Option) {
	o := newOptions(opts)
	start := time.Now()
	p.p.Contribute()
	p.Contributions++
	o.done(start, "phase 1 contribution %d (domain 2^%d)", p.Contributions, numfmt.Log2(p.Domain))
}

// Hash returns the hash of the state: the next contribution commits to it, so a contributor publishes it
// and anyone can check that the chain holds their contribution.
func (p *Phase1) Hash() [32]byte { return hashOf(p.p) }

// Previous returns the hash of the state this contribution was made on; nil for the initial state.
func (p *Phase1) Previous() []byte { return bytes.Clone(p.p.Challenge) }

// WriteTo writes p as a phase 1 file.
func (p *Phase1) WriteTo(w io.Writer) (int64, error) {
	h := header{kind: kindPhase1, domain: p.Domain, contributions: uint32(p.Contributions)}
	return writeFile(w, &h, p.p)
}

// ReadPhase1 reads a phase 1 file; the whole of r must be the file.
func ReadPhase1(r io.Reader) (*Phase1, error) {
	br := bufio.NewReader(r)
	h, err := readHeader(br, kindPhase1)
	if err != nil {
		return nil, err
	}
	if err := checkBodyDomain(br, phase1Prefix, h.domain); err != nil {
		return nil, err
	}
	b := &bodyPrefix{r: br}
	b.copy(phase1Prefix)
	b.commons(h.domain)
	p := &Phase1{Domain: h.domain, Contributions: int(h.contributions), p: new(mpcsetup.Phase1)}
	if err := readBody(b, p.p); err != nil {
		return nil, err
	}
	return p, nil
}

// VerifyPhase1 checks a chain of phase 1 contributions, in order: each must be a valid update of the one
// before, the first of the initial state. The chain may start with the initial state itself.
func VerifyPhase1(chain []*Phase1, opts ...Option) error {
	_, n, err := verifyPhase1(chain, newOptions(opts))
	if err == nil && n == 0 {
		err = errors.New("circuit: phase 1 has no contributions")
	}
	return err
}

// SRS is a sealed phase 1: the last verified contribution, updated once more by a public beacon chosen
// after it. Every phase 2 of the ceremony builds on it.
type SRS struct {
	Domain        uint64
	Contributions int      // phase 1 contributions it seals
	Last          [32]byte // hash of the contribution it seals
	Beacon        []byte
	commons       mpcsetup.SrsCommons
	hash          *[32]byte
}

// SealPhase1 verifies the chain (see VerifyPhase1) and seals its last contribution with beacon: public
// randomness nobody could know before the last contribution was in, such as a future drand round. The
// chain's last element is used up.
func SealPhase1(beacon []byte, chain []*Phase1, opts ...Option) (*SRS, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	o := newOptions(opts)
	last, n, err := verifyPhase1(chain, o)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("circuit: phase 1 has no contributions: a setup needs at least one honest contributor")
	}
	start := time.Now()
	srs, err := sealPhase1(beacon, last)
	if err != nil {
		return nil, err
	}
	o.done(start, "phase 1 sealed (%d contributions, domain 2^%d)", n, numfmt.Log2(last.Domain))
	return srs, nil
}

func sealPhase1(beacon []byte, last *Phase1) (srs *SRS, err error) {
	defer recoverTo(&err, "seal phase 1")
	srs = &SRS{Domain: last.Domain, Contributions: last.Contributions, Last: last.Hash(), Beacon: bytes.Clone(beacon)}
	srs.commons = last.p.Seal(beacon)
	return srs, nil
}

// Hash returns the sha256 of the SRS file, which binds every phase 2 built on it.
func (s *SRS) Hash() [32]byte {
	if s.hash == nil {
		h := hashOf(s)
		s.hash = &h
	}
	return *s.hash
}

// WriteTo writes s as a sealed phase 1 file.
func (s *SRS) WriteTo(w io.Writer) (int64, error) {
	h := header{kind: kindSRS, domain: s.Domain, contributions: uint32(s.Contributions), last: s.Last, beacon: s.Beacon}
	return writeFile(w, &h, &s.commons)
}

// ReadSRS reads a sealed phase 1 file; the whole of r must be the file.
func ReadSRS(r io.Reader) (*SRS, error) {
	sha := sha256.New()
	br := bufio.NewReader(io.TeeReader(r, sha))
	h, err := readHeader(br, kindSRS)
	if err != nil {
		return nil, err
	}
	if err := checkBodyDomain(br, 0, h.domain); err != nil {
		return nil, err
	}
	b := &bodyPrefix{r: br}
	b.commons(h.domain)
	s := &SRS{Domain: h.domain, Contributions: int(h.contributions), Last: h.last, Beacon: h.beacon}
	if err := readBody(b, &s.commons); err != nil {
		return nil, err
	}
	var sum [32]byte
	copy(sum[:], sha.Sum(nil))
	s.hash = &sum
	return s, nil
}

// commonsFor returns the parameters cut to a smaller domain n: the powers of a larger phase 1 contain
// those of every smaller domain.
func (s *SRS) commonsFor(n uint64) mpcsetup.SrsCommons {
	c := s.commons
	c.G1.Tau = c.G1.Tau[:2*n-1]
	c.G1.AlphaTau = c.G1.AlphaTau[:n]
	c.G1.BetaTau = c.G1.BetaTau[:n]
	c.G2.Tau = c.G2.Tau[:n]
	return c
}

// Phase2 is the state of a Groth16 ceremony's second phase after some contributions. It is bound to one
// circuit and one sealed phase 1.
type Phase2 struct {
	Domain        uint64
	Contributions int      // contributions so far; 0 for the initial state
	Circuit       [32]byte // sha256 of the circuit artifact
	SRS           [32]byte // sha256 of the sealed phase 1 file
	p             *mpcsetup.Phase2
}

// NewPhase2 returns the initial state of a phase 2 for c (a Groth16 circuit) on srs.
func NewPhase2(c *Compiled, srs *SRS, opts ...Option) (*Phase2, error) {
	o := newOptions(opts)
	start := time.Now()
	p, _, err := initPhase2(c, srs)
	if err != nil {
		return nil, err
	}
	o.done(start, "phase 2 initialized (domain 2^%d)", numfmt.Log2(p.Domain))
	return p, nil
}

func initPhase2(c *Compiled, srs *SRS) (p *Phase2, evals *mpcsetup.Phase2Evaluations, err error) {
	if c.Backend != gnark.Groth16 {
		return nil, nil, fmt.Errorf("circuit: the multi-party setup is for %s circuits, not %s", gnark.Groth16, c.Backend)
	}
	r1cs, ok := c.CS.(*csbn254.R1CS)
	if !ok {
		return nil, nil, fmt.Errorf("circuit: %T is not a BN254 R1CS", c.CS)
	}
	n := c.DomainSize()
	if n > srs.Domain {
		return nil, nil, fmt.Errorf("circuit: the circuit needs a domain of 2^%d, the phase 1 serves up to 2^%d: run a phase 1 of power %d or more",
			numfmt.Log2(n), numfmt.Log2(srs.Domain), numfmt.Log2(n))
	}
	circuitHash, err := c.Hash()
	if err != nil {
		return nil, nil, err
	}
	defer recoverTo(&err, "initialize phase 2")
	commons := srs.commonsFor(n)
	p = &Phase2{Domain: n, Circuit: circuitHash, SRS: srs.Hash(), p: new(mpcsetup.Phase2)}
	e := p.p.Initialize(r1cs, &commons)
	return p, &e, nil
}

// Contribute adds fresh randomness from crypto/rand to p: p becomes the next contribution of the chain.
func (p *Phase2) Contribute(opts ...Option) {
	o := newOptions(opts)
	start := time.Now()
	p.p.Contribute()
	p.Contributions++
	o.done(start, "phase 2 contribution %d (domain 2^%d)", p.Contributions, numfmt.Log2(p.Domain))
}

// Hash returns the hash of the state, which the next contribution commits to.
func (p *Phase2) Hash() [32]byte { return hashOf(p.p) }

// Previous returns the hash of the state this contribution was made on; nil for the initial state.
func (p *Phase2) Previous() []byte { return bytes.Clone(p.p.Challenge) }

// WriteTo writes p as a phase 2 file.
func (p *Phase2) WriteTo(w io.Writer) (int64, error) {
	h := header{kind: kindPhase2, domain: p.Domain, contributions: uint32(p.Contributions), circuit: p.Circuit, srs: p.SRS}
	return writeFile(w, &h, p.p)
}

// ReadPhase2 reads a phase 2 file; the whole of r must be the file.
func ReadPhase2(r io.Reader) (*Phase2, error) {
	br := bufio.NewReader(r)
	h, err := readHeader(br, kindPhase2)
	if err != nil {
		return nil, err
	}
	b := &bodyPrefix{r: br}
	b.phase2()
	p := &Phase2{Domain: h.domain, Contributions: int(h.contributions), Circuit: h.circuit, SRS: h.srs, p: new(mpcsetup.Phase2)}
	if err := readBody(b, p.p); err != nil {
		return nil, err
	}
	return p, nil
}

// VerifyPhase2 checks a chain of phase 2 contributions for c on srs, in order. The chain may start with
// the initial state, which must then be the one NewPhase2 makes.
func VerifyPhase2(c *Compiled, srs *SRS, chain []*Phase2, opts ...Option) error {
	_, _, hashes, err := verifyPhase2(c, srs, chain, newOptions(opts))
	if err == nil && len(hashes) == 0 {
		err = errors.New("circuit: phase 2 has no contributions")
	}
	return err
}

// SealPhase2 verifies the chain (see VerifyPhase2) and seals its last contribution with beacon, public
// randomness fixed after the last contribution: the result is the circuit's keys. The chain's last
// element is used up.
func SealPhase2(c *Compiled, srs *SRS, chain []*Phase2, beacon []byte, opts ...Option) (*Keys, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	if srs.Contributions == 0 {
		return nil, errors.New("circuit: the sealed phase 1 has no contributions")
	}
	o := newOptions(opts)
	keys, err := sealPhase2(c, srs, chain, beacon, o)
	if err != nil {
		return nil, err
	}
	if len(keys.Transcript.Phase2) == 0 {
		return nil, errors.New("circuit: phase 2 has no contributions: a setup needs at least one honest contributor")
	}
	return keys, nil
}

// Finalize checks a whole ceremony and makes its keys: the phase 1 chain must seal, with the beacon the
// SRS records, into exactly srs, and the phase 2 chain must verify on it; the last phase 2 contribution
// is then sealed with beacon. Both chains' last elements are used up.
func Finalize(c *Compiled, phase1 []*Phase1, srs *SRS, phase2 []*Phase2, beacon []byte, opts ...Option) (*Keys, error) {
	if err := checkBeacon(beacon); err != nil {
		return nil, err
	}
	resealed, err := SealPhase1(srs.Beacon, phase1, opts...)
	if err != nil {
		return nil, err
	}
	if resealed.Hash() != srs.Hash() {
		return nil, errors.New("circuit: the sealed phase 1 is not what these phase 1 contributions seal into with its beacon")
	}
	return SealPhase2(c, srs, phase2, beacon, opts...)
}

func sealPhase2(c *Compiled, srs *SRS, chain []*Phase2, beacon []byte, o *options) (keys *Keys, err error) {
	last, evals, hashes, err := verifyPhase2(c, srs, chain, o)
	if err != nil {
		return nil, err
	}
	defer recoverTo(&err, "seal phase 2")
	start := time.Now()
	commons := srs.commonsFor(last.Domain)
	pk, vk := last.p.Seal(&commons, evals, beacon)
	if len(hashes) > 0 {
		o.done(start, "phase 2 sealed (%d contributions)", len(hashes))
	}
	srsHash := srs.Hash()
	return &Keys{
		Backend:      gnark.Groth16,
		Setup:        SetupMPC,
		ProvingKey:   pk,
		VerifyingKey: vk,
		Transcript: &Transcript{
			SRS:                 hex.EncodeToString(srsHash[:]),
			Phase1Contributions: srs.Contributions,
			Phase1Beacon:        hex.EncodeToString(srs.Beacon),
			Phase2:              hashes,
			Phase2Beacon:        hex.EncodeToString(beacon),
		},
	}, nil
}

// verifyPhase1 returns the chain's last state and its number of contributions.
func verifyPhase1(chain []*Phase1, o *options) (last *Phase1, contributions int, err error) {
	defer recoverTo(&err, "verify phase 1")
	if len(chain) == 0 {
		return nil, 0, errors.New("circuit: phase 1 has no contributions")
	}
	domain := chain[0].Domain
	if err := checkDomain(domain); err != nil {
		return nil, 0, err
	}
	prev := newPhase1(domain)
	for i, next := range chain {
		reject := func(err error) error {
			return &ContributionError{Phase: 1, Position: i, Number: prev.Contributions + 1, Err: err}
		}
		if next.Domain != domain {
			return nil, 0, reject(fmt.Errorf("domain 2^%d, the chain's is 2^%d", numfmt.Log2(next.Domain), numfmt.Log2(domain)))
		}
		if i == 0 && next.Contributions == 0 {
			if next.Hash() != prev.Hash() {
				return nil, 0, &ContributionError{Phase: 1, Err: errors.New("not the initial state phase 1 init makes")}
			}
			continue
		}
		if next.Contributions != prev.Contributions+1 {
			return nil, 0, reject(fmt.Errorf("got contribution %d: give the contributions in order, none missing", next.Contributions))
		}
		start := time.Now()
		if err := prev.p.Verify(next.p); err != nil {
			return nil, 0, reject(err)
		}
		h := next.Hash()
		o.done(start, "verified phase 1 contribution %d (%x)", next.Contributions, h)
		prev = next
	}
	return prev, prev.Contributions, nil
}

// verifyPhase2 returns the chain's last state (the initial one for an empty chain), the evaluations to
// seal it with, and the hashes of the contributions in hex.
func verifyPhase2(c *Compiled, srs *SRS, chain []*Phase2, o *options) (last *Phase2, evals *mpcsetup.Phase2Evaluations, hashes []string, err error) {
	start := time.Now()
	prev, evals, err := initPhase2(c, srs)
	if err != nil {
		return nil, nil, nil, err
	}
	o.done(start, "phase 2 initialized (domain 2^%d)", numfmt.Log2(prev.Domain))
	defer recoverTo(&err, "verify phase 2")
	for i, next := range chain {
		reject := func(err error) error {
			return &ContributionError{Phase: 2, Position: i, Number: prev.Contributions + 1, Err: err}
		}
		switch {
		case next.Circuit != prev.Circuit:
			return nil, nil, nil, reject(fmt.Errorf("made for another circuit (sha256 %x, this one is %x)", next.Circuit, prev.Circuit))
		case next.SRS != prev.SRS:
			return nil, nil, nil, reject(fmt.Errorf("made on another sealed phase 1 (sha256 %x, this one is %x)", next.SRS, prev.SRS))
		case next.Domain != prev.Domain:
			return nil, nil, nil, reject(fmt.Errorf("domain 2^%d, the circuit's is 2^%d", numfmt.Log2(next.Domain), numfmt.Log2(prev.Domain)))
		}
		if i == 0 && next.Contributions == 0 {
			if next.Hash() != prev.Hash() {
				return nil, nil, nil, &ContributionError{Phase: 2, Err: errors.New("not the initial state phase 2 init makes")}
			}
			continue
		}
		if next.Contributions != prev.Contributions+1 {
			return nil, nil, nil, reject(fmt.Errorf("got contribution %d: give the contributions in order, none missing", next.Contributions))
		}
		start := time.Now()
		if err := prev.p.Verify(next.p); err != nil {
			return nil, nil, nil, reject(err)
		}
		h := next.Hash()
		hashes = append(hashes, hex.EncodeToString(h[:]))
		o.done(start, "verified phase 2 contribution %d (%x)", next.Contributions, h)
		prev = next
	}
	return prev, evals, hashes, nil
}

func checkDomain(domain uint64) error {
	if domain < minDomain || domain > 1<<MaxPower || ecc.NextPowerOfTwo(domain) != domain {
		return fmt.Errorf("circuit: domain size %d is not a power of two from 2 to 2^%d", domain, MaxPower)
	}
	return nil
}

func checkBeacon(beacon []byte) error {
	if len(beacon) == 0 || len(beacon) > MaxBeacon {
		return fmt.Errorf("circuit: a beacon is 1 to %d bytes of public randomness, got %d", MaxBeacon, len(beacon))
	}
	return nil
}

// header starts a file of the multi-party setup; gnark's encoding of the state follows it. All numbers
// are big-endian: the magic (8 bytes), the kind (1), the domain size (8), the contributions so far (4);
// then for a sealed phase 1 the hash of the contribution it seals (32) and the beacon (2-byte length,
// bytes), and for a phase 2 the sha256 of the circuit artifact (32) and of the sealed phase 1 file (32).
type header struct {
	kind          byte
	domain        uint64
	contributions uint32
	last          [32]byte // SRS
	beacon        []byte   // SRS
	circuit       [32]byte // phase 2
	srs           [32]byte // phase 2
}

func (h *header) encode() []byte {
	var b bytes.Buffer
	b.Write(mpcMagic[:])
	b.WriteByte(h.kind)
	b.Write(binary.BigEndian.AppendUint64(nil, h.domain))
	b.Write(binary.BigEndian.AppendUint32(nil, h.contributions))
	switch h.kind {
	case kindSRS:
		b.Write(h.last[:])
		b.Write(binary.BigEndian.AppendUint16(nil, uint16(len(h.beacon))))
		b.Write(h.beacon)
	case kindPhase2:
		b.Write(h.circuit[:])
		b.Write(h.srs[:])
	}
	return b.Bytes()
}

func readHeader(r io.Reader, want byte) (*header, error) {
	var fixed struct {
		Magic         [8]byte
		Kind          byte
		Domain        uint64
		Contributions uint32
	}
	if err := binary.Read(r, binary.BigEndian, &fixed); err != nil {
		return nil, fmt.Errorf("%w: not a %s: %v", ErrFormat, kindNames[want], err)
	}
	if fixed.Magic != mpcMagic {
		return nil, fmt.Errorf("%w: not a %s (no setup file header)", ErrFormat, kindNames[want])
	}
	if fixed.Kind != want {
		name, ok := kindNames[fixed.Kind]
		if !ok {
			name = fmt.Sprintf("file of unknown kind %d", fixed.Kind)
		}
		return nil, fmt.Errorf("%w: a %s, not a %s", ErrFormat, name, kindNames[want])
	}
	if err := checkDomain(fixed.Domain); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	h := &header{kind: fixed.Kind, domain: fixed.Domain, contributions: fixed.Contributions}
	var err error
	switch want {
	case kindSRS:
		var n uint16
		if err = binary.Read(r, binary.BigEndian, &h.last); err == nil {
			err = binary.Read(r, binary.BigEndian, &n)
		}
		if err == nil {
			h.beacon = make([]byte, n)
			_, err = io.ReadFull(r, h.beacon)
		}
	case kindPhase2:
		if err = binary.Read(r, binary.BigEndian, &h.circuit); err == nil {
			err = binary.Read(r, binary.BigEndian, &h.srs)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s header: %v", ErrFormat, kindNames[want], err)
	}
	return h, nil
}

// checkBodyDomain compares the domain size gnark's encoding holds at offset with the header's, before
// gnark allocates for it.
func checkBodyDomain(br *bufio.Reader, offset int, domain uint64) error {
	b, err := br.Peek(offset + 8)
	if err != nil {
		return fmt.Errorf("%w: truncated: %v", ErrFormat, err)
	}
	if got := binary.BigEndian.Uint64(b[offset:]); got != domain {
		return fmt.Errorf("%w: the header says domain %d, the content %d", ErrFormat, domain, got)
	}
	return nil
}

func writeFile(w io.Writer, h *header, body io.WriterTo) (int64, error) {
	n, err := w.Write(h.encode())
	if err != nil {
		return int64(n), err
	}
	m, err := body.WriteTo(w)
	return int64(n) + m, err
}

// readBody decodes gnark's encoding from the checked start of the body and the rest of the file, which
// must hold nothing more.
func readBody(b *bodyPrefix, body io.ReaderFrom) (err error) {
	if b.err != nil {
		return b.err
	}
	defer recoverTo(&err, "decode")
	r := io.MultiReader(bytes.NewReader(b.buf.Bytes()), b.r)
	if _, err := body.ReadFrom(fullReader{r}); err != nil {
		return fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if _, err := b.r.ReadByte(); err != io.EOF {
		return fmt.Errorf("%w: data after the end", ErrFormat)
	}
	return nil
}

// bodyPrefix reads the start of a body into memory while it checks that every length gnark's decoder
// allocates for (a phase 1's domain, the slices of points of a phase 2) is backed by points the file
// holds: a file of a few bytes that claims 2^28 points or a slice of 2^32 is refused before gnark
// allocates gigabytes for it. The copy costs at most the file's size, less than what gnark decodes it to.
type bodyPrefix struct {
	r   *bufio.Reader
	buf bytes.Buffer
	err error
}

// copy takes n bytes.
func (b *bodyPrefix) copy(n int) {
	for n > 0 && b.err == nil {
		chunk := min(n, b.r.Size())
		p, err := b.r.Peek(chunk)
		if err != nil {
			b.err = fmt.Errorf("%w: truncated: %v", ErrFormat, err)
			return
		}
		b.buf.Write(p)
		b.r.Discard(chunk)
		n -= chunk
	}
}

// points takes count points of a group whose compressed encoding is compressed bytes long; each point may
// be compressed or not, as gnark-crypto's decoder allows.
func (b *bodyPrefix) points(count uint64, compressed int) {
	for i := uint64(0); i < count && b.err == nil; i++ {
		p, err := b.r.Peek(1)
		if err != nil {
			b.err = fmt.Errorf("%w: truncated: %d points where %d are due", ErrFormat, i, count)
			return
		}
		b.copy(pointSize(p[0], compressed))
	}
}

// slice takes a slice of points: its length (uint32), then the points.
func (b *bodyPrefix) slice(compressed int) {
	if b.err != nil {
		return
	}
	p, err := b.r.Peek(4)
	if err != nil {
		b.err = fmt.Errorf("%w: truncated: %v", ErrFormat, err)
		return
	}
	n := binary.BigEndian.Uint32(p)
	b.copy(4)
	b.points(uint64(n), compressed)
}

// commons takes a sealed phase 1's parameters of a domain (mpcsetup.SrsCommons): the domain, [β]₂, then
// 2N-2 powers of τ in G1, N-1 in G2 and N each of ατⁱ and βτⁱ in G1.
func (b *bodyPrefix) commons(domain uint64) {
	b.copy(8)
	b.points(1, curve.SizeOfG2AffineCompressed)
	b.points(2*domain-2, curve.SizeOfG1AffineCompressed)
	b.points(domain-1, curve.SizeOfG2AffineCompressed)
	b.points(2*domain, curve.SizeOfG1AffineCompressed)
}

// phase2 takes a phase 2's parameters up to their last slice (mpcsetup.Phase2): the number of
// commitments, [δ]₁, the slices of PKK and Z, [δ]₂, one slice of σCKK per commitment.
func (b *bodyPrefix) phase2() {
	if b.err != nil {
		return
	}
	p, err := b.r.Peek(2)
	if err != nil {
		b.err = fmt.Errorf("%w: truncated: %v", ErrFormat, err)
		return
	}
	commitments := binary.BigEndian.Uint16(p)
	b.copy(2)
	b.points(1, curve.SizeOfG1AffineCompressed)
	b.slice(curve.SizeOfG1AffineCompressed)
	b.slice(curve.SizeOfG1AffineCompressed)
	b.points(1, curve.SizeOfG2AffineCompressed)
	for range commitments {
		b.slice(curve.SizeOfG1AffineCompressed)
	}
}

// pointSize is the length of a point's encoding whose first byte is msb: gnark-crypto marks a compressed
// point in the two top bits, an uncompressed one is twice as long.
func pointSize(msb byte, compressed int) int {
	if msb>>6 == 0 {
		return 2 * compressed
	}
	return compressed
}

// fullReader fills every read completely or fails: gnark reads a contribution's challenge with a single
// Read, which a buffered reader may answer short.
type fullReader struct{ r io.Reader }

func (f fullReader) Read(p []byte) (int, error) { return io.ReadFull(f.r, p) }

// recoverTo turns a panic of gnark's code into an error: it panics on malformed input and on sizes it
// does not expect, and files of a ceremony come from other people.
func recoverTo(err *error, what string) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("circuit: %s: %v", what, p)
	}
}

// hashOf returns the sha256 of what w writes.
func hashOf(w io.WriterTo) [32]byte {
	h := sha256.New()
	if _, err := w.WriteTo(h); err != nil {
		panic(fmt.Sprintf("circuit: writing to a hash: %v", err)) // only an encoding bug can fail here
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}
