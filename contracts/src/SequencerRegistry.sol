// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ZeroAddress} from "./Errors.sol";

/// @title SequencerRegistry
/// @notice Sequencers stake the native coin to mint blocks on the BlockMinter, name a beneficiary for their
/// stake and may publish an endpoint (a libp2p multiaddr) where peers reach them. A sequencer is active
/// (may mint) while registered, staked at least minStake, not paused and not unstaking. Unstaking is a
/// request followed, after unstakeDelay, by a withdrawal to the beneficiary.
contract SequencerRegistry is Ownable, ReentrancyGuard {
    /// @notice Longest endpoint, in bytes.
    uint256 public constant MAX_ENDPOINT = 256;

    struct Sequencer {
        uint256 stake;
        address beneficiary;
        bool registered;
        bool paused;
        uint64 unstakeAt; // seconds; zero while no unstake is requested
    }

    /// @notice Stake (wei) a sequencer needs to be active.
    uint256 public minStake;
    /// @notice Seconds between requestUnstake and the earliest withdraw.
    uint64 public immutable unstakeDelay;

    mapping(address => Sequencer) private _sequencers;
    mapping(address => string) private _endpoints;

    event SequencerRegistered(address indexed sequencer, address indexed beneficiary, uint256 stake);
    event StakeAdded(address indexed sequencer, uint256 amount, uint256 stake);
    event BeneficiarySet(address indexed sequencer, address indexed beneficiary);
    event EndpointSet(address indexed sequencer, string endpoint);
    event SequencerPaused(address indexed sequencer);
    event SequencerResumed(address indexed sequencer);
    event UnstakeRequested(address indexed sequencer, uint64 withdrawableAt);
    event Withdrawn(address indexed sequencer, address indexed beneficiary, uint256 amount);
    event MinStakeSet(uint256 minStake);

    error AlreadyRegistered(address sequencer);
    error NotRegistered(address sequencer);
    error InsufficientStake(uint256 stake, uint256 minStake);
    error EndpointTooLong(uint256 length, uint256 max);
    error AlreadyPaused(address sequencer);
    error NotPaused(address sequencer);
    error Unstaking(address sequencer);
    error UnstakeNotRequested(address sequencer);
    error UnstakeNotReady(uint64 withdrawableAt);
    error TransferFailed(address to, uint256 amount);

    constructor(uint256 minStake_, uint64 unstakeDelay_) Ownable(msg.sender) {
        minStake = minStake_;
        unstakeDelay = unstakeDelay_;
    }

    modifier onlySequencer() {
        if (!_sequencers[msg.sender].registered) revert NotRegistered(msg.sender);
        _;
    }

    modifier notUnstaking() {
        if (_sequencers[msg.sender].unstakeAt != 0) revert Unstaking(msg.sender);
        _;
    }

    /// @notice Registers the caller with msg.value as stake (at least minStake).
    function register(address beneficiary) external payable {
        Sequencer storage s = _sequencers[msg.sender];
        if (s.registered) revert AlreadyRegistered(msg.sender);
        if (msg.value < minStake) revert InsufficientStake(msg.value, minStake);
        if (beneficiary == address(0)) revert ZeroAddress();
        s.registered = true;
        s.stake = msg.value;
        s.beneficiary = beneficiary;
        emit SequencerRegistered(msg.sender, beneficiary, msg.value);
    }

    /// @notice Adds msg.value to the caller's stake (after minStake went up, say).
    function addStake() external payable onlySequencer notUnstaking {
        Sequencer storage s = _sequencers[msg.sender];
        s.stake += msg.value;
        emit StakeAdded(msg.sender, msg.value, s.stake);
    }

    /// @notice Changes where the stake goes on withdraw.
    function setBeneficiary(address beneficiary) external onlySequencer {
        if (beneficiary == address(0)) revert ZeroAddress();
        _sequencers[msg.sender].beneficiary = beneficiary;
        emit BeneficiarySet(msg.sender, beneficiary);
    }

    /// @notice Publishes where peers reach the caller: a libp2p multiaddr, or empty for nowhere. The
    /// registry does not parse it; nodes do.
    function setEndpoint(string calldata endpoint) external onlySequencer {
        if (bytes(endpoint).length > MAX_ENDPOINT) revert EndpointTooLong(bytes(endpoint).length, MAX_ENDPOINT);
        _endpoints[msg.sender] = endpoint;
        emit EndpointSet(msg.sender, endpoint);
    }

    /// @notice Stops the caller from minting.
    function pause() external onlySequencer {
        Sequencer storage s = _sequencers[msg.sender];
        if (s.paused) revert AlreadyPaused(msg.sender);
        s.paused = true;
        emit SequencerPaused(msg.sender);
    }

    /// @notice Undoes pause.
    function resume() external onlySequencer {
        Sequencer storage s = _sequencers[msg.sender];
        if (!s.paused) revert NotPaused(msg.sender);
        s.paused = false;
        emit SequencerResumed(msg.sender);
    }

    /// @notice Starts unstaking: the caller is inactive from now on and may withdraw after unstakeDelay.
    function requestUnstake() external onlySequencer notUnstaking {
        uint64 readyAt = uint64(block.timestamp) + unstakeDelay;
        _sequencers[msg.sender].unstakeAt = readyAt;
        emit UnstakeRequested(msg.sender, readyAt);
    }

    /// @notice Ends the caller's registration and sends its whole stake to its beneficiary.
    function withdraw() external nonReentrant onlySequencer {
        Sequencer storage s = _sequencers[msg.sender];
        uint64 readyAt = s.unstakeAt;
        if (readyAt == 0) revert UnstakeNotRequested(msg.sender);
        if (block.timestamp < readyAt) revert UnstakeNotReady(readyAt);
        uint256 amount = s.stake;
        address to = s.beneficiary;
        delete _sequencers[msg.sender];
        delete _endpoints[msg.sender];
        emit Withdrawn(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @notice Sets the stake a sequencer needs to be active. Sequencers under it stop minting until they add.
    function setMinStake(uint256 minStake_) external onlyOwner {
        minStake = minStake_;
        emit MinStakeSet(minStake_);
    }

    /// @notice Whether the sequencer may mint: registered, staked enough, not paused, not unstaking.
    function isActive(address sequencer) external view returns (bool) {
        Sequencer storage s = _sequencers[sequencer];
        return s.registered && !s.paused && s.unstakeAt == 0 && s.stake >= minStake;
    }

    /// @notice The sequencer's record; registered is false for an unknown sequencer.
    function sequencerInfo(address account) external view returns (Sequencer memory) {
        return _sequencers[account];
    }

    /// @notice Where peers reach the sequencer; empty when it published nothing.
    function endpointOf(address account) external view returns (string memory) {
        return _endpoints[account];
    }
}
