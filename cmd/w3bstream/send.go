package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/message"
)

func sendCommand() *cobra.Command {
	var (
		url, keyHex, keyFile, version, data, dataDir string
		projectID                                    uint64
		devDevice, devZKDevice                       int
		wait                                         bool
		timeout                                      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "send",
		Short: "Sign a message with a device key and send it",
		Long: `send signs data for a project version with a device's secp256k1 key and posts it to a node.

The signature covers keccak256 of exactly {"projectID":N,"projectVersion":"v","data":"..."} as Go's
json.Marshal writes it; the recovered address is the device ID. The node answers with the message ID once
the message is durable. With --wait, send then follows the message to its final state.

The key comes from --key, --key-file, or --dev-device N (the Nth device of a dev node's devnet.json,
which also gives the node's URL). --dev-zk-device N signs with the Nth EdDSA dev device instead, as the
provenance example's devices do (see package message): the data is a JSON array of integers,
[seq, reading].`,
		Example: `  w3bstream send --dev-device 0 --project 1 --data '{"reading":21}' --wait
  w3bstream send --url http://127.0.0.1:8888 --key-file device.key --project 2 --data '{"reading":7}'
  w3bstream send --dev-zk-device 0 --project 3 --data '[1,1200]' --wait`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dev, manifestURL, err := sendKey(keyHex, keyFile, devDevice, devZKDevice, dataDir)
			if err != nil {
				return err
			}
			if url == "" {
				url = manifestURL
			}
			if projectID == 0 {
				return errors.New("--project is required")
			}
			m, err := dev.sign(projectID, version, data)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			c := client.New(nodeURL(url))
			id, err := c.Send(ctx, m)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "messageID %s (device %s)\n", id, dev.address.Hex())
			if !wait {
				return nil
			}
			return follow(ctx, out, c, id, nil)
		},
	}
	f := cmd.Flags()
	f.StringVar(&url, "url", "", "node URL (default $W3BSTREAM_URL, the dev node's, or "+defaultURL+")")
	f.StringVar(&keyHex, "key", "", "device private key, hex")
	f.StringVar(&keyFile, "key-file", "", "file holding the device private key, hex (as `key new --out` writes)")
	f.IntVar(&devDevice, "dev-device", -1, "use dev device N of the dev node in --data-dir")
	f.IntVar(&devZKDevice, "dev-zk-device", -1, "use EdDSA dev device N of the dev node in --data-dir (the provenance example's)")
	f.StringVar(&dataDir, "data-dir", ".w3bstream", "data dir of the dev node, for --dev-device")
	f.Uint64Var(&projectID, "project", 0, "project ID")
	f.StringVar(&version, "version", "v1", "project version")
	f.StringVar(&data, "data", "", "the data string the device signs")
	f.BoolVar(&wait, "wait", false, "follow the message to its final state")
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "give up after this long")
	return cmd
}

func signCommand() *cobra.Command {
	var (
		keyHex, keyFile, version, data, dataDir string
		projectID                               uint64
		devDevice, devZKDevice                  int
	)
	cmd := &cobra.Command{
		Use:   "sign",
		Short: "Print a signed message as the JSON body any HTTP client can post",
		Long: `sign signs data for a project version with a device key, like send, but prints the message as JSON
instead of sending it, so that curl or any other client can post it to POST /v1/messages.`,
		Example: `  w3bstream sign --dev-device 0 --project 1 --data '{"reading":21}' |
    curl -s -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:8888/v1/messages`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dev, _, err := sendKey(keyHex, keyFile, devDevice, devZKDevice, dataDir)
			if err != nil {
				return err
			}
			if projectID == 0 {
				return errors.New("--project is required")
			}
			m, err := dev.sign(projectID, version, data)
			if err != nil {
				return err
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(m)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyHex, "key", "", "device private key, hex")
	f.StringVar(&keyFile, "key-file", "", "file holding the device private key, hex")
	f.IntVar(&devDevice, "dev-device", -1, "use dev device N of the dev node in --data-dir")
	f.IntVar(&devZKDevice, "dev-zk-device", -1, "use EdDSA dev device N of the dev node in --data-dir (the provenance example's)")
	f.StringVar(&dataDir, "data-dir", ".w3bstream", "data dir of the dev node, for --dev-device")
	f.Uint64Var(&projectID, "project", 0, "project ID")
	f.StringVar(&version, "version", "v1", "project version")
	f.StringVar(&data, "data", "", "the data string the device signs")
	return cmd
}

// device signs messages with the key send and sign were given.
type device struct {
	address common.Address
	sign    func(projectID uint64, version, data string) (message.Message, error)
}

func secpDevice(key *ecdsa.PrivateKey) device {
	return device{address: crypto.PubkeyToAddress(key.PublicKey), sign: func(id uint64, v, d string) (message.Message, error) {
		return client.Sign(key, id, v, d)
	}}
}

// sendKey returns the device of --key, --key-file or --dev-device, and the dev node's URL for the last. A
// dev device may sign with either scheme, as devnet.json says.
func sendKey(keyHex, keyFile string, devDevice, devZKDevice int, dataDir string) (device, string, error) {
	given := 0
	for _, set := range []bool{keyHex != "", keyFile != "", devDevice >= 0, devZKDevice >= 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return device{}, "", errors.New("give exactly one of --key, --key-file, --dev-device, --dev-zk-device")
	}
	switch {
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return device{}, "", err
		}
		keyHex = string(b)
	case devDevice >= 0 || devZKDevice >= 0:
		m, err := devnet.ReadManifest(dataDir)
		if err != nil {
			return device{}, "", fmt.Errorf("read the dev node's devnet.json (is `w3bstream dev --data-dir %s` running?): %w", dataDir, err)
		}
		devices, n, flag := m.Devices, devDevice, "--dev-device"
		if devZKDevice >= 0 {
			devices, n, flag = m.ZKDevices, devZKDevice, "--dev-zk-device"
		}
		if n >= len(devices) {
			return device{}, "", fmt.Errorf("%s %d: the dev node has %d such devices", flag, n, len(devices))
		}
		d := devices[n]
		if d.Scheme == message.SchemeEdDSA {
			key, err := message.ParseEdDSAKey(d.PrivateKey)
			if err != nil {
				return device{}, "", fmt.Errorf("%s %d: %w", flag, n, err)
			}
			return device{address: message.EdDSADeviceID(key.PublicKey.Bytes()), sign: func(id uint64, v, data string) (message.Message, error) {
				return message.SignEdDSA(key, id, v, data)
			}}, m.HTTPURL, nil
		}
		key, err := parseKey(d.PrivateKey)
		if err != nil {
			return device{}, "", err
		}
		return secpDevice(key), m.HTTPURL, nil
	}
	key, err := parseKey(keyHex)
	if err != nil {
		return device{}, "", err
	}
	return secpDevice(key), "", nil
}

func parseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("bad private key: %w", err)
	}
	return key, nil
}
