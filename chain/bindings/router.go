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

// RouterMetaData contains all meta data concerning the Router contract.
var RouterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractProjectRegistry\",\"name\":\"projects_\",\"type\":\"address\"},{\"internalType\":\"contractBlockMinter\",\"name\":\"minter_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dappGasLimit_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dappGasLimit\",\"type\":\"uint256\"}],\"name\":\"BadDAppGasLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"NoDApp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"NotAssignedProver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"ProjectPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"}],\"name\":\"TaskAlreadyFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dappGasLimit\",\"type\":\"uint256\"}],\"name\":\"DAppGasLimitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TaskFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"GAS_RESERVE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REASON_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dappGasLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"contractBlockMinter\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projects\",\"outputs\":[{\"internalType\":\"contractProjectRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"route\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dappGasLimit_\",\"type\":\"uint256\"}],\"name\":\"setDAppGasLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Router",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610ea1380380610ea183398101604081905261002e916101b0565b338061005457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61005d816100de565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038316158061009f57506001600160a01b038216155b156100bd5760405163d92e233d60e01b815260040160405180910390fd5b6100c68161012d565b506001600160a01b039182166080521660a0526101f0565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80158061013d57506301c9c38081115b1561015e5760405163430cdcd760e11b81526004810182905260240161004b565b60018190556040518181527f7e685f1a875a5795ea37170f97219403909afa21a76a0ba0f5ccc29bd5c40df29060200160405180910390a150565b6001600160a01b03811681146101ad575f5ffd5b50565b5f5f5f606084860312156101c2575f5ffd5b83516101cd81610199565b60208501519093506101de81610199565b80925050604084015190509250925092565b60805160a051610c7561022c5f395f818160a4015281816101dc015281816105bd01526106f001525f8181610125015261040d0152610c755ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c80638b79543c116100635780638b79543c146101205780638da5cb5b14610147578063be880c8114610157578063c3fbffb614610160578063f2fde38b14610173575f5ffd5b8063075461721461009f578063159074f3146100e35780633cefc404146100f85780636c03cdd61461010f578063715018a614610118575b5f5ffd5b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100f66100f136600461095e565b610186565b005b61010161040081565b6040519081526020016100da565b61010160015481565b6100f661019a565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b5f546001600160a01b03166100c6565b61010161ea6081565b6100f661016e366004610989565b6101ad565b6100f6610181366004610a20565b6107cd565b61018e610807565b61019781610833565b50565b6101a2610807565b6101ab5f61089f565b565b6101b56108ee565b60405163cc1c444560e01b81526001600160401b0385166004820152602481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cc1c444590604401608060405180830381865afa158015610229573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061024d9190610a85565b90505f8160400151600381111561026657610266610b0f565b0361029b5760405163012ddc8360e41b81526001600160401b0386166004820152602481018590526044015b60405180910390fd5b6003816040015160038111156102b3576102b3610b0f565b036102e357604051630bff5b5d60e01b81526001600160401b038616600482015260248101859052604401610292565b80516001600160a01b0316331461033757805160405163ee1246cd60e01b81526001600160401b0387166004820152602481018690523360448201526001600160a01b039091166064820152608401610292565b60028160400151600381111561034f5761034f610b0f565b0361037f5760405163f6709f4960e01b81526001600160401b038616600482015260248101859052604401610292565b5f61038c426103e8610b37565b905081602001516001600160401b03168111156103e3576020820151604051636d07048760e01b81526001600160401b03808916600483015260248201889052909116604482015260648101829052608401610292565b60405163141ec10960e01b81526001600160401b03871660048201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063141ec10990602401608060405180830381865afa158015610452573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104769190610b54565b93505092505081156104a65760405163f8848fbf60e01b81526001600160401b0389166004820152602401610292565b806001600160a01b03163b5f036104db57604051633ce16dc160e21b81526001600160401b0389166004820152602401610292565b6001545f61ea606104ed603f84610baa565b6104f79084610bc9565b6105019190610bc9565b9050805a1015610530575a6040516323e228cb60e01b8152600481019190915260248101829052604401610292565b5f8a8a338b8b60405160240161054a959493929190610bdc565b60408051601f198184030181529190526020810180516001600160e01b0316632345f54160e01b17815281519192505f91829182918291828a8af191503d905081156106635760405163212e78ad60e01b81526001600160401b038e166004820152602481018d90526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063212e78ad906044015f604051808303815f87803b1580156105fe575f5ffd5b505af1158015610610573d5f5f3e3d5ffd5b50505050336001600160a01b03168c8e6001600160401b03167f7f71e90a2b90943907c79fec9f3599fa73f463801df9f3b261a4d42af77dd25860405160405180910390a450505050505050505061079e565b5f610400821061067557610400610677565b815b6001600160401b0381111561068e5761068e610a42565b6040519080825280601f01601f1916602001820160405280156106b8576020820181803683370190505b50905080515f602083013e60405163b3a6488160e01b81526001600160401b038f166004820152602481018e90526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b3a64881906044015f604051808303815f87803b158015610731575f5ffd5b505af1158015610743573d5f5f3e3d5ffd5b50505050336001600160a01b03168d8f6001600160401b03167f45fdeb3c1468a1640a682993b6fdb45ec6be842c3435cda4b2b7eedfd2b273a78460405161078b9190610c33565b60405180910390a4505050505050505050505b6107c760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050565b6107d5610807565b6001600160a01b0381166107fe57604051631e4fbdf760e01b81525f6004820152602401610292565b6101978161089f565b5f546001600160a01b031633146101ab5760405163118cdaa760e01b8152336004820152602401610292565b80158061084357506301c9c38081115b156108645760405163430cdcd760e11b815260048101829052602401610292565b60018190556040518181527f7e685f1a875a5795ea37170f97219403909afa21a76a0ba0f5ccc29bd5c40df29060200160405180910390a150565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6108f661091c565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00546002036101ab57604051633ee5aeb560e01b815260040160405180910390fd5b5f6020828403121561096e575f5ffd5b5035919050565b6001600160401b0381168114610197575f5ffd5b5f5f5f5f6060858703121561099c575f5ffd5b84356109a781610975565b93506020850135925060408501356001600160401b038111156109c8575f5ffd5b8501601f810187136109d8575f5ffd5b80356001600160401b038111156109ed575f5ffd5b8760208284010111156109fe575f5ffd5b949793965060200194505050565b6001600160a01b0381168114610197575f5ffd5b5f60208284031215610a30575f5ffd5b8135610a3b81610a0c565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b8051610a6181610975565b919050565b805160048110610a61575f5ffd5b805161ffff81168114610a61575f5ffd5b5f6080828403128015610a96575f5ffd5b50604051608081016001600160401b0381118282101715610ac557634e487b7160e01b5f52604160045260245ffd5b6040528251610ad381610a0c565b8152610ae160208401610a56565b6020820152610af260408401610a66565b6040820152610b0360608401610a74565b60608201529392505050565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610b4e57610b4e610b23565b92915050565b5f5f5f5f60808587031215610b67575f5ffd5b8451610b7281610a0c565b60208601519094508015158114610b87575f5ffd5b604086015160608701519194509250610b9f81610a0c565b939692955090935050565b5f82610bc457634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610b4e57610b4e610b23565b6001600160401b0386168152602081018590526001600160a01b03841660408201526080606082018190528101829052818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fea164736f6c6343000825000a",
}

// Router is an auto generated Go binding around an Ethereum contract.
type Router struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Router) GetABI() abi.ABI {
	return c.abi
}

// NewRouter creates a new instance of Router.
func NewRouter() *Router {
	parsed, err := RouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Router{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Router) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address projects_, address minter_, uint256 dappGasLimit_) returns()
func (router *Router) PackConstructor(projects_ common.Address, minter_ common.Address, dappGasLimit_ *big.Int) []byte {
	enc, err := router.abi.Pack("", projects_, minter_, dappGasLimit_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGASRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe880c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GAS_RESERVE() view returns(uint256)
func (router *Router) PackGASRESERVE() []byte {
	enc, err := router.abi.Pack("GAS_RESERVE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGASRESERVE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe880c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GAS_RESERVE() view returns(uint256)
func (router *Router) TryPackGASRESERVE() ([]byte, error) {
	return router.abi.Pack("GAS_RESERVE")
}

// UnpackGASRESERVE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe880c81.
//
// Solidity: function GAS_RESERVE() view returns(uint256)
func (router *Router) UnpackGASRESERVE(data []byte) (*big.Int, error) {
	out, err := router.abi.Unpack("GAS_RESERVE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cefc404.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (router *Router) PackMAXREASONBYTES() []byte {
	enc, err := router.abi.Pack("MAX_REASON_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cefc404.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (router *Router) TryPackMAXREASONBYTES() ([]byte, error) {
	return router.abi.Pack("MAX_REASON_BYTES")
}

// UnpackMAXREASONBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cefc404.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (router *Router) UnpackMAXREASONBYTES(data []byte) (*big.Int, error) {
	out, err := router.abi.Unpack("MAX_REASON_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDappGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c03cdd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dappGasLimit() view returns(uint256)
func (router *Router) PackDappGasLimit() []byte {
	enc, err := router.abi.Pack("dappGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDappGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c03cdd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dappGasLimit() view returns(uint256)
func (router *Router) TryPackDappGasLimit() ([]byte, error) {
	return router.abi.Pack("dappGasLimit")
}

// UnpackDappGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c03cdd6.
//
// Solidity: function dappGasLimit() view returns(uint256)
func (router *Router) UnpackDappGasLimit(data []byte) (*big.Int, error) {
	out, err := router.abi.Unpack("dappGasLimit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (router *Router) PackMinter() []byte {
	enc, err := router.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (router *Router) TryPackMinter() ([]byte, error) {
	return router.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (router *Router) UnpackMinter(data []byte) (common.Address, error) {
	out, err := router.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (router *Router) PackOwner() []byte {
	enc, err := router.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (router *Router) TryPackOwner() ([]byte, error) {
	return router.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (router *Router) UnpackOwner(data []byte) (common.Address, error) {
	out, err := router.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProjects is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b79543c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projects() view returns(address)
func (router *Router) PackProjects() []byte {
	enc, err := router.abi.Pack("projects")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProjects is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b79543c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function projects() view returns(address)
func (router *Router) TryPackProjects() ([]byte, error) {
	return router.abi.Pack("projects")
}

// UnpackProjects is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b79543c.
//
// Solidity: function projects() view returns(address)
func (router *Router) UnpackProjects(data []byte) (common.Address, error) {
	out, err := router.abi.Unpack("projects", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (router *Router) PackRenounceOwnership() []byte {
	enc, err := router.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (router *Router) TryPackRenounceOwnership() ([]byte, error) {
	return router.abi.Pack("renounceOwnership")
}

// PackRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fbffb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function route(uint64 projectID, bytes32 taskID, bytes result) returns()
func (router *Router) PackRoute(projectID uint64, taskID [32]byte, result []byte) []byte {
	enc, err := router.abi.Pack("route", projectID, taskID, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fbffb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function route(uint64 projectID, bytes32 taskID, bytes result) returns()
func (router *Router) TryPackRoute(projectID uint64, taskID [32]byte, result []byte) ([]byte, error) {
	return router.abi.Pack("route", projectID, taskID, result)
}

// PackSetDAppGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159074f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDAppGasLimit(uint256 dappGasLimit_) returns()
func (router *Router) PackSetDAppGasLimit(dappGasLimit *big.Int) []byte {
	enc, err := router.abi.Pack("setDAppGasLimit", dappGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDAppGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159074f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDAppGasLimit(uint256 dappGasLimit_) returns()
func (router *Router) TryPackSetDAppGasLimit(dappGasLimit *big.Int) ([]byte, error) {
	return router.abi.Pack("setDAppGasLimit", dappGasLimit)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (router *Router) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := router.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (router *Router) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return router.abi.Pack("transferOwnership", newOwner)
}

// RouterDAppGasLimitSet represents a DAppGasLimitSet event raised by the Router contract.
type RouterDAppGasLimitSet struct {
	DappGasLimit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const RouterDAppGasLimitSetEventName = "DAppGasLimitSet"

// ContractEventName returns the user-defined event name.
func (RouterDAppGasLimitSet) ContractEventName() string {
	return RouterDAppGasLimitSetEventName
}

// UnpackDAppGasLimitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAppGasLimitSet(uint256 dappGasLimit)
func (router *Router) UnpackDAppGasLimitSetEvent(log *types.Log) (*RouterDAppGasLimitSet, error) {
	event := "DAppGasLimitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != router.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RouterDAppGasLimitSet)
	if len(log.Data) > 0 {
		if err := router.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range router.abi.Events[event].Inputs {
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

// RouterOwnershipTransferred represents a OwnershipTransferred event raised by the Router contract.
type RouterOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RouterOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RouterOwnershipTransferred) ContractEventName() string {
	return RouterOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (router *Router) UnpackOwnershipTransferredEvent(log *types.Log) (*RouterOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != router.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RouterOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := router.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range router.abi.Events[event].Inputs {
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

// RouterTaskFailed represents a TaskFailed event raised by the Router contract.
type RouterTaskFailed struct {
	ProjectID uint64
	TaskID    [32]byte
	Prover    common.Address
	Reason    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const RouterTaskFailedEventName = "TaskFailed"

// ContractEventName returns the user-defined event name.
func (RouterTaskFailed) ContractEventName() string {
	return RouterTaskFailedEventName
}

// UnpackTaskFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFailed(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover, bytes reason)
func (router *Router) UnpackTaskFailedEvent(log *types.Log) (*RouterTaskFailed, error) {
	event := "TaskFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != router.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RouterTaskFailed)
	if len(log.Data) > 0 {
		if err := router.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range router.abi.Events[event].Inputs {
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

// RouterTaskSettled represents a TaskSettled event raised by the Router contract.
type RouterTaskSettled struct {
	ProjectID uint64
	TaskID    [32]byte
	Prover    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const RouterTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (RouterTaskSettled) ContractEventName() string {
	return RouterTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(uint64 indexed projectID, bytes32 indexed taskID, address indexed prover)
func (router *Router) UnpackTaskSettledEvent(log *types.Log) (*RouterTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != router.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RouterTaskSettled)
	if len(log.Data) > 0 {
		if err := router.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range router.abi.Events[event].Inputs {
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
func (router *Router) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], router.abi.Errors["BadDAppGasLimit"].ID.Bytes()[:4]) {
		return router.UnpackBadDAppGasLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return router.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return router.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["NoDApp"].ID.Bytes()[:4]) {
		return router.UnpackNoDAppError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["NotAssignedProver"].ID.Bytes()[:4]) {
		return router.UnpackNotAssignedProverError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return router.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return router.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["ProjectPaused"].ID.Bytes()[:4]) {
		return router.UnpackProjectPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return router.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["TaskAlreadyFailed"].ID.Bytes()[:4]) {
		return router.UnpackTaskAlreadyFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["TaskAlreadySettled"].ID.Bytes()[:4]) {
		return router.UnpackTaskAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return router.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], router.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return router.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RouterBadDAppGasLimit represents a BadDAppGasLimit error raised by the Router contract.
type RouterBadDAppGasLimit struct {
	DappGasLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDAppGasLimit(uint256 dappGasLimit)
func RouterBadDAppGasLimitErrorID() common.Hash {
	return common.HexToHash("0x8619b9ae2e801810901e2765b79113cb159cae9026fc86fce7239e2cdcf01eca")
}

// UnpackBadDAppGasLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDAppGasLimit(uint256 dappGasLimit)
func (router *Router) UnpackBadDAppGasLimitError(raw []byte) (*RouterBadDAppGasLimit, error) {
	out := new(RouterBadDAppGasLimit)
	if err := router.abi.UnpackIntoInterface(out, "BadDAppGasLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterDeadlinePassed represents a DeadlinePassed error raised by the Router contract.
type RouterDeadlinePassed struct {
	ProjectID uint64
	TaskID    [32]byte
	Deadline  uint64
	Now       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 projectID, bytes32 taskID, uint64 deadline, uint256 now)
func RouterDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6d070487b035ce29177f6a57da3475b3385f0ea92cddf6370022ccf4442a8a23")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 projectID, bytes32 taskID, uint64 deadline, uint256 now)
func (router *Router) UnpackDeadlinePassedError(raw []byte) (*RouterDeadlinePassed, error) {
	out := new(RouterDeadlinePassed)
	if err := router.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterInsufficientGas represents a InsufficientGas error raised by the Router contract.
type RouterInsufficientGas struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 gasLeft, uint256 needed)
func RouterInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x23e228cb30ba888d86279f51c27a6690ec0fe016ea074bbd6332de5b2571f9b3")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 gasLeft, uint256 needed)
func (router *Router) UnpackInsufficientGasError(raw []byte) (*RouterInsufficientGas, error) {
	out := new(RouterInsufficientGas)
	if err := router.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterNoDApp represents a NoDApp error raised by the Router contract.
type RouterNoDApp struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDApp(uint64 projectID)
func RouterNoDAppErrorID() common.Hash {
	return common.HexToHash("0xf385b704f0f23fa2d14b7313c99fbcd2822eebd59bd139da1355e46c6ced7424")
}

// UnpackNoDAppError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDApp(uint64 projectID)
func (router *Router) UnpackNoDAppError(raw []byte) (*RouterNoDApp, error) {
	out := new(RouterNoDApp)
	if err := router.abi.UnpackIntoInterface(out, "NoDApp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterNotAssignedProver represents a NotAssignedProver error raised by the Router contract.
type RouterNotAssignedProver struct {
	ProjectID uint64
	TaskID    [32]byte
	Caller    common.Address
	Prover    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssignedProver(uint64 projectID, bytes32 taskID, address caller, address prover)
func RouterNotAssignedProverErrorID() common.Hash {
	return common.HexToHash("0xee1246cde638c9cde5f5fe93a7faf65eb946b72fc808a22c3dde5c8240d14001")
}

// UnpackNotAssignedProverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssignedProver(uint64 projectID, bytes32 taskID, address caller, address prover)
func (router *Router) UnpackNotAssignedProverError(raw []byte) (*RouterNotAssignedProver, error) {
	out := new(RouterNotAssignedProver)
	if err := router.abi.UnpackIntoInterface(out, "NotAssignedProver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Router contract.
type RouterOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RouterOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (router *Router) UnpackOwnableInvalidOwnerError(raw []byte) (*RouterOwnableInvalidOwner, error) {
	out := new(RouterOwnableInvalidOwner)
	if err := router.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Router contract.
type RouterOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RouterOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (router *Router) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RouterOwnableUnauthorizedAccount, error) {
	out := new(RouterOwnableUnauthorizedAccount)
	if err := router.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterProjectPaused represents a ProjectPaused error raised by the Router contract.
type RouterProjectPaused struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProjectPaused(uint64 projectID)
func RouterProjectPausedErrorID() common.Hash {
	return common.HexToHash("0xf8848fbf85a1255fc1ce9fdf530b19192c9be37003bafe656e23c7fd73b05262")
}

// UnpackProjectPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProjectPaused(uint64 projectID)
func (router *Router) UnpackProjectPausedError(raw []byte) (*RouterProjectPaused, error) {
	out := new(RouterProjectPaused)
	if err := router.abi.UnpackIntoInterface(out, "ProjectPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Router contract.
type RouterReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RouterReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (router *Router) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RouterReentrancyGuardReentrantCall, error) {
	out := new(RouterReentrancyGuardReentrantCall)
	if err := router.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterTaskAlreadyFailed represents a TaskAlreadyFailed error raised by the Router contract.
type RouterTaskAlreadyFailed struct {
	ProjectID uint64
	TaskID    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadyFailed(uint64 projectID, bytes32 taskID)
func RouterTaskAlreadyFailedErrorID() common.Hash {
	return common.HexToHash("0xf6709f49a140c6ed4a7fba26bc1d56eacc43e282163ebdc9901254f5a901ce43")
}

// UnpackTaskAlreadyFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadyFailed(uint64 projectID, bytes32 taskID)
func (router *Router) UnpackTaskAlreadyFailedError(raw []byte) (*RouterTaskAlreadyFailed, error) {
	out := new(RouterTaskAlreadyFailed)
	if err := router.abi.UnpackIntoInterface(out, "TaskAlreadyFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterTaskAlreadySettled represents a TaskAlreadySettled error raised by the Router contract.
type RouterTaskAlreadySettled struct {
	ProjectID uint64
	TaskID    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadySettled(uint64 projectID, bytes32 taskID)
func RouterTaskAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x0bff5b5d511d71b28e35568a5e9506276f444813392a34d03c202c969edc43f4")
}

// UnpackTaskAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadySettled(uint64 projectID, bytes32 taskID)
func (router *Router) UnpackTaskAlreadySettledError(raw []byte) (*RouterTaskAlreadySettled, error) {
	out := new(RouterTaskAlreadySettled)
	if err := router.abi.UnpackIntoInterface(out, "TaskAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterUnknownTask represents a UnknownTask error raised by the Router contract.
type RouterUnknownTask struct {
	ProjectID uint64
	TaskID    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint64 projectID, bytes32 taskID)
func RouterUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x12ddc8303226916f2cbbe27fba37b0b28fbce65a8da47e5bd5e7072775c1bccc")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint64 projectID, bytes32 taskID)
func (router *Router) UnpackUnknownTaskError(raw []byte) (*RouterUnknownTask, error) {
	out := new(RouterUnknownTask)
	if err := router.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RouterZeroAddress represents a ZeroAddress error raised by the Router contract.
type RouterZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RouterZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (router *Router) UnpackZeroAddressError(raw []byte) (*RouterZeroAddress, error) {
	out := new(RouterZeroAddress)
	if err := router.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
