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

// DeviceRegistryMetaData contains all meta data concerning the DeviceRegistry contract.
var DeviceRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractProjectRegistry\",\"name\":\"projects_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProjectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"PubKeyTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"UnknownProject\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubKey\",\"type\":\"bytes\"}],\"name\":\"DeviceApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DeviceRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"name\":\"OpenSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PUBKEY_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"pubKey\",\"type\":\"bytes\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"isAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"isApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"isOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projects\",\"outputs\":[{\"internalType\":\"contractProjectRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"pubKeyOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"name\":\"setOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DeviceRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610c3a380380610c3a83398101604081905261002e91610066565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316608052610093565b5f60208284031215610076575f5ffd5b81516001600160a01b038116811461008c575f5ffd5b9392505050565b608051610b7a6100c05f395f818161016b0152818161020201528181610437015261058b0152610b7a5ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063703f3cf611610063578063703f3cf61461012857806383be3e65146101535780638b79543c14610166578063a65af279146101a5578063e564f1a4146101b8575f5ffd5b806301fe241f14610094578063431eac0a146100ea5780634541c2e414610100578063554baa8b14610115575b5f5ffd5b6100d56100a236600461086b565b6001600160401b0382165f908152602081815260408083206001600160a01b038516845290915290205460ff1692915050565b60405190151581526020015b60405180910390f35b6100f2608081565b6040519081526020016100e1565b61011361010e3660046108a0565b6101d8565b005b6100d561012336600461086b565b6103b7565b6100d561013636600461092a565b6001600160401b03165f9081526001602052604090205460ff1690565b610113610161366004610943565b61040d565b61018d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e1565b6101136101b336600461086b565b610561565b6101cb6101c636600461086b565b610728565b6040516100e19190610971565b604051637903a61760e01b81526001600160401b038516600482015284905f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637903a61790602401602060405180830381865afa158015610247573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026b91906109a6565b90506001600160a01b0381166102a45760405163628464d360e01b81526001600160401b03831660048201526024015b60405180910390fd5b6001600160a01b03811633146102d157813360405163b831e44f60e01b815260040161029b9291906109c1565b6001600160a01b0385166102f85760405163d92e233d60e01b815260040160405180910390fd5b608083111561031d57604051636c72469760e01b81526004810184905260240161029b565b6001600160401b0386165f908152602081815260408083206001600160a01b03891684529091529020805460ff1916600190811782558101610360858783610a85565b50856001600160a01b0316876001600160401b03167f47372ffe6a69a888673411647a5f9707e7cd7fe4143e8cc03d581228bfd0ed7787876040516103a6929190610b3f565b60405180910390a350505050505050565b6001600160401b0382165f9081526001602052604081205460ff168061040657506001600160401b0383165f908152602081815260408083206001600160a01b038616845290915290205460ff165b9392505050565b604051637903a61760e01b81526001600160401b038316600482015282905f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637903a61790602401602060405180830381865afa15801561047c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a091906109a6565b90506001600160a01b0381166104d45760405163628464d360e01b81526001600160401b038316600482015260240161029b565b6001600160a01b038116331461050157813360405163b831e44f60e01b815260040161029b9291906109c1565b6001600160401b0384165f81815260016020908152604091829020805460ff191687151590811790915591519182527fc5557e946e6818d55d08adc18e543e9b6cd182e4130cc60d499d4364d5bec2c9910160405180910390a250505050565b604051637903a61760e01b81526001600160401b038316600482015282905f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637903a61790602401602060405180830381865afa1580156105d0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f491906109a6565b90506001600160a01b0381166106285760405163628464d360e01b81526001600160401b038316600482015260240161029b565b6001600160a01b038116331461065557813360405163b831e44f60e01b815260040161029b9291906109c1565b6001600160401b0384165f908152602081815260408083206001600160a01b038716845290915290205460ff166106a357838360405163ec17b43360e01b815260040161029b9291906109c1565b6001600160401b0384165f908152602081815260408083206001600160a01b03871684529091528120805460ff19168155906106e260018301826107e7565b50506040516001600160a01b038416906001600160401b038616907fbd24db230a393ff6c69511c16ac08e0c7a4cea5f19cdadc994a40e246afececc905f90a350505050565b6001600160401b0382165f908152602081815260408083206001600160a01b03851684529091529020600101805460609190610763906109f7565b80601f016020809104026020016040519081016040528092919081815260200182805461078f906109f7565b80156107da5780601f106107b1576101008083540402835291602001916107da565b820191905f5260205f20905b8154815290600101906020018083116107bd57829003601f168201915b5050505050905092915050565b5080546107f3906109f7565b5f825580601f10610802575050565b601f0160209004905f5260205f209061081b919061081d565b565b5f5b80821115610834575f8184015560010161081f565b505050565b80356001600160401b038116811461084f575f5ffd5b919050565b6001600160a01b0381168114610868575f5ffd5b50565b5f5f6040838503121561087c575f5ffd5b61088583610839565b9150602083013561089581610854565b809150509250929050565b5f5f5f5f606085870312156108b3575f5ffd5b6108bc85610839565b935060208501356108cc81610854565b925060408501356001600160401b038111156108e6575f5ffd5b8501601f810187136108f6575f5ffd5b80356001600160401b0381111561090b575f5ffd5b87602082840101111561091c575f5ffd5b949793965060200194505050565b5f6020828403121561093a575f5ffd5b61040682610839565b5f5f60408385031215610954575f5ffd5b61095d83610839565b915060208301358015158114610895575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156109b6575f5ffd5b815161040681610854565b6001600160401b039290921682526001600160a01b0316602082015260400190565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610a0b57607f821691505b602082108103610a2957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610834578282111561083457805f5260205f20601f840160051c6020851015610a5a57505f5b90810190601f840160051c035f5b81811015610a7d575f83820155600101610a68565b505050505050565b6001600160401b03831115610a9c57610a9c6109e3565b610ab083610aaa83546109f7565b83610a2f565b5f601f841160018114610ae1575f8515610aca5750838201355b5f19600387901b1c1916600186901b178355610b38565b5f83815260208120601f198716915b82811015610b105786850135825560209485019460019092019101610af0565b5086821015610b2c575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056fea164736f6c6343000825000a",
}

// DeviceRegistry is an auto generated Go binding around an Ethereum contract.
type DeviceRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeviceRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDeviceRegistry creates a new instance of DeviceRegistry.
func NewDeviceRegistry() *DeviceRegistry {
	parsed, err := DeviceRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeviceRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeviceRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address projects_) returns()
func (deviceRegistry *DeviceRegistry) PackConstructor(projects_ common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("", projects_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXPUBKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431eac0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PUBKEY_BYTES() view returns(uint256)
func (deviceRegistry *DeviceRegistry) PackMAXPUBKEYBYTES() []byte {
	enc, err := deviceRegistry.abi.Pack("MAX_PUBKEY_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPUBKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x431eac0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PUBKEY_BYTES() view returns(uint256)
func (deviceRegistry *DeviceRegistry) TryPackMAXPUBKEYBYTES() ([]byte, error) {
	return deviceRegistry.abi.Pack("MAX_PUBKEY_BYTES")
}

// UnpackMAXPUBKEYBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x431eac0a.
//
// Solidity: function MAX_PUBKEY_BYTES() view returns(uint256)
func (deviceRegistry *DeviceRegistry) UnpackMAXPUBKEYBYTES(data []byte) (*big.Int, error) {
	out, err := deviceRegistry.abi.Unpack("MAX_PUBKEY_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4541c2e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(uint64 projectID, address device, bytes pubKey) returns()
func (deviceRegistry *DeviceRegistry) PackApprove(projectID uint64, device common.Address, pubKey []byte) []byte {
	enc, err := deviceRegistry.abi.Pack("approve", projectID, device, pubKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4541c2e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(uint64 projectID, address device, bytes pubKey) returns()
func (deviceRegistry *DeviceRegistry) TryPackApprove(projectID uint64, device common.Address, pubKey []byte) ([]byte, error) {
	return deviceRegistry.abi.Pack("approve", projectID, device, pubKey)
}

// PackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x554baa8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAllowed(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) PackIsAllowed(projectID uint64, device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("isAllowed", projectID, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x554baa8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAllowed(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) TryPackIsAllowed(projectID uint64, device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("isAllowed", projectID, device)
}

// UnpackIsAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x554baa8b.
//
// Solidity: function isAllowed(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) UnpackIsAllowed(data []byte) (bool, error) {
	out, err := deviceRegistry.abi.Unpack("isAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fe241f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApproved(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) PackIsApproved(projectID uint64, device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("isApproved", projectID, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fe241f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApproved(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) TryPackIsApproved(projectID uint64, device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("isApproved", projectID, device)
}

// UnpackIsApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01fe241f.
//
// Solidity: function isApproved(uint64 projectID, address device) view returns(bool)
func (deviceRegistry *DeviceRegistry) UnpackIsApproved(data []byte) (bool, error) {
	out, err := deviceRegistry.abi.Unpack("isApproved", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x703f3cf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOpen(uint64 projectID) view returns(bool)
func (deviceRegistry *DeviceRegistry) PackIsOpen(projectID uint64) []byte {
	enc, err := deviceRegistry.abi.Pack("isOpen", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x703f3cf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOpen(uint64 projectID) view returns(bool)
func (deviceRegistry *DeviceRegistry) TryPackIsOpen(projectID uint64) ([]byte, error) {
	return deviceRegistry.abi.Pack("isOpen", projectID)
}

// UnpackIsOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x703f3cf6.
//
// Solidity: function isOpen(uint64 projectID) view returns(bool)
func (deviceRegistry *DeviceRegistry) UnpackIsOpen(data []byte) (bool, error) {
	out, err := deviceRegistry.abi.Unpack("isOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProjects is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b79543c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projects() view returns(address)
func (deviceRegistry *DeviceRegistry) PackProjects() []byte {
	enc, err := deviceRegistry.abi.Pack("projects")
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
func (deviceRegistry *DeviceRegistry) TryPackProjects() ([]byte, error) {
	return deviceRegistry.abi.Pack("projects")
}

// UnpackProjects is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b79543c.
//
// Solidity: function projects() view returns(address)
func (deviceRegistry *DeviceRegistry) UnpackProjects(data []byte) (common.Address, error) {
	out, err := deviceRegistry.abi.Unpack("projects", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPubKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe564f1a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pubKeyOf(uint64 projectID, address device) view returns(bytes)
func (deviceRegistry *DeviceRegistry) PackPubKeyOf(projectID uint64, device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("pubKeyOf", projectID, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPubKeyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe564f1a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pubKeyOf(uint64 projectID, address device) view returns(bytes)
func (deviceRegistry *DeviceRegistry) TryPackPubKeyOf(projectID uint64, device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("pubKeyOf", projectID, device)
}

// UnpackPubKeyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe564f1a4.
//
// Solidity: function pubKeyOf(uint64 projectID, address device) view returns(bytes)
func (deviceRegistry *DeviceRegistry) UnpackPubKeyOf(data []byte) ([]byte, error) {
	out, err := deviceRegistry.abi.Unpack("pubKeyOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65af279.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint64 projectID, address device) returns()
func (deviceRegistry *DeviceRegistry) PackRevoke(projectID uint64, device common.Address) []byte {
	enc, err := deviceRegistry.abi.Pack("revoke", projectID, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65af279.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint64 projectID, address device) returns()
func (deviceRegistry *DeviceRegistry) TryPackRevoke(projectID uint64, device common.Address) ([]byte, error) {
	return deviceRegistry.abi.Pack("revoke", projectID, device)
}

// PackSetOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83be3e65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOpen(uint64 projectID, bool open) returns()
func (deviceRegistry *DeviceRegistry) PackSetOpen(projectID uint64, open bool) []byte {
	enc, err := deviceRegistry.abi.Pack("setOpen", projectID, open)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83be3e65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOpen(uint64 projectID, bool open) returns()
func (deviceRegistry *DeviceRegistry) TryPackSetOpen(projectID uint64, open bool) ([]byte, error) {
	return deviceRegistry.abi.Pack("setOpen", projectID, open)
}

// DeviceRegistryDeviceApproved represents a DeviceApproved event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceApproved struct {
	ProjectID uint64
	Device    common.Address
	PubKey    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceApprovedEventName = "DeviceApproved"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceApproved) ContractEventName() string {
	return DeviceRegistryDeviceApprovedEventName
}

// UnpackDeviceApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceApproved(uint64 indexed projectID, address indexed device, bytes pubKey)
func (deviceRegistry *DeviceRegistry) UnpackDeviceApprovedEvent(log *types.Log) (*DeviceRegistryDeviceApproved, error) {
	event := "DeviceApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceApproved)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryDeviceRevoked represents a DeviceRevoked event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceRevoked struct {
	ProjectID uint64
	Device    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryDeviceRevokedEventName = "DeviceRevoked"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryDeviceRevoked) ContractEventName() string {
	return DeviceRegistryDeviceRevokedEventName
}

// UnpackDeviceRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeviceRevoked(uint64 indexed projectID, address indexed device)
func (deviceRegistry *DeviceRegistry) UnpackDeviceRevokedEvent(log *types.Log) (*DeviceRegistryDeviceRevoked, error) {
	event := "DeviceRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryDeviceRevoked)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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

// DeviceRegistryOpenSet represents a OpenSet event raised by the DeviceRegistry contract.
type DeviceRegistryOpenSet struct {
	ProjectID uint64
	Open      bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DeviceRegistryOpenSetEventName = "OpenSet"

// ContractEventName returns the user-defined event name.
func (DeviceRegistryOpenSet) ContractEventName() string {
	return DeviceRegistryOpenSetEventName
}

// UnpackOpenSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OpenSet(uint64 indexed projectID, bool open)
func (deviceRegistry *DeviceRegistry) UnpackOpenSetEvent(log *types.Log) (*DeviceRegistryOpenSet, error) {
	event := "OpenSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deviceRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeviceRegistryOpenSet)
	if len(log.Data) > 0 {
		if err := deviceRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deviceRegistry.abi.Events[event].Inputs {
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
func (deviceRegistry *DeviceRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["DeviceNotApproved"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackDeviceNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["NotProjectOwner"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackNotProjectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["PubKeyTooLong"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackPubKeyTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["UnknownProject"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackUnknownProjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], deviceRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return deviceRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeviceRegistryDeviceNotApproved represents a DeviceNotApproved error raised by the DeviceRegistry contract.
type DeviceRegistryDeviceNotApproved struct {
	ProjectID uint64
	Device    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeviceNotApproved(uint64 projectID, address device)
func DeviceRegistryDeviceNotApprovedErrorID() common.Hash {
	return common.HexToHash("0xec17b43374e7fe3c79ba8d7ead2f14408d31ab0cc9733adb0932fae9284e34eb")
}

// UnpackDeviceNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeviceNotApproved(uint64 projectID, address device)
func (deviceRegistry *DeviceRegistry) UnpackDeviceNotApprovedError(raw []byte) (*DeviceRegistryDeviceNotApproved, error) {
	out := new(DeviceRegistryDeviceNotApproved)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "DeviceNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryNotProjectOwner represents a NotProjectOwner error raised by the DeviceRegistry contract.
type DeviceRegistryNotProjectOwner struct {
	ProjectID uint64
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProjectOwner(uint64 projectID, address caller)
func DeviceRegistryNotProjectOwnerErrorID() common.Hash {
	return common.HexToHash("0xb831e44faf9259b1a3725412165acc35239fbc287bd646ed582c6dfe870d0b42")
}

// UnpackNotProjectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProjectOwner(uint64 projectID, address caller)
func (deviceRegistry *DeviceRegistry) UnpackNotProjectOwnerError(raw []byte) (*DeviceRegistryNotProjectOwner, error) {
	out := new(DeviceRegistryNotProjectOwner)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "NotProjectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryPubKeyTooLong represents a PubKeyTooLong error raised by the DeviceRegistry contract.
type DeviceRegistryPubKeyTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PubKeyTooLong(uint256 length)
func DeviceRegistryPubKeyTooLongErrorID() common.Hash {
	return common.HexToHash("0x6c724697f6f01fa013d31da2b20e0114a5737e3baa25681d5f567b255dd15200")
}

// UnpackPubKeyTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PubKeyTooLong(uint256 length)
func (deviceRegistry *DeviceRegistry) UnpackPubKeyTooLongError(raw []byte) (*DeviceRegistryPubKeyTooLong, error) {
	out := new(DeviceRegistryPubKeyTooLong)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "PubKeyTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryUnknownProject represents a UnknownProject error raised by the DeviceRegistry contract.
type DeviceRegistryUnknownProject struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProject(uint64 projectID)
func DeviceRegistryUnknownProjectErrorID() common.Hash {
	return common.HexToHash("0x628464d344bb8b976fecced3f3d52340506f0f5060613df591f6d2ec5d8a6668")
}

// UnpackUnknownProjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProject(uint64 projectID)
func (deviceRegistry *DeviceRegistry) UnpackUnknownProjectError(raw []byte) (*DeviceRegistryUnknownProject, error) {
	out := new(DeviceRegistryUnknownProject)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "UnknownProject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeviceRegistryZeroAddress represents a ZeroAddress error raised by the DeviceRegistry contract.
type DeviceRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DeviceRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (deviceRegistry *DeviceRegistry) UnpackZeroAddressError(raw []byte) (*DeviceRegistryZeroAddress, error) {
	out := new(DeviceRegistryZeroAddress)
	if err := deviceRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
