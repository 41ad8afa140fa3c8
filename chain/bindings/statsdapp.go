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

// StatsDAppStats is an auto generated low-level Go binding around an user-defined struct.
type StatsDAppStats struct {
	Tasks    uint64
	Readings uint64
	Total    *big.Int
	Max      *big.Int
}

// StatsDAppMetaData contains all meta data concerning the StatsDApp contract.
var StatsDAppMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"router_\",\"type\":\"address\"},{\"internalType\":\"contractIStatsVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MalformedResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRouter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"WrongProject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gotHi\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gotLo\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"Proved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"process\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"stats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"tasks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readings\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"internalType\":\"structStatsDApp.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIStatsVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "StatsDApp",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610a62380380610a6283398101604081905261002e91610097565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b039182166080521660a0526100cf565b6001600160a01b0381168114610094575f5ffd5b50565b5f5f604083850312156100a8575f5ffd5b82516100b381610080565b60208401519092506100c481610080565b809150509250929050565b60805160a0516109656100fd5f395f81816068015261021701525f818161017901526101a601526109655ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80632345f5411461004e5780632b7ac3f314610063578063e2fad582146100a7578063f887ea4014610174575b5f5ffd5b61006161005c36600461061c565b61019b565b005b61008a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61012b6100b53660046106bc565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160401b039586168252818152908490208451928301855280548087168452680100000000000000009004909516908201526001840154928101929092526002909201549181019190915290565b60405161009e91905f6080820190506001600160401b0383511682526001600160401b036020840151166020830152604083015160408301526060830151606083015292915050565b61008a7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101eb57604051632462ed0960e01b81523360048201526024015b60405180910390fd5b5f5f6101fb848460068a8a61048d565b604051633f27bd4560e11b815291935091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637e4f7a8a9061024e90859085906004016106dc565b602060405180830381865afa158015610269573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028d919061075a565b6102aa5760405163c3b0d8cd60e01b815260040160405180910390fd5b6001600160401b038088165f90815260208190526040812080549092600192849290916102d99185911661078d565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555081600381518110610310576103106107b2565b6020026020010151815f0160088282829054906101000a90046001600160401b031661033c919061078d565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555081600481518110610373576103736107b2565b6020026020010151816001015f82825461038d91906107c6565b925050819055508060020154826005815181106103ac576103ac6107b2565b602002602001015111156103de57816005815181106103cd576103cd6107b2565b602002602001015181600201819055505b86886001600160401b03167fad251a6f06d2aad941afa906b6898cc5c656e0f2bcbe2cd462636f97a0a13e438460038151811061041d5761041d6107b2565b602002602001015185600481518110610438576104386107b2565b602002602001015186600581518110610453576104536107b2565b602002602001015160405161047b939291909283526020830191909152604082015260600190565b60405180910390a35050505050505050565b60608061049c8688018861089c565b8051919350915085146104c25760405163d050692d60e01b815260040160405180910390fd5b836001600160401b0316815f815181106104de576104de6107b2565b60200260200101511461053357805f815181106104fd576104fd6107b2565b6020026020010151846040516392f210ab60e01b81526004016101e29291909182526001600160401b0316602082015260400190565b6080835f1c901c8160018151811061054d5761054d6107b2565b60200260200101511415806105905750825f1c6fffffffffffffffffffffffffffffffff1681600281518110610585576105856107b2565b602002602001015114155b156105f757806001815181106105a8576105a86107b2565b6020026020010151816002815181106105c3576105c36107b2565b602090810291909101015160405163fa5001a560e01b815260048101929092526024820152604481018490526064016101e2565b9550959350505050565b80356001600160401b0381168114610617575f5ffd5b919050565b5f5f5f5f5f60808688031215610630575f5ffd5b61063986610601565b94506020860135935060408601356001600160a01b038116811461065b575f5ffd5b925060608601356001600160401b03811115610675575f5ffd5b8601601f81018813610685575f5ffd5b80356001600160401b0381111561069a575f5ffd5b8860208284010111156106ab575f5ffd5b959894975092955050506020019190565b5f602082840312156106cc575f5ffd5b6106d582610601565b9392505050565b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060810160608483030160208501528085518083526080840191506020870193505f92505b8083101561074f578351825260208201915060208401935060018301925061072c565b509695505050505050565b5f6020828403121561076a575f5ffd5b815180151581146106d5575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156107ac576107ac610779565b92915050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156107ac576107ac610779565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610815576108156107d9565b604052919050565b5f82601f83011261082c575f5ffd5b81356001600160401b03811115610845576108456107d9565b8060051b610855602082016107ed565b91825260208185018101929081019086841115610870575f5ffd5b6020860192505b83831015610892578235825260209283019290910190610877565b9695505050505050565b5f5f604083850312156108ad575f5ffd5b82356001600160401b038111156108c2575f5ffd5b8301601f810185136108d2575f5ffd5b80356001600160401b038111156108eb576108eb6107d9565b6108fe601f8201601f19166020016107ed565b818152866020838501011115610912575f5ffd5b816020840160208301375f6020838301015280945050505060208301356001600160401b03811115610942575f5ffd5b61094e8582860161081d565b915050925092905056fea164736f6c6343000825000a",
}

// StatsDApp is an auto generated Go binding around an Ethereum contract.
type StatsDApp struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StatsDApp) GetABI() abi.ABI {
	return c.abi
}

// NewStatsDApp creates a new instance of StatsDApp.
func NewStatsDApp() *StatsDApp {
	parsed, err := StatsDAppMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StatsDApp{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StatsDApp) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, address verifier_) returns()
func (statsDApp *StatsDApp) PackConstructor(router_ common.Address, verifier_ common.Address) []byte {
	enc, err := statsDApp.abi.Pack("", router_, verifier_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2345f541.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function process(uint64 projectID, bytes32 taskID, address , bytes result) returns()
func (statsDApp *StatsDApp) PackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) []byte {
	enc, err := statsDApp.abi.Pack("process", projectID, taskID, arg2, result)
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
func (statsDApp *StatsDApp) TryPackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) ([]byte, error) {
	return statsDApp.abi.Pack("process", projectID, taskID, arg2, result)
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (statsDApp *StatsDApp) PackRouter() []byte {
	enc, err := statsDApp.abi.Pack("router")
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
func (statsDApp *StatsDApp) TryPackRouter() ([]byte, error) {
	return statsDApp.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (statsDApp *StatsDApp) UnpackRouter(data []byte) (common.Address, error) {
	out, err := statsDApp.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fad582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stats(uint64 projectID) view returns((uint64,uint64,uint256,uint256))
func (statsDApp *StatsDApp) PackStats(projectID uint64) []byte {
	enc, err := statsDApp.abi.Pack("stats", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fad582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stats(uint64 projectID) view returns((uint64,uint64,uint256,uint256))
func (statsDApp *StatsDApp) TryPackStats(projectID uint64) ([]byte, error) {
	return statsDApp.abi.Pack("stats", projectID)
}

// UnpackStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fad582.
//
// Solidity: function stats(uint64 projectID) view returns((uint64,uint64,uint256,uint256))
func (statsDApp *StatsDApp) UnpackStats(data []byte) (StatsDAppStats, error) {
	out, err := statsDApp.abi.Unpack("stats", data)
	if err != nil {
		return *new(StatsDAppStats), err
	}
	out0 := *abi.ConvertType(out[0], new(StatsDAppStats)).(*StatsDAppStats)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (statsDApp *StatsDApp) PackVerifier() []byte {
	enc, err := statsDApp.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (statsDApp *StatsDApp) TryPackVerifier() ([]byte, error) {
	return statsDApp.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (statsDApp *StatsDApp) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := statsDApp.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// StatsDAppProved represents a Proved event raised by the StatsDApp contract.
type StatsDAppProved struct {
	ProjectID uint64
	TaskID    [32]byte
	Count     *big.Int
	Total     *big.Int
	Max       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const StatsDAppProvedEventName = "Proved"

// ContractEventName returns the user-defined event name.
func (StatsDAppProved) ContractEventName() string {
	return StatsDAppProvedEventName
}

// UnpackProvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Proved(uint64 indexed projectID, bytes32 indexed taskID, uint256 count, uint256 total, uint256 max)
func (statsDApp *StatsDApp) UnpackProvedEvent(log *types.Log) (*StatsDAppProved, error) {
	event := "Proved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != statsDApp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StatsDAppProved)
	if len(log.Data) > 0 {
		if err := statsDApp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range statsDApp.abi.Events[event].Inputs {
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
func (statsDApp *StatsDApp) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["MalformedResult"].ID.Bytes()[:4]) {
		return statsDApp.UnpackMalformedResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["NotRouter"].ID.Bytes()[:4]) {
		return statsDApp.UnpackNotRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["ProofRejected"].ID.Bytes()[:4]) {
		return statsDApp.UnpackProofRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["WrongProject"].ID.Bytes()[:4]) {
		return statsDApp.UnpackWrongProjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["WrongTask"].ID.Bytes()[:4]) {
		return statsDApp.UnpackWrongTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], statsDApp.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return statsDApp.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StatsDAppMalformedResult represents a MalformedResult error raised by the StatsDApp contract.
type StatsDAppMalformedResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedResult()
func StatsDAppMalformedResultErrorID() common.Hash {
	return common.HexToHash("0xd050692d345df03973d12567fd8f3c91e3e96dc37ce340ffa3d78f19ccc12454")
}

// UnpackMalformedResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedResult()
func (statsDApp *StatsDApp) UnpackMalformedResultError(raw []byte) (*StatsDAppMalformedResult, error) {
	out := new(StatsDAppMalformedResult)
	if err := statsDApp.abi.UnpackIntoInterface(out, "MalformedResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StatsDAppNotRouter represents a NotRouter error raised by the StatsDApp contract.
type StatsDAppNotRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRouter(address caller)
func StatsDAppNotRouterErrorID() common.Hash {
	return common.HexToHash("0x2462ed0984b4acf0eecbdc92ad82617145411c89ecd814e758ff17675e2114ec")
}

// UnpackNotRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRouter(address caller)
func (statsDApp *StatsDApp) UnpackNotRouterError(raw []byte) (*StatsDAppNotRouter, error) {
	out := new(StatsDAppNotRouter)
	if err := statsDApp.abi.UnpackIntoInterface(out, "NotRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StatsDAppProofRejected represents a ProofRejected error raised by the StatsDApp contract.
type StatsDAppProofRejected struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRejected()
func StatsDAppProofRejectedErrorID() common.Hash {
	return common.HexToHash("0xc3b0d8cd541865f9b30efc779f8c07d9e8020f803988cd1623277e97b27f74d7")
}

// UnpackProofRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRejected()
func (statsDApp *StatsDApp) UnpackProofRejectedError(raw []byte) (*StatsDAppProofRejected, error) {
	out := new(StatsDAppProofRejected)
	if err := statsDApp.abi.UnpackIntoInterface(out, "ProofRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StatsDAppWrongProject represents a WrongProject error raised by the StatsDApp contract.
type StatsDAppWrongProject struct {
	Got  *big.Int
	Want uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongProject(uint256 got, uint64 want)
func StatsDAppWrongProjectErrorID() common.Hash {
	return common.HexToHash("0x92f210ab17d385757c7a69e5edc20c0a518d33c5ea3920cf805c9eff0b33097b")
}

// UnpackWrongProjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongProject(uint256 got, uint64 want)
func (statsDApp *StatsDApp) UnpackWrongProjectError(raw []byte) (*StatsDAppWrongProject, error) {
	out := new(StatsDAppWrongProject)
	if err := statsDApp.abi.UnpackIntoInterface(out, "WrongProject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StatsDAppWrongTask represents a WrongTask error raised by the StatsDApp contract.
type StatsDAppWrongTask struct {
	GotHi *big.Int
	GotLo *big.Int
	Want  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTask(uint256 gotHi, uint256 gotLo, bytes32 want)
func StatsDAppWrongTaskErrorID() common.Hash {
	return common.HexToHash("0xfa5001a56788a34d4396549666765367638bf9ba53911cb56fcab0c85bc35c43")
}

// UnpackWrongTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTask(uint256 gotHi, uint256 gotLo, bytes32 want)
func (statsDApp *StatsDApp) UnpackWrongTaskError(raw []byte) (*StatsDAppWrongTask, error) {
	out := new(StatsDAppWrongTask)
	if err := statsDApp.abi.UnpackIntoInterface(out, "WrongTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StatsDAppZeroAddress represents a ZeroAddress error raised by the StatsDApp contract.
type StatsDAppZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StatsDAppZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (statsDApp *StatsDApp) UnpackZeroAddressError(raw []byte) (*StatsDAppZeroAddress, error) {
	out := new(StatsDAppZeroAddress)
	if err := statsDApp.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
