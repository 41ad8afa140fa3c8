// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ProverRegistry} from "../src/ProverRegistry.sol";

/// @notice Test only: a prover that is a contract and its own beneficiary, which may refuse its stake or
/// try to withdraw it a second time while receiving it.
contract TestProver {
    enum OnReceive {
        Accept,
        Refuse,
        Reenter
    }

    ProverRegistry public immutable registry;
    OnReceive public onReceive;

    error Refused();

    constructor(ProverRegistry registry_) {
        registry = registry_;
    }

    function setOnReceive(OnReceive o) external {
        onReceive = o;
    }

    function register(bytes32[] calldata runtimes) external payable {
        registry.register{value: msg.value}(runtimes, address(this));
    }

    function requestUnstake() external {
        registry.requestUnstake();
    }

    function withdraw() external {
        registry.withdraw();
    }

    receive() external payable {
        if (onReceive == OnReceive.Refuse) revert Refused();
        if (onReceive == OnReceive.Reenter) registry.withdraw();
    }
}
