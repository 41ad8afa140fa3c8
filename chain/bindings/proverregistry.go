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

// ProverRegistryProver is an auto generated low-level Go binding around an user-defined struct.
type ProverRegistryProver struct {
	Stake       *big.Int
	Beneficiary common.Address
	Registered  bool
	Paused      bool
	UnstakeAt   uint64
}

// ProverRegistryMetaData contains all meta data concerning the ProverRegistry contract.
var ProverRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unstakeDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"AlreadyPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRuntimes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"UnstakeNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"Unstaking\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"BeneficiarySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"runtimes\",\"type\":\"bytes32[]\"}],\"name\":\"ProverRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ProverResumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"runtimes\",\"type\":\"bytes32[]\"}],\"name\":\"RuntimesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_RUNTIMES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"}],\"name\":\"eligibility\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"supported\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"proverInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"unstakeAt\",\"type\":\"uint64\"}],\"internalType\":\"structProverRegistry.Prover\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"runtimes\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"runtimesOf\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"setBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"runtimes\",\"type\":\"bytes32[]\"}],\"name\":\"setRuntimes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"}],\"name\":\"supportsRuntime\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProverRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516114ce3803806114ce83398101604081905261002e916100e7565b338061005357604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61005c81610098565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001919091556001600160401b0316608052610121565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f604083850312156100f8575f5ffd5b825160208401519092506001600160401b0381168114610116575f5ffd5b809150509250929050565b60805161138e6101405f395f818161018c0152610e93015261138e5ff3fe60806040526004361061011b575f3560e01c80638456cb591161009d578063df7ddef411610062578063df7ddef4146102fb578063ec306d111461040a578063f2fde38b14610429578063f7a528d014610448578063fc63958e14610474575f5ffd5b80638456cb591461024d5780638c80fd90146102615780638da5cb5b146102805780639f8a13d7146102a6578063ad054ce4146102c5575f5ffd5b80633ccfd60b116100e35780633ccfd60b146101db5780635a627dbc146101ef578063715018a6146101f757806381f592461461020b57806382f458c81461023a575f5ffd5b8063046f7da21461011f5780631068d5eb146101355780631c31f7101461015c5780633222012f1461017b578063375b3c0a146101c6575b5f5ffd5b34801561012a575f5ffd5b50610133610488565b005b348015610140575f5ffd5b50610149602081565b6040519081526020015b60405180910390f35b348015610167575f5ffd5b50610133610176366004611153565b610540565b348015610186575f5ffd5b506101ae7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610153565b3480156101d1575f5ffd5b5061014960015481565b3480156101e6575f5ffd5b506101336105fb565b61013361086b565b348015610202575f5ffd5b50610133610955565b348015610216575f5ffd5b5061022a61022536600461116c565b610966565b6040519015158152602001610153565b6101336102483660046111d4565b610993565b348015610258575f5ffd5b50610133610aaf565b34801561026c575f5ffd5b5061013361027b366004611223565b610b69565b34801561028b575f5ffd5b505f546040516001600160a01b039091168152602001610153565b3480156102b1575f5ffd5b5061022a6102c0366004611153565b610bac565b3480156102d0575f5ffd5b506102e46102df36600461116c565b610c1e565b604080519215158352901515602083015201610153565b348015610306575f5ffd5b506103b7610315366004611153565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b039081165f90815260026020908152604091829020825160a0810184528154815260019091015493841691810191909152600160a01b830460ff908116151592820192909252600160a81b830490911615156060820152600160b01b9091046001600160401b0316608082015290565b6040516101539190815181526020808301516001600160a01b0316908201526040808301511515908201526060808301511515908201526080918201516001600160401b03169181019190915260a00190565b348015610415575f5ffd5b5061013361042436600461123a565b610c5c565b348015610434575f5ffd5b50610133610443366004611153565b610d6a565b348015610453575f5ffd5b50610467610462366004611153565b610da7565b6040516101539190611278565b34801561047f575f5ffd5b50610133610e10565b335f90815260026020526040902060010154600160a01b900460ff166104c85760405163bfc6c33760e01b81523360048201526024015b60405180910390fd5b335f9081526002602052604090206001810154600160a81b900460ff16610504576040516317b4fba560e31b81523360048201526024016104bf565b60018101805460ff60a81b1916905560405133907ffedc704ee832701f3256eda12d9b4abb087fbbdf584108e7aef66b6e07abdaab905f90a250565b335f90815260026020526040902060010154600160a01b900460ff1661057b5760405163bfc6c33760e01b81523360048201526024016104bf565b6001600160a01b0381166105a25760405163d92e233d60e01b815260040160405180910390fd5b335f8181526002602052604080822060010180546001600160a01b0319166001600160a01b03861690811790915590519092917f2906d223dc4163733bb374af8641c7e9ae256e2bae53c90e0c9a2be2e611ae4491a350565b610603610f28565b335f90815260026020526040902060010154600160a01b900460ff1661063e5760405163bfc6c33760e01b81523360048201526024016104bf565b335f90815260026020526040812060018101549091600160b01b9091046001600160401b031690819003610687576040516309a59af960e31b81523360048201526024016104bf565b806001600160401b03164210156106bc57604051637ddba8a760e11b81526001600160401b03821660048201526024016104bf565b81546001830154335f9081526003602052604081206001600160a01b0390921691905b815481101561073757335f908152600460205260408120835490919084908490811061070d5761070d6112ba565b5f91825260208083209091015483528201929092526040019020805460ff191690556001016106df565b50335f90815260036020526040812061074f91611109565b335f81815260026020526040808220918255600190910180546001600160f01b0319169055516001600160a01b03841691907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb906107b09087815260200190565b60405180910390a35f826001600160a01b0316846040515f6040518083038185875af1925050503d805f8114610801576040519150601f19603f3d011682016040523d82523d5f602084013e610806565b606091505b505090508061083a57604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018590526044016104bf565b50505050505061086960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b565b335f90815260026020526040902060010154600160a01b900460ff166108a65760405163bfc6c33760e01b81523360048201526024016104bf565b335f90815260026020526040902060010154600160b01b90046001600160401b0316156108e857604051632d0fcf6560e01b81523360048201526024016104bf565b335f90815260026020526040812080549091349183919061090a9084906112e2565b9091555050805460405133917f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d434124409161094a91348252602082015260400190565b60405180910390a250565b61095d610f56565b6108695f610f82565b6001600160a01b0382165f90815260046020908152604080832084845290915290205460ff165b92915050565b335f9081526002602052604090206001810154600160a01b900460ff16156109d0576040516345ed80e960e01b81523360048201526024016104bf565b600154341015610a00576001546040516322df051360e11b815234600482015260248101919091526044016104bf565b6001600160a01b038216610a275760405163d92e233d60e01b815260040160405180910390fd5b6001810180543483556001600160a01b0384166001600160a81b031990911617600160a01b179055610a5a338585610fd1565b816001600160a01b0316336001600160a01b03167fdd88a43c9b9c93df9043db0a68d2abd69b8df239a956b8f704bc6909e5dacde6348787604051610aa193929190611325565b60405180910390a350505050565b335f90815260026020526040902060010154600160a01b900460ff16610aea5760405163bfc6c33760e01b81523360048201526024016104bf565b335f9081526002602052604090206001810154600160a81b900460ff1615610b275760405163ac419b7760e01b81523360048201526024016104bf565b60018101805460ff60a81b1916600160a81b17905560405133907fb60833f9b39cb3f4532bc36a284e3a48f4f2ff9c4a057a295568315811c3daff905f90a250565b610b71610f56565b60018190556040518181527fa70bd512f7108f78a924d05836f49963c6d8583e3d39f5b6412eb5be70e8432a9060200160405180910390a150565b6001600160a01b0381165f9081526002602052604081206001810154600160a01b900460ff168015610bea57506001810154600160a81b900460ff16155b8015610c0857506001810154600160b01b90046001600160401b0316155b8015610c175750600154815410155b9392505050565b5f5f610c2984610bac565b6001600160a01b0385165f90815260046020908152604080832087845290915290205490925060ff1690505b9250929050565b335f90815260026020526040902060010154600160a01b900460ff16610c975760405163bfc6c33760e01b81523360048201526024016104bf565b335f908152600360205260408120905b8154811015610cff57335f9081526004602052604081208354909190849084908110610cd557610cd56112ba565b5f91825260208083209091015483528201929092526040019020805460ff19169055600101610ca7565b50335f908152600360205260408120610d1791611109565b610d22338484610fd1565b336001600160a01b03167f0f1ceb90ae78f1672473f2c0b86e78357c306ef5183809f05925775eed62da2c8484604051610d5d929190611347565b60405180910390a2505050565b610d72610f56565b6001600160a01b038116610d9b57604051631e4fbdf760e01b81525f60048201526024016104bf565b610da481610f82565b50565b6001600160a01b0381165f90815260036020908152604091829020805483518184028101840190945280845260609392830182828015610e0457602002820191905f5260205f20905b815481526020019060010190808311610df0575b50505050509050919050565b335f90815260026020526040902060010154600160a01b900460ff16610e4b5760405163bfc6c33760e01b81523360048201526024016104bf565b335f90815260026020526040902060010154600160b01b90046001600160401b031615610e8d57604051632d0fcf6560e01b81523360048201526024016104bf565b5f610eb87f000000000000000000000000000000000000000000000000000000000000000042611362565b335f81815260026020908152604091829020600101805467ffffffffffffffff60b01b1916600160b01b6001600160401b03871690810291909117909155915191825292935090917f55967058ada2e84c293d7ec1d74e184d71f4dbe816e7be7a00e254be2376e251910161094a565b610f306110c7565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f546001600160a01b031633146108695760405163118cdaa760e01b81523360048201526024016104bf565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b801580610fde5750602081115b15610ffc57604051630b27165d60e31b815260040160405180910390fd5b5f5b818110156110c1575f838383818110611019576110196112ba565b602002919091013591505080158061105357506001600160a01b0385165f90815260046020908152604080832084845290915290205460ff165b1561107157604051630b27165d60e31b815260040160405180910390fd5b6001600160a01b0385165f8181526004602090815260408083208584528252808320805460ff19166001908117909155938352600382528220805480850182559083529120019190915501610ffe565b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361086957604051633ee5aeb560e01b815260040160405180910390fd5b5080545f8255905f5260205f209061086991905f5b80821115611133575f8184015560010161111e565b505050565b80356001600160a01b038116811461114e575f5ffd5b919050565b5f60208284031215611163575f5ffd5b610c1782611138565b5f5f6040838503121561117d575f5ffd5b61118683611138565b946020939093013593505050565b5f5f83601f8401126111a4575f5ffd5b5081356001600160401b038111156111ba575f5ffd5b6020830191508360208260051b8501011115610c55575f5ffd5b5f5f5f604084860312156111e6575f5ffd5b83356001600160401b038111156111fb575f5ffd5b61120786828701611194565b909450925061121a905060208501611138565b90509250925092565b5f60208284031215611233575f5ffd5b5035919050565b5f5f6020838503121561124b575f5ffd5b82356001600160401b03811115611260575f5ffd5b61126c85828601611194565b90969095509350505050565b602080825282518282018190525f918401906040840190835b818110156112af578351835260209384019390920191600101611291565b509095945050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561098d5761098d6112ce565b8183525f6001600160fb1b0383111561130c575f5ffd5b8260051b80836020870137939093016020019392505050565b838152604060208201525f61133e6040830184866112f5565b95945050505050565b602081525f61135a6020830184866112f5565b949350505050565b6001600160401b03818116838216019081111561098d5761098d6112ce56fea164736f6c6343000825000a",
}

// ProverRegistry is an auto generated Go binding around an Ethereum contract.
type ProverRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProverRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewProverRegistry creates a new instance of ProverRegistry.
func NewProverRegistry() *ProverRegistry {
	parsed, err := ProverRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProverRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProverRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 unstakeDelay_) returns()
func (proverRegistry *ProverRegistry) PackConstructor(minStake_ *big.Int, unstakeDelay_ uint64) []byte {
	enc, err := proverRegistry.abi.Pack("", minStake_, unstakeDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXRUNTIMES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1068d5eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RUNTIMES() view returns(uint256)
func (proverRegistry *ProverRegistry) PackMAXRUNTIMES() []byte {
	enc, err := proverRegistry.abi.Pack("MAX_RUNTIMES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRUNTIMES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1068d5eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RUNTIMES() view returns(uint256)
func (proverRegistry *ProverRegistry) TryPackMAXRUNTIMES() ([]byte, error) {
	return proverRegistry.abi.Pack("MAX_RUNTIMES")
}

// UnpackMAXRUNTIMES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1068d5eb.
//
// Solidity: function MAX_RUNTIMES() view returns(uint256)
func (proverRegistry *ProverRegistry) UnpackMAXRUNTIMES(data []byte) (*big.Int, error) {
	out, err := proverRegistry.abi.Unpack("MAX_RUNTIMES", data)
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
func (proverRegistry *ProverRegistry) PackAddStake() []byte {
	enc, err := proverRegistry.abi.Pack("addStake")
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
func (proverRegistry *ProverRegistry) TryPackAddStake() ([]byte, error) {
	return proverRegistry.abi.Pack("addStake")
}

// PackEligibility is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad054ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eligibility(address prover, bytes32 runtime) view returns(bool active, bool supported)
func (proverRegistry *ProverRegistry) PackEligibility(prover common.Address, runtime [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("eligibility", prover, runtime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEligibility is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad054ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eligibility(address prover, bytes32 runtime) view returns(bool active, bool supported)
func (proverRegistry *ProverRegistry) TryPackEligibility(prover common.Address, runtime [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("eligibility", prover, runtime)
}

// EligibilityOutput serves as a container for the return parameters of contract
// method Eligibility.
type EligibilityOutput struct {
	Active    bool
	Supported bool
}

// UnpackEligibility is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad054ce4.
//
// Solidity: function eligibility(address prover, bytes32 runtime) view returns(bool active, bool supported)
func (proverRegistry *ProverRegistry) UnpackEligibility(data []byte) (EligibilityOutput, error) {
	out, err := proverRegistry.abi.Unpack("eligibility", data)
	outstruct := new(EligibilityOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Active = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Supported = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address prover) view returns(bool)
func (proverRegistry *ProverRegistry) PackIsActive(prover common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("isActive", prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address prover) view returns(bool)
func (proverRegistry *ProverRegistry) TryPackIsActive(prover common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("isActive", prover)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address prover) view returns(bool)
func (proverRegistry *ProverRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := proverRegistry.abi.Unpack("isActive", data)
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
func (proverRegistry *ProverRegistry) PackMinStake() []byte {
	enc, err := proverRegistry.abi.Pack("minStake")
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
func (proverRegistry *ProverRegistry) TryPackMinStake() ([]byte, error) {
	return proverRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (proverRegistry *ProverRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := proverRegistry.abi.Unpack("minStake", data)
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
func (proverRegistry *ProverRegistry) PackOwner() []byte {
	enc, err := proverRegistry.abi.Pack("owner")
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
func (proverRegistry *ProverRegistry) TryPackOwner() ([]byte, error) {
	return proverRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (proverRegistry *ProverRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := proverRegistry.abi.Unpack("owner", data)
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
func (proverRegistry *ProverRegistry) PackPause() []byte {
	enc, err := proverRegistry.abi.Pack("pause")
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
func (proverRegistry *ProverRegistry) TryPackPause() ([]byte, error) {
	return proverRegistry.abi.Pack("pause")
}

// PackProverInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf7ddef4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proverInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (proverRegistry *ProverRegistry) PackProverInfo(account common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("proverInfo", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProverInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf7ddef4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proverInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (proverRegistry *ProverRegistry) TryPackProverInfo(account common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("proverInfo", account)
}

// UnpackProverInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf7ddef4.
//
// Solidity: function proverInfo(address account) view returns((uint256,address,bool,bool,uint64))
func (proverRegistry *ProverRegistry) UnpackProverInfo(data []byte) (ProverRegistryProver, error) {
	out, err := proverRegistry.abi.Unpack("proverInfo", data)
	if err != nil {
		return *new(ProverRegistryProver), err
	}
	out0 := *abi.ConvertType(out[0], new(ProverRegistryProver)).(*ProverRegistryProver)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f458c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32[] runtimes, address beneficiary) payable returns()
func (proverRegistry *ProverRegistry) PackRegister(runtimes [][32]byte, beneficiary common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("register", runtimes, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82f458c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32[] runtimes, address beneficiary) payable returns()
func (proverRegistry *ProverRegistry) TryPackRegister(runtimes [][32]byte, beneficiary common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("register", runtimes, beneficiary)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (proverRegistry *ProverRegistry) PackRenounceOwnership() []byte {
	enc, err := proverRegistry.abi.Pack("renounceOwnership")
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
func (proverRegistry *ProverRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return proverRegistry.abi.Pack("renounceOwnership")
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc63958e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake() returns()
func (proverRegistry *ProverRegistry) PackRequestUnstake() []byte {
	enc, err := proverRegistry.abi.Pack("requestUnstake")
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
func (proverRegistry *ProverRegistry) TryPackRequestUnstake() ([]byte, error) {
	return proverRegistry.abi.Pack("requestUnstake")
}

// PackResume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x046f7da2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resume() returns()
func (proverRegistry *ProverRegistry) PackResume() []byte {
	enc, err := proverRegistry.abi.Pack("resume")
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
func (proverRegistry *ProverRegistry) TryPackResume() ([]byte, error) {
	return proverRegistry.abi.Pack("resume")
}

// PackRuntimesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a528d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runtimesOf(address account) view returns(bytes32[])
func (proverRegistry *ProverRegistry) PackRuntimesOf(account common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("runtimesOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRuntimesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a528d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runtimesOf(address account) view returns(bytes32[])
func (proverRegistry *ProverRegistry) TryPackRuntimesOf(account common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("runtimesOf", account)
}

// UnpackRuntimesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7a528d0.
//
// Solidity: function runtimesOf(address account) view returns(bytes32[])
func (proverRegistry *ProverRegistry) UnpackRuntimesOf(data []byte) ([][32]byte, error) {
	out, err := proverRegistry.abi.Unpack("runtimesOf", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackSetBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c31f710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBeneficiary(address beneficiary) returns()
func (proverRegistry *ProverRegistry) PackSetBeneficiary(beneficiary common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("setBeneficiary", beneficiary)
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
func (proverRegistry *ProverRegistry) TryPackSetBeneficiary(beneficiary common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("setBeneficiary", beneficiary)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint256 minStake_) returns()
func (proverRegistry *ProverRegistry) PackSetMinStake(minStake *big.Int) []byte {
	enc, err := proverRegistry.abi.Pack("setMinStake", minStake)
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
func (proverRegistry *ProverRegistry) TryPackSetMinStake(minStake *big.Int) ([]byte, error) {
	return proverRegistry.abi.Pack("setMinStake", minStake)
}

// PackSetRuntimes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec306d11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRuntimes(bytes32[] runtimes) returns()
func (proverRegistry *ProverRegistry) PackSetRuntimes(runtimes [][32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("setRuntimes", runtimes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRuntimes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec306d11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRuntimes(bytes32[] runtimes) returns()
func (proverRegistry *ProverRegistry) TryPackSetRuntimes(runtimes [][32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("setRuntimes", runtimes)
}

// PackSupportsRuntime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81f59246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsRuntime(address prover, bytes32 runtime) view returns(bool)
func (proverRegistry *ProverRegistry) PackSupportsRuntime(prover common.Address, runtime [32]byte) []byte {
	enc, err := proverRegistry.abi.Pack("supportsRuntime", prover, runtime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsRuntime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81f59246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsRuntime(address prover, bytes32 runtime) view returns(bool)
func (proverRegistry *ProverRegistry) TryPackSupportsRuntime(prover common.Address, runtime [32]byte) ([]byte, error) {
	return proverRegistry.abi.Pack("supportsRuntime", prover, runtime)
}

// UnpackSupportsRuntime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81f59246.
//
// Solidity: function supportsRuntime(address prover, bytes32 runtime) view returns(bool)
func (proverRegistry *ProverRegistry) UnpackSupportsRuntime(data []byte) (bool, error) {
	out, err := proverRegistry.abi.Unpack("supportsRuntime", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (proverRegistry *ProverRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := proverRegistry.abi.Pack("transferOwnership", newOwner)
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
func (proverRegistry *ProverRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return proverRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnstakeDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3222012f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (proverRegistry *ProverRegistry) PackUnstakeDelay() []byte {
	enc, err := proverRegistry.abi.Pack("unstakeDelay")
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
func (proverRegistry *ProverRegistry) TryPackUnstakeDelay() ([]byte, error) {
	return proverRegistry.abi.Pack("unstakeDelay")
}

// UnpackUnstakeDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint64)
func (proverRegistry *ProverRegistry) UnpackUnstakeDelay(data []byte) (uint64, error) {
	out, err := proverRegistry.abi.Unpack("unstakeDelay", data)
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
func (proverRegistry *ProverRegistry) PackWithdraw() []byte {
	enc, err := proverRegistry.abi.Pack("withdraw")
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
func (proverRegistry *ProverRegistry) TryPackWithdraw() ([]byte, error) {
	return proverRegistry.abi.Pack("withdraw")
}

// ProverRegistryBeneficiarySet represents a BeneficiarySet event raised by the ProverRegistry contract.
type ProverRegistryBeneficiarySet struct {
	Prover      common.Address
	Beneficiary common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProverRegistryBeneficiarySetEventName = "BeneficiarySet"

// ContractEventName returns the user-defined event name.
func (ProverRegistryBeneficiarySet) ContractEventName() string {
	return ProverRegistryBeneficiarySetEventName
}

// UnpackBeneficiarySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeneficiarySet(address indexed prover, address indexed beneficiary)
func (proverRegistry *ProverRegistry) UnpackBeneficiarySetEvent(log *types.Log) (*ProverRegistryBeneficiarySet, error) {
	event := "BeneficiarySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryBeneficiarySet)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryMinStakeSet represents a MinStakeSet event raised by the ProverRegistry contract.
type ProverRegistryMinStakeSet struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProverRegistryMinStakeSetEventName = "MinStakeSet"

// ContractEventName returns the user-defined event name.
func (ProverRegistryMinStakeSet) ContractEventName() string {
	return ProverRegistryMinStakeSetEventName
}

// UnpackMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSet(uint256 minStake)
func (proverRegistry *ProverRegistry) UnpackMinStakeSetEvent(log *types.Log) (*ProverRegistryMinStakeSet, error) {
	event := "MinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryMinStakeSet)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ProverRegistry contract.
type ProverRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ProverRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ProverRegistryOwnershipTransferred) ContractEventName() string {
	return ProverRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (proverRegistry *ProverRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ProverRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryProverPaused represents a ProverPaused event raised by the ProverRegistry contract.
type ProverRegistryProverPaused struct {
	Prover common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryProverPausedEventName = "ProverPaused"

// ContractEventName returns the user-defined event name.
func (ProverRegistryProverPaused) ContractEventName() string {
	return ProverRegistryProverPausedEventName
}

// UnpackProverPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProverPaused(address indexed prover)
func (proverRegistry *ProverRegistry) UnpackProverPausedEvent(log *types.Log) (*ProverRegistryProverPaused, error) {
	event := "ProverPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryProverPaused)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryProverRegistered represents a ProverRegistered event raised by the ProverRegistry contract.
type ProverRegistryProverRegistered struct {
	Prover      common.Address
	Beneficiary common.Address
	Stake       *big.Int
	Runtimes    [][32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProverRegistryProverRegisteredEventName = "ProverRegistered"

// ContractEventName returns the user-defined event name.
func (ProverRegistryProverRegistered) ContractEventName() string {
	return ProverRegistryProverRegisteredEventName
}

// UnpackProverRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProverRegistered(address indexed prover, address indexed beneficiary, uint256 stake, bytes32[] runtimes)
func (proverRegistry *ProverRegistry) UnpackProverRegisteredEvent(log *types.Log) (*ProverRegistryProverRegistered, error) {
	event := "ProverRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryProverRegistered)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryProverResumed represents a ProverResumed event raised by the ProverRegistry contract.
type ProverRegistryProverResumed struct {
	Prover common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryProverResumedEventName = "ProverResumed"

// ContractEventName returns the user-defined event name.
func (ProverRegistryProverResumed) ContractEventName() string {
	return ProverRegistryProverResumedEventName
}

// UnpackProverResumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProverResumed(address indexed prover)
func (proverRegistry *ProverRegistry) UnpackProverResumedEvent(log *types.Log) (*ProverRegistryProverResumed, error) {
	event := "ProverResumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryProverResumed)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryRuntimesSet represents a RuntimesSet event raised by the ProverRegistry contract.
type ProverRegistryRuntimesSet struct {
	Prover   common.Address
	Runtimes [][32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProverRegistryRuntimesSetEventName = "RuntimesSet"

// ContractEventName returns the user-defined event name.
func (ProverRegistryRuntimesSet) ContractEventName() string {
	return ProverRegistryRuntimesSetEventName
}

// UnpackRuntimesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RuntimesSet(address indexed prover, bytes32[] runtimes)
func (proverRegistry *ProverRegistry) UnpackRuntimesSetEvent(log *types.Log) (*ProverRegistryRuntimesSet, error) {
	event := "RuntimesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryRuntimesSet)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryStakeAdded represents a StakeAdded event raised by the ProverRegistry contract.
type ProverRegistryStakeAdded struct {
	Prover common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProverRegistryStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (ProverRegistryStakeAdded) ContractEventName() string {
	return ProverRegistryStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed prover, uint256 amount, uint256 stake)
func (proverRegistry *ProverRegistry) UnpackStakeAddedEvent(log *types.Log) (*ProverRegistryStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryStakeAdded)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryUnstakeRequested represents a UnstakeRequested event raised by the ProverRegistry contract.
type ProverRegistryUnstakeRequested struct {
	Prover         common.Address
	WithdrawableAt uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProverRegistryUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (ProverRegistryUnstakeRequested) ContractEventName() string {
	return ProverRegistryUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed prover, uint64 withdrawableAt)
func (proverRegistry *ProverRegistry) UnpackUnstakeRequestedEvent(log *types.Log) (*ProverRegistryUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryUnstakeRequested)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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

// ProverRegistryWithdrawn represents a Withdrawn event raised by the ProverRegistry contract.
type ProverRegistryWithdrawn struct {
	Prover      common.Address
	Beneficiary common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProverRegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ProverRegistryWithdrawn) ContractEventName() string {
	return ProverRegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed prover, address indexed beneficiary, uint256 amount)
func (proverRegistry *ProverRegistry) UnpackWithdrawnEvent(log *types.Log) (*ProverRegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proverRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProverRegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := proverRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proverRegistry.abi.Events[event].Inputs {
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
func (proverRegistry *ProverRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["AlreadyPaused"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackAlreadyPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["BadRuntimes"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackBadRuntimesError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NotPaused"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNotPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["UnstakeNotReady"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackUnstakeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["UnstakeNotRequested"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackUnstakeNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["Unstaking"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackUnstakingError(raw[4:])
	}
	if bytes.Equal(raw[:4], proverRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return proverRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProverRegistryAlreadyPaused represents a AlreadyPaused error raised by the ProverRegistry contract.
type ProverRegistryAlreadyPaused struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPaused(address prover)
func ProverRegistryAlreadyPausedErrorID() common.Hash {
	return common.HexToHash("0xac419b77a4b5577f89a1eaa4c2f318190f555a4e6646d3e5f7794566ac61d5d4")
}

// UnpackAlreadyPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPaused(address prover)
func (proverRegistry *ProverRegistry) UnpackAlreadyPausedError(raw []byte) (*ProverRegistryAlreadyPaused, error) {
	out := new(ProverRegistryAlreadyPaused)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "AlreadyPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the ProverRegistry contract.
type ProverRegistryAlreadyRegistered struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address prover)
func ProverRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address prover)
func (proverRegistry *ProverRegistry) UnpackAlreadyRegisteredError(raw []byte) (*ProverRegistryAlreadyRegistered, error) {
	out := new(ProverRegistryAlreadyRegistered)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryBadRuntimes represents a BadRuntimes error raised by the ProverRegistry contract.
type ProverRegistryBadRuntimes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRuntimes()
func ProverRegistryBadRuntimesErrorID() common.Hash {
	return common.HexToHash("0x5938b2e85c8a37ed24bc6719fb7d4e4c7ea35e7509a21f3e4a832824ea92170c")
}

// UnpackBadRuntimesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRuntimes()
func (proverRegistry *ProverRegistry) UnpackBadRuntimesError(raw []byte) (*ProverRegistryBadRuntimes, error) {
	out := new(ProverRegistryBadRuntimes)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "BadRuntimes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryInsufficientStake represents a InsufficientStake error raised by the ProverRegistry contract.
type ProverRegistryInsufficientStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func ProverRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 minStake)
func (proverRegistry *ProverRegistry) UnpackInsufficientStakeError(raw []byte) (*ProverRegistryInsufficientStake, error) {
	out := new(ProverRegistryInsufficientStake)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNotPaused represents a NotPaused error raised by the ProverRegistry contract.
type ProverRegistryNotPaused struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPaused(address prover)
func ProverRegistryNotPausedErrorID() common.Hash {
	return common.HexToHash("0xbda7dd286d58dc71f03507ae9ce66e77394800a9800420cf497a1a64b1e10b15")
}

// UnpackNotPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPaused(address prover)
func (proverRegistry *ProverRegistry) UnpackNotPausedError(raw []byte) (*ProverRegistryNotPaused, error) {
	out := new(ProverRegistryNotPaused)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NotPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryNotRegistered represents a NotRegistered error raised by the ProverRegistry contract.
type ProverRegistryNotRegistered struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address prover)
func ProverRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address prover)
func (proverRegistry *ProverRegistry) UnpackNotRegisteredError(raw []byte) (*ProverRegistryNotRegistered, error) {
	out := new(ProverRegistryNotRegistered)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ProverRegistry contract.
type ProverRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ProverRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (proverRegistry *ProverRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ProverRegistryOwnableInvalidOwner, error) {
	out := new(ProverRegistryOwnableInvalidOwner)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ProverRegistry contract.
type ProverRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ProverRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (proverRegistry *ProverRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ProverRegistryOwnableUnauthorizedAccount, error) {
	out := new(ProverRegistryOwnableUnauthorizedAccount)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ProverRegistry contract.
type ProverRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ProverRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (proverRegistry *ProverRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ProverRegistryReentrancyGuardReentrantCall, error) {
	out := new(ProverRegistryReentrancyGuardReentrantCall)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryTransferFailed represents a TransferFailed error raised by the ProverRegistry contract.
type ProverRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func ProverRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (proverRegistry *ProverRegistry) UnpackTransferFailedError(raw []byte) (*ProverRegistryTransferFailed, error) {
	out := new(ProverRegistryTransferFailed)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryUnstakeNotReady represents a UnstakeNotReady error raised by the ProverRegistry contract.
type ProverRegistryUnstakeNotReady struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeNotReady(uint64 withdrawableAt)
func ProverRegistryUnstakeNotReadyErrorID() common.Hash {
	return common.HexToHash("0xfbb7514e261bdbd2fe576b14c61a24410642601877c1054eeb3b2aef0eab4df6")
}

// UnpackUnstakeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeNotReady(uint64 withdrawableAt)
func (proverRegistry *ProverRegistry) UnpackUnstakeNotReadyError(raw []byte) (*ProverRegistryUnstakeNotReady, error) {
	out := new(ProverRegistryUnstakeNotReady)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "UnstakeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryUnstakeNotRequested represents a UnstakeNotRequested error raised by the ProverRegistry contract.
type ProverRegistryUnstakeNotRequested struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeNotRequested(address prover)
func ProverRegistryUnstakeNotRequestedErrorID() common.Hash {
	return common.HexToHash("0x4d2cd7c8c90c6923f51b146e664338f0443ec059d8c9e6e63a56bdfc88402272")
}

// UnpackUnstakeNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeNotRequested(address prover)
func (proverRegistry *ProverRegistry) UnpackUnstakeNotRequestedError(raw []byte) (*ProverRegistryUnstakeNotRequested, error) {
	out := new(ProverRegistryUnstakeNotRequested)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "UnstakeNotRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryUnstaking represents a Unstaking error raised by the ProverRegistry contract.
type ProverRegistryUnstaking struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unstaking(address prover)
func ProverRegistryUnstakingErrorID() common.Hash {
	return common.HexToHash("0x2d0fcf65c4efc8987a37f1b54916308067865ece55bf53a7c529ebcd2d0d835d")
}

// UnpackUnstakingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unstaking(address prover)
func (proverRegistry *ProverRegistry) UnpackUnstakingError(raw []byte) (*ProverRegistryUnstaking, error) {
	out := new(ProverRegistryUnstaking)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "Unstaking", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProverRegistryZeroAddress represents a ZeroAddress error raised by the ProverRegistry contract.
type ProverRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProverRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (proverRegistry *ProverRegistry) UnpackZeroAddressError(raw []byte) (*ProverRegistryZeroAddress, error) {
	out := new(ProverRegistryZeroAddress)
	if err := proverRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
