package task

import (
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/w3bstream-go/w3bstream/message"
)

// IDOf returns the ID of the task made of msgs, in order, for one project version. The ID depends on the
// messages' signature scheme, which one version's messages share:
//
//   - secp256k1: ComputeID, keccak256 over the message IDs.
//   - eddsa-bn254: ZKID, a MiMC chain over each message's device and signed digest, which a BN254 circuit
//     recomputes from the messages it proves. A proof whose public inputs carry the task ID is then bound
//     to exactly the task's messages, in order, and to the project and version: it cannot be moved to
//     another task, nor made over other readings of the same device.
func IDOf(projectID uint64, projectVersion string, msgs []message.Verified) (common.Hash, error) {
	if len(msgs) == 0 {
		return common.Hash{}, fmt.Errorf("task has no messages")
	}
	if msgs[0].Scheme() != message.SchemeEdDSA {
		ids := make([]common.Hash, len(msgs))
		for i, m := range msgs {
			if m.Scheme() != message.SchemeSecp256k1 {
				return common.Hash{}, fmt.Errorf("message %s: %s among %s messages", m.ID, m.Scheme(), message.SchemeSecp256k1)
			}
			ids[i] = m.ID
		}
		return ComputeID(projectID, projectVersion, ids), nil
	}
	return ZKID(projectID, projectVersion, msgs)
}

// ZKID is the task ID of eddsa-bn254 messages, a BN254 field element in 32 bytes big-endian:
//
//	acc_0 = MiMC(projectID, VersionElement(projectVersion))
//	acc_i = MiMC(acc_i-1, leaf_i, digest_i)   leaf_i = MiMC(key_i.x, key_i.y), digest_i the signed EdDSADigest
//	ID    = acc_n
//
// A message's device and digest identify it: the digest covers project, version and data, and the data is
// canonical (message.SchemeEdDSA). Circuits compute the same chain with std/hash/mimc.
func ZKID(projectID uint64, projectVersion string, msgs []message.Verified) (common.Hash, error) {
	var pid fr.Element
	pid.SetUint64(projectID)
	acc := message.MiMC(pid, message.VersionElement(projectVersion))
	for _, m := range msgs {
		if m.Scheme() != message.SchemeEdDSA {
			return common.Hash{}, fmt.Errorf("message %s: %s among %s messages", m.ID, m.Scheme(), message.SchemeEdDSA)
		}
		if m.ProjectID != projectID || m.ProjectVersion != projectVersion {
			return common.Hash{}, fmt.Errorf("message %s belongs to project %d version %s", m.ID, m.ProjectID, m.ProjectVersion)
		}
		leaf, err := message.EdDSALeaf(m.Signature[:message.EdDSAPublicKeyBytes])
		if err != nil {
			return common.Hash{}, fmt.Errorf("message %s: %w", m.ID, err)
		}
		digest, err := message.EdDSADigest(projectID, projectVersion, m.Data)
		if err != nil {
			return common.Hash{}, fmt.Errorf("message %s: %w", m.ID, err)
		}
		acc = message.MiMC(acc, leaf, digest)
	}
	return common.Hash(acc.Bytes()), nil
}

// Build makes the task of msgs, with its ID computed by IDOf.
func Build(projectID uint64, projectVersion string, msgs []message.Verified, createdAt time.Time) (Task, error) {
	id, err := IDOf(projectID, projectVersion, msgs)
	if err != nil {
		return Task{}, err
	}
	ids := make([]common.Hash, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	return Task{ID: id, ProjectID: projectID, ProjectVersion: projectVersion, MessageIDs: ids, CreatedAt: createdAt}, nil
}

// CheckMessages reports whether msgs, in order, are what the task's ID was computed from.
func (t Task) CheckMessages(msgs []message.Verified) error {
	// The ID alone decides: a store that lost, added or reordered messages gives another one.
	id, err := IDOf(t.ProjectID, t.ProjectVersion, msgs)
	if err != nil {
		return err
	}
	if id != t.ID {
		return fmt.Errorf("task ID %s does not match its content (%s)", t.ID, id)
	}
	return nil
}
