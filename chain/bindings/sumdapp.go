// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// SumDAppTotals is an auto generated low-level Go binding around an user-defined struct.
type SumDAppTotals struct {
	Tasks    uint64
	Readings uint64
	Sum      *big.Int
}

// SumDAppMetaData contains all meta data concerning the SumDApp contract.
var SumDAppMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"router_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"MalformedResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRouter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Summed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"RESULT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"process\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"totals\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"tasks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readings\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"}],\"internalType\":\"structSumDApp.Totals\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SumDApp",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610558380380610558833981016040819052602b916061565b6001600160a01b03811660515760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b6080516104ad6100ab5f395f8181610122015261016701526104ad5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80632345f5411461004e57806365d0871914610063578063d686ebf51461007e578063f887ea401461011d575b5f5ffd5b61006161005c366004610346565b61015c565b005b61006b604081565b6040519081526020015b60405180910390f35b6100ed61008c3660046103e6565b60408051606080820183525f80835260208084018290529284018190526001600160401b0394851681528083528390208351918201845280548086168352680100000000000000009004909416918101919091526001909201549082015290565b6040805182516001600160401b039081168252602080850151909116908201529181015190820152606001610075565b6101447f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610075565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101ac57604051632462ed0960e01b81523360048201526024015b60405180910390fd5b604081146101d157818160405163c9e2bab760e01b81526004016101a3929190610406565b5f806101df83850185610434565b91509150815f14806101f757506001600160401b0382115b1561021957838360405163c9e2bab760e01b81526004016101a3929190610406565b6001600160401b038088165f908152602081905260408120805490926001928492909161024891859116610468565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555082815f0160088282829054906101000a90046001600160401b03166102919190610468565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555081816001015f8282546102c8919061048d565b9091555050604080516001600160401b038581168252602082018590526001600160a01b038916928a92918c16917f62d66a06115e726f7149081c9bb1d516a2efcdeafb6ac8e97ab7ebf0ebf4815c910160405180910390a45050505050505050565b80356001600160401b0381168114610341575f5ffd5b919050565b5f5f5f5f5f6080868803121561035a575f5ffd5b6103638661032b565b94506020860135935060408601356001600160a01b0381168114610385575f5ffd5b925060608601356001600160401b0381111561039f575f5ffd5b8601601f810188136103af575f5ffd5b80356001600160401b038111156103c4575f5ffd5b8860208284010111156103d5575f5ffd5b959894975092955050506020019190565b5f602082840312156103f6575f5ffd5b6103ff8261032b565b9392505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f5f60408385031215610445575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561048757610487610454565b92915050565b808201808211156104875761048761045456fea164736f6c6343000825000a",
}

// SumDApp is an auto generated Go binding around an Ethereum contract.
type SumDApp struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SumDApp) GetABI() abi.ABI {
	return c.abi
}

// NewSumDApp creates a new instance of SumDApp.
func NewSumDApp() *SumDApp {
	parsed, err := SumDAppMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SumDApp{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SumDApp) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_) returns()
func (sumDApp *SumDApp) PackConstructor(router_ common.Address) []byte {
	enc, err := sumDApp.abi.Pack("", router_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackRESULTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65d08719.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESULT_BYTES() view returns(uint256)
func (sumDApp *SumDApp) PackRESULTBYTES() []byte {
	enc, err := sumDApp.abi.Pack("RESULT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESULTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65d08719.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESULT_BYTES() view returns(uint256)
func (sumDApp *SumDApp) TryPackRESULTBYTES() ([]byte, error) {
	return sumDApp.abi.Pack("RESULT_BYTES")
}

// UnpackRESULTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65d08719.
//
// Solidity: function RESULT_BYTES() view returns(uint256)
func (sumDApp *SumDApp) UnpackRESULTBYTES(data []byte) (*big.Int, error) {
	out, err := sumDApp.abi.Unpack("RESULT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2345f541.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function process(uint64 projectID, bytes32 taskID, address prover, bytes result) returns()
func (sumDApp *SumDApp) PackProcess(projectID uint64, taskID [32]byte, prover common.Address, result []byte) []byte {
	enc, err := sumDApp.abi.Pack("process", projectID, taskID, prover, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2345f541.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function process(uint64 projectID, bytes32 taskID, address prover, bytes result) returns()
func (sumDApp *SumDApp) TryPackProcess(projectID uint64, taskID [32]byte, prover common.Address, result []byte) ([]byte, error) {
	return sumDApp.abi.Pack("process", projectID, taskID, prover, result)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (sumDApp *SumDApp) PackRouter() []byte {
	enc, err := sumDApp.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (sumDApp *SumDApp) TryPackRouter() ([]byte, error) {
	return sumDApp.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (sumDApp *SumDApp) UnpackRouter(data []byte) (common.Address, error) {
	out, err := sumDApp.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd686ebf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totals(uint64 projectID) view returns((uint64,uint64,uint256))
func (sumDApp *SumDApp) PackTotals(projectID uint64) []byte {
	enc, err := sumDApp.abi.Pack("totals", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd686ebf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totals(uint64 projectID) view returns((uint64,uint64,uint256))
func (sumDApp *SumDApp) TryPackTotals(projectID uint64) ([]byte, error) {
	return sumDApp.abi.Pack("totals", projectID)
}

// UnpackTotals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd686ebf5.
//
// Solidity: function totals(uint64 projectID) view returns((uint64,uint64,uint256))
func (sumDApp *SumDApp) UnpackTotals(data []byte) (SumDAppTotals, error) {
	out, err := sumDApp.abi.Unpack("totals", data)
	if err != nil {
		return *new(SumDAppTotals), err
	}
	out0 := *abi.ConvertType(out[0], new(SumDAppTotals)).(*SumDAppTotals)
	return out0, nil
}

// SumDAppSummed represents a Summed event raised by the SumDApp contract.
type SumDAppSummed struct {
	ProjectID uint64
	TaskID    [32]byte
	Prover    common.Address
	Count     uint64
	Total     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SumDAppSummedEventName = "Summed"

// ContractEventName returns the user-defined event name.
func (SumDAppSummed) ContractEventName() string {
	return SumDAppSummedEventName
}

// UnpackSummedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Summed(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover, uint64 count, uint256 total)
func (sumDApp *SumDApp) UnpackSummedEvent(log *types.Log) (*SumDAppSummed, error) {
	event := "Summed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sumDApp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SumDAppSummed)
	if len(log.Data) > 0 {
		if err := sumDApp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sumDApp.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sumDApp *SumDApp) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sumDApp.abi.Errors["MalformedResult"].ID.Bytes()[:4]) {
		return sumDApp.UnpackMalformedResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], sumDApp.abi.Errors["NotRouter"].ID.Bytes()[:4]) {
		return sumDApp.UnpackNotRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], sumDApp.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return sumDApp.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SumDAppMalformedResult represents a MalformedResult error raised by the SumDApp contract.
type SumDAppMalformedResult struct {
	Result []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedResult(bytes result)
func SumDAppMalformedResultErrorID() common.Hash {
	return common.HexToHash("0xc9e2bab79ff73c9969d380ebd154280dd6f7227699b9591ef2898f0cf571e4c0")
}

// UnpackMalformedResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedResult(bytes result)
func (sumDApp *SumDApp) UnpackMalformedResultError(raw []byte) (*SumDAppMalformedResult, error) {
	out := new(SumDAppMalformedResult)
	if err := sumDApp.abi.UnpackIntoInterface(out, "MalformedResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SumDAppNotRouter represents a NotRouter error raised by the SumDApp contract.
type SumDAppNotRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRouter(address caller)
func SumDAppNotRouterErrorID() common.Hash {
	return common.HexToHash("0x2462ed0984b4acf0eecbdc92ad82617145411c89ecd814e758ff17675e2114ec")
}

// UnpackNotRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRouter(address caller)
func (sumDApp *SumDApp) UnpackNotRouterError(raw []byte) (*SumDAppNotRouter, error) {
	out := new(SumDAppNotRouter)
	if err := sumDApp.abi.UnpackIntoInterface(out, "NotRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SumDAppZeroAddress represents a ZeroAddress error raised by the SumDApp contract.
type SumDAppZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SumDAppZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (sumDApp *SumDApp) UnpackZeroAddressError(raw []byte) (*SumDAppZeroAddress, error) {
	out := new(SumDAppZeroAddress)
	if err := sumDApp.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
