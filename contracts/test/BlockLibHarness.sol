// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {BlockLib} from "../src/BlockLib.sol";

/// @notice Test only: exposes BlockLib so that Go can check it against package block on many inputs.
contract BlockLibHarness {
    error BadNBits(uint32 nbits);

    function hashHeader(BlockLib.Header calldata h) external pure returns (bytes32) {
        return BlockLib.hash(h);
    }

    function target(uint32 nbits) external pure returns (uint256) {
        (uint256 t, bool ok) = BlockLib.target(nbits);
        if (!ok) revert BadNBits(nbits);
        return t;
    }

    function tryTarget(uint32 nbits) external pure returns (uint256 t, bool ok) {
        return BlockLib.target(nbits);
    }

    function toCompact(uint256 n) external pure returns (uint32) {
        return BlockLib.toCompact(n);
    }

    function retarget(BlockLib.Params memory p, uint32 tipNBits, uint64 tipTimestamp, uint64 startTimestamp)
        external
        pure
        returns (uint32)
    {
        return BlockLib.retarget(p, tipNBits, tipTimestamp, startTimestamp);
    }

    function leaf(BlockLib.Assignment calldata a) external pure returns (bytes32) {
        return BlockLib.leaf(a);
    }

    function merkleRoot(BlockLib.Assignment[] calldata as_) external pure returns (bytes32) {
        return BlockLib.merkleRoot(as_);
    }
}
