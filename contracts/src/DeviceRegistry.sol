// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ProjectRegistry} from "./ProjectRegistry.sol";
import {UnknownProject, NotProjectOwner, ZeroAddress} from "./Errors.sol";

/// @title DeviceRegistry
/// @notice Which devices may send messages for a project. The project's owner approves and revokes devices
/// (a secp256k1 address and, optionally, a ZK-friendly public key such as an EdDSA key on BabyJubJub), or
/// opens the project to any device.
contract DeviceRegistry {
    /// @notice Longest public key accepted, in bytes.
    uint256 public constant MAX_PUBKEY_BYTES = 128;

    ProjectRegistry public immutable projects;

    struct Device {
        bool approved;
        bytes pubKey;
    }

    mapping(uint64 => mapping(address => Device)) private _devices;
    mapping(uint64 => bool) private _open;

    event DeviceApproved(uint64 indexed projectID, address indexed device, bytes pubKey);
    event DeviceRevoked(uint64 indexed projectID, address indexed device);
    event OpenSet(uint64 indexed projectID, bool open);

    error DeviceNotApproved(uint64 projectID, address device);
    error PubKeyTooLong(uint256 length);

    constructor(ProjectRegistry projects_) {
        if (address(projects_) == address(0)) revert ZeroAddress();
        projects = projects_;
    }

    modifier onlyProjectOwner(uint64 projectID) {
        address owner = projects.ownerOf(projectID);
        if (owner == address(0)) revert UnknownProject(projectID);
        if (owner != msg.sender) revert NotProjectOwner(projectID, msg.sender);
        _;
    }

    /// @notice Approves a device for the project, or replaces the public key of an approved one.
    /// pubKey may be empty.
    function approve(uint64 projectID, address device, bytes calldata pubKey) external onlyProjectOwner(projectID) {
        if (device == address(0)) revert ZeroAddress();
        if (pubKey.length > MAX_PUBKEY_BYTES) revert PubKeyTooLong(pubKey.length);
        Device storage d = _devices[projectID][device];
        d.approved = true;
        d.pubKey = pubKey;
        emit DeviceApproved(projectID, device, pubKey);
    }

    /// @notice Revokes an approved device.
    function revoke(uint64 projectID, address device) external onlyProjectOwner(projectID) {
        if (!_devices[projectID][device].approved) revert DeviceNotApproved(projectID, device);
        delete _devices[projectID][device];
        emit DeviceRevoked(projectID, device);
    }

    /// @notice Opens the project to any device (open) or to approved devices only.
    function setOpen(uint64 projectID, bool open) external onlyProjectOwner(projectID) {
        _open[projectID] = open;
        emit OpenSet(projectID, open);
    }

    /// @notice Whether the device may send for the project: the project is open or the device approved.
    function isAllowed(uint64 projectID, address device) external view returns (bool) {
        return _open[projectID] || _devices[projectID][device].approved;
    }

    /// @notice Whether the project accepts any device.
    function isOpen(uint64 projectID) external view returns (bool) {
        return _open[projectID];
    }

    /// @notice Whether the device is approved (regardless of the project being open).
    function isApproved(uint64 projectID, address device) external view returns (bool) {
        return _devices[projectID][device].approved;
    }

    /// @notice The device's ZK-friendly public key; empty when none was given or the device is not approved.
    function pubKeyOf(uint64 projectID, address device) external view returns (bytes memory) {
        return _devices[projectID][device].pubKey;
    }
}
