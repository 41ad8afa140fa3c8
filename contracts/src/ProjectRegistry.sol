// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {UnknownProject, NotProjectOwner, ZeroAddress, NotAContract} from "./Errors.sol";

/// @title ProjectRegistry
/// @notice The on-chain record of each project: owner, project file (URI and content hash), runtime,
/// paused flag, bound dApp and free-form attributes. Whoever registers a project owns it.
contract ProjectRegistry {
    /// @notice Attribute key of the number of provers a task needs: abi.encode(uint256), at least 1.
    /// A project without it needs one.
    bytes32 public constant ATTR_PROVERS = keccak256("provers");
    /// @notice Most provers a project may ask for per task.
    uint256 public constant MAX_PROVERS = 16;

    struct Project {
        address owner; // zero for an unknown project
        bool paused;
        address dapp;
        bytes32 runtime; // e.g. bytes32("wasm"); never zero
        bytes32 configHash;
        string configURI;
    }

    /// @notice Projects registered so far; IDs are 1..count.
    uint64 public count;
    mapping(uint64 => Project) private _projects;
    mapping(uint64 => mapping(bytes32 => bytes)) private _attributes;

    event ProjectRegistered(uint64 indexed projectID, address indexed owner, bytes32 runtime, string configURI, bytes32 configHash);
    event ConfigUpdated(uint64 indexed projectID, string configURI, bytes32 configHash);
    event RuntimeUpdated(uint64 indexed projectID, bytes32 runtime);
    event ProjectPaused(uint64 indexed projectID);
    event ProjectResumed(uint64 indexed projectID);
    event AttributeSet(uint64 indexed projectID, bytes32 indexed key, bytes value);
    event DAppBound(uint64 indexed projectID, address indexed dapp);
    event ProjectOwnershipTransferred(uint64 indexed projectID, address indexed from, address indexed to);

    error EmptyRuntime();
    error AlreadyPaused(uint64 projectID);
    error NotPaused(uint64 projectID);
    error BadAttribute(bytes32 key, bytes value);

    modifier onlyProjectOwner(uint64 projectID) {
        address owner = _projects[projectID].owner;
        if (owner == address(0)) revert UnknownProject(projectID);
        if (owner != msg.sender) revert NotProjectOwner(projectID, msg.sender);
        _;
    }

    /// @notice Registers a project owned by the caller and returns its ID.
    function register(string calldata configURI, bytes32 configHash, bytes32 runtime) external returns (uint64 projectID) {
        if (runtime == bytes32(0)) revert EmptyRuntime();
        projectID = ++count;
        Project storage p = _projects[projectID];
        p.owner = msg.sender;
        p.runtime = runtime;
        p.configURI = configURI;
        p.configHash = configHash;
        emit ProjectRegistered(projectID, msg.sender, runtime, configURI, configHash);
    }

    /// @notice Points the project at a new project file.
    function setConfig(uint64 projectID, string calldata configURI, bytes32 configHash) external onlyProjectOwner(projectID) {
        Project storage p = _projects[projectID];
        p.configURI = configURI;
        p.configHash = configHash;
        emit ConfigUpdated(projectID, configURI, configHash);
    }

    /// @notice Changes the runtime that the project's provers must support.
    function setRuntime(uint64 projectID, bytes32 runtime) external onlyProjectOwner(projectID) {
        if (runtime == bytes32(0)) revert EmptyRuntime();
        _projects[projectID].runtime = runtime;
        emit RuntimeUpdated(projectID, runtime);
    }

    /// @notice Stops new assignments and results for the project.
    function pause(uint64 projectID) external onlyProjectOwner(projectID) {
        Project storage p = _projects[projectID];
        if (p.paused) revert AlreadyPaused(projectID);
        p.paused = true;
        emit ProjectPaused(projectID);
    }

    /// @notice Undoes pause.
    function resume(uint64 projectID) external onlyProjectOwner(projectID) {
        Project storage p = _projects[projectID];
        if (!p.paused) revert NotPaused(projectID);
        p.paused = false;
        emit ProjectResumed(projectID);
    }

    /// @notice Sets an attribute; an empty value deletes it. Well-known keys are checked (ATTR_PROVERS).
    function setAttribute(uint64 projectID, bytes32 key, bytes calldata value) external onlyProjectOwner(projectID) {
        if (key == ATTR_PROVERS && value.length != 0) {
            if (value.length != 32) revert BadAttribute(key, value);
            uint256 n = abi.decode(value, (uint256));
            if (n == 0 || n > MAX_PROVERS) revert BadAttribute(key, value);
        }
        if (value.length == 0) {
            delete _attributes[projectID][key];
        } else {
            _attributes[projectID][key] = value;
        }
        emit AttributeSet(projectID, key, value);
    }

    /// @notice Binds the dApp that the router hands the project's results to.
    function bindDApp(uint64 projectID, address dapp) external onlyProjectOwner(projectID) {
        if (dapp.code.length == 0) revert NotAContract(dapp);
        _projects[projectID].dapp = dapp;
        emit DAppBound(projectID, dapp);
    }

    /// @notice Hands the project to a new owner.
    function transferProjectOwnership(uint64 projectID, address newOwner) external onlyProjectOwner(projectID) {
        if (newOwner == address(0)) revert ZeroAddress();
        _projects[projectID].owner = newOwner;
        emit ProjectOwnershipTransferred(projectID, msg.sender, newOwner);
    }

    /// @notice The project's owner; zero for an unknown project.
    function ownerOf(uint64 projectID) external view returns (address) {
        return _projects[projectID].owner;
    }

    /// @notice What the block minter and the router need, in one call. owner is zero for an unknown project.
    function projectStatus(uint64 projectID)
        external
        view
        returns (address owner, bool paused, bytes32 runtime, address dapp)
    {
        Project storage p = _projects[projectID];
        return (p.owner, p.paused, p.runtime, p.dapp);
    }

    /// @notice The project's file: where it is and its content hash.
    function projectConfig(uint64 projectID) external view returns (string memory configURI, bytes32 configHash) {
        Project storage p = _projects[projectID];
        if (p.owner == address(0)) revert UnknownProject(projectID);
        return (p.configURI, p.configHash);
    }

    /// @notice An attribute's value; empty when unset.
    function attribute(uint64 projectID, bytes32 key) external view returns (bytes memory) {
        return _attributes[projectID][key];
    }

    /// @notice How many provers each task of the project needs (ATTR_PROVERS, default 1).
    function proversPerTask(uint64 projectID) external view returns (uint256) {
        bytes memory v = _attributes[projectID][ATTR_PROVERS];
        return v.length == 0 ? 1 : abi.decode(v, (uint256));
    }
}
