// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ZeroAddress} from "./Errors.sol";

/// @title ProverRegistry
/// @notice Provers stake the native coin, name the runtimes they run and a beneficiary for their stake.
/// A prover is active (may be assigned tasks) while registered, staked at least minStake, not paused and
/// not unstaking. Unstaking is a request followed, after unstakeDelay, by a withdrawal to the beneficiary.
contract ProverRegistry is Ownable, ReentrancyGuard {
    /// @notice Most runtimes one prover may list.
    uint256 public constant MAX_RUNTIMES = 32;

    struct Prover {
        uint256 stake;
        address beneficiary;
        bool registered;
        bool paused;
        uint64 unstakeAt; // seconds; zero while no unstake is requested
    }

    /// @notice Stake (wei) a prover needs to be active.
    uint256 public minStake;
    /// @notice Seconds between requestUnstake and the earliest withdraw.
    uint64 public immutable unstakeDelay;

    mapping(address => Prover) private _provers;
    mapping(address => bytes32[]) private _runtimes;
    mapping(address => mapping(bytes32 => bool)) private _supports;

    event ProverRegistered(address indexed prover, address indexed beneficiary, uint256 stake, bytes32[] runtimes);
    event StakeAdded(address indexed prover, uint256 amount, uint256 stake);
    event RuntimesSet(address indexed prover, bytes32[] runtimes);
    event BeneficiarySet(address indexed prover, address indexed beneficiary);
    event ProverPaused(address indexed prover);
    event ProverResumed(address indexed prover);
    event UnstakeRequested(address indexed prover, uint64 withdrawableAt);
    event Withdrawn(address indexed prover, address indexed beneficiary, uint256 amount);
    event MinStakeSet(uint256 minStake);

    error AlreadyRegistered(address prover);
    error NotRegistered(address prover);
    error InsufficientStake(uint256 stake, uint256 minStake);
    error BadRuntimes();
    error AlreadyPaused(address prover);
    error NotPaused(address prover);
    error Unstaking(address prover);
    error UnstakeNotRequested(address prover);
    error UnstakeNotReady(uint64 withdrawableAt);
    error TransferFailed(address to, uint256 amount);

    constructor(uint256 minStake_, uint64 unstakeDelay_) Ownable(msg.sender) {
        minStake = minStake_;
        unstakeDelay = unstakeDelay_;
    }

    modifier onlyProver() {
        if (!_provers[msg.sender].registered) revert NotRegistered(msg.sender);
        _;
    }

    modifier notUnstaking() {
        if (_provers[msg.sender].unstakeAt != 0) revert Unstaking(msg.sender);
        _;
    }

    /// @notice Registers the caller with msg.value as stake (at least minStake).
    function register(bytes32[] calldata runtimes, address beneficiary) external payable {
        Prover storage p = _provers[msg.sender];
        if (p.registered) revert AlreadyRegistered(msg.sender);
        if (msg.value < minStake) revert InsufficientStake(msg.value, minStake);
        if (beneficiary == address(0)) revert ZeroAddress();
        p.registered = true;
        p.stake = msg.value;
        p.beneficiary = beneficiary;
        _setRuntimes(msg.sender, runtimes);
        emit ProverRegistered(msg.sender, beneficiary, msg.value, runtimes);
    }

    /// @notice Adds msg.value to the caller's stake (after minStake went up, say).
    function addStake() external payable onlyProver notUnstaking {
        Prover storage p = _provers[msg.sender];
        p.stake += msg.value;
        emit StakeAdded(msg.sender, msg.value, p.stake);
    }

    /// @notice Replaces the runtimes the caller supports.
    function setRuntimes(bytes32[] calldata runtimes) external onlyProver {
        bytes32[] storage old = _runtimes[msg.sender];
        for (uint256 i; i < old.length; ++i) {
            delete _supports[msg.sender][old[i]];
        }
        delete _runtimes[msg.sender];
        _setRuntimes(msg.sender, runtimes);
        emit RuntimesSet(msg.sender, runtimes);
    }

    /// @notice Changes where the stake goes on withdraw.
    function setBeneficiary(address beneficiary) external onlyProver {
        if (beneficiary == address(0)) revert ZeroAddress();
        _provers[msg.sender].beneficiary = beneficiary;
        emit BeneficiarySet(msg.sender, beneficiary);
    }

    /// @notice Stops new assignments to the caller.
    function pause() external onlyProver {
        Prover storage p = _provers[msg.sender];
        if (p.paused) revert AlreadyPaused(msg.sender);
        p.paused = true;
        emit ProverPaused(msg.sender);
    }

    /// @notice Undoes pause.
    function resume() external onlyProver {
        Prover storage p = _provers[msg.sender];
        if (!p.paused) revert NotPaused(msg.sender);
        p.paused = false;
        emit ProverResumed(msg.sender);
    }

    /// @notice Starts unstaking: the caller is inactive from now on and may withdraw after unstakeDelay.
    function requestUnstake() external onlyProver notUnstaking {
        uint64 readyAt = uint64(block.timestamp) + unstakeDelay;
        _provers[msg.sender].unstakeAt = readyAt;
        emit UnstakeRequested(msg.sender, readyAt);
    }

    /// @notice Ends the caller's registration and sends its whole stake to its beneficiary.
    function withdraw() external nonReentrant onlyProver {
        Prover storage p = _provers[msg.sender];
        uint64 readyAt = p.unstakeAt;
        if (readyAt == 0) revert UnstakeNotRequested(msg.sender);
        if (block.timestamp < readyAt) revert UnstakeNotReady(readyAt);
        uint256 amount = p.stake;
        address to = p.beneficiary;
        bytes32[] storage rs = _runtimes[msg.sender];
        for (uint256 i; i < rs.length; ++i) {
            delete _supports[msg.sender][rs[i]];
        }
        delete _runtimes[msg.sender];
        delete _provers[msg.sender];
        emit Withdrawn(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @notice Sets the stake a prover needs to be active. Provers under it become inactive until they add.
    function setMinStake(uint256 minStake_) external onlyOwner {
        minStake = minStake_;
        emit MinStakeSet(minStake_);
    }

    /// @notice Whether the prover may be assigned tasks: registered, staked enough, not paused, not unstaking.
    function isActive(address prover) public view returns (bool) {
        Prover storage p = _provers[prover];
        return p.registered && !p.paused && p.unstakeAt == 0 && p.stake >= minStake;
    }

    /// @notice Whether the prover lists the runtime.
    function supportsRuntime(address prover, bytes32 runtime) public view returns (bool) {
        return _supports[prover][runtime];
    }

    /// @notice isActive and supports in one call, for the block minter.
    function eligibility(address prover, bytes32 runtime) external view returns (bool active, bool supported) {
        return (isActive(prover), _supports[prover][runtime]);
    }

    /// @notice The prover's record; registered is false for an unknown prover.
    function proverInfo(address account) external view returns (Prover memory) {
        return _provers[account];
    }

    /// @notice The runtimes the prover lists.
    function runtimesOf(address account) external view returns (bytes32[] memory) {
        return _runtimes[account];
    }

    function _setRuntimes(address account, bytes32[] calldata runtimes) private {
        if (runtimes.length == 0 || runtimes.length > MAX_RUNTIMES) revert BadRuntimes();
        for (uint256 i; i < runtimes.length; ++i) {
            bytes32 r = runtimes[i];
            if (r == bytes32(0) || _supports[account][r]) revert BadRuntimes(); // empty or listed twice
            _supports[account][r] = true;
            _runtimes[account].push(r);
        }
    }
}
