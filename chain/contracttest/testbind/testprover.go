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

// TestProverMetaData contains all meta data concerning the TestProver contract.
var TestProverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractProverRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"Refused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"onReceive\",\"outputs\":[{\"internalType\":\"enumTestProver.OnReceive\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"runtimes\",\"type\":\"bytes32[]\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractProverRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumTestProver.OnReceive\",\"name\":\"o\",\"type\":\"uint8\"}],\"name\":\"setOnReceive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "TestProver",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161052638038061052683398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b60805161048761009f5f395f818160b1015281816101680152818161021b015281816102a0015261030f01526104875ff3fe608060405260043610610057575f3560e01c80630b4d14d0146101245780633ccfd60b146101435780637b103999146101575780638e708bca146101a7578063b564561e146101cc578063fc63958e146101df575f5ffd5b366101205760015f5460ff16600281111561007457610074610365565b0361009257604051638ac5ff0b60e01b815260040160405180910390fd5b60025f5460ff1660028111156100aa576100aa610365565b0361011e577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610107575f5ffd5b505af1158015610119573d5f5f3e3d5ffd5b505050505b005b5f5ffd5b34801561012f575f5ffd5b5061011e61013e366004610379565b6101f3565b34801561014e575f5ffd5b5061011e610219565b348015610162575f5ffd5b5061018a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156101b2575f5ffd5b505f546101bf9060ff1681565b60405161019e919061039e565b61011e6101da3660046103c4565b610289565b3480156101ea575f5ffd5b5061011e61030d565b5f805482919060ff1916600183600281111561021157610211610365565b021790555050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610271575f5ffd5b505af1158015610283573d5f5f3e3d5ffd5b50505050565b60405163105e8b1960e31b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906382f458c89034906102db90869086903090600401610435565b5f604051808303818588803b1580156102f2575f5ffd5b505af1158015610304573d5f5f3e3d5ffd5b50505050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fc63958e6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610271575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215610389575f5ffd5b813560038110610397575f5ffd5b9392505050565b60208101600383106103be57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f602083850312156103d5575f5ffd5b823567ffffffffffffffff8111156103eb575f5ffd5b8301601f810185136103fb575f5ffd5b803567ffffffffffffffff811115610411575f5ffd5b8560208260051b8401011115610425575f5ffd5b6020919091019590945092505050565b604080825281018390525f6001600160fb1b03841115610453575f5ffd5b8360051b808660608501376001600160a01b0393909316602083015250016060019291505056fea164736f6c6343000825000a",
}

// TestProver is an auto generated Go binding around an Ethereum contract.
type TestProver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestProver) GetABI() abi.ABI {
	return c.abi
}

// NewTestProver creates a new instance of TestProver.
func NewTestProver() *TestProver {
	parsed, err := TestProverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestProver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestProver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (testProver *TestProver) PackConstructor(registry_ common.Address) []byte {
	enc, err := testProver.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackOnReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e708bca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onReceive() view returns(uint8)
func (testProver *TestProver) PackOnReceive() []byte {
	enc, err := testProver.abi.Pack("onReceive")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e708bca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onReceive() view returns(uint8)
func (testProver *TestProver) TryPackOnReceive() ([]byte, error) {
	return testProver.abi.Pack("onReceive")
}

// UnpackOnReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e708bca.
//
// Solidity: function onReceive() view returns(uint8)
func (testProver *TestProver) UnpackOnReceive(data []byte) (uint8, error) {
	out, err := testProver.abi.Unpack("onReceive", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb564561e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32[] runtimes) payable returns()
func (testProver *TestProver) PackRegister(runtimes [][32]byte) []byte {
	enc, err := testProver.abi.Pack("register", runtimes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb564561e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32[] runtimes) payable returns()
func (testProver *TestProver) TryPackRegister(runtimes [][32]byte) ([]byte, error) {
	return testProver.abi.Pack("register", runtimes)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (testProver *TestProver) PackRegistry() []byte {
	enc, err := testProver.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (testProver *TestProver) TryPackRegistry() ([]byte, error) {
	return testProver.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (testProver *TestProver) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := testProver.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc63958e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake() returns()
func (testProver *TestProver) PackRequestUnstake() []byte {
	enc, err := testProver.abi.Pack("requestUnstake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc63958e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake() returns()
func (testProver *TestProver) TryPackRequestUnstake() ([]byte, error) {
	return testProver.abi.Pack("requestUnstake")
}

// PackSetOnReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b4d14d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnReceive(uint8 o) returns()
func (testProver *TestProver) PackSetOnReceive(o uint8) []byte {
	enc, err := testProver.abi.Pack("setOnReceive", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOnReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b4d14d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOnReceive(uint8 o) returns()
func (testProver *TestProver) TryPackSetOnReceive(o uint8) ([]byte, error) {
	return testProver.abi.Pack("setOnReceive", o)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (testProver *TestProver) PackWithdraw() []byte {
	enc, err := testProver.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (testProver *TestProver) TryPackWithdraw() ([]byte, error) {
	return testProver.abi.Pack("withdraw")
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testProver *TestProver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testProver.abi.Errors["Refused"].ID.Bytes()[:4]) {
		return testProver.UnpackRefusedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestProverRefused represents a Refused error raised by the TestProver contract.
type TestProverRefused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Refused()
func TestProverRefusedErrorID() common.Hash {
	return common.HexToHash("0x8ac5ff0bf8ef9807b77ae1c204f55cfc54a1ef5de6b0c1149bcb69153525ab21")
}

// UnpackRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Refused()
func (testProver *TestProver) UnpackRefusedError(raw []byte) (*TestProverRefused, error) {
	out := new(TestProverRefused)
	if err := testProver.abi.UnpackIntoInterface(out, "Refused", raw); err != nil {
		return nil, err
	}
	return out, nil
}
