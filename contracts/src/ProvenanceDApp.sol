// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IDApp} from "./IDApp.sol";
import {ProofInputs} from "./ProofInputs.sol";
import {ProjectRegistry} from "./ProjectRegistry.sol";
import {ZeroAddress} from "./Errors.sol";

/// @notice The Groth16 verifier gnark exports for the provenance circuit (contracts/src/verifiers). It
/// reverts when the proof does not verify.
interface IProvenanceVerifier {
    function verifyProof(bytes calldata proof, uint256[11] calldata input) external view;
}

/// @title ProvenanceDApp
/// @notice The example dApp of the provenance circuit (examples/provenance). A result is
/// abi.encode(bytes proof, uint256[] publicInputs); the proof shows that every reading of the task was
/// signed by one device whose key is in the project's device tree, that the outputs were computed from
/// those readings, and that the task ID is the ID of exactly those messages (the circuit recomputes it).
/// Before it credits the device, the dApp checks that the public inputs name this project, this task and
/// the device-tree root the project committed on-chain (the "deviceRoot" attribute of the
/// ProjectRegistry), so a proof cannot settle another task or be made for a tree holding unregistered
/// keys; it credits exactly the sequence numbers proved (the SeqMask input) and refuses any credited
/// before, so a reading is credited once.
contract ProvenanceDApp is IDApp {
    /// @notice The ProjectRegistry attribute that holds the device-tree root, 32 bytes.
    bytes32 public constant DEVICE_ROOT_KEY = keccak256("deviceRoot");
    /// @notice Most that a task's last sequence number may exceed its first (examples/provenance/assign).
    uint256 public constant MAX_SEQ_SPAN = 252;

    // Positions of the circuit's public inputs (examples/provenance).
    // 0: project, 1 and 2: task (checked by ProofInputs)
    uint256 private constant IN_ROOT = 3;
    uint256 private constant IN_DEVICE = 4;
    uint256 private constant IN_COUNT = 5;
    uint256 private constant IN_FIRST_SEQ = 6;
    uint256 private constant IN_LAST_SEQ = 7;
    uint256 private constant IN_TOTAL = 8;
    uint256 private constant IN_ABOVE = 9;
    uint256 private constant IN_SEQ_MASK = 10;
    uint256 private constant NUM_INPUTS = 11;

    address public immutable router;
    ProjectRegistry public immutable projects;
    IProvenanceVerifier public immutable verifier;

    struct Credit {
        uint64 tasks;
        uint64 readings;
        uint64 above; // readings at or above the circuit's threshold
        uint256 total;
    }

    // project => device leaf => credit
    mapping(uint64 => mapping(uint256 => Credit)) private _credits;
    // project => device leaf => word index => bitmap of credited sequence numbers
    mapping(uint64 => mapping(uint256 => mapping(uint256 => uint256))) private _seqs;

    event Credited(
        uint64 indexed projectID,
        bytes32 indexed taskID,
        uint256 indexed device,
        uint256 count,
        uint256 firstSeq,
        uint256 lastSeq,
        uint256 total,
        uint256 above
    );

    error NotRouter(address caller);
    error NoDeviceRoot(uint64 projectID);
    error WrongDeviceRoot(uint256 got, uint256 want);
    error SeqAlreadyCredited(uint256 device, uint256 firstSeq, uint256 seqMask);

    constructor(address router_, ProjectRegistry projects_, IProvenanceVerifier verifier_) {
        if (router_ == address(0) || address(projects_) == address(0) || address(verifier_) == address(0)) {
            revert ZeroAddress();
        }
        router = router_;
        projects = projects_;
        verifier = verifier_;
    }

    /// @inheritdoc IDApp
    function process(uint64 projectID, bytes32 taskID, address, bytes calldata result) external {
        if (msg.sender != router) revert NotRouter(msg.sender);
        (bytes memory proof, uint256[] memory inputs) = ProofInputs.decode(result, NUM_INPUTS, projectID, taskID);
        uint256 root = deviceRoot(projectID);
        if (inputs[IN_ROOT] != root) revert WrongDeviceRoot(inputs[IN_ROOT], root);

        uint256[NUM_INPUTS] memory fixedInputs;
        for (uint256 i = 0; i < NUM_INPUTS; i++) {
            fixedInputs[i] = inputs[i];
        }
        verifier.verifyProof(proof, fixedInputs);

        uint256 device = inputs[IN_DEVICE];
        _markSeqs(projectID, device, inputs[IN_FIRST_SEQ], inputs[IN_SEQ_MASK]);
        Credit storage c = _credits[projectID][device];
        // The circuit bounds these: count by its slots, total by 2^16 per reading.
        c.tasks += 1;
        c.readings += uint64(inputs[IN_COUNT]);
        c.above += uint64(inputs[IN_ABOVE]);
        c.total += inputs[IN_TOTAL];
        emit Credited(
            projectID,
            taskID,
            device,
            inputs[IN_COUNT],
            inputs[IN_FIRST_SEQ],
            inputs[IN_LAST_SEQ],
            inputs[IN_TOTAL],
            inputs[IN_ABOVE]
        );
    }

    /// @notice The project's committed device-tree root; reverts when the project has none.
    function deviceRoot(uint64 projectID) public view returns (uint256) {
        bytes memory v = projects.attribute(projectID, DEVICE_ROOT_KEY);
        if (v.length != 32) revert NoDeviceRoot(projectID);
        return abi.decode(v, (uint256));
    }

    /// @notice What a device of the project has been credited; device is its leaf (MiMC of its key).
    function credits(uint64 projectID, uint256 device) external view returns (Credit memory) {
        return _credits[projectID][device];
    }

    /// @notice Whether a sequence number of the device has been credited.
    function seqCredited(uint64 projectID, uint256 device, uint256 seq) external view returns (bool) {
        return _seqs[projectID][device][seq >> 8] & (uint256(1) << (seq & 0xff)) != 0;
    }

    /// @dev Marks the sequence numbers firstSeq + i for each bit i set in seqMask as credited, refusing any
    /// credited before, so tasks of one device may settle in any order and a reading resent into a later
    /// task is credited once. The circuit bounds the mask below 2^(MAX_SEQ_SPAN+1), so it covers at most
    /// two 256-number words.
    function _markSeqs(uint64 projectID, uint256 device, uint256 firstSeq, uint256 seqMask) private {
        mapping(uint256 => uint256) storage words = _seqs[projectID][device];
        uint256 w = firstSeq >> 8;
        uint256 shift = firstSeq & 0xff;
        uint256 lo = seqMask << shift; // bits of word w (the shift drops what belongs to word w + 1)
        uint256 word = words[w];
        if (word & lo != 0) revert SeqAlreadyCredited(device, firstSeq, seqMask);
        words[w] = word | lo;
        if (shift != 0) {
            uint256 hi = seqMask >> (256 - shift);
            if (hi != 0) {
                word = words[w + 1];
                if (word & hi != 0) revert SeqAlreadyCredited(device, firstSeq, seqMask);
                words[w + 1] = word | hi;
            }
        }
    }
}
