// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IDApp} from "./IDApp.sol";
import {ProofInputs} from "./ProofInputs.sol";
import {ZeroAddress} from "./Errors.sol";

/// @notice The PLONK verifier gnark exports for the stats circuit (contracts/src/verifiers).
interface IStatsVerifier {
    function Verify(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool);
}

/// @title StatsDApp
/// @notice The example dApp of the stats circuit (examples/stats, PLONK). A result is
/// abi.encode(bytes proof, uint256[] publicInputs) proving the count, total and maximum of a task's
/// readings. The dApp checks that the public inputs name this project and this task, verifies the
/// proof, and keeps running figures per project.
contract StatsDApp is IDApp {
    // 0: project, 1 and 2: task (checked by ProofInputs)
    uint256 private constant IN_COUNT = 3;
    uint256 private constant IN_TOTAL = 4;
    uint256 private constant IN_MAX = 5;
    uint256 private constant NUM_INPUTS = 6;

    address public immutable router;
    IStatsVerifier public immutable verifier;

    struct Stats {
        uint64 tasks;
        uint64 readings;
        uint256 total;
        uint256 max;
    }

    mapping(uint64 => Stats) private _stats;

    event Proved(uint64 indexed projectID, bytes32 indexed taskID, uint256 count, uint256 total, uint256 max);

    error NotRouter(address caller);
    error ProofRejected();

    constructor(address router_, IStatsVerifier verifier_) {
        if (router_ == address(0) || address(verifier_) == address(0)) revert ZeroAddress();
        router = router_;
        verifier = verifier_;
    }

    /// @inheritdoc IDApp
    function process(uint64 projectID, bytes32 taskID, address, bytes calldata result) external {
        if (msg.sender != router) revert NotRouter(msg.sender);
        (bytes memory proof, uint256[] memory inputs) = ProofInputs.decode(result, NUM_INPUTS, projectID, taskID);
        if (!verifier.Verify(proof, inputs)) revert ProofRejected();

        Stats storage s = _stats[projectID];
        s.tasks += 1;
        s.readings += uint64(inputs[IN_COUNT]); // the circuit bounds the count by its slots
        s.total += inputs[IN_TOTAL];
        if (inputs[IN_MAX] > s.max) s.max = inputs[IN_MAX];
        emit Proved(projectID, taskID, inputs[IN_COUNT], inputs[IN_TOTAL], inputs[IN_MAX]);
    }

    /// @notice The project's running figures.
    function stats(uint64 projectID) external view returns (Stats memory) {
        return _stats[projectID];
    }
}
