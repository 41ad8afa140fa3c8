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

// ProjectRegistryMetaData contains all meta data concerning the ProjectRegistry contract.
var ProjectRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"AlreadyPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"BadAttribute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRuntime\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"NotPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProjectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"UnknownProject\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"AttributeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"configURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dapp\",\"type\":\"address\"}],\"name\":\"DAppBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ProjectOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"ProjectPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"configURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ProjectRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"ProjectResumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"}],\"name\":\"RuntimeUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTR_PROVERS\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROVERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"attribute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"dapp\",\"type\":\"address\"}],\"name\":\"bindDApp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"projectConfig\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"configURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"projectStatus\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"dapp\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"proversPerTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"configURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"resume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"name\":\"setAttribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"configURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"runtime\",\"type\":\"bytes32\"}],\"name\":\"setRuntime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferProjectOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProjectRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506113b88061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80635d96b32f11610093578063ae5f421911610063578063ae5f4219146102c7578063c7454da9146102e8578063e86357cd146102fb578063e86509ab1461030e575f5ffd5b80635d96b32f1461022e57806369a4e0be146102635780637903a6171461026b5780639b3df11f146102b4575f5ffd5b8063141ec109116100ce578063141ec10914610169578063148cef65146101e85780631b1a62b6146102085780631cdefecf1461021b575f5ffd5b8063024a9bc8146100ff5780630357e3701461011457806306661abd1461012757806309f60e7514610156575b5f5ffd5b61011261010d366004610efb565b610321565b005b610112610122366004610f23565b61041a565b5f54610139906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b610139610164366004610f80565b610529565b6101b9610177366004610f23565b6001600160401b03165f9081526001602081905260409091208054600282015491909201546001600160a01b0380841694600160a01b90940460ff1693911690565b604080516001600160a01b0395861681529315156020850152830191909152909116606082015260800161014d565b6101fb6101f6366004610efb565b610612565b60405161014d9190610ffa565b61011261021636600461100c565b6106c7565b610112610229366004610f23565b6107cd565b6102557f7c72fb900c4683c1281c67fa3b64f7ac6e7d051c62ab2cd12dc37e73cbc3885b81565b60405190815260200161014d565b610255601081565b61029c610279366004610f23565b6001600160401b03165f908152600160205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161014d565b6101126102c236600461100c565b6108d5565b6102da6102d5366004610f23565b6109ea565b60405161014d92919061104c565b6102556102f6366004610f23565b610ad6565b61011261030936600461106d565b610bcf565b61011261031c3660046110c2565b610d97565b6001600160401b0382165f9081526001602052604090205482906001600160a01b0316806103725760405163628464d360e01b81526001600160401b03831660048201526024015b60405180910390fd5b6001600160a01b038116331461039f57813360405163b831e44f60e01b8152600401610369929190611117565b826103bd57604051631e469adf60e31b815260040160405180910390fd5b6001600160401b0384165f8181526001602052604090819020600201859055517f20b9726071f9b5589955ff038830749965c08e5063bd8c028e35b94bea51e4d19061040c9086815260200190565b60405180910390a250505050565b6001600160401b0381165f9081526001602052604090205481906001600160a01b0316806104665760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b038116331461049357813360405163b831e44f60e01b8152600401610369929190611117565b6001600160401b0383165f9081526001602052604090208054600160a01b900460ff16156104df576040516308bb0e5b60e41b81526001600160401b0385166004820152602401610369565b805460ff60a01b1916600160a01b1781556040516001600160401b038516907ff8848fbf85a1255fc1ce9fdf530b19192c9be37003bafe656e23c7fd73b05262905f90a250505050565b5f8161054857604051631e469adf60e31b815260040160405180910390fd5b5f8054819061055f906001600160401b0316611139565b82546001600160401b038083166101009490940a848102910219909116179092555f90815260016020526040902080546001600160a01b0319163317815560028101849055909150600481016105b6868883611211565b506003810184905560405133906001600160401b038416907f2b25a6325d5c3102ac541a6c5635fc3839111559bf4de7742f107e41be663da5906106019087908b908b908b906112f3565b60405180910390a350949350505050565b6001600160401b0382165f908152600260209081526040808320848452909152902080546060919061064390611183565b80601f016020809104026020016040519081016040528092919081815260200182805461066f90611183565b80156106ba5780601f10610691576101008083540402835291602001916106ba565b820191905f5260205f20905b81548152906001019060200180831161069d57829003601f168201915b5050505050905092915050565b6001600160401b0382165f9081526001602052604090205482906001600160a01b0316806107135760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b038116331461074057813360405163b831e44f60e01b8152600401610369929190611117565b6001600160a01b0383166107675760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b0384165f8181526001602052604080822080546001600160a01b0319166001600160a01b03881690811790915590519092339290917f9e36eb74010fbc02c005b2202fb55660e7ae4772bbda0e568912633671b6185d9190a450505050565b6001600160401b0381165f9081526001602052604090205481906001600160a01b0316806108195760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b038116331461084657813360405163b831e44f60e01b8152600401610369929190611117565b6001600160401b0383165f9081526001602052604090208054600160a01b900460ff16610891576040516364bcf31f60e01b81526001600160401b0385166004820152602401610369565b805460ff60a01b191681556040516001600160401b038516907f2ea9baad570543d545dafacb08f491ab06f2bde0dbc03b0999d51a316988e2dc905f90a250505050565b6001600160401b0382165f9081526001602052604090205482906001600160a01b0316806109215760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b038116331461094e57813360405163b831e44f60e01b8152600401610369929190611117565b826001600160a01b03163b5f03610983576040516322a2d07b60e21b81526001600160a01b0384166004820152602401610369565b6001600160401b0384165f81815260016020819052604080832090910180546001600160a01b0319166001600160a01b03881690811790915590519092917f880e5200d8a1b2af63a3d7903acc34b79d00a5b750cd8fd37638a720d5393c4491a350505050565b6001600160401b0381165f908152600160205260408120805460609291906001600160a01b0316610a395760405163628464d360e01b81526001600160401b0385166004820152602401610369565b806004018160030154818054610a4e90611183565b80601f0160208091040260200160405190810160405280929190818152602001828054610a7a90611183565b8015610ac55780601f10610a9c57610100808354040283529160200191610ac5565b820191905f5260205f20905b815481529060010190602001808311610aa857829003601f168201915b505050505091509250925050915091565b6001600160401b0381165f9081526002602090815260408083207f7c72fb900c4683c1281c67fa3b64f7ac6e7d051c62ab2cd12dc37e73cbc3885b845290915281208054829190610b2690611183565b80601f0160208091040260200160405190810160405280929190818152602001828054610b5290611183565b8015610b9d5780601f10610b7457610100808354040283529160200191610b9d565b820191905f5260205f20905b815481529060010190602001808311610b8057829003601f168201915b5050505050905080515f14610bc55780806020019051810190610bc0919061131d565b610bc8565b60015b9392505050565b6001600160401b0384165f9081526001602052604090205484906001600160a01b031680610c1b5760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b0381163314610c4857813360405163b831e44f60e01b8152600401610369929190611117565b7f7c72fb900c4683c1281c67fa3b64f7ac6e7d051c62ab2cd12dc37e73cbc3885b85148015610c7657508215155b15610ce45760208314610ca25784848460405163088f14b360e31b815260040161036993929190611334565b5f610caf84860186611356565b9050801580610cbe5750601081115b15610ce25785858560405163088f14b360e31b815260040161036993929190611334565b505b5f839003610d1c576001600160401b0386165f9081526002602090815260408083208884529091528120610d1791610e8e565b610d4b565b6001600160401b0386165f9081526002602090815260408083208884529091529020610d49848683611211565b505b84866001600160401b03167f0229cb6cc906fcc42de1cc766434581d2b037fb18edd8569ce08afe91fd7e75a8686604051610d8792919061136d565b60405180910390a3505050505050565b6001600160401b0384165f9081526001602052604090205484906001600160a01b031680610de35760405163628464d360e01b81526001600160401b0383166004820152602401610369565b6001600160a01b0381163314610e1057813360405163b831e44f60e01b8152600401610369929190611117565b6001600160401b0386165f90815260016020526040902060048101610e36868883611211565b50838160030181905550866001600160401b03167ff6d918f9f5e977dae078494b58585dcb0cb9a5876bebab8edbe7700c71d8c10d878787604051610e7d93929190611388565b60405180910390a250505050505050565b508054610e9a90611183565b5f825580601f10610ea9575050565b601f0160209004905f5260205f2090610ec29190610ec4565b565b5f5b80821115610edb575f81840155600101610ec6565b505050565b80356001600160401b0381168114610ef6575f5ffd5b919050565b5f5f60408385031215610f0c575f5ffd5b610f1583610ee0565b946020939093013593505050565b5f60208284031215610f33575f5ffd5b610bc882610ee0565b5f5f83601f840112610f4c575f5ffd5b5081356001600160401b03811115610f62575f5ffd5b602083019150836020828501011115610f79575f5ffd5b9250929050565b5f5f5f5f60608587031215610f93575f5ffd5b84356001600160401b03811115610fa8575f5ffd5b610fb487828801610f3c565b90989097506020870135966040013595509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610bc86020830184610fcc565b5f5f6040838503121561101d575f5ffd5b61102683610ee0565b915060208301356001600160a01b0381168114611041575f5ffd5b809150509250929050565b604081525f61105e6040830185610fcc565b90508260208301529392505050565b5f5f5f5f60608587031215611080575f5ffd5b61108985610ee0565b93506020850135925060408501356001600160401b038111156110aa575f5ffd5b6110b687828801610f3c565b95989497509550505050565b5f5f5f5f606085870312156110d5575f5ffd5b6110de85610ee0565b935060208501356001600160401b038111156110f8575f5ffd5b61110487828801610f3c565b9598909750949560400135949350505050565b6001600160401b039290921682526001600160a01b0316602082015260400190565b5f6001600160401b0382166001600160401b03810361116657634e487b7160e01b5f52601160045260245ffd5b60010192915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061119757607f821691505b6020821081036111b557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610edb5782821115610edb57805f5260205f20601f840160051c60208510156111e657505f5b90810190601f840160051c035f5b81811015611209575f838201556001016111f4565b505050505050565b6001600160401b038311156112285761122861116f565b61123c836112368354611183565b836111bb565b5f601f84116001811461126d575f85156112565750838201355b5f19600387901b1c1916600186901b1783556112c4565b5f83815260208120601f198716915b8281101561129c578685013582556020948501946001909201910161127c565b50868210156112b8575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f61130c6060830185876112cb565b905082604083015295945050505050565b5f6020828403121561132d575f5ffd5b5051919050565b838152604060208201525f61134d6040830184866112cb565b95945050505050565b5f60208284031215611366575f5ffd5b5035919050565b602081525f6113806020830184866112cb565b949350505050565b604081525f61139b6040830185876112cb565b905082602083015294935050505056fea164736f6c6343000825000a",
}

// ProjectRegistry is an auto generated Go binding around an Ethereum contract.
type ProjectRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProjectRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewProjectRegistry creates a new instance of ProjectRegistry.
func NewProjectRegistry() *ProjectRegistry {
	parsed, err := ProjectRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProjectRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProjectRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackATTRPROVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d96b32f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTR_PROVERS() view returns(bytes32)
func (projectRegistry *ProjectRegistry) PackATTRPROVERS() []byte {
	enc, err := projectRegistry.abi.Pack("ATTR_PROVERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTRPROVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d96b32f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTR_PROVERS() view returns(bytes32)
func (projectRegistry *ProjectRegistry) TryPackATTRPROVERS() ([]byte, error) {
	return projectRegistry.abi.Pack("ATTR_PROVERS")
}

// UnpackATTRPROVERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d96b32f.
//
// Solidity: function ATTR_PROVERS() view returns(bytes32)
func (projectRegistry *ProjectRegistry) UnpackATTRPROVERS(data []byte) ([32]byte, error) {
	out, err := projectRegistry.abi.Unpack("ATTR_PROVERS", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPROVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a4e0be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROVERS() view returns(uint256)
func (projectRegistry *ProjectRegistry) PackMAXPROVERS() []byte {
	enc, err := projectRegistry.abi.Pack("MAX_PROVERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROVERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69a4e0be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROVERS() view returns(uint256)
func (projectRegistry *ProjectRegistry) TryPackMAXPROVERS() ([]byte, error) {
	return projectRegistry.abi.Pack("MAX_PROVERS")
}

// UnpackMAXPROVERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69a4e0be.
//
// Solidity: function MAX_PROVERS() view returns(uint256)
func (projectRegistry *ProjectRegistry) UnpackMAXPROVERS(data []byte) (*big.Int, error) {
	out, err := projectRegistry.abi.Unpack("MAX_PROVERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x148cef65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attribute(uint64 projectID, bytes32 key) view returns(bytes)
func (projectRegistry *ProjectRegistry) PackAttribute(projectID uint64, key [32]byte) []byte {
	enc, err := projectRegistry.abi.Pack("attribute", projectID, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x148cef65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attribute(uint64 projectID, bytes32 key) view returns(bytes)
func (projectRegistry *ProjectRegistry) TryPackAttribute(projectID uint64, key [32]byte) ([]byte, error) {
	return projectRegistry.abi.Pack("attribute", projectID, key)
}

// UnpackAttribute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x148cef65.
//
// Solidity: function attribute(uint64 projectID, bytes32 key) view returns(bytes)
func (projectRegistry *ProjectRegistry) UnpackAttribute(data []byte) ([]byte, error) {
	out, err := projectRegistry.abi.Unpack("attribute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackBindDApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b3df11f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindDApp(uint64 projectID, address dapp) returns()
func (projectRegistry *ProjectRegistry) PackBindDApp(projectID uint64, dapp common.Address) []byte {
	enc, err := projectRegistry.abi.Pack("bindDApp", projectID, dapp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindDApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b3df11f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindDApp(uint64 projectID, address dapp) returns()
func (projectRegistry *ProjectRegistry) TryPackBindDApp(projectID uint64, dapp common.Address) ([]byte, error) {
	return projectRegistry.abi.Pack("bindDApp", projectID, dapp)
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint64)
func (projectRegistry *ProjectRegistry) PackCount() []byte {
	enc, err := projectRegistry.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint64)
func (projectRegistry *ProjectRegistry) TryPackCount() ([]byte, error) {
	return projectRegistry.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (projectRegistry *ProjectRegistry) UnpackCount(data []byte) (uint64, error) {
	out, err := projectRegistry.abi.Unpack("count", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7903a617.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint64 projectID) view returns(address)
func (projectRegistry *ProjectRegistry) PackOwnerOf(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("ownerOf", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7903a617.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint64 projectID) view returns(address)
func (projectRegistry *ProjectRegistry) TryPackOwnerOf(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("ownerOf", projectID)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7903a617.
//
// Solidity: function ownerOf(uint64 projectID) view returns(address)
func (projectRegistry *ProjectRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := projectRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0357e370.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause(uint64 projectID) returns()
func (projectRegistry *ProjectRegistry) PackPause(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("pause", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0357e370.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause(uint64 projectID) returns()
func (projectRegistry *ProjectRegistry) TryPackPause(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("pause", projectID)
}

// PackProjectConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae5f4219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projectConfig(uint64 projectID) view returns(string configURI, bytes32 configHash)
func (projectRegistry *ProjectRegistry) PackProjectConfig(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("projectConfig", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProjectConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae5f4219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function projectConfig(uint64 projectID) view returns(string configURI, bytes32 configHash)
func (projectRegistry *ProjectRegistry) TryPackProjectConfig(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("projectConfig", projectID)
}

// ProjectConfigOutput serves as a container for the return parameters of contract
// method ProjectConfig.
type ProjectConfigOutput struct {
	ConfigURI  string
	ConfigHash [32]byte
}

// UnpackProjectConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae5f4219.
//
// Solidity: function projectConfig(uint64 projectID) view returns(string configURI, bytes32 configHash)
func (projectRegistry *ProjectRegistry) UnpackProjectConfig(data []byte) (ProjectConfigOutput, error) {
	out, err := projectRegistry.abi.Unpack("projectConfig", data)
	outstruct := new(ProjectConfigOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ConfigURI = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.ConfigHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackProjectStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x141ec109.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projectStatus(uint64 projectID) view returns(address owner, bool paused, bytes32 runtime, address dapp)
func (projectRegistry *ProjectRegistry) PackProjectStatus(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("projectStatus", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProjectStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x141ec109.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function projectStatus(uint64 projectID) view returns(address owner, bool paused, bytes32 runtime, address dapp)
func (projectRegistry *ProjectRegistry) TryPackProjectStatus(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("projectStatus", projectID)
}

// ProjectStatusOutput serves as a container for the return parameters of contract
// method ProjectStatus.
type ProjectStatusOutput struct {
	Owner   common.Address
	Paused  bool
	Runtime [32]byte
	Dapp    common.Address
}

// UnpackProjectStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x141ec109.
//
// Solidity: function projectStatus(uint64 projectID) view returns(address owner, bool paused, bytes32 runtime, address dapp)
func (projectRegistry *ProjectRegistry) UnpackProjectStatus(data []byte) (ProjectStatusOutput, error) {
	out, err := projectRegistry.abi.Unpack("projectStatus", data)
	outstruct := new(ProjectStatusOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Paused = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Runtime = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Dapp = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackProversPerTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7454da9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proversPerTask(uint64 projectID) view returns(uint256)
func (projectRegistry *ProjectRegistry) PackProversPerTask(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("proversPerTask", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProversPerTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7454da9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proversPerTask(uint64 projectID) view returns(uint256)
func (projectRegistry *ProjectRegistry) TryPackProversPerTask(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("proversPerTask", projectID)
}

// UnpackProversPerTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7454da9.
//
// Solidity: function proversPerTask(uint64 projectID) view returns(uint256)
func (projectRegistry *ProjectRegistry) UnpackProversPerTask(data []byte) (*big.Int, error) {
	out, err := projectRegistry.abi.Unpack("proversPerTask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f60e75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string configURI, bytes32 configHash, bytes32 runtime) returns(uint64 projectID)
func (projectRegistry *ProjectRegistry) PackRegister(configURI string, configHash [32]byte, runtime [32]byte) []byte {
	enc, err := projectRegistry.abi.Pack("register", configURI, configHash, runtime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f60e75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string configURI, bytes32 configHash, bytes32 runtime) returns(uint64 projectID)
func (projectRegistry *ProjectRegistry) TryPackRegister(configURI string, configHash [32]byte, runtime [32]byte) ([]byte, error) {
	return projectRegistry.abi.Pack("register", configURI, configHash, runtime)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09f60e75.
//
// Solidity: function register(string configURI, bytes32 configHash, bytes32 runtime) returns(uint64 projectID)
func (projectRegistry *ProjectRegistry) UnpackRegister(data []byte) (uint64, error) {
	out, err := projectRegistry.abi.Unpack("register", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackResume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cdefecf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resume(uint64 projectID) returns()
func (projectRegistry *ProjectRegistry) PackResume(projectID uint64) []byte {
	enc, err := projectRegistry.abi.Pack("resume", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cdefecf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resume(uint64 projectID) returns()
func (projectRegistry *ProjectRegistry) TryPackResume(projectID uint64) ([]byte, error) {
	return projectRegistry.abi.Pack("resume", projectID)
}

// PackSetAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe86357cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttribute(uint64 projectID, bytes32 key, bytes value) returns()
func (projectRegistry *ProjectRegistry) PackSetAttribute(projectID uint64, key [32]byte, value []byte) []byte {
	enc, err := projectRegistry.abi.Pack("setAttribute", projectID, key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe86357cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttribute(uint64 projectID, bytes32 key, bytes value) returns()
func (projectRegistry *ProjectRegistry) TryPackSetAttribute(projectID uint64, key [32]byte, value []byte) ([]byte, error) {
	return projectRegistry.abi.Pack("setAttribute", projectID, key, value)
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe86509ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig(uint64 projectID, string configURI, bytes32 configHash) returns()
func (projectRegistry *ProjectRegistry) PackSetConfig(projectID uint64, configURI string, configHash [32]byte) []byte {
	enc, err := projectRegistry.abi.Pack("setConfig", projectID, configURI, configHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe86509ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig(uint64 projectID, string configURI, bytes32 configHash) returns()
func (projectRegistry *ProjectRegistry) TryPackSetConfig(projectID uint64, configURI string, configHash [32]byte) ([]byte, error) {
	return projectRegistry.abi.Pack("setConfig", projectID, configURI, configHash)
}

// PackSetRuntime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x024a9bc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRuntime(uint64 projectID, bytes32 runtime) returns()
func (projectRegistry *ProjectRegistry) PackSetRuntime(projectID uint64, runtime [32]byte) []byte {
	enc, err := projectRegistry.abi.Pack("setRuntime", projectID, runtime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRuntime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x024a9bc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRuntime(uint64 projectID, bytes32 runtime) returns()
func (projectRegistry *ProjectRegistry) TryPackSetRuntime(projectID uint64, runtime [32]byte) ([]byte, error) {
	return projectRegistry.abi.Pack("setRuntime", projectID, runtime)
}

// PackTransferProjectOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b1a62b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferProjectOwnership(uint64 projectID, address newOwner) returns()
func (projectRegistry *ProjectRegistry) PackTransferProjectOwnership(projectID uint64, newOwner common.Address) []byte {
	enc, err := projectRegistry.abi.Pack("transferProjectOwnership", projectID, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferProjectOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b1a62b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferProjectOwnership(uint64 projectID, address newOwner) returns()
func (projectRegistry *ProjectRegistry) TryPackTransferProjectOwnership(projectID uint64, newOwner common.Address) ([]byte, error) {
	return projectRegistry.abi.Pack("transferProjectOwnership", projectID, newOwner)
}

// ProjectRegistryAttributeSet represents a AttributeSet event raised by the ProjectRegistry contract.
type ProjectRegistryAttributeSet struct {
	ProjectID uint64
	Key       [32]byte
	Value     []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryAttributeSetEventName = "AttributeSet"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryAttributeSet) ContractEventName() string {
	return ProjectRegistryAttributeSetEventName
}

// UnpackAttributeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttributeSet(uint64 indexed projectID, bytes32 indexed key, bytes value)
func (projectRegistry *ProjectRegistry) UnpackAttributeSetEvent(log *types.Log) (*ProjectRegistryAttributeSet, error) {
	event := "AttributeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryAttributeSet)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryConfigUpdated represents a ConfigUpdated event raised by the ProjectRegistry contract.
type ProjectRegistryConfigUpdated struct {
	ProjectID  uint64
	ConfigURI  string
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryConfigUpdatedEventName = "ConfigUpdated"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryConfigUpdated) ContractEventName() string {
	return ProjectRegistryConfigUpdatedEventName
}

// UnpackConfigUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigUpdated(uint64 indexed projectID, string configURI, bytes32 configHash)
func (projectRegistry *ProjectRegistry) UnpackConfigUpdatedEvent(log *types.Log) (*ProjectRegistryConfigUpdated, error) {
	event := "ConfigUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryConfigUpdated)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryDAppBound represents a DAppBound event raised by the ProjectRegistry contract.
type ProjectRegistryDAppBound struct {
	ProjectID uint64
	Dapp      common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryDAppBoundEventName = "DAppBound"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryDAppBound) ContractEventName() string {
	return ProjectRegistryDAppBoundEventName
}

// UnpackDAppBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DAppBound(uint64 indexed projectID, address indexed dapp)
func (projectRegistry *ProjectRegistry) UnpackDAppBoundEvent(log *types.Log) (*ProjectRegistryDAppBound, error) {
	event := "DAppBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryDAppBound)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryProjectOwnershipTransferred represents a ProjectOwnershipTransferred event raised by the ProjectRegistry contract.
type ProjectRegistryProjectOwnershipTransferred struct {
	ProjectID uint64
	From      common.Address
	To        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryProjectOwnershipTransferredEventName = "ProjectOwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryProjectOwnershipTransferred) ContractEventName() string {
	return ProjectRegistryProjectOwnershipTransferredEventName
}

// UnpackProjectOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProjectOwnershipTransferred(uint64 indexed projectID, address indexed from, address indexed to)
func (projectRegistry *ProjectRegistry) UnpackProjectOwnershipTransferredEvent(log *types.Log) (*ProjectRegistryProjectOwnershipTransferred, error) {
	event := "ProjectOwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryProjectOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryProjectPaused represents a ProjectPaused event raised by the ProjectRegistry contract.
type ProjectRegistryProjectPaused struct {
	ProjectID uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryProjectPausedEventName = "ProjectPaused"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryProjectPaused) ContractEventName() string {
	return ProjectRegistryProjectPausedEventName
}

// UnpackProjectPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProjectPaused(uint64 indexed projectID)
func (projectRegistry *ProjectRegistry) UnpackProjectPausedEvent(log *types.Log) (*ProjectRegistryProjectPaused, error) {
	event := "ProjectPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryProjectPaused)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryProjectRegistered represents a ProjectRegistered event raised by the ProjectRegistry contract.
type ProjectRegistryProjectRegistered struct {
	ProjectID  uint64
	Owner      common.Address
	Runtime    [32]byte
	ConfigURI  string
	ConfigHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryProjectRegisteredEventName = "ProjectRegistered"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryProjectRegistered) ContractEventName() string {
	return ProjectRegistryProjectRegisteredEventName
}

// UnpackProjectRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProjectRegistered(uint64 indexed projectID, address indexed owner, bytes32 runtime, string configURI, bytes32 configHash)
func (projectRegistry *ProjectRegistry) UnpackProjectRegisteredEvent(log *types.Log) (*ProjectRegistryProjectRegistered, error) {
	event := "ProjectRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryProjectRegistered)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryProjectResumed represents a ProjectResumed event raised by the ProjectRegistry contract.
type ProjectRegistryProjectResumed struct {
	ProjectID uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryProjectResumedEventName = "ProjectResumed"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryProjectResumed) ContractEventName() string {
	return ProjectRegistryProjectResumedEventName
}

// UnpackProjectResumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProjectResumed(uint64 indexed projectID)
func (projectRegistry *ProjectRegistry) UnpackProjectResumedEvent(log *types.Log) (*ProjectRegistryProjectResumed, error) {
	event := "ProjectResumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryProjectResumed)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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

// ProjectRegistryRuntimeUpdated represents a RuntimeUpdated event raised by the ProjectRegistry contract.
type ProjectRegistryRuntimeUpdated struct {
	ProjectID uint64
	Runtime   [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProjectRegistryRuntimeUpdatedEventName = "RuntimeUpdated"

// ContractEventName returns the user-defined event name.
func (ProjectRegistryRuntimeUpdated) ContractEventName() string {
	return ProjectRegistryRuntimeUpdatedEventName
}

// UnpackRuntimeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RuntimeUpdated(uint64 indexed projectID, bytes32 runtime)
func (projectRegistry *ProjectRegistry) UnpackRuntimeUpdatedEvent(log *types.Log) (*ProjectRegistryRuntimeUpdated, error) {
	event := "RuntimeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != projectRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProjectRegistryRuntimeUpdated)
	if len(log.Data) > 0 {
		if err := projectRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range projectRegistry.abi.Events[event].Inputs {
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
func (projectRegistry *ProjectRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["AlreadyPaused"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackAlreadyPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["BadAttribute"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackBadAttributeError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["EmptyRuntime"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackEmptyRuntimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["NotPaused"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackNotPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["NotProjectOwner"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackNotProjectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["UnknownProject"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackUnknownProjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], projectRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return projectRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProjectRegistryAlreadyPaused represents a AlreadyPaused error raised by the ProjectRegistry contract.
type ProjectRegistryAlreadyPaused struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPaused(uint64 projectID)
func ProjectRegistryAlreadyPausedErrorID() common.Hash {
	return common.HexToHash("0x8bb0e5b088e42ca8d48f210388c72bfae8b3f78f8dea627519f36273c3735b5e")
}

// UnpackAlreadyPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPaused(uint64 projectID)
func (projectRegistry *ProjectRegistry) UnpackAlreadyPausedError(raw []byte) (*ProjectRegistryAlreadyPaused, error) {
	out := new(ProjectRegistryAlreadyPaused)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "AlreadyPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryBadAttribute represents a BadAttribute error raised by the ProjectRegistry contract.
type ProjectRegistryBadAttribute struct {
	Key   [32]byte
	Value []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAttribute(bytes32 key, bytes value)
func ProjectRegistryBadAttributeErrorID() common.Hash {
	return common.HexToHash("0x4478a5985ae6bdee8b6373856c72956a03b390a6e8d499ec7d95ad5fd6c1794c")
}

// UnpackBadAttributeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAttribute(bytes32 key, bytes value)
func (projectRegistry *ProjectRegistry) UnpackBadAttributeError(raw []byte) (*ProjectRegistryBadAttribute, error) {
	out := new(ProjectRegistryBadAttribute)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "BadAttribute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryEmptyRuntime represents a EmptyRuntime error raised by the ProjectRegistry contract.
type ProjectRegistryEmptyRuntime struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRuntime()
func ProjectRegistryEmptyRuntimeErrorID() common.Hash {
	return common.HexToHash("0xf234d6f890bae16e7a7964da58a77308057a35b817bd4072c128c753bf47d222")
}

// UnpackEmptyRuntimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRuntime()
func (projectRegistry *ProjectRegistry) UnpackEmptyRuntimeError(raw []byte) (*ProjectRegistryEmptyRuntime, error) {
	out := new(ProjectRegistryEmptyRuntime)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "EmptyRuntime", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryNotAContract represents a NotAContract error raised by the ProjectRegistry contract.
type ProjectRegistryNotAContract struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address account)
func ProjectRegistryNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address account)
func (projectRegistry *ProjectRegistry) UnpackNotAContractError(raw []byte) (*ProjectRegistryNotAContract, error) {
	out := new(ProjectRegistryNotAContract)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryNotPaused represents a NotPaused error raised by the ProjectRegistry contract.
type ProjectRegistryNotPaused struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPaused(uint64 projectID)
func ProjectRegistryNotPausedErrorID() common.Hash {
	return common.HexToHash("0x64bcf31f6e95cf0e7e4bea49fec5a6923b90d35cdcb7fd588b153e4ab7c193c9")
}

// UnpackNotPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPaused(uint64 projectID)
func (projectRegistry *ProjectRegistry) UnpackNotPausedError(raw []byte) (*ProjectRegistryNotPaused, error) {
	out := new(ProjectRegistryNotPaused)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "NotPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryNotProjectOwner represents a NotProjectOwner error raised by the ProjectRegistry contract.
type ProjectRegistryNotProjectOwner struct {
	ProjectID uint64
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProjectOwner(uint64 projectID, address caller)
func ProjectRegistryNotProjectOwnerErrorID() common.Hash {
	return common.HexToHash("0xb831e44faf9259b1a3725412165acc35239fbc287bd646ed582c6dfe870d0b42")
}

// UnpackNotProjectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProjectOwner(uint64 projectID, address caller)
func (projectRegistry *ProjectRegistry) UnpackNotProjectOwnerError(raw []byte) (*ProjectRegistryNotProjectOwner, error) {
	out := new(ProjectRegistryNotProjectOwner)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "NotProjectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryUnknownProject represents a UnknownProject error raised by the ProjectRegistry contract.
type ProjectRegistryUnknownProject struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProject(uint64 projectID)
func ProjectRegistryUnknownProjectErrorID() common.Hash {
	return common.HexToHash("0x628464d344bb8b976fecced3f3d52340506f0f5060613df591f6d2ec5d8a6668")
}

// UnpackUnknownProjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProject(uint64 projectID)
func (projectRegistry *ProjectRegistry) UnpackUnknownProjectError(raw []byte) (*ProjectRegistryUnknownProject, error) {
	out := new(ProjectRegistryUnknownProject)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "UnknownProject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProjectRegistryZeroAddress represents a ZeroAddress error raised by the ProjectRegistry contract.
type ProjectRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProjectRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (projectRegistry *ProjectRegistry) UnpackZeroAddressError(raw []byte) (*ProjectRegistryZeroAddress, error) {
	out := new(ProjectRegistryZeroAddress)
	if err := projectRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
