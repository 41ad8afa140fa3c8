package deploy

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/w3bstream-go/w3bstream/chain/bindings"
)

// RevertError is a contract's revert, decoded: a custom error of one of the contracts (Name as in the
// Solidity source), Error(string) from require, or Panic(uint256).
type RevertError struct {
	Name string
	Args []any
	Data []byte // the raw revert data
}

func (e *RevertError) Error() string {
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = FormatArg(a)
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

// FormatArg writes a decoded error argument the way people read it: bytes and hashes as 0x-hex,
// addresses checksummed, strings quoted, numbers in decimal.
func FormatArg(a any) string {
	switch v := a.(type) {
	case []byte:
		return "0x" + hex.EncodeToString(v)
	case [32]byte:
		return "0x" + hex.EncodeToString(v[:])
	case string:
		return fmt.Sprintf("%q", v)
	case common.Address:
		return v.Hex()
	default:
		return fmt.Sprint(v)
	}
}

var revertABIs = []func() (*abi.ABI, error){
	bindings.ProjectRegistryMetaData.ParseABI,
	bindings.DeviceRegistryMetaData.ParseABI,
	bindings.ProverRegistryMetaData.ParseABI,
	bindings.SequencerRegistryMetaData.ParseABI,
	bindings.BlockMinterMetaData.ParseABI,
	bindings.RouterMetaData.ParseABI,
	bindings.SumDAppMetaData.ParseABI,
	bindings.ProvenanceDAppMetaData.ParseABI,
	bindings.StatsDAppMetaData.ParseABI,
	bindings.ProvenanceVerifierMetaData.ParseABI,
	bindings.StatsVerifierMetaData.ParseABI,
}

// errorsBySelector maps the 4-byte selector of every custom error of the contracts to its ABI entry.
// Contracts that share an error share its selector and its entry.
var errorsBySelector = func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, parse := range revertABIs {
		a, err := parse()
		if err != nil {
			panic(fmt.Sprintf("deploy: generated ABI does not parse: %v", err)) // generated code is broken
		}
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// DecodeRevert returns the decoded revert inside err, as returned by gas estimation or eth_call through
// an RPC client, or false when err carries no revert data or the data is not a known error. The errors
// of the contracts here are known; extra adds those of other contracts (a project's dApp, say).
func DecodeRevert(err error, extra ...*abi.ABI) (*RevertError, bool) {
	data, ok := RevertData(err)
	if !ok {
		return nil, false
	}
	return ParseRevert(data, extra...)
}

// RevertData is the raw revert data inside err, as an RPC client returns it for a reverted eth_call or
// gas estimation; false when err carries none.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, decErr := hexutil.Decode(s)
	if decErr != nil {
		return nil, false
	}
	return data, true
}

// ParseRevert decodes revert data: a custom error of the contracts here or of extra, Error(string) or
// Panic(uint256).
func ParseRevert(data []byte, extra ...*abi.ABI) (*RevertError, bool) {
	if len(data) < 4 {
		return nil, false
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		name := "Error"
		if [4]byte(data[:4]) == panicSelector {
			name = "Panic"
		}
		return &RevertError{Name: name, Args: []any{reason}, Data: data}, true
	}
	e, ok := errorsBySelector[[4]byte(data[:4])]
	for _, a := range extra {
		for _, x := range a.Errors {
			if [4]byte(x.ID[:4]) == [4]byte(data[:4]) {
				e, ok = x, true
			}
		}
	}
	if !ok {
		return nil, false
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, false
	}
	return &RevertError{Name: e.Name, Args: args, Data: data}, true
}

var panicSelector = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
