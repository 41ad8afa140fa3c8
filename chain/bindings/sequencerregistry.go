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

// SequencerRegistrySequencer is an auto generated low-level Go binding around an user-defined struct.
type SequencerRegistrySequencer struct {
	Stake       *big.Int
	Beneficiary common.Address
	Registered  bool
	Paused      bool
	UnstakeAt   uint64
}

// SequencerRegistryMetaData contains all meta data concerning the SequencerRegistry contract.
var SequencerRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unstakeDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"AlreadyPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"EndpointTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"UnstakeNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"Unstaking\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"BeneficiarySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"EndpointSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"SequencerPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"SequencerRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"SequencerResumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ENDPOINT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"endpointOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"sequencerInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"unstakeAt\",\"type\":\"uint64\"}],\"internalType\":\"structSequencerRegistry.Sequencer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"setBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"setEndpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SequencerRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516112f83803806112f883398101604081905261002e916100e7565b338061005357604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61005c81610098565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001919091556001600160401b0316608052610121565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f8575f5ffd5b825160208401519092506001600160401b0381168114610116575f5ffd5b809150509250929050565b6080516111b86101405f395f818161014f0152610d2c01526111b85ff3fe608060405260043610610105575f3560e01c8063715018a6116100925780639f8a13d7116100625780639f8a13d714610388578063ba7df45e146103b7578063bc856b98146103cc578063f2fde38b146103eb578063fc63958e1461040a575f5ffd5b8063715018a61461031b5780638456cb591461032f5780638c80fd90146103435780638da5cb5b14610362575f5ffd5b80633ccfd60b116100d85780633ccfd60b146101b15780634420e486146101c55780634b893642146101d85780635a627dbc14610204578063646c715a1461020c575f5ffd5b8063046f7da2146101095780631c31f7101461011f5780633222012f1461013e578063375b3c0a1461018e575b5f5ffd5b348015610114575f5ffd5b5061011d61041e565b005b34801561012a575f5ffd5b5061011d610139366004610ef7565b6104d6565b348015610149575f5ffd5b506101717f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b348015610199575f5ffd5b506101a360015481565b604051908152602001610185565b3480156101bc575f5ffd5b5061011d610591565b61011d6101d3366004610ef7565b61078e565b3480156101e3575f5ffd5b506101f76101f2366004610ef7565b61088f565b6040516101859190610f1d565b61011d610938565b348015610217575f5ffd5b506102c8610226366004610ef7565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b039081165f90815260026020908152604091829020825160a0810184528154815260019091015493841691810191909152600160a01b830460ff908116151592820192909252600160a81b830490911615156060820152600160b01b9091046001600160401b0316608082015290565b6040516101859190815181526020808301516001600160a01b0316908201526040808301511515908201526060808301511515908201526080918201516001600160401b03169181019190915260a00190565b348015610326575f5ffd5b5061011d610a22565b34801561033a575f5ffd5b5061011d610a33565b34801561034e575f5ffd5b5061011d61035d366004610f52565b610aed565b34801561036d575f5ffd5b505f546040516001600160a01b039091168152602001610185565b348015610393575f5ffd5b506103a76103a2366004610ef7565b610b30565b6040519015158152602001610185565b3480156103c2575f5ffd5b506101a361010081565b3480156103d7575f5ffd5b5061011d6103e6366004610f69565b610ba2565b3480156103f6575f5ffd5b5061011d610405366004610ef7565b610c6c565b348015610415575f5ffd5b5061011d610ca9565b335f90815260026020526040902060010154600160a01b900460ff1661045e5760405163bfc6c33760e01b81523360048201526024015b60405180910390fd5b335f9081526002602052604090206001810154600160a81b900460ff1661049a576040516317b4fba560e31b8152336004820152602401610455565b60018101805460ff60a81b1916905560405133907fbc2c93afa5c28ceca7570fbd79c71635e1fa6648f14571fb9447be8bdafaa925905f90a250565b335f90815260026020526040902060010154600160a01b900460ff166105115760405163bfc6c33760e01b8152336004820152602401610455565b6001600160a01b0381166105385760405163d92e233d60e01b815260040160405180910390fd5b335f8181526002602052604080822060010180546001600160a01b0319166001600160a01b03861690811790915590519092917f2906d223dc4163733bb374af8641c7e9ae256e2bae53c90e0c9a2be2e611ae4491a350565b610599610dc1565b335f90815260026020526040902060010154600160a01b900460ff166105d45760405163bfc6c33760e01b8152336004820152602401610455565b335f90815260026020526040812060018101549091600160b01b9091046001600160401b03169081900361061d576040516309a59af960e31b8152336004820152602401610455565b806001600160401b031642101561065257604051637ddba8a760e11b81526001600160401b0382166004820152602401610455565b8154600180840154335f90815260026020908152604080832083815590940180546001600160f01b0319169055600390529182206001600160a01b039091169161069c9190610eac565b6040518281526001600160a01b0382169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35f816001600160a01b0316836040515f6040518083038185875af1925050503d805f8114610725576040519150601f19603f3d011682016040523d82523d5f602084013e61072a565b606091505b505090508061075e57604051630e21dcbb60e11b81526001600160a01b038316600482015260248101849052604401610455565b505050505061078c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b335f9081526002602052604090206001810154600160a01b900460ff16156107cb576040516345ed80e960e01b8152336004820152602401610455565b6001543410156107fb576001546040516322df051360e11b81523460048201526024810191909152604401610455565b6001600160a01b0382166108225760405163d92e233d60e01b815260040160405180910390fd5b600181018054348084556001600160a01b0385166001600160a81b03199092168217600160a01b17909255604051909133917fd113aee69e0286e2a06628377fac83e9581b2d982787efbae626646a4ba3c920916108839190815260200190565b60405180910390a35050565b6001600160a01b0381165f9081526003602052604090208054606091906108b590610fd5565b80601f01602080910402602001604051908101604052809291908181526020018280546108e190610fd5565b801561092c5780601f106109035761010080835404028352916020019161092c565b820191905f5260205f20905b81548152906001019060200180831161090f57829003601f168201915b50505050509050919050565b335f90815260026020526040902060010154600160a01b900460ff166109735760405163bfc6c33760e01b8152336004820152602401610455565b335f90815260026020526040902060010154600160b01b90046001600160401b0316156109b557604051632d0fcf6560e01b8152336004820152602401610455565b335f9081526002602052604081208054909134918391906109d7908490611021565b9091555050805460405133917f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244091610a1791348252602082015260400190565b60405180910390a250565b610a2a610def565b61078c5f610e1b565b335f90815260026020526040902060010154600160a01b900460ff16610a6e5760405163bfc6c33760e01b8152336004820152602401610455565b335f9081526002602052604090206001810154600160a81b900460ff1615610aab5760405163ac419b7760e01b8152336004820152602401610455565b60018101805460ff60a81b1916600160a81b17905560405133907f8ed7e171995ab5c7775fe3ed64188d8a0d55377f99b423cb7f12b1f7c497df01905f90a250565b610af5610def565b60018190556040518181527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a9060200160405180910390a150565b6001600160a01b0381165f9081526002602052604081206001810154600160a01b900460ff168015610b6e57506001810154600160a81b900460ff16155b8015610b8c57506001810154600160b01b90046001600160401b0316155b8015610b9b5750600154815410155b9392505050565b335f90815260026020526040902060010154600160a01b900460ff16610bdd5760405163bfc6c33760e01b8152336004820152602401610455565b610100811115610c0b5760405163859641b160e01b8152600481018290526101006024820152604401610455565b335f908152600360205260409020610c248284836110a4565b50336001600160a01b03167fc31401454866261672db6543ec1e141da6efa505a863f76c1adec10c9cf579188383604051610c6092919061115e565b60405180910390a25050565b610c74610def565b6001600160a01b038116610c9d57604051631e4fbdf760e01b81525f6004820152602401610455565b610ca681610e1b565b50565b335f90815260026020526040902060010154600160a01b900460ff16610ce45760405163bfc6c33760e01b8152336004820152602401610455565b335f90815260026020526040902060010154600160b01b90046001600160401b031615610d2657604051632d0fcf6560e01b8152336004820152602401610455565b5f610d517f00000000000000000000000000000000000000000000000000000000000000004261118c565b335f81815260026020908152604091829020600101805467ffffffffffffffff60b01b1916600160b01b6001600160401b03871690810291909117909155915191825292935090917f55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e2519101610a17565b610dc9610e6a565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f546001600160a01b0316331461078c5760405163118cdaa760e01b8152336004820152602401610455565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361078c57604051633ee5aeb560e01b815260040160405180910390fd5b508054610eb890610fd5565b5f825580601f10610ec7575050565b601f0160209004905f5260205f209061078c91905f5b80821115610ef2575f81840155600101610edd565b505050565b5f60208284031215610f07575f5ffd5b81356001600160a01b0381168114610b9b575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610f62575f5ffd5b5035919050565b5f5f60208385031215610f7a575f5ffd5b82356001600160401b03811115610f8f575f5ffd5b8301601f81018513610f9f575f5ffd5b80356001600160401b03811115610fb4575f5ffd5b856020828401011115610fc5575f5ffd5b6020919091019590945092505050565b600181811c90821680610fe957607f821691505b60208210810361100757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156110345761103461100d565b92915050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610ef25782821115610ef257805f5260205f20601f840160051c602085101561107957505f5b90810190601f840160051c035f5b8181101561109c575f83820155600101611087565b505050505050565b6001600160401b038311156110bb576110bb61103a565b6110cf836110c98354610fd5565b8361104e565b5f601f841160018114611100575f85156110e95750838201355b5f19600387901b1c1916600186901b178355611157565b5f83815260208120601f198716915b8281101561112f578685013582556020948501946001909201910161110f565b508682101561114b575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b6001600160401b0381811683821601908111156110345761103461100d56fea164736f6c6343000825000a",
}

// SequencerRegistry is an auto generated Go binding around an Ethereum contract.
type SequencerRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SequencerRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewSequencerRegistry creates a new instance of SequencerRegistry.
func NewSequencerRegistry() *SequencerRegistry {
	parsed, err := SequencerRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SequencerRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SequencerRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 unstakeDelay_) returns()
func (sequencerRegistry *SequencerRegistry) PackConstructor(minStake_ *big.Int, unstakeDelay_ uint64) []byte {
	enc, err := sequencerRegistry.abi.Pack("", minStake_, unstakeDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXENDPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7df45e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENDPOINT() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) PackMAXENDPOINT() []byte {
	enc, err := sequencerRegistry.abi.Pack("MAX_ENDPOINT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENDPOINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7df45e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENDPOINT() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) TryPackMAXENDPOINT() ([]byte, error) {
	return sequencerRegistry.abi.Pack("MAX_ENDPOINT")
}

// UnpackMAXENDPOINT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba7df45e.
//
// Solidity: function MAX_ENDPOINT() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) UnpackMAXENDPOINT(data []byte) (*big.Int, error) {
	out, err := sequencerRegistry.abi.Unpack("MAX_ENDPOINT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake() payable returns()
func (sequencerRegistry *SequencerRegistry) PackAddStake() []byte {
	enc, err := sequencerRegistry.abi.Pack("addStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake() payable returns()
func (sequencerRegistry *SequencerRegistry) TryPackAddStake() ([]byte, error) {
	return sequencerRegistry.abi.Pack("addStake")
}

// PackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endpointOf(address account) view returns(string)
func (sequencerRegistry *SequencerRegistry) PackEndpointOf(account common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("endpointOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endpointOf(address account) view returns(string)
func (sequencerRegistry *SequencerRegistry) TryPackEndpointOf(account common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("endpointOf", account)
}

// UnpackEndpointOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b893642.
//
// Solidity: function endpointOf(address account) view returns(string)
func (sequencerRegistry *SequencerRegistry) UnpackEndpointOf(data []byte) (string, error) {
	out, err := sequencerRegistry.abi.Unpack("endpointOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address sequencer) view returns(bool)
func (sequencerRegistry *SequencerRegistry) PackIsActive(sequencer common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("isActive", sequencer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address sequencer) view returns(bool)
func (sequencerRegistry *SequencerRegistry) TryPackIsActive(sequencer common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("isActive", sequencer)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address sequencer) view returns(bool)
func (sequencerRegistry *SequencerRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := sequencerRegistry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) PackMinStake() []byte {
	enc, err := sequencerRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) TryPackMinStake() ([]byte, error) {
	return sequencerRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (sequencerRegistry *SequencerRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := sequencerRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (sequencerRegistry *SequencerRegistry) PackOwner() []byte {
	enc, err := sequencerRegistry.abi.Pack("owner")
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
func (sequencerRegistry *SequencerRegistry) TryPackOwner() ([]byte, error) {
	return sequencerRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (sequencerRegistry *SequencerRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := sequencerRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (sequencerRegistry *SequencerRegistry) PackPause() []byte {
	enc, err := sequencerRegistry.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (sequencerRegistry *SequencerRegistry) TryPackPause() ([]byte, error) {
	return sequencerRegistry.abi.Pack("pause")
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4420e486.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address beneficiary) payable returns()
func (sequencerRegistry *SequencerRegistry) PackRegister(beneficiary common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("register", beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4420e486.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address beneficiary) payable returns()
func (sequencerRegistry *SequencerRegistry) TryPackRegister(beneficiary common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("register", beneficiary)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (sequencerRegistry *SequencerRegistry) PackRenounceOwnership() []byte {
	enc, err := sequencerRegistry.abi.Pack("renounceOwnership")
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
func (sequencerRegistry *SequencerRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return sequencerRegistry.abi.Pack("renounceOwnership")
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc63958e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake() returns()
func (sequencerRegistry *SequencerRegistry) PackRequestUnstake() []byte {
	enc, err := sequencerRegistry.abi.Pack("requestUnstake")
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
func (sequencerRegistry *SequencerRegistry) TryPackRequestUnstake() ([]byte, error) {
	return sequencerRegistry.abi.Pack("requestUnstake")
}

// PackResume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x046f7da2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resume() returns()
func (sequencerRegistry *SequencerRegistry) PackResume() []byte {
	enc, err := sequencerRegistry.abi.Pack("resume")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x046f7da2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resume() returns()
func (sequencerRegistry *SequencerRegistry) TryPackResume() ([]byte, error) {
	return sequencerRegistry.abi.Pack("resume")
}

// PackSequencerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x646c715a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (sequencerRegistry *SequencerRegistry) PackSequencerInfo(account common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("sequencerInfo", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x646c715a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (sequencerRegistry *SequencerRegistry) TryPackSequencerInfo(account common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("sequencerInfo", account)
}

// UnpackSequencerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x646c715a.
//
// Solidity: function sequencerInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (sequencerRegistry *SequencerRegistry) UnpackSequencerInfo(data []byte) (SequencerRegistrySequencer, error) {
	out, err := sequencerRegistry.abi.Unpack("sequencerInfo", data)
	if err != nil {
		return *new(SequencerRegistrySequencer), err
	}
	out0 := *abi.ConvertType(out[0], new(SequencerRegistrySequencer)).(*SequencerRegistrySequencer)
	return out0, nil
}

// PackSetBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c31f710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBeneficiary(address beneficiary) returns()
func (sequencerRegistry *SequencerRegistry) PackSetBeneficiary(beneficiary common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("setBeneficiary", beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c31f710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBeneficiary(address beneficiary) returns()
func (sequencerRegistry *SequencerRegistry) TryPackSetBeneficiary(beneficiary common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("setBeneficiary", beneficiary)
}

// PackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc856b98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEndpoint(string endpoint) returns()
func (sequencerRegistry *SequencerRegistry) PackSetEndpoint(endpoint string) []byte {
	enc, err := sequencerRegistry.abi.Pack("setEndpoint", endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc856b98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEndpoint(string endpoint) returns()
func (sequencerRegistry *SequencerRegistry) TryPackSetEndpoint(endpoint string) ([]byte, error) {
	return sequencerRegistry.abi.Pack("setEndpoint", endpoint)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint256 minStake_) returns()
func (sequencerRegistry *SequencerRegistry) PackSetMinStake(minStake *big.Int) []byte {
	enc, err := sequencerRegistry.abi.Pack("setMinStake", minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint256 minStake_) returns()
func (sequencerRegistry *SequencerRegistry) TryPackSetMinStake(minStake *big.Int) ([]byte, error) {
	return sequencerRegistry.abi.Pack("setMinStake", minStake)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (sequencerRegistry *SequencerRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := sequencerRegistry.abi.Pack("transferOwnership", newOwner)
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
func (sequencerRegistry *SequencerRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return sequencerRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnstakeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3222012f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (sequencerRegistry *SequencerRegistry) PackUnstakeDelay() []byte {
	enc, err := sequencerRegistry.abi.Pack("unstakeDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstakeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3222012f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (sequencerRegistry *SequencerRegistry) TryPackUnstakeDelay() ([]byte, error) {
	return sequencerRegistry.abi.Pack("unstakeDelay")
}

// UnpackUnstakeDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (sequencerRegistry *SequencerRegistry) UnpackUnstakeDelay(data []byte) (uint64, error) {
	out, err := sequencerRegistry.abi.Unpack("unstakeDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (sequencerRegistry *SequencerRegistry) PackWithdraw() []byte {
	enc, err := sequencerRegistry.abi.Pack("withdraw")
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
func (sequencerRegistry *SequencerRegistry) TryPackWithdraw() ([]byte, error) {
	return sequencerRegistry.abi.Pack("withdraw")
}

// SequencerRegistryBeneficiarySet represents a BeneficiarySet event raised by the SequencerRegistry contract.
type SequencerRegistryBeneficiarySet struct {
	Sequencer   common.Address
	Beneficiary common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryBeneficiarySetEventName = "BeneficiarySet"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryBeneficiarySet) ContractEventName() string {
	return SequencerRegistryBeneficiarySetEventName
}

// UnpackBeneficiarySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeneficiarySet(address indexed sequencer, address indexed beneficiary)
func (sequencerRegistry *SequencerRegistry) UnpackBeneficiarySetEvent(log *types.Log) (*SequencerRegistryBeneficiarySet, error) {
	event := "BeneficiarySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryBeneficiarySet)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryEndpointSet represents a EndpointSet event raised by the SequencerRegistry contract.
type SequencerRegistryEndpointSet struct {
	Sequencer common.Address
	Endpoint  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryEndpointSetEventName = "EndpointSet"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryEndpointSet) ContractEventName() string {
	return SequencerRegistryEndpointSetEventName
}

// UnpackEndpointSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EndpointSet(address indexed sequencer, string endpoint)
func (sequencerRegistry *SequencerRegistry) UnpackEndpointSetEvent(log *types.Log) (*SequencerRegistryEndpointSet, error) {
	event := "EndpointSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryEndpointSet)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryMinStakeSet represents a MinStakeSet event raised by the SequencerRegistry contract.
type SequencerRegistryMinStakeSet struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryMinStakeSetEventName = "MinStakeSet"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryMinStakeSet) ContractEventName() string {
	return SequencerRegistryMinStakeSetEventName
}

// UnpackMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSet(uint256 minStake)
func (sequencerRegistry *SequencerRegistry) UnpackMinStakeSetEvent(log *types.Log) (*SequencerRegistryMinStakeSet, error) {
	event := "MinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryMinStakeSet)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the SequencerRegistry contract.
type SequencerRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryOwnershipTransferred) ContractEventName() string {
	return SequencerRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (sequencerRegistry *SequencerRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*SequencerRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistrySequencerPaused represents a SequencerPaused event raised by the SequencerRegistry contract.
type SequencerRegistrySequencerPaused struct {
	Sequencer common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerRegistrySequencerPausedEventName = "SequencerPaused"

// ContractEventName returns the user-defined event name.
func (SequencerRegistrySequencerPaused) ContractEventName() string {
	return SequencerRegistrySequencerPausedEventName
}

// UnpackSequencerPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SequencerPaused(address indexed sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackSequencerPausedEvent(log *types.Log) (*SequencerRegistrySequencerPaused, error) {
	event := "SequencerPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistrySequencerPaused)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistrySequencerRegistered represents a SequencerRegistered event raised by the SequencerRegistry contract.
type SequencerRegistrySequencerRegistered struct {
	Sequencer   common.Address
	Beneficiary common.Address
	Stake       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SequencerRegistrySequencerRegisteredEventName = "SequencerRegistered"

// ContractEventName returns the user-defined event name.
func (SequencerRegistrySequencerRegistered) ContractEventName() string {
	return SequencerRegistrySequencerRegisteredEventName
}

// UnpackSequencerRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SequencerRegistered(address indexed sequencer, address indexed beneficiary, uint256 stake)
func (sequencerRegistry *SequencerRegistry) UnpackSequencerRegisteredEvent(log *types.Log) (*SequencerRegistrySequencerRegistered, error) {
	event := "SequencerRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistrySequencerRegistered)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistrySequencerResumed represents a SequencerResumed event raised by the SequencerRegistry contract.
type SequencerRegistrySequencerResumed struct {
	Sequencer common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerRegistrySequencerResumedEventName = "SequencerResumed"

// ContractEventName returns the user-defined event name.
func (SequencerRegistrySequencerResumed) ContractEventName() string {
	return SequencerRegistrySequencerResumedEventName
}

// UnpackSequencerResumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SequencerResumed(address indexed sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackSequencerResumedEvent(log *types.Log) (*SequencerRegistrySequencerResumed, error) {
	event := "SequencerResumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistrySequencerResumed)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryStakeAdded represents a StakeAdded event raised by the SequencerRegistry contract.
type SequencerRegistryStakeAdded struct {
	Sequencer common.Address
	Amount    *big.Int
	Stake     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryStakeAdded) ContractEventName() string {
	return SequencerRegistryStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed sequencer, uint256 amount, uint256 stake)
func (sequencerRegistry *SequencerRegistry) UnpackStakeAddedEvent(log *types.Log) (*SequencerRegistryStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryStakeAdded)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryUnstakeRequested represents a UnstakeRequested event raised by the SequencerRegistry contract.
type SequencerRegistryUnstakeRequested struct {
	Sequencer      common.Address
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryUnstakeRequested) ContractEventName() string {
	return SequencerRegistryUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed sequencer, uint64 withdrawableAt)
func (sequencerRegistry *SequencerRegistry) UnpackUnstakeRequestedEvent(log *types.Log) (*SequencerRegistryUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryUnstakeRequested)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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

// SequencerRegistryWithdrawn represents a Withdrawn event raised by the SequencerRegistry contract.
type SequencerRegistryWithdrawn struct {
	Sequencer   common.Address
	Beneficiary common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SequencerRegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SequencerRegistryWithdrawn) ContractEventName() string {
	return SequencerRegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed sequencer, address indexed beneficiary, uint256 amount)
func (sequencerRegistry *SequencerRegistry) UnpackWithdrawnEvent(log *types.Log) (*SequencerRegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerRegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := sequencerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerRegistry.abi.Events[event].Inputs {
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
func (sequencerRegistry *SequencerRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["AlreadyPaused"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackAlreadyPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["EndpointTooLong"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackEndpointTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["NotPaused"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackNotPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["UnstakeNotReady"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackUnstakeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["UnstakeNotRequested"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackUnstakeNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["Unstaking"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackUnstakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return sequencerRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SequencerRegistryAlreadyPaused represents a AlreadyPaused error raised by the SequencerRegistry contract.
type SequencerRegistryAlreadyPaused struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPaused(address sequencer)
func SequencerRegistryAlreadyPausedErrorID() common.Hash {
	return common.HexToHash("0xac419b77a4b5577f89a1eaa4c2f318190f555a4e6646d3e5f7794566ac61d5d4")
}

// UnpackAlreadyPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPaused(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackAlreadyPausedError(raw []byte) (*SequencerRegistryAlreadyPaused, error) {
	out := new(SequencerRegistryAlreadyPaused)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "AlreadyPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the SequencerRegistry contract.
type SequencerRegistryAlreadyRegistered struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address sequencer)
func SequencerRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackAlreadyRegisteredError(raw []byte) (*SequencerRegistryAlreadyRegistered, error) {
	out := new(SequencerRegistryAlreadyRegistered)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryEndpointTooLong represents a EndpointTooLong error raised by the SequencerRegistry contract.
type SequencerRegistryEndpointTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func SequencerRegistryEndpointTooLongErrorID() common.Hash {
	return common.HexToHash("0x859641b17750b75a6dc82e2ca2a056c168945d6c155683de9020f42273710fb9")
}

// UnpackEndpointTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func (sequencerRegistry *SequencerRegistry) UnpackEndpointTooLongError(raw []byte) (*SequencerRegistryEndpointTooLong, error) {
	out := new(SequencerRegistryEndpointTooLong)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "EndpointTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryInsufficientStake represents a InsufficientStake error raised by the SequencerRegistry contract.
type SequencerRegistryInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func SequencerRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (sequencerRegistry *SequencerRegistry) UnpackInsufficientStakeError(raw []byte) (*SequencerRegistryInsufficientStake, error) {
	out := new(SequencerRegistryInsufficientStake)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryNotPaused represents a NotPaused error raised by the SequencerRegistry contract.
type SequencerRegistryNotPaused struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPaused(address sequencer)
func SequencerRegistryNotPausedErrorID() common.Hash {
	return common.HexToHash("0xbda7dd286d58dc71f03507ae9ce66e77394800a9800420cf497a1a64b1e10b15")
}

// UnpackNotPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPaused(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackNotPausedError(raw []byte) (*SequencerRegistryNotPaused, error) {
	out := new(SequencerRegistryNotPaused)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "NotPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryNotRegistered represents a NotRegistered error raised by the SequencerRegistry contract.
type SequencerRegistryNotRegistered struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address sequencer)
func SequencerRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackNotRegisteredError(raw []byte) (*SequencerRegistryNotRegistered, error) {
	out := new(SequencerRegistryNotRegistered)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SequencerRegistry contract.
type SequencerRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SequencerRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (sequencerRegistry *SequencerRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*SequencerRegistryOwnableInvalidOwner, error) {
	out := new(SequencerRegistryOwnableInvalidOwner)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SequencerRegistry contract.
type SequencerRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SequencerRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (sequencerRegistry *SequencerRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SequencerRegistryOwnableUnauthorizedAccount, error) {
	out := new(SequencerRegistryOwnableUnauthorizedAccount)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the SequencerRegistry contract.
type SequencerRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SequencerRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (sequencerRegistry *SequencerRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SequencerRegistryReentrancyGuardReentrantCall, error) {
	out := new(SequencerRegistryReentrancyGuardReentrantCall)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryTransferFailed represents a TransferFailed error raised by the SequencerRegistry contract.
type SequencerRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func SequencerRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (sequencerRegistry *SequencerRegistry) UnpackTransferFailedError(raw []byte) (*SequencerRegistryTransferFailed, error) {
	out := new(SequencerRegistryTransferFailed)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryUnstakeNotReady represents a UnstakeNotReady error raised by the SequencerRegistry contract.
type SequencerRegistryUnstakeNotReady struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeNotReady(uint64 withdrawableAt)
func SequencerRegistryUnstakeNotReadyErrorID() common.Hash {
	return common.HexToHash("0xfbb7514e261bdbd2fe576b14c61a24410642601877c1054eeb3b2aef0eab4df6")
}

// UnpackUnstakeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeNotReady(uint64 withdrawableAt)
func (sequencerRegistry *SequencerRegistry) UnpackUnstakeNotReadyError(raw []byte) (*SequencerRegistryUnstakeNotReady, error) {
	out := new(SequencerRegistryUnstakeNotReady)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "UnstakeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryUnstakeNotRequested represents a UnstakeNotRequested error raised by the SequencerRegistry contract.
type SequencerRegistryUnstakeNotRequested struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeNotRequested(address sequencer)
func SequencerRegistryUnstakeNotRequestedErrorID() common.Hash {
	return common.HexToHash("0x4d2cd7c8c90c6923f51b146e664338f0443ec059d8c9e6e63a56bdfc88402272")
}

// UnpackUnstakeNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeNotRequested(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackUnstakeNotRequestedError(raw []byte) (*SequencerRegistryUnstakeNotRequested, error) {
	out := new(SequencerRegistryUnstakeNotRequested)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "UnstakeNotRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryUnstaking represents a Unstaking error raised by the SequencerRegistry contract.
type SequencerRegistryUnstaking struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unstaking(address sequencer)
func SequencerRegistryUnstakingErrorID() common.Hash {
	return common.HexToHash("0x2d0fcf65c4efc8987a37f1b54916308067865ece55bf53a7c529ebcd2d0d835d")
}

// UnpackUnstakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unstaking(address sequencer)
func (sequencerRegistry *SequencerRegistry) UnpackUnstakingError(raw []byte) (*SequencerRegistryUnstaking, error) {
	out := new(SequencerRegistryUnstaking)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "Unstaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerRegistryZeroAddress represents a ZeroAddress error raised by the SequencerRegistry contract.
type SequencerRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SequencerRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (sequencerRegistry *SequencerRegistry) UnpackZeroAddressError(raw []byte) (*SequencerRegistryZeroAddress, error) {
	out := new(SequencerRegistryZeroAddress)
	if err := sequencerRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
