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

// ProvenanceDAppCredit is an auto generated low-level Go binding around an user-defined struct.
type ProvenanceDAppCredit struct {
	Tasks    uint64
	Readings uint64
	Above    uint64
	Total    *big.Int
}

// ProvenanceDAppMetaData contains all meta data concerning the ProvenanceDApp contract.
var ProvenanceDAppMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"router_\",\"type\":\"address\"},{\"internalType\":\"contractProjectRegistry\",\"name\":\"projects_\",\"type\":\"address\"},{\"internalType\":\"contractIProvenanceVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MalformedResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"NoDeviceRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRouter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"device\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"firstSeq\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seqMask\",\"type\":\"uint256\"}],\"name\":\"SeqAlreadyCredited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongDeviceRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"want\",\"type\":\"uint64\"}],\"name\":\"WrongProject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gotHi\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gotLo\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"device\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"firstSeq\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lastSeq\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"above\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEVICE_ROOT_KEY\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQ_SPAN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"device\",\"type\":\"uint256\"}],\"name\":\"credits\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"tasks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readings\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"above\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"internalType\":\"structProvenanceDApp.Credit\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"}],\"name\":\"deviceRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"process\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projects\",\"outputs\":[{\"internalType\":\"contractProjectRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"device\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seq\",\"type\":\"uint256\"}],\"name\":\"seqCredited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIProvenanceVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ProvenanceDApp",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161101738038061101783398101604081905261002e916100af565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160a01b038116155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0392831660805290821660a0521660c0526100f9565b6001600160a01b03811681146100ac575f5ffd5b50565b5f5f5f606084860312156100c1575f5ffd5b83516100cc81610098565b60208501519093506100dd81610098565b60408501519092506100ee81610098565b809150509250925092565b60805160a05160c051610ee06101375f395f818160ae015261038101525f818161014e01526106d601525f818161022a01526102570152610ee05ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063a4558d4511610063578063a4558d4514610170578063ac538185146101a5578063c9ab9bb9146101ad578063d83aa533146101c0578063f887ea4014610225575f5ffd5b80632345f541146100945780632b7ac3f3146100a95780634f0fd136146100ed5780638b79543c14610149575b5f5ffd5b6100a76100a2366004610ada565b61024c565b005b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6101396100fb366004610b7a565b6001600160401b03929092165f908152600160208181526040808420948452938152838320600886901c845290529190205460ff9092161b16151590565b60405190151581526020016100e4565b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b6101977ff76bac419f15ce6ab426d23946d0abf28eb03868e0657edad705a4b0229191a481565b6040519081526020016100e4565b61019760fc81565b6101976101bb366004610baa565b610686565b6101d36101ce366004610bc3565b61078b565b6040516100e491905f6080820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151606083015292915050565b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461029c57604051632462ed0960e01b81523360048201526024015b60405180910390fd5b5f5f6102ac8484600b8a8a610812565b915091505f6102ba88610686565b905080826003815181106102d0576102d0610beb565b60200260200101511461031d57816003815181106102f0576102f0610beb565b60200260200101518160405163bab106fb60e01b8152600401610293929190918252602082015260400190565b610325610aa0565b5f5b600b8110156103695783818151811061034257610342610beb565b60200260200101518282600b811061035c5761035c610beb565b6020020152600101610327565b5060405163682c6b7f60e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d058d6fe906103b89087908590600401610bff565b5f6040518083038186803b1580156103ce575f5ffd5b505afa1580156103e0573d5f5f3e3d5ffd5b505050505f836004815181106103f8576103f8610beb565b602002602001015190506104428a828660068151811061041a5761041a610beb565b602002602001015187600a8151811061043557610435610beb565b6020026020010151610986565b6001600160401b03808b165f908152602081815260408083208584529091528120805490926001928492909161047a91859116610c77565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550846005815181106104b1576104b1610beb565b6020026020010151815f0160088282829054906101000a90046001600160401b03166104dd9190610c77565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508460098151811061051457610514610beb565b6020026020010151815f0160108282829054906101000a90046001600160401b03166105409190610c77565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508460088151811061057757610577610beb565b6020026020010151816001015f8282546105919190610c96565b92505081905550818a8c6001600160401b03167f5a3a3cd6e8342f17d39122b015e6f6ded30558fa43da8b76eab81c5acbccac66886005815181106105d8576105d8610beb565b6020026020010151896006815181106105f3576105f3610beb565b60200260200101518a60078151811061060e5761060e610beb565b60200260200101518b60088151811061062957610629610beb565b60200260200101518c60098151811061064457610644610beb565b60209081029190910181015160408051968752918601949094528401919091526060830152608082015260a00160405180910390a45050505050505050505050565b60405163148cef6560e01b81526001600160401b03821660048201527ff76bac419f15ce6ab426d23946d0abf28eb03868e0657edad705a4b0229191a460248201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063148cef65906044015f60405180830381865afa15801561071a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526107419190810190610d13565b90508051602014610770576040516371bc904360e01b81526001600160401b0384166004820152602401610293565b808060200190518101906107849190610d8c565b9392505050565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160401b0387811683528282528583208784528252918590208551938401865280548084168552680100000000000000008104841692850192909252600160801b90910490911693820193909352600190920154908201525b92915050565b60608061082186880188610e22565b8051919350915085146108475760405163d050692d60e01b815260040160405180910390fd5b836001600160401b0316815f8151811061086357610863610beb565b6020026020010151146108b857805f8151811061088257610882610beb565b6020026020010151846040516392f210ab60e01b81526004016102939291909182526001600160401b0316602082015260400190565b6080835f1c901c816001815181106108d2576108d2610beb565b60200260200101511415806109155750825f1c6fffffffffffffffffffffffffffffffff168160028151811061090a5761090a610beb565b602002602001015114155b1561097c578060018151811061092d5761092d610beb565b60200260200101518160028151811061094857610948610beb565b602090810291909101015160405163fa5001a560e01b81526004810192909252602482015260448101849052606401610293565b9550959350505050565b6001600160401b0384165f9081526001602090815260408083208684528252808320600886901c8085529281905292205460ff85169084821b90808216156109f25760405163279ce8fd60e01b8152600481018990526024810188905260448101879052606401610293565b5f84815260208690526040902081831790558215610a95575f610a1784610100610ec0565b87901c90508015610a9357855f610a2f876001610c96565b81526020019081526020015f205491508082165f14610a725760405163279ce8fd60e01b8152600481018a90526024810189905260448101889052606401610293565b818117865f610a82886001610c96565b815260208101919091526040015f20555b505b505050505050505050565b604051806101600160405280600b906020820280368337509192915050565b80356001600160401b0381168114610ad5575f5ffd5b919050565b5f5f5f5f5f60808688031215610aee575f5ffd5b610af786610abf565b94506020860135935060408601356001600160a01b0381168114610b19575f5ffd5b925060608601356001600160401b03811115610b33575f5ffd5b8601601f81018813610b43575f5ffd5b80356001600160401b03811115610b58575f5ffd5b886020828401011115610b69575f5ffd5b959894975092955050506020019190565b5f5f5f60608486031215610b8c575f5ffd5b610b9584610abf565b95602085013595506040909401359392505050565b5f60208284031215610bba575f5ffd5b61078482610abf565b5f5f60408385031215610bd4575f5ffd5b610bdd83610abf565b946020939093013593505050565b634e487b7160e01b5f52603260045260245ffd5b61018081525f83518061018084015280602086016101a085015e5f6101a082850101526101a0601f19601f83011684010191505060208201835f5b600b811015610c59578151835260209283019290910190600101610c3a565b5050509392505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561080c5761080c610c63565b8082018082111561080c5761080c610c63565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610ce557610ce5610ca9565b604052919050565b5f6001600160401b03821115610d0557610d05610ca9565b50601f01601f191660200190565b5f60208284031215610d23575f5ffd5b81516001600160401b03811115610d38575f5ffd5b8201601f81018413610d48575f5ffd5b8051610d5b610d5682610ced565b610cbd565b818152856020838501011115610d6f575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b5f60208284031215610d9c575f5ffd5b5051919050565b5f82601f830112610db2575f5ffd5b81356001600160401b03811115610dcb57610dcb610ca9565b8060051b610ddb60208201610cbd565b91825260208185018101929081019086841115610df6575f5ffd5b6020860192505b83831015610e18578235825260209283019290910190610dfd565b9695505050505050565b5f5f60408385031215610e33575f5ffd5b82356001600160401b03811115610e48575f5ffd5b8301601f81018513610e58575f5ffd5b8035610e66610d5682610ced565b818152866020838501011115610e7a575f5ffd5b816020840160208301375f6020838301015280945050505060208301356001600160401b03811115610eaa575f5ffd5b610eb685828601610da3565b9150509250929050565b8181038181111561080c5761080c610c6356fea164736f6c6343000825000a",
}

// ProvenanceDApp is an auto generated Go binding around an Ethereum contract.
type ProvenanceDApp struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProvenanceDApp) GetABI() abi.ABI {
	return c.abi
}

// NewProvenanceDApp creates a new instance of ProvenanceDApp.
func NewProvenanceDApp() *ProvenanceDApp {
	parsed, err := ProvenanceDAppMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProvenanceDApp{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProvenanceDApp) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address router_, address projects_, address verifier_) returns()
func (provenanceDApp *ProvenanceDApp) PackConstructor(router_ common.Address, projects_ common.Address, verifier_ common.Address) []byte {
	enc, err := provenanceDApp.abi.Pack("", router_, projects_, verifier_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEVICEROOTKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4558d45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEVICE_ROOT_KEY() view returns(bytes32)
func (provenanceDApp *ProvenanceDApp) PackDEVICEROOTKEY() []byte {
	enc, err := provenanceDApp.abi.Pack("DEVICE_ROOT_KEY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEVICEROOTKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4558d45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEVICE_ROOT_KEY() view returns(bytes32)
func (provenanceDApp *ProvenanceDApp) TryPackDEVICEROOTKEY() ([]byte, error) {
	return provenanceDApp.abi.Pack("DEVICE_ROOT_KEY")
}

// UnpackDEVICEROOTKEY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4558d45.
//
// Solidity: function DEVICE_ROOT_KEY() view returns(bytes32)
func (provenanceDApp *ProvenanceDApp) UnpackDEVICEROOTKEY(data []byte) ([32]byte, error) {
	out, err := provenanceDApp.abi.Unpack("DEVICE_ROOT_KEY", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSEQSPAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac538185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQ_SPAN() view returns(uint256)
func (provenanceDApp *ProvenanceDApp) PackMAXSEQSPAN() []byte {
	enc, err := provenanceDApp.abi.Pack("MAX_SEQ_SPAN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQSPAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac538185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQ_SPAN() view returns(uint256)
func (provenanceDApp *ProvenanceDApp) TryPackMAXSEQSPAN() ([]byte, error) {
	return provenanceDApp.abi.Pack("MAX_SEQ_SPAN")
}

// UnpackMAXSEQSPAN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac538185.
//
// Solidity: function MAX_SEQ_SPAN() view returns(uint256)
func (provenanceDApp *ProvenanceDApp) UnpackMAXSEQSPAN(data []byte) (*big.Int, error) {
	out, err := provenanceDApp.abi.Unpack("MAX_SEQ_SPAN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd83aa533.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(uint64 projectID, uint256 device) view returns((uint64,uint64,uint64,uint256))
func (provenanceDApp *ProvenanceDApp) PackCredits(projectID uint64, device *big.Int) []byte {
	enc, err := provenanceDApp.abi.Pack("credits", projectID, device)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd83aa533.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(uint64 projectID, uint256 device) view returns((uint64,uint64,uint64,uint256))
func (provenanceDApp *ProvenanceDApp) TryPackCredits(projectID uint64, device *big.Int) ([]byte, error) {
	return provenanceDApp.abi.Pack("credits", projectID, device)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd83aa533.
//
// Solidity: function credits(uint64 projectID, uint256 device) view returns((uint64,uint64,uint64,uint256))
func (provenanceDApp *ProvenanceDApp) UnpackCredits(data []byte) (ProvenanceDAppCredit, error) {
	out, err := provenanceDApp.abi.Unpack("credits", data)
	if err != nil {
		return *new(ProvenanceDAppCredit), err
	}
	out0 := *abi.ConvertType(out[0], new(ProvenanceDAppCredit)).(*ProvenanceDAppCredit)
	return out0, nil
}

// PackDeviceRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ab9bb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deviceRoot(uint64 projectID) view returns(uint256)
func (provenanceDApp *ProvenanceDApp) PackDeviceRoot(projectID uint64) []byte {
	enc, err := provenanceDApp.abi.Pack("deviceRoot", projectID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeviceRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9ab9bb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deviceRoot(uint64 projectID) view returns(uint256)
func (provenanceDApp *ProvenanceDApp) TryPackDeviceRoot(projectID uint64) ([]byte, error) {
	return provenanceDApp.abi.Pack("deviceRoot", projectID)
}

// UnpackDeviceRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9ab9bb9.
//
// Solidity: function deviceRoot(uint64 projectID) view returns(uint256)
func (provenanceDApp *ProvenanceDApp) UnpackDeviceRoot(data []byte) (*big.Int, error) {
	out, err := provenanceDApp.abi.Unpack("deviceRoot", data)
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
// Solidity: function process(uint64 projectID, bytes32 taskID, address , bytes result) returns()
func (provenanceDApp *ProvenanceDApp) PackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) []byte {
	enc, err := provenanceDApp.abi.Pack("process", projectID, taskID, arg2, result)
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
func (provenanceDApp *ProvenanceDApp) TryPackProcess(projectID uint64, taskID [32]byte, arg2 common.Address, result []byte) ([]byte, error) {
	return provenanceDApp.abi.Pack("process", projectID, taskID, arg2, result)
}

// PackProjects is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b79543c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function projects() view returns(address)
func (provenanceDApp *ProvenanceDApp) PackProjects() []byte {
	enc, err := provenanceDApp.abi.Pack("projects")
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
func (provenanceDApp *ProvenanceDApp) TryPackProjects() ([]byte, error) {
	return provenanceDApp.abi.Pack("projects")
}

// UnpackProjects is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b79543c.
//
// Solidity: function projects() view returns(address)
func (provenanceDApp *ProvenanceDApp) UnpackProjects(data []byte) (common.Address, error) {
	out, err := provenanceDApp.abi.Unpack("projects", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (provenanceDApp *ProvenanceDApp) PackRouter() []byte {
	enc, err := provenanceDApp.abi.Pack("router")
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
func (provenanceDApp *ProvenanceDApp) TryPackRouter() ([]byte, error) {
	return provenanceDApp.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (provenanceDApp *ProvenanceDApp) UnpackRouter(data []byte) (common.Address, error) {
	out, err := provenanceDApp.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSeqCredited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0fd136.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seqCredited(uint64 projectID, uint256 device, uint256 seq) view returns(bool)
func (provenanceDApp *ProvenanceDApp) PackSeqCredited(projectID uint64, device *big.Int, seq *big.Int) []byte {
	enc, err := provenanceDApp.abi.Pack("seqCredited", projectID, device, seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeqCredited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0fd136.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seqCredited(uint64 projectID, uint256 device, uint256 seq) view returns(bool)
func (provenanceDApp *ProvenanceDApp) TryPackSeqCredited(projectID uint64, device *big.Int, seq *big.Int) ([]byte, error) {
	return provenanceDApp.abi.Pack("seqCredited", projectID, device, seq)
}

// UnpackSeqCredited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f0fd136.
//
// Solidity: function seqCredited(uint64 projectID, uint256 device, uint256 seq) view returns(bool)
func (provenanceDApp *ProvenanceDApp) UnpackSeqCredited(data []byte) (bool, error) {
	out, err := provenanceDApp.abi.Unpack("seqCredited", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (provenanceDApp *ProvenanceDApp) PackVerifier() []byte {
	enc, err := provenanceDApp.abi.Pack("verifier")
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
func (provenanceDApp *ProvenanceDApp) TryPackVerifier() ([]byte, error) {
	return provenanceDApp.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (provenanceDApp *ProvenanceDApp) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := provenanceDApp.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ProvenanceDAppCredited represents a Credited event raised by the ProvenanceDApp contract.
type ProvenanceDAppCredited struct {
	ProjectID uint64
	TaskID    [32]byte
	Device    *big.Int
	Count     *big.Int
	FirstSeq  *big.Int
	LastSeq   *big.Int
	Total     *big.Int
	Above     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProvenanceDAppCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (ProvenanceDAppCredited) ContractEventName() string {
	return ProvenanceDAppCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(uint64 indexed projectID, bytes32 indexed taskID, uint256 indexed device, uint256 count, uint256 firstSeq, uint256 lastSeq, uint256 total, uint256 above)
func (provenanceDApp *ProvenanceDApp) UnpackCreditedEvent(log *types.Log) (*ProvenanceDAppCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != provenanceDApp.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProvenanceDAppCredited)
	if len(log.Data) > 0 {
		if err := provenanceDApp.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range provenanceDApp.abi.Events[event].Inputs {
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
func (provenanceDApp *ProvenanceDApp) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["MalformedResult"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackMalformedResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["NoDeviceRoot"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackNoDeviceRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["NotRouter"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackNotRouterError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["SeqAlreadyCredited"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackSeqAlreadyCreditedError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["WrongDeviceRoot"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackWrongDeviceRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["WrongProject"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackWrongProjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["WrongTask"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackWrongTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], provenanceDApp.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return provenanceDApp.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProvenanceDAppMalformedResult represents a MalformedResult error raised by the ProvenanceDApp contract.
type ProvenanceDAppMalformedResult struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedResult()
func ProvenanceDAppMalformedResultErrorID() common.Hash {
	return common.HexToHash("0xd050692d345df03973d12567fd8f3c91e3e96dc37ce340ffa3d78f19ccc12454")
}

// UnpackMalformedResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedResult()
func (provenanceDApp *ProvenanceDApp) UnpackMalformedResultError(raw []byte) (*ProvenanceDAppMalformedResult, error) {
	out := new(ProvenanceDAppMalformedResult)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "MalformedResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppNoDeviceRoot represents a NoDeviceRoot error raised by the ProvenanceDApp contract.
type ProvenanceDAppNoDeviceRoot struct {
	ProjectID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeviceRoot(uint64 projectID)
func ProvenanceDAppNoDeviceRootErrorID() common.Hash {
	return common.HexToHash("0x71bc9043d3b5d47cdaef95358241ac0039dda8ad33caae240765b4793ff4cd94")
}

// UnpackNoDeviceRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeviceRoot(uint64 projectID)
func (provenanceDApp *ProvenanceDApp) UnpackNoDeviceRootError(raw []byte) (*ProvenanceDAppNoDeviceRoot, error) {
	out := new(ProvenanceDAppNoDeviceRoot)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "NoDeviceRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppNotRouter represents a NotRouter error raised by the ProvenanceDApp contract.
type ProvenanceDAppNotRouter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRouter(address caller)
func ProvenanceDAppNotRouterErrorID() common.Hash {
	return common.HexToHash("0x2462ed0984b4acf0eecbdc92ad82617145411c89ecd814e758ff17675e2114ec")
}

// UnpackNotRouterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRouter(address caller)
func (provenanceDApp *ProvenanceDApp) UnpackNotRouterError(raw []byte) (*ProvenanceDAppNotRouter, error) {
	out := new(ProvenanceDAppNotRouter)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "NotRouter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppSeqAlreadyCredited represents a SeqAlreadyCredited error raised by the ProvenanceDApp contract.
type ProvenanceDAppSeqAlreadyCredited struct {
	Device   *big.Int
	FirstSeq *big.Int
	SeqMask  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeqAlreadyCredited(uint256 device, uint256 firstSeq, uint256 seqMask)
func ProvenanceDAppSeqAlreadyCreditedErrorID() common.Hash {
	return common.HexToHash("0x279ce8fdfe4a4a0c4279c7b6cf7ccf3f6bff246836f989a8ffa2ee58cbca36e1")
}

// UnpackSeqAlreadyCreditedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeqAlreadyCredited(uint256 device, uint256 firstSeq, uint256 seqMask)
func (provenanceDApp *ProvenanceDApp) UnpackSeqAlreadyCreditedError(raw []byte) (*ProvenanceDAppSeqAlreadyCredited, error) {
	out := new(ProvenanceDAppSeqAlreadyCredited)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "SeqAlreadyCredited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppWrongDeviceRoot represents a WrongDeviceRoot error raised by the ProvenanceDApp contract.
type ProvenanceDAppWrongDeviceRoot struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDeviceRoot(uint256 got, uint256 want)
func ProvenanceDAppWrongDeviceRootErrorID() common.Hash {
	return common.HexToHash("0xbab106fb6c0d76496b68ae1c0d8b9ce3a851fc2204b86335a3947ab7286074a0")
}

// UnpackWrongDeviceRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDeviceRoot(uint256 got, uint256 want)
func (provenanceDApp *ProvenanceDApp) UnpackWrongDeviceRootError(raw []byte) (*ProvenanceDAppWrongDeviceRoot, error) {
	out := new(ProvenanceDAppWrongDeviceRoot)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "WrongDeviceRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppWrongProject represents a WrongProject error raised by the ProvenanceDApp contract.
type ProvenanceDAppWrongProject struct {
	Got  *big.Int
	Want uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongProject(uint256 got, uint64 want)
func ProvenanceDAppWrongProjectErrorID() common.Hash {
	return common.HexToHash("0x92f210ab17d385757c7a69e5edc20c0a518d33c5ea3920cf805c9eff0b33097b")
}

// UnpackWrongProjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongProject(uint256 got, uint64 want)
func (provenanceDApp *ProvenanceDApp) UnpackWrongProjectError(raw []byte) (*ProvenanceDAppWrongProject, error) {
	out := new(ProvenanceDAppWrongProject)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "WrongProject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppWrongTask represents a WrongTask error raised by the ProvenanceDApp contract.
type ProvenanceDAppWrongTask struct {
	GotHi *big.Int
	GotLo *big.Int
	Want  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTask(uint256 gotHi, uint256 gotLo, bytes32 want)
func ProvenanceDAppWrongTaskErrorID() common.Hash {
	return common.HexToHash("0xfa5001a56788a34d4396549666765367638bf9ba53911cb56fcab0c85bc35c43")
}

// UnpackWrongTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTask(uint256 gotHi, uint256 gotLo, bytes32 want)
func (provenanceDApp *ProvenanceDApp) UnpackWrongTaskError(raw []byte) (*ProvenanceDAppWrongTask, error) {
	out := new(ProvenanceDAppWrongTask)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "WrongTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProvenanceDAppZeroAddress represents a ZeroAddress error raised by the ProvenanceDApp contract.
type ProvenanceDAppZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProvenanceDAppZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (provenanceDApp *ProvenanceDApp) UnpackZeroAddressError(raw []byte) (*ProvenanceDAppZeroAddress, error) {
	out := new(ProvenanceDAppZeroAddress)
	if err := provenanceDApp.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
