// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IDApp} from "../src/IDApp.sol";

interface IRouter {
    function route(uint64 projectID, bytes32 taskID, bytes calldata result) external;
}

/// @notice Test only: a dApp whose behaviour the test picks.
contract TestDApp is IDApp {
    enum Mode {
        Accept, // do nothing: measures the router's own gas
        Revert, // revert with Refused(reason)
        BurnGas, // loop until out of gas
        Reenter, // call the router back
        BigRevert // revert with 10 kB of data
    }

    Mode public mode;
    uint256 public calls;

    error Refused(string reason);

    function setMode(Mode m) external {
        mode = m;
    }

    function process(uint64 projectID, bytes32 taskID, address, bytes calldata result) external {
        Mode m = mode;
        if (m == Mode.Accept) {
            return;
        }
        if (m == Mode.Revert) {
            revert Refused(string(result));
        }
        if (m == Mode.BurnGas) {
            while (true) {
                calls++;
            }
        }
        if (m == Mode.Reenter) {
            IRouter(msg.sender).route(projectID, taskID, result);
            return;
        }
        bytes memory big = new bytes(10_000);
        assembly ("memory-safe") {
            revert(add(big, 32), mload(big))
        }
    }
}
