// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title ProofInputs
/// @notice What a dApp of a proving runtime checks before it trusts a proof: that its public inputs name
/// the project and the task the router handed over. The gnark examples put the project ID first and the
/// task ID next, in two 128-bit halves (a field element holds 254 bits).
library ProofInputs {
    error MalformedResult();
    error WrongProject(uint256 got, uint64 want);
    error WrongTask(uint256 gotHi, uint256 gotLo, bytes32 want);

    /// @dev Decodes a result, abi.encode(bytes proof, uint256[] publicInputs), with n public inputs, and
    /// checks inputs[0..2] against projectID and taskID.
    function decode(bytes calldata result, uint256 n, uint64 projectID, bytes32 taskID)
        internal
        pure
        returns (bytes memory proof, uint256[] memory inputs)
    {
        (proof, inputs) = abi.decode(result, (bytes, uint256[]));
        if (inputs.length != n) revert MalformedResult();
        if (inputs[0] != projectID) revert WrongProject(inputs[0], projectID);
        if (inputs[1] != uint256(taskID) >> 128 || inputs[2] != uint256(uint128(uint256(taskID)))) {
            revert WrongTask(inputs[1], inputs[2], taskID);
        }
    }
}
