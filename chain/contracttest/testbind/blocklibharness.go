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

// BlockLibAssignment is an auto generated low-level Go binding around an user-defined struct.
type BlockLibAssignment struct {
	ProjectID uint64
	TaskID    [32]byte
	Prover    common.Address
	Deadline  uint64
}

// BlockLibHeader is an auto generated low-level Go binding around an user-defined struct.
type BlockLibHeader struct {
	Version    uint32
	PrevHash   [32]byte
	MerkleRoot [32]byte
	Timestamp  uint64
	Nbits      uint32
	Nonce      uint64
}

// BlockLibParams is an auto generated low-level Go binding around an user-defined struct.
type BlockLibParams struct {
	PowLimit       uint32
	TargetInterval uint64
	RetargetWindow uint64
}

// BlockLibHarnessMetaData contains all meta data concerning the BlockLibHarness contract.
var BlockLibHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nbits\",\"type\":\"uint32\"}],\"name\":\"BadNBits\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prevHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nbits\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structBlockLib.Header\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structBlockLib.Assignment\",\"name\":\"a\",\"type\":\"tuple\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"projectID\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structBlockLib.Assignment[]\",\"name\":\"as_\",\"type\":\"tuple[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"powLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"targetInterval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retargetWindow\",\"type\":\"uint64\"}],\"internalType\":\"structBlockLib.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"tipNBits\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"tipTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"}],\"name\":\"retarget\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nbits\",\"type\":\"uint32\"}],\"name\":\"target\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"toCompact\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nbits\",\"type\":\"uint32\"}],\"name\":\"tryTarget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "BlockLibHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610cd98061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063d93ed8f311610058578063d93ed8f3146100df578063f0d290d2146100f2578063f936d24a14610105578063ff24983a1461012d575f5ffd5b80631283f8021461007e57806395f2fc4b146100a45780639d42af36146100cc575b5f5ffd5b61009161008c3660046109cc565b610140565b6040519081526020015b60405180910390f35b6100b76100b2366004610a55565b610154565b6040805192835290151560208301520161009b565b6100916100da366004610a6e565b610168565b6100916100ed366004610a87565b610172565b610091610100366004610a55565b61017c565b610118610113366004610a98565b6101bd565b60405163ffffffff909116815260200161009b565b61011861013b366004610ada565b6101c7565b5f61014b83836101df565b90505b92915050565b5f5f61015f836103ae565b91509150915091565b5f61014e8261046d565b5f61014e82610517565b5f5f5f610188846103ae565b91509150806101b6576040516314f52b7d60e21b815263ffffffff8516600482015260240160405180910390fd5b5092915050565b5f61014e82610687565b5f6101d48585858561076d565b90505b949350505050565b5f818082036101f157505f905061014e565b5f8167ffffffffffffffff81111561020b5761020b610aaf565b604051908082528060200260200182016040528015610234578160200160208202803683370190505b5090505f5b828110156102865761026186868381811061025657610256610b90565b90506080020161046d565b82828151811061027357610273610b90565b6020908102919091010152600101610239565b505b600182111561038a575f5f5b836102a0826001610bb8565b1015610328576102ee8382815181106102bb576102bb610b90565b6020026020010151848360016102d19190610bb8565b815181106102e1576102e1610b90565b60200260200101516108b4565b83836102f981610bcb565b94508151811061030b5761030b610b90565b6020908102919091010152610321600282610bb8565b9050610294565b50826001166001036103835781610340600185610be3565b8151811061035057610350610b90565b602002602001015182828061036490610bcb565b93508151811061037657610376610b90565b6020026020010181815250505b9150610288565b805f8151811061039c5761039c610b90565b60200260200101519250505092915050565b5f80627fffff831660ff601885901c16600381116103e6576103d1816003610be3565b6103dc906008610bf6565b82901c935061043f565b5f6103f2600383610be3565b6103fd906008610bf6565b90508215801590610427575061010081101580610427575061042181610100610be3565b83901c15155b1561043957505f958695509350505050565b82901b93505b831580610450575062800000851615155b1561046157505f9485945092505050565b50919360019350915050565b5f8061047c6020840184610c0d565b60208401356104916060860160408701610c26565b6104a16080870160608801610c0d565b6040516001600160f81b031995909516602086015260c093841b6001600160c01b03199081166021870152602986019390935260609190911b6bffffffffffffffffffffffff1916604985015290911b16605d820152606501604051602081830303815290604052805190602001209050919050565b5f806105266020840184610a55565b602084013560408501356105406080870160608801610c0d565b61055060a0880160808901610a55565b61056060c0890160a08a01610c0d565b6040516001600160e01b031960e097881b81166020830152602482019690965260448101949094526001600160c01b031960c093841b811660648601529190951b909316606c8301529290921b1660708201526078016040516020818303038152906040529050600280826040516105d89190610c4c565b602060405180830381855afa1580156105f3573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906106169190610c62565b60405160200161062891815260200190565b60408051601f198184030181529082905261064291610c4c565b602060405180830381855afa15801561065d573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906106809190610c62565b9392505050565b5f815f0361069657505f919050565b5f6106f3835f60076fffffffffffffffffffffffffffffffff8311901b9050600667ffffffffffffffff83831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b1760ff82821c1160039190911c17919050565b6106fe906001610bb8565b90505f600382111561072857610715600383610be3565b610720906008610bf6565b84901c610742565b610733826003610be3565b61073e906008610bf6565b84901b5b9050628000008116156107605760081c8161075c81610bcb565b9250505b60189190911b1792915050565b5f5f5f61077c875f01516103ae565b915091505f5f61078b886103ae565b9150915082158061079a575080155b156107ad575050865192506101d7915050565b5f896020015167ffffffffffffffff1660018b604001516107ce9190610c79565b67ffffffffffffffff166107e29190610bf6565b90505f8767ffffffffffffffff168967ffffffffffffffff16111561082b5761082861080e898b610c79565b67ffffffffffffffff16610823600485610bf6565b6108d1565b90505b61083f8161083a600485610cad565b6108e0565b90505f61084c85836108ef565b509050828110610867575050895195506101d7945050505050565b5f61087386848661090b565b90508781111561088f5750508a5196506101d795505050505050565b805f0361089a575060015b6108a381610687565b9d9c50505050505050505050505050565b5f6040516001815360018101939093525060218201526041902090565b5f82821882841002821861014b565b5f82821882841102821861014b565b5f805f1983850993909202808410938190039390930393915050565b5f5f5f61091886866108ef565b91509150815f0361093c5783818161093257610932610c99565b0492505050610680565b8184116109535761095360038515026011186109bb565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b634e487b715f52806020526024601cfd5b5f5f602083850312156109dd575f5ffd5b823567ffffffffffffffff8111156109f3575f5ffd5b8301601f81018513610a03575f5ffd5b803567ffffffffffffffff811115610a19575f5ffd5b8560208260071b8401011115610a2d575f5ffd5b6020919091019590945092505050565b803563ffffffff81168114610a50575f5ffd5b919050565b5f60208284031215610a65575f5ffd5b61014b82610a3d565b5f6080828403128015610a7f575f5ffd5b509092915050565b5f60c0828403128015610a7f575f5ffd5b5f60208284031215610aa8575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b803567ffffffffffffffff81168114610a50575f5ffd5b5f5f5f5f84860360c0811215610aee575f5ffd5b6060811215610afb575f5ffd5b506040516060810181811067ffffffffffffffff82111715610b2b57634e487b7160e01b5f52604160045260245ffd5b604052610b3786610a3d565b8152610b4560208701610ac3565b6020820152610b5660408701610ac3565b60408201529350610b6960608601610a3d565b9250610b7760808601610ac3565b9150610b8560a08601610ac3565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561014e5761014e610ba4565b5f60018201610bdc57610bdc610ba4565b5060010190565b8181038181111561014e5761014e610ba4565b808202811582820484141761014e5761014e610ba4565b5f60208284031215610c1d575f5ffd5b61014b82610ac3565b5f60208284031215610c36575f5ffd5b81356001600160a01b0381168114610680575f5ffd5b5f82518060208501845e5f920191825250919050565b5f60208284031215610c72575f5ffd5b5051919050565b67ffffffffffffffff828116828216039081111561014e5761014e610ba4565b634e487b7160e01b5f52601260045260245ffd5b5f82610cc757634e487b7160e01b5f52601260045260245ffd5b50049056fea164736f6c6343000825000a",
}

// BlockLibHarness is an auto generated Go binding around an Ethereum contract.
type BlockLibHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlockLibHarness) GetABI() abi.ABI {
	return c.abi
}

// NewBlockLibHarness creates a new instance of BlockLibHarness.
func NewBlockLibHarness() *BlockLibHarness {
	parsed, err := BlockLibHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlockLibHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlockLibHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93ed8f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashHeader((uint32,bytes32,bytes32,uint64,uint32,uint64) h) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) PackHashHeader(h BlockLibHeader) []byte {
	enc, err := blockLibHarness.abi.Pack("hashHeader", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93ed8f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashHeader((uint32,bytes32,bytes32,uint64,uint32,uint64) h) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) TryPackHashHeader(h BlockLibHeader) ([]byte, error) {
	return blockLibHarness.abi.Pack("hashHeader", h)
}

// UnpackHashHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd93ed8f3.
//
// Solidity: function hashHeader((uint32,bytes32,bytes32,uint64,uint32,uint64) h) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) UnpackHashHeader(data []byte) ([32]byte, error) {
	out, err := blockLibHarness.abi.Unpack("hashHeader", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d42af36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaf((uint64,bytes32,address,uint64) a) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) PackLeaf(a BlockLibAssignment) []byte {
	enc, err := blockLibHarness.abi.Pack("leaf", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d42af36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaf((uint64,bytes32,address,uint64) a) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) TryPackLeaf(a BlockLibAssignment) ([]byte, error) {
	return blockLibHarness.abi.Pack("leaf", a)
}

// UnpackLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d42af36.
//
// Solidity: function leaf((uint64,bytes32,address,uint64) a) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) UnpackLeaf(data []byte) ([32]byte, error) {
	out, err := blockLibHarness.abi.Unpack("leaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1283f802.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function merkleRoot((uint64,bytes32,address,uint64)[] as_) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) PackMerkleRoot(as []BlockLibAssignment) []byte {
	enc, err := blockLibHarness.abi.Pack("merkleRoot", as)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1283f802.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function merkleRoot((uint64,bytes32,address,uint64)[] as_) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) TryPackMerkleRoot(as []BlockLibAssignment) ([]byte, error) {
	return blockLibHarness.abi.Pack("merkleRoot", as)
}

// UnpackMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1283f802.
//
// Solidity: function merkleRoot((uint64,bytes32,address,uint64)[] as_) pure returns(bytes32)
func (blockLibHarness *BlockLibHarness) UnpackMerkleRoot(data []byte) ([32]byte, error) {
	out, err := blockLibHarness.abi.Unpack("merkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRetarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff24983a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retarget((uint32,uint64,uint64) p, uint32 tipNBits, uint64 tipTimestamp, uint64 startTimestamp) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) PackRetarget(p BlockLibParams, tipNBits uint32, tipTimestamp uint64, startTimestamp uint64) []byte {
	enc, err := blockLibHarness.abi.Pack("retarget", p, tipNBits, tipTimestamp, startTimestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff24983a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retarget((uint32,uint64,uint64) p, uint32 tipNBits, uint64 tipTimestamp, uint64 startTimestamp) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) TryPackRetarget(p BlockLibParams, tipNBits uint32, tipTimestamp uint64, startTimestamp uint64) ([]byte, error) {
	return blockLibHarness.abi.Pack("retarget", p, tipNBits, tipTimestamp, startTimestamp)
}

// UnpackRetarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff24983a.
//
// Solidity: function retarget((uint32,uint64,uint64) p, uint32 tipNBits, uint64 tipTimestamp, uint64 startTimestamp) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) UnpackRetarget(data []byte) (uint32, error) {
	out, err := blockLibHarness.abi.Unpack("retarget", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d290d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target(uint32 nbits) pure returns(uint256)
func (blockLibHarness *BlockLibHarness) PackTarget(nbits uint32) []byte {
	enc, err := blockLibHarness.abi.Pack("target", nbits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d290d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target(uint32 nbits) pure returns(uint256)
func (blockLibHarness *BlockLibHarness) TryPackTarget(nbits uint32) ([]byte, error) {
	return blockLibHarness.abi.Pack("target", nbits)
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0d290d2.
//
// Solidity: function target(uint32 nbits) pure returns(uint256)
func (blockLibHarness *BlockLibHarness) UnpackTarget(data []byte) (*big.Int, error) {
	out, err := blockLibHarness.abi.Unpack("target", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToCompact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf936d24a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toCompact(uint256 n) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) PackToCompact(n *big.Int) []byte {
	enc, err := blockLibHarness.abi.Pack("toCompact", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToCompact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf936d24a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toCompact(uint256 n) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) TryPackToCompact(n *big.Int) ([]byte, error) {
	return blockLibHarness.abi.Pack("toCompact", n)
}

// UnpackToCompact is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf936d24a.
//
// Solidity: function toCompact(uint256 n) pure returns(uint32)
func (blockLibHarness *BlockLibHarness) UnpackToCompact(data []byte) (uint32, error) {
	out, err := blockLibHarness.abi.Unpack("toCompact", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTryTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95f2fc4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tryTarget(uint32 nbits) pure returns(uint256 t, bool ok)
func (blockLibHarness *BlockLibHarness) PackTryTarget(nbits uint32) []byte {
	enc, err := blockLibHarness.abi.Pack("tryTarget", nbits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTryTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95f2fc4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tryTarget(uint32 nbits) pure returns(uint256 t, bool ok)
func (blockLibHarness *BlockLibHarness) TryPackTryTarget(nbits uint32) ([]byte, error) {
	return blockLibHarness.abi.Pack("tryTarget", nbits)
}

// TryTargetOutput serves as a container for the return parameters of contract
// method TryTarget.
type TryTargetOutput struct {
	T  *big.Int
	Ok bool
}

// UnpackTryTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95f2fc4b.
//
// Solidity: function tryTarget(uint32 nbits) pure returns(uint256 t, bool ok)
func (blockLibHarness *BlockLibHarness) UnpackTryTarget(data []byte) (TryTargetOutput, error) {
	out, err := blockLibHarness.abi.Unpack("tryTarget", data)
	outstruct := new(TryTargetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.T = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Ok = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (blockLibHarness *BlockLibHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blockLibHarness.abi.Errors["BadNBits"].ID.Bytes()[:4]) {
		return blockLibHarness.UnpackBadNBitsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlockLibHarnessBadNBits represents a BadNBits error raised by the BlockLibHarness contract.
type BlockLibHarnessBadNBits struct {
	Nbits uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNBits(uint32 nbits)
func BlockLibHarnessBadNBitsErrorID() common.Hash {
	return common.HexToHash("0x53d4adf40f15551828cc4684087941d6bf38402196bba3b0e97247098067d999")
}

// UnpackBadNBitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNBits(uint32 nbits)
func (blockLibHarness *BlockLibHarness) UnpackBadNBitsError(raw []byte) (*BlockLibHarnessBadNBits, error) {
	out := new(BlockLibHarnessBadNBits)
	if err := blockLibHarness.abi.UnpackIntoInterface(out, "BadNBits", raw); err != nil {
		return nil, err
	}
	return out, nil
}
