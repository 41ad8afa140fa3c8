// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title BlockLib
/// @notice The block rules of the Go package `block`, bit for bit: header encoding and sha256d hash,
/// Bitcoin compact targets (nbits), the assignments' merkle root and the difficulty retarget.
/// Every function here has a Go twin, and chain/contracttest checks each pair on many inputs.
library BlockLib {
    /// @notice The header version this chain accepts (block.CurrentVersion).
    uint32 internal constant CURRENT_VERSION = 1;

    uint256 private constant COMPACT_SIGN_BIT = 0x00800000;
    uint256 private constant COMPACT_MANTISSA = 0x007fffff;
    uint256 private constant RETARGET_CLAMP = 4;

    /// @notice A block header, as block.Header. Timestamps are unix milliseconds.
    struct Header {
        uint32 version;
        bytes32 prevHash;
        bytes32 merkleRoot;
        uint64 timestamp;
        uint32 nbits;
        uint64 nonce;
    }

    /// @notice One task given to one prover until a deadline (unix milliseconds), as block.Assignment.
    struct Assignment {
        uint64 projectID;
        bytes32 taskID;
        address prover;
        uint64 deadline;
    }

    /// @notice Difficulty rules, as block.Params (targetInterval in milliseconds).
    struct Params {
        uint32 powLimit;
        uint64 targetInterval;
        uint64 retargetWindow;
    }

    /// @notice sha256(sha256(88-byte encoding)), the encoding being abi.encodePacked of the fields in order,
    /// which is block.Header.Encode. Solidity's sha256 is the 0x02 precompile.
    function hash(Header calldata h) internal pure returns (bytes32) {
        bytes memory enc = abi.encodePacked(h.version, h.prevHash, h.merkleRoot, h.timestamp, h.nbits, h.nonce);
        return sha256(abi.encodePacked(sha256(enc)));
    }

    /// @notice Decodes nbits as block.Target does. ok is false where Go returns ErrBadNBits: a negative
    /// (sign bit and a non-zero value), zero, or 2^256-and-above target.
    function target(uint32 nbits) internal pure returns (uint256 t, bool ok) {
        uint256 mantissa = nbits & COMPACT_MANTISSA;
        uint256 size = nbits >> 24;
        if (size <= 3) {
            t = mantissa >> (8 * (3 - size));
        } else {
            uint256 shift = 8 * (size - 3);
            // mantissa < 2^23, so the value fits in 256 bits exactly when mantissa's top bit, shifted, does.
            if (mantissa != 0 && (shift >= 256 || mantissa >> (256 - shift) != 0)) {
                return (0, false);
            }
            t = mantissa << shift;
        }
        if (t == 0 || nbits & COMPACT_SIGN_BIT != 0) {
            return (0, false);
        }
        return (t, true);
    }

    /// @notice Encodes n in compact form as block.BigToCompact does for a non-negative n.
    function toCompact(uint256 n) internal pure returns (uint32) {
        if (n == 0) {
            return 0;
        }
        uint256 size = Math.log256(n) + 1; // bytes in n
        uint256 mantissa = size <= 3 ? n << (8 * (3 - size)) : n >> (8 * (size - 3));
        // A mantissa with bit 23 set would read as negative: move a byte into the exponent.
        if (mantissa & COMPACT_SIGN_BIT != 0) {
            mantissa >>= 8;
            size++;
        }
        return uint32((size << 24) | mantissa);
    }

    /// @notice The nbits of the block that closes an epoch, as block.NextNBits at a retarget height:
    /// the tip's target scaled by actual/expected time of the epoch (tipTimestamp - startTimestamp against
    /// (retargetWindow-1) * targetInterval), the ratio clamped to [1/4, 4], the result capped at powLimit.
    function retarget(Params memory p, uint32 tipNBits, uint64 tipTimestamp, uint64 startTimestamp)
        internal
        pure
        returns (uint32)
    {
        (uint256 limit, bool limitOK) = target(p.powLimit);
        (uint256 old, bool oldOK) = target(tipNBits);
        if (!limitOK || !oldOK) {
            return p.powLimit;
        }
        uint256 expected = uint256(p.retargetWindow - 1) * p.targetInterval;
        uint256 actual;
        if (tipTimestamp > startTimestamp) {
            actual = Math.min(tipTimestamp - startTimestamp, expected * RETARGET_CLAMP);
        }
        actual = Math.max(actual, expected / RETARGET_CLAMP);
        // old * actual / expected may not fit in 256 bits (old near 2^256, actual up to 4x expected); it
        // is then above any limit.
        (uint256 high,) = Math.mul512(old, actual);
        if (high >= expected) {
            return p.powLimit;
        }
        uint256 next = Math.mulDiv(old, actual, expected);
        if (next > limit) {
            return p.powLimit;
        }
        if (next == 0) {
            next = 1;
        }
        return toCompact(next);
    }

    /// @notice The assignment's merkle leaf, as block.Assignment.Leaf:
    /// keccak256(0x00 || projectID || taskID || prover || deadline).
    function leaf(Assignment calldata a) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x00), a.projectID, a.taskID, a.prover, a.deadline));
    }

    /// @notice The root of the assignments' merkle tree, as block.MerkleRoot: inner nodes
    /// keccak256(0x01 || left || right), the last node of an odd level promoted unchanged, zero for none.
    function merkleRoot(Assignment[] calldata as_) internal pure returns (bytes32) {
        uint256 n = as_.length;
        if (n == 0) {
            return bytes32(0);
        }
        bytes32[] memory level = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            level[i] = leaf(as_[i]);
        }
        // Each level is written over the start of the one below it.
        while (n > 1) {
            uint256 j;
            for (uint256 i; i + 1 < n; i += 2) {
                level[j++] = inner(level[i], level[i + 1]);
            }
            if (n & 1 == 1) {
                level[j++] = level[n - 1];
            }
            n = j;
        }
        return level[0];
    }

    /// @notice keccak256(0x01 || left || right), hashed in memory past the free pointer without allocating.
    function inner(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x01)
            mstore(add(p, 1), left)
            mstore(add(p, 33), right)
            h := keccak256(p, 65)
        }
    }
}
