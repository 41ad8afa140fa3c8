// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

// Errors that more than one contract raises. Each contract's ABI lists the ones it uses, so a client
// decodes them from whichever contract it called.

/// @notice No project has this ID.
error UnknownProject(uint64 projectID);
/// @notice Only the project's owner may do this.
error NotProjectOwner(uint64 projectID, address caller);
/// @notice The project is paused: no assignments, no results.
error ProjectPaused(uint64 projectID);
/// @notice An address that must be set is zero.
error ZeroAddress();
/// @notice An address that must hold code holds none.
error NotAContract(address account);
