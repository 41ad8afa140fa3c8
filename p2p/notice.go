package p2p

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// Kind says what a notice announces.
type Kind uint8

// Notice kinds.
const (
	// Assigned: a sequencer assigned the task to Prover at Height (TxHash: the mint tx).
	Assigned Kind = iota + 1
	// Acknowledged: the prover took the assignment on.
	Acknowledged
	// Holding: the sender (Received.From) holds the task's messages and serves them.
	Holding
	// Proved: the prover holds a proof of the task.
	Proved
	// Submitted: the proof went on chain (TxHash: the route tx).
	Submitted
)

var kindNames = [...]string{"", "assigned", "acknowledged", "holding", "proved", "submitted"}

func (k Kind) String() string {
	if k.valid() {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

func (k Kind) valid() bool { return k >= Assigned && k <= Submitted }

// Sizes of the notice wire form: the canonical encoding, then the 65-byte signature.
const (
	noticeBodyBytes = 1 + 8 + 32 + 20 + 8 + 8 + 32
	noticeSigBytes  = 65
	noticeWireBytes = noticeBodyBytes + noticeSigBytes
	// MaxNoticeBytes is the most a notice may take on the wire; bigger gossip on a project topic is
	// rejected unread.
	MaxNoticeBytes = 4 << 10
)

// noticeDomain separates notice signatures from any other use of the same chain key.
var noticeDomain = []byte("w3bstream notice v1\x00")

// Errors of notices.
var (
	ErrUnsigned     = errors.New("p2p: notice is not signed")
	ErrBadNotice    = errors.New("p2p: malformed notice")
	ErrBadSignature = errors.New("p2p: notice signature does not verify")
)

// Notice is what nodes gossip about a task; the chain stays the source of truth, a notice only makes
// things fast. Its sender signs it with its chain key (a sequencer's for Assigned, a prover's for the
// others), so the receiver can decide what Signer may claim.
type Notice struct {
	Kind      Kind
	ProjectID uint64
	TaskID    common.Hash
	Prover    common.Address // the assignee
	Height    uint64         // block height of the assignment
	Deadline  uint64         // unix ms
	TxHash    common.Hash    // mint tx (Assigned) or route tx (Submitted)
	Signer    common.Address // set on receipt: recovered from Signature
	Signature []byte         // secp256k1 (65 bytes) by the sender's chain key over keccak of the canonical encoding
}

// canonical is the notice's signed encoding: kind, project, task, prover, height, deadline, tx, in fixed
// big-endian fields.
func (n *Notice) canonical() []byte {
	b := make([]byte, 0, noticeWireBytes)
	b = append(b, byte(n.Kind))
	b = binary.BigEndian.AppendUint64(b, n.ProjectID)
	b = append(b, n.TaskID[:]...)
	b = append(b, n.Prover[:]...)
	b = binary.BigEndian.AppendUint64(b, n.Height)
	b = binary.BigEndian.AppendUint64(b, n.Deadline)
	b = append(b, n.TxHash[:]...)
	return b
}

// Digest is keccak256 of the domain and the canonical encoding: what Signature covers.
func (n *Notice) Digest() common.Hash {
	return ethcrypto.Keccak256Hash(noticeDomain, n.canonical())
}

// Sign signs the notice with a chain key and sets Signature and Signer.
func (n *Notice) Sign(key *ecdsa.PrivateKey) error {
	if !n.Kind.valid() {
		return fmt.Errorf("%w: %s", ErrBadNotice, n.Kind)
	}
	d := n.Digest()
	sig, err := ethcrypto.Sign(d[:], key)
	if err != nil {
		return fmt.Errorf("p2p: sign notice: %w", err)
	}
	n.Signature, n.Signer = sig, ethcrypto.PubkeyToAddress(key.PublicKey)
	return nil
}

// encode is the wire form: canonical encoding then signature.
func (n *Notice) encode() []byte { return append(n.canonical(), n.Signature...) }

// decodeNotice parses and verifies a notice from the wire and sets its Signer. The error's reason names
// the drop.
func decodeNotice(b []byte) (Notice, string, error) {
	switch {
	case len(b) > MaxNoticeBytes:
		return Notice{}, "too_large", fmt.Errorf("%w: %d bytes", ErrBadNotice, len(b))
	case len(b) == noticeBodyBytes:
		return Notice{}, "unsigned", ErrUnsigned
	case len(b) != noticeWireBytes:
		return Notice{}, "malformed", fmt.Errorf("%w: %d bytes, want %d", ErrBadNotice, len(b), noticeWireBytes)
	}
	var n Notice
	n.Kind = Kind(b[0])
	if !n.Kind.valid() {
		return Notice{}, "malformed", fmt.Errorf("%w: %s", ErrBadNotice, n.Kind)
	}
	r := b[1:]
	n.ProjectID = binary.BigEndian.Uint64(r)
	r = r[8:]
	copy(n.TaskID[:], r)
	r = r[32:]
	copy(n.Prover[:], r)
	r = r[20:]
	n.Height = binary.BigEndian.Uint64(r)
	n.Deadline = binary.BigEndian.Uint64(r[8:])
	r = r[16:]
	copy(n.TxHash[:], r)
	n.Signature = append([]byte(nil), b[noticeBodyBytes:]...)
	signer, err := recoverSigner(n.Digest(), n.Signature)
	if err != nil {
		return Notice{}, "bad_signature", err
	}
	n.Signer = signer
	return n, "", nil
}

// recoverSigner checks a 65-byte secp256k1 signature (low s, v 0/1 or 27/28) and recovers its address.
func recoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != noticeSigBytes {
		return common.Address{}, ErrUnsigned
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if !ethcrypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, ErrBadSignature
	}
	pub, err := ethcrypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// Received is a verified notice and the peer that published it.
type Received struct {
	Notice Notice
	From   string // peer ID of the publisher (pubsub authenticates it with the peer key)
}

// projectTopic is a joined project topic and its subscription.
type projectTopic struct {
	topic *pubsub.Topic
	sub   *pubsub.Subscription
}

// TopicName is the gossip topic of a project.
func TopicName(projectID uint64) string { return fmt.Sprintf("w3bstream/project/%d/1", projectID) }

// Join subscribes to the project's topic; notices on it arrive on Notices. It is idempotent.
func (h *Host) Join(projectID uint64) error {
	_, err := h.join(projectID)
	return err
}

func (h *Host) join(projectID uint64) (*pubsub.Topic, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t, ok := h.topics[projectID]; ok {
		return t.topic, nil
	}
	if h.ctx.Err() != nil {
		return nil, fmt.Errorf("p2p: host closed")
	}
	name := TopicName(projectID)
	if err := h.ps.RegisterTopicValidator(name, h.noticeValidator(projectID)); err != nil {
		return nil, fmt.Errorf("p2p: validator of %s: %w", name, err)
	}
	t, err := h.ps.Join(name)
	if err != nil {
		_ = h.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: join %s: %w", name, err)
	}
	sub, err := t.Subscribe()
	if err != nil {
		_ = t.Close()
		_ = h.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: subscribe %s: %w", name, err)
	}
	h.topics[projectID] = &projectTopic{topic: t, sub: sub}
	h.m.topics.Set(float64(len(h.topics)))
	h.wg.Add(1)
	go h.pumpNotices(sub)
	return t, nil
}

// Publish gossips n on its project's topic, joining it when needed. n must be signed already
// (Notice.Sign): the host's peer key is not the sender's chain key.
func (h *Host) Publish(ctx context.Context, n Notice) error {
	if !n.Kind.valid() {
		return fmt.Errorf("%w: %s", ErrBadNotice, n.Kind)
	}
	if len(n.Signature) == 0 {
		return ErrUnsigned
	}
	t, err := h.join(n.ProjectID)
	if err != nil {
		return err
	}
	if err := t.Publish(ctx, n.encode()); err != nil {
		return fmt.Errorf("p2p: publish %s notice: %w", n.Kind, err)
	}
	h.m.noticesPublished.WithLabelValues(n.Kind.String()).Inc()
	return nil
}

// Notices delivers every valid notice received on joined topics, not this host's own. When the reader
// lags by more than the buffer, new notices are dropped (counted as reason "lagging").
func (h *Host) Notices() <-chan Received { return h.notices }

// noticeValidator runs in pubsub's validation pipeline: a notice that is too big, malformed, unsigned,
// badly signed or for another project is rejected before it is relayed or delivered.
func (h *Host) noticeValidator(projectID uint64) pubsub.ValidatorEx {
	return func(_ context.Context, from peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		n, reason, err := decodeNotice(msg.GetData())
		if err == nil && n.ProjectID != projectID {
			reason, err = "wrong_topic", fmt.Errorf("%w: project %d on the topic of %d", ErrBadNotice, n.ProjectID, projectID)
		}
		if err != nil {
			kind := "unknown"
			if d := msg.GetData(); len(d) > 0 && Kind(d[0]).valid() {
				kind = Kind(d[0]).String()
			}
			h.dropNotice(kind, reason)
			h.log.Debug("notice rejected", "from", from, "reason", reason, "err", err)
			return pubsub.ValidationReject
		}
		msg.ValidatorData = n
		return pubsub.ValidationAccept
	}
}

func (h *Host) dropNotice(kind, reason string) {
	h.m.noticesDropped.WithLabelValues(kind, reason).Inc()
	h.mu.Lock()
	f := h.onDrop
	h.mu.Unlock()
	if f != nil {
		f(reason)
	}
}

// pumpNotices moves a topic's validated notices to the Notices channel until the host closes.
func (h *Host) pumpNotices(sub *pubsub.Subscription) {
	defer h.wg.Done()
	defer sub.Cancel()
	self := h.host.ID()
	for {
		msg, err := sub.Next(h.ctx)
		if err != nil {
			return
		}
		if msg.GetFrom() == self {
			continue
		}
		n, ok := msg.ValidatorData.(Notice)
		if !ok {
			continue
		}
		h.touch(msg.GetFrom())
		select {
		case h.notices <- Received{Notice: n, From: msg.GetFrom().String()}:
			h.m.noticesReceived.WithLabelValues(n.Kind.String()).Inc()
		default:
			h.dropNotice(n.Kind.String(), "lagging")
		}
	}
}
