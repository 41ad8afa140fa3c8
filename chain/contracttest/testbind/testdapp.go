// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbind

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TestDAppMetaData contains all meta data concerning the TestDApp contract.
var TestDAppMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Refused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumTestDApp.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"process\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumTestDApp.Mode\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TestDApp",
	Bin: "0x6080604052348015600e575f5ffd5b506103c88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806321175b4a1461004e5780632345f54114610063578063295a521214610076578063305f72b714610098575b5f5ffd5b61006161005c366004610212565b6100af565b005b610061610071366004610237565b6100d5565b5f546100829060ff1681565b60405161008f91906102fb565b60405180910390f35b6100a160015481565b60405190815260200161008f565b5f805482919060ff191660018360048111156100cd576100cd6102e7565b021790555050565b5f805460ff16908160048111156100ee576100ee6102e7565b036100f9575061020b565b600181600481111561010d5761010d6102e7565b0361013857828260405163c240271f60e01b815260040161012f929190610349565b60405180910390fd5b600281600481111561014c5761014c6102e7565b0361016b575b60018054905f61016183610364565b9190505550610152565b600381600481111561017f5761017f6102e7565b036101e0576040516361fdffdb60e11b8152339063c3fbffb6906101ad908990899088908890600401610388565b5f604051808303815f87803b1580156101c4575f5ffd5b505af11580156101d6573d5f5f3e3d5ffd5b505050505061020b565b6040805161271080825261274082019092525f91602082018180368337019050509050805160208201fd5b5050505050565b5f60208284031215610222575f5ffd5b813560058110610230575f5ffd5b9392505050565b5f5f5f5f5f6080868803121561024b575f5ffd5b853567ffffffffffffffff81168114610262575f5ffd5b94506020860135935060408601356001600160a01b0381168114610284575f5ffd5b9250606086013567ffffffffffffffff81111561029f575f5ffd5b8601601f810188136102af575f5ffd5b803567ffffffffffffffff8111156102c5575f5ffd5b8860208284010111156102d6575f5ffd5b959894975092955050506020019190565b634e487b7160e01b5f52602160045260245ffd5b602081016005831061031b57634e487b7160e01b5f52602160045260245ffd5b91905290565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61035c602083018486610321565b949350505050565b5f6001820161038157634e487b7160e01b5f52601160045260245ffd5b5060010190565b67ffffffffffffffff85168152836020820152606060408201525f6103b1606083018486610321565b969550505050505056fea164736f6c6343000825000a",
}

// TestDApp is an auto generated Go binding around an Ethereum contract.
type TestDApp struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestDApp) GetABI() abi.ABI {
	return c.abi
}

// NewTestDApp creates a new instance of TestDApp.
func NewTestDApp() *TestDApp {
	parsed, err := TestDAppMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestDApp{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestDApp) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (testDApp *TestDApp) PackCalls() []byte {
	enc, err := testDApp.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (testDApp *TestDApp) TryPackCalls() ([]byte, error) {
	return testDApp.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (testDApp *TestDApp) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := testDApp.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testDApp *TestDApp) PackMode() []byte {
	enc, err := testDApp.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testDApp *TestDApp) TryPackMode() ([]byte, error) {
	return testDApp.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testDApp *TestDApp) UnpackMode(data []byte) (uint8, error) {
	out, err := testDApp.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2345f541.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function process(uint64 projectID, bytes32 taskID, address , bytes result) returns()
func (testDApp *TestDApp) PackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) []byte {
	enc, err := testDApp.abi.Pack("process", projectID, taskID, arg2, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2345f541.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function process(uint64 projectID, bytes32 taskID, address , bytes result) returns()
func (testDApp *TestDApp) TryPackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) ([]byte, error) {
	return testDApp.abi.Pack("process", projectID, taskID, arg2, result)
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testDApp *TestDApp) PackSetMode(m uint8) []byte {
	enc, err := testDApp.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testDApp *TestDApp) TryPackSetMode(m uint8) ([]byte, error) {
	return testDApp.abi.Pack("setMode", m)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testDApp *TestDApp) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testDApp.abi.Errors["Refused"].ID.Bytes()[:4]) {
		return testDApp.UnpackRefusedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestDAppRefused represents a Refused error raised by the TestDApp contract.
type TestDAppRefused struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Refused(string reason)
func TestDAppRefusedErrorID() common.Hash {
	return common.HexToHash("0xc240271f8d43a0d50c002aa9146e8038b8850f1f1dac9bad3fd913bc5b88c7b6")
}

// UnpackRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Refused(string reason)
func (testDApp *TestDApp) UnpackRefusedError(raw []byte) (*TestDAppRefused, error) {
	out := new(TestDAppRefused)
	if err := testDApp.abi.UnpackIntoInterface(out, "Refused", raw); err != nil {
		return nil, err
	}
	return out, nil
}
