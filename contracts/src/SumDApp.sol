// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IDApp} from "./IDApp.sol";
import {ZeroAddress} from "./Errors.sol";

/// @title SumDApp
/// @notice The example dApp of the wasm runtime's sum program (examples/sum). The program's public output
/// comes as abi.encode(uint64 count, uint256 total): how many readings the task held and their sum. The
/// dApp keeps running totals per project. On the wasm runtime the trust is the prover's: the router only
/// takes a result from the staked prover the task was assigned to.
contract SumDApp is IDApp {
    /// @notice Bytes of a result: two ABI words.
    uint256 public constant RESULT_BYTES = 64;

    address public immutable router;

    struct Totals {
        uint64 tasks;
        uint64 readings;
        uint256 sum;
    }

    mapping(uint64 => Totals) private _totals;

    event Summed(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover, uint64 count, uint256 total);

    error NotRouter(address caller);
    error MalformedResult(bytes result);

    constructor(address router_) {
        if (router_ == address(0)) revert ZeroAddress();
        router = router_;
    }

    /// @inheritdoc IDApp
    function process(uint64 projectID, bytes32 taskID, address prover, bytes calldata result) external {
        if (msg.sender != router) revert NotRouter(msg.sender);
        if (result.length != RESULT_BYTES) revert MalformedResult(result);
        (uint256 count, uint256 total) = abi.decode(result, (uint256, uint256));
        // A task holds at least one message; a uint64 count is what the Go side encodes.
        if (count == 0 || count > type(uint64).max) revert MalformedResult(result);
        Totals storage t = _totals[projectID];
        t.tasks += 1;
        t.readings += uint64(count);
        t.sum += total;
        emit Summed(projectID, taskID, prover, uint64(count), total);
    }

    /// @notice The project's running totals: tasks settled, readings and their sum.
    function totals(uint64 projectID) external view returns (Totals memory) {
        return _totals[projectID];
    }
}
