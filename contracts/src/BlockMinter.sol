// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {BlockLib} from "./BlockLib.sol";
import {ProjectRegistry} from "./ProjectRegistry.sol";
import {ProverRegistry} from "./ProverRegistry.sol";
import {SequencerRegistry} from "./SequencerRegistry.sol";
import {UnknownProject, ProjectPaused, ZeroAddress} from "./Errors.sol";

/// @title BlockMinter
/// @notice Accepts the sequencers' proof-of-work blocks and records the task assignments they carry. Any
/// sequencer active in the SequencerRegistry may mint. Sequencers race: a block must link to the tip, so of
/// two blocks mined on one tip only the first minted is taken, and the other sequencer mines again on the
/// new tip; a task assigned in the first is refused (TaskAlreadyAssigned) in a later block until its
/// deadline passes.
/// A block is accepted when it follows the rules of the Go package `block` (version, link to the tip,
/// nbits from the difficulty rules, sha256d under the target, timestamp, merkle root of the assignments)
/// and every assignment is sound: a task ID at most once in the block, an active prover that supports the
/// project's runtime, a live project, a deadline after the block and the chain's clock and within the
/// proof window, and a task that is free (never assigned, or its last assignee failed or ran out of time
/// without settling) and never held by this prover before. Every block block.Validator refuses, this
/// contract refuses too. Tasks are keyed by (projectID, taskID). The router settles or fails them.
contract BlockMinter is Ownable {
    using BlockLib for BlockLib.Header;

    enum TaskStatus {
        None, // never assigned
        Assigned, // waiting for the prover's result until the deadline
        Failed, // the dApp refused the prover's result; assignable again after the deadline
        Settled // done for good
    }

    /// @notice A task's bookkeeping, one storage slot.
    struct Task {
        address prover; // the current or last assignee
        uint64 deadline; // unix milliseconds
        TaskStatus status;
        uint16 attempts; // assignments so far
    }

    /// @notice The last accepted block.
    struct Tip {
        bytes32 hash;
        uint64 height;
        uint64 timestamp; // milliseconds
        uint32 nbits;
        uint64 epochStartTimestamp; // of the last block at a height that is a multiple of retargetWindow
        bool minted; // false until the genesis block (height 0)
    }

    ProjectRegistry public immutable projects;
    ProverRegistry public immutable provers;
    SequencerRegistry public immutable sequencers;
    uint32 public immutable powLimit;
    uint64 public immutable targetInterval; // milliseconds
    uint64 public immutable retargetWindow; // blocks
    uint64 public immutable maxDrift; // milliseconds a header may be ahead of the chain's clock

    /// @notice Longest time (ms) from a block's timestamp to one of its deadlines.
    uint64 public maxProofWindow;
    /// @notice The only address that settles and fails tasks; set once.
    address public router;

    Tip private _tip;
    mapping(uint64 => mapping(bytes32 => Task)) private _tasks;
    // Provers that held a task and did not settle it. A prover is added when its task is taken from it.
    mapping(uint64 => mapping(bytes32 => mapping(address => bool))) private _tried;

    event BlockMinted(uint64 indexed height, bytes32 indexed hash, address indexed sequencer, uint256 assignments);
    event TaskAssigned(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover, uint64 deadline, uint64 height);
    event RouterSet(address indexed router);
    event MaxProofWindowSet(uint64 maxProofWindow);

    error BadParams();
    error NotSequencer(address caller);
    error NotRouter(address caller);
    error RouterAlreadySet(address router);
    error BadVersion(uint32 version);
    error BadPrevHash(bytes32 prevHash, bytes32 tip);
    error BadNBits(uint32 nbits, uint32 expected);
    error BadProofOfWork(bytes32 hash, uint256 target);
    error TimestampBeforeParent(uint64 timestamp, uint64 parent);
    error TimestampInFuture(uint64 timestamp, uint256 limit);
    error BadMerkleRoot(bytes32 merkleRoot, bytes32 computed);
    error BadDeadline(bytes32 taskID, uint64 deadline);
    error ProverNotActive(address prover);
    error RuntimeNotSupported(address prover, bytes32 runtime);
    error TaskAlreadyAssigned(uint64 projectID, bytes32 taskID, address prover, uint64 deadline);
    error TaskAlreadySettled(uint64 projectID, bytes32 taskID);
    error ProverAlreadyTried(uint64 projectID, bytes32 taskID, address prover);
    error TaskNotAssigned(uint64 projectID, bytes32 taskID);
    error DuplicateTask(bytes32 taskID);

    /// @param powLimit_ nbits of the easiest target, used by the genesis block (block.Params.PowLimit)
    /// @param targetInterval_ wanted milliseconds between blocks
    /// @param retargetWindow_ blocks per difficulty epoch, at least 2
    /// @param maxDrift_ milliseconds a header timestamp may be ahead of block.timestamp
    /// @param maxProofWindow_ longest deadline, in milliseconds after the block's timestamp
    constructor(
        ProjectRegistry projects_,
        ProverRegistry provers_,
        SequencerRegistry sequencers_,
        uint32 powLimit_,
        uint64 targetInterval_,
        uint64 retargetWindow_,
        uint64 maxDrift_,
        uint64 maxProofWindow_
    ) Ownable(msg.sender) {
        if (
            address(projects_) == address(0) || address(provers_) == address(0)
                || address(sequencers_) == address(0)
        ) revert ZeroAddress();
        (, bool ok) = BlockLib.target(powLimit_);
        // The expected epoch span, clamped up by four, must fit Go's int64 arithmetic.
        if (
            !ok || targetInterval_ == 0 || retargetWindow_ < 2 || maxProofWindow_ == 0
                || uint256(retargetWindow_ - 1) * targetInterval_ * 4 > uint256(uint64(type(int64).max))
        ) revert BadParams();
        projects = projects_;
        provers = provers_;
        sequencers = sequencers_;
        powLimit = powLimit_;
        targetInterval = targetInterval_;
        retargetWindow = retargetWindow_;
        maxDrift = maxDrift_;
        maxProofWindow = maxProofWindow_;
    }

    modifier onlyRouter() {
        if (msg.sender != router) revert NotRouter(msg.sender);
        _;
    }

    /// @notice Accepts the next block and records its assignments. See the contract's notice for the rules.
    function mint(BlockLib.Header calldata header, BlockLib.Assignment[] calldata assignments) external {
        if (!sequencers.isActive(msg.sender)) revert NotSequencer(msg.sender);
        if (header.version != BlockLib.CURRENT_VERSION) revert BadVersion(header.version);

        Tip memory parent = _tip; // the block before this one, if minted
        uint64 height = parent.minted ? parent.height + 1 : 0;
        bytes32 want = parent.minted ? parent.hash : bytes32(0);
        if (header.prevHash != want) revert BadPrevHash(header.prevHash, want);

        uint32 nbits = _expectedNBits(parent, height);
        if (header.nbits != nbits) revert BadNBits(header.nbits, nbits);
        bytes32 hash = header.hash();
        (uint256 target,) = BlockLib.target(nbits); // valid: powLimit is, and retarget only yields valid ones
        if (uint256(hash) > target) revert BadProofOfWork(hash, target);

        if (parent.minted && header.timestamp < parent.timestamp) {
            revert TimestampBeforeParent(header.timestamp, parent.timestamp);
        }
        uint256 limit = block.timestamp * 1000 + maxDrift;
        if (header.timestamp > limit) revert TimestampInFuture(header.timestamp, limit);

        bytes32 root = BlockLib.merkleRoot(assignments);
        if (header.merkleRoot != root) revert BadMerkleRoot(header.merkleRoot, root);

        _checkUnique(assignments);
        _assign(assignments, header.timestamp, height);

        _tip = Tip({
            hash: hash,
            height: height,
            timestamp: header.timestamp,
            nbits: nbits,
            epochStartTimestamp: height % retargetWindow == 0 ? header.timestamp : parent.epochStartTimestamp,
            minted: true
        });
        emit BlockMinted(height, hash, msg.sender, assignments.length);
    }

    /// @notice Marks the task done. Router only.
    function settle(uint64 projectID, bytes32 taskID) external onlyRouter {
        Task storage t = _tasks[projectID][taskID];
        if (t.status != TaskStatus.Assigned) revert TaskNotAssigned(projectID, taskID);
        t.status = TaskStatus.Settled;
    }

    /// @notice Records that the dApp refused the assignee's result: the task is assignable again, to
    /// another prover, after its deadline. Router only.
    function fail(uint64 projectID, bytes32 taskID) external onlyRouter {
        Task storage t = _tasks[projectID][taskID];
        if (t.status != TaskStatus.Assigned) revert TaskNotAssigned(projectID, taskID);
        t.status = TaskStatus.Failed;
    }

    /// @notice Sets the router, once.
    function setRouter(address router_) external onlyOwner {
        if (router != address(0)) revert RouterAlreadySet(router);
        if (router_ == address(0)) revert ZeroAddress();
        router = router_;
        emit RouterSet(router_);
    }

    function setMaxProofWindow(uint64 maxProofWindow_) external onlyOwner {
        if (maxProofWindow_ == 0) revert BadParams();
        maxProofWindow = maxProofWindow_;
        emit MaxProofWindowSet(maxProofWindow_);
    }

    /// @notice The last accepted block; minted is false before the genesis block.
    function tip() external view returns (Tip memory) {
        return _tip;
    }

    /// @notice The nbits the next block must carry.
    function expectedNBits() external view returns (uint32) {
        Tip memory tip_ = _tip;
        return _expectedNBits(tip_, tip_.minted ? tip_.height + 1 : 0);
    }

    function task(uint64 projectID, bytes32 taskID) external view returns (Task memory) {
        return _tasks[projectID][taskID];
    }

    /// @notice Whether the prover has held the task, the current assignee included: such a prover is never
    /// given the task again.
    function hasTried(uint64 projectID, bytes32 taskID, address prover) external view returns (bool) {
        Task storage t = _tasks[projectID][taskID];
        return _tried[projectID][taskID][prover] || (t.prover == prover && t.status != TaskStatus.None);
    }

    function _expectedNBits(Tip memory tip_, uint64 height) private view returns (uint32) {
        if (height == 0) {
            return powLimit;
        }
        if (height % retargetWindow != 0) {
            return tip_.nbits;
        }
        BlockLib.Params memory p = BlockLib.Params(powLimit, targetInterval, retargetWindow);
        return BlockLib.retarget(p, tip_.nbits, tip_.timestamp, tip_.epochStartTimestamp);
    }

    function _assign(BlockLib.Assignment[] calldata assignments, uint64 timestamp, uint64 height) private {
        uint256 nowMs = block.timestamp * 1000;
        uint256 lastDeadline = uint256(timestamp) + maxProofWindow;
        // Consecutive assignments of one project share the registry read.
        uint64 projectID;
        bytes32 runtime;
        for (uint256 i; i < assignments.length; ++i) {
            BlockLib.Assignment calldata a = assignments[i];
            if (a.deadline <= timestamp || a.deadline <= nowMs || a.deadline > lastDeadline) {
                revert BadDeadline(a.taskID, a.deadline);
            }
            if (i == 0 || a.projectID != projectID) {
                projectID = a.projectID;
                bool paused;
                address owner;
                (owner, paused, runtime,) = projects.projectStatus(projectID);
                if (owner == address(0)) revert UnknownProject(projectID);
                if (paused) revert ProjectPaused(projectID);
            }
            (bool active, bool supported) = provers.eligibility(a.prover, runtime);
            if (!active) revert ProverNotActive(a.prover);
            if (!supported) revert RuntimeNotSupported(a.prover, runtime);

            Task storage t = _tasks[projectID][a.taskID];
            TaskStatus status = t.status;
            if (status == TaskStatus.Settled) revert TaskAlreadySettled(projectID, a.taskID);
            if (status != TaskStatus.None) {
                // Assigned or failed: free once the deadline has passed on the chain's clock, which is
                // when the router stops taking the assignee's result.
                if (nowMs <= t.deadline) revert TaskAlreadyAssigned(projectID, a.taskID, t.prover, t.deadline);
                _tried[projectID][a.taskID][t.prover] = true;
                if (_tried[projectID][a.taskID][a.prover]) revert ProverAlreadyTried(projectID, a.taskID, a.prover);
            }
            t.prover = a.prover;
            t.deadline = a.deadline;
            t.status = TaskStatus.Assigned;
            t.attempts += 1;
            emit TaskAssigned(projectID, a.taskID, a.prover, a.deadline, height);
        }
    }

    /// @dev Reverts if a task ID appears twice in the block, whatever the projects: block.Validator refuses
    /// such a block, and the chain must not take a block that Go nodes refuse. An open-addressing set in
    /// memory, at most half full.
    function _checkUnique(BlockLib.Assignment[] calldata as_) private pure {
        uint256 n = as_.length;
        if (n < 2) {
            return;
        }
        uint256 mask = (1 << (Math.log2(n) + 2)) - 1;
        uint256[] memory slots = new uint256[](mask + 1); // assignment index + 1; zero when free
        for (uint256 i; i < n; ++i) {
            bytes32 id = as_[i].taskID;
            uint256 j = uint256(id) & mask;
            for (uint256 k = slots[j]; k != 0; k = slots[j]) {
                if (as_[k - 1].taskID == id) revert DuplicateTask(id);
                j = (j + 1) & mask;
            }
            slots[j] = i + 1;
        }
    }
}
