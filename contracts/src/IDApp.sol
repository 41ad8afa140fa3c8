// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IDApp
/// @notice What a project's dApp implements to receive results from the router.
interface IDApp {
    /// @notice Takes one task's result. The router calls it only for the task's assigned prover, before the
    /// deadline, once. Reverting refuses the result: the router records the revert data and the task
    /// goes to another prover after its deadline. The format of result is the project's to choose;
    /// a dApp must check msg.sender is the router.
    function process(uint64 projectID, bytes32 taskID, address prover, bytes calldata result) external;
}
