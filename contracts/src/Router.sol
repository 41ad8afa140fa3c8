// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {BlockMinter} from "./BlockMinter.sol";
import {IDApp} from "./IDApp.sol";
import {ProjectRegistry} from "./ProjectRegistry.sol";
import {ProjectPaused, ZeroAddress} from "./Errors.sol";

/// @title Router
/// @notice Where provers hand in results. A result is taken only from the task's assigned prover, before
/// its deadline, once, for a project that is not paused and has a dApp; the router then calls the dApp.
/// If the dApp accepts, the task is settled. If it reverts, route still succeeds: the revert data is
/// recorded in TaskFailed and the task is failed, to be assigned to another prover after its deadline.
contract Router is Ownable, ReentrancyGuard {
    /// @notice Most bytes of a dApp's revert data kept in TaskFailed; the rest is cut off.
    uint256 public constant MAX_REASON_BYTES = 1024;
    /// @notice Gas route keeps for itself after the dApp call (settle or fail, event).
    uint256 public constant GAS_RESERVE = 60_000;

    ProjectRegistry public immutable projects;
    BlockMinter public immutable minter;
    /// @notice Gas given to the dApp's process.
    uint256 public dappGasLimit;

    event TaskSettled(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover);
    event TaskFailed(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover, bytes reason);
    event DAppGasLimitSet(uint256 dappGasLimit);

    error UnknownTask(uint64 projectID, bytes32 taskID);
    error TaskAlreadySettled(uint64 projectID, bytes32 taskID);
    error TaskAlreadyFailed(uint64 projectID, bytes32 taskID);
    error NotAssignedProver(uint64 projectID, bytes32 taskID, address caller, address prover);
    error DeadlinePassed(uint64 projectID, bytes32 taskID, uint64 deadline, uint256 now);
    error NoDApp(uint64 projectID);
    error InsufficientGas(uint256 gasLeft, uint256 needed);
    error BadDAppGasLimit(uint256 dappGasLimit);

    constructor(ProjectRegistry projects_, BlockMinter minter_, uint256 dappGasLimit_) Ownable(msg.sender) {
        if (address(projects_) == address(0) || address(minter_) == address(0)) revert ZeroAddress();
        _setDAppGasLimit(dappGasLimit_);
        projects = projects_;
        minter = minter_;
    }

    /// @notice Hands the caller's result for a task to the project's dApp. See the contract's notice.
    function route(uint64 projectID, bytes32 taskID, bytes calldata result) external nonReentrant {
        BlockMinter.Task memory t = minter.task(projectID, taskID);
        if (t.status == BlockMinter.TaskStatus.None) revert UnknownTask(projectID, taskID);
        if (t.status == BlockMinter.TaskStatus.Settled) revert TaskAlreadySettled(projectID, taskID);
        if (msg.sender != t.prover) revert NotAssignedProver(projectID, taskID, msg.sender, t.prover);
        if (t.status == BlockMinter.TaskStatus.Failed) revert TaskAlreadyFailed(projectID, taskID);
        uint256 nowMs = block.timestamp * 1000;
        if (nowMs > t.deadline) revert DeadlinePassed(projectID, taskID, t.deadline, nowMs);
        // The project exists: the minter assigned one of its tasks.
        (, bool paused,, address dapp) = projects.projectStatus(projectID);
        if (paused) revert ProjectPaused(projectID);
        if (dapp.code.length == 0) revert NoDApp(projectID);

        // A dApp that runs out of gas must be the dApp's fault, not a prover's choice of gas limit: make
        // sure the whole dappGasLimit reaches it (the EVM passes on at most 63/64 of what is left).
        uint256 gasLimit = dappGasLimit;
        uint256 needed = gasLimit + gasLimit / 63 + GAS_RESERVE;
        if (gasleft() < needed) revert InsufficientGas(gasleft(), needed);

        bytes memory data = abi.encodeCall(IDApp.process, (projectID, taskID, msg.sender, result));
        bool ok;
        uint256 n;
        assembly ("memory-safe") {
            ok := call(gasLimit, dapp, 0, add(data, 32), mload(data), 0, 0)
            n := returndatasize()
        }
        if (ok) {
            minter.settle(projectID, taskID);
            emit TaskSettled(projectID, taskID, msg.sender);
            return;
        }
        // Copy at most MAX_REASON_BYTES of the revert data: a dApp cannot make the prover pay for more.
        bytes memory reason = new bytes(n < MAX_REASON_BYTES ? n : MAX_REASON_BYTES);
        assembly ("memory-safe") {
            returndatacopy(add(reason, 32), 0, mload(reason))
        }
        minter.fail(projectID, taskID);
        emit TaskFailed(projectID, taskID, msg.sender, reason);
    }

    function setDAppGasLimit(uint256 dappGasLimit_) external onlyOwner {
        _setDAppGasLimit(dappGasLimit_);
    }

    function _setDAppGasLimit(uint256 dappGasLimit_) private {
        if (dappGasLimit_ == 0 || dappGasLimit_ > 30_000_000) revert BadDAppGasLimit(dappGasLimit_);
        dappGasLimit = dappGasLimit_;
        emit DAppGasLimitSet(dappGasLimit_);
    }
}
