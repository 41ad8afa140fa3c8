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

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/client"
	"github.com/w3bstream-go/w3bstream/devnet"
)

func sendCommand() *cobra.Command {
	var (
		url, keyHex, keyFile, version, data, dataDir string
		projectID                                    uint64
		devDevice                                    int
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

The key comes from --key, --key-file, or --dev-device N (the Nth dev device of a dev node's data dir,
which also gives the node's URL).`,
		Example: `  w3bstream send --dev-device 0 --project 1 --data '{"reading":21}' --wait
  w3bstream send --url http://127.0.0.1:8888 --key-file device.key --project 2 --data '{"reading":7}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, manifestURL, err := sendKey(keyHex, keyFile, devDevice, dataDir)
			if err != nil {
				return err
			}
			if url == "" {
				url = manifestURL
			}
			if projectID == 0 {
				return errors.New("--project is required")
			}
			m, err := client.Sign(key, projectID, version, data)
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
			fmt.Fprintf(out, "messageID %s (device %s)\n", id, crypto.PubkeyToAddress(key.PublicKey).Hex())
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
		devDevice                               int
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
			key, _, err := sendKey(keyHex, keyFile, devDevice, dataDir)
			if err != nil {
				return err
			}
			if projectID == 0 {
				return errors.New("--project is required")
			}
			m, err := client.Sign(key, projectID, version, data)
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
	f.StringVar(&dataDir, "data-dir", ".w3bstream", "data dir of the dev node, for --dev-device")
	f.Uint64Var(&projectID, "project", 0, "project ID")
	f.StringVar(&version, "version", "v1", "project version")
	f.StringVar(&data, "data", "", "the data string the device signs")
	return cmd
}

func sendKey(keyHex, keyFile string, devDevice int, dataDir string) (*ecdsa.PrivateKey, string, error) {
	given := 0
	for _, set := range []bool{keyHex != "", keyFile != "", devDevice >= 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, "", errors.New("give exactly one of --key, --key-file, --dev-device")
	}
	switch {
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, "", err
		}
		keyHex = string(b)
	case devDevice >= 0:
		m, err := devnet.ReadManifest(dataDir)
		if err != nil {
			return nil, "", fmt.Errorf("read the dev node's devnet.json (is `w3bstream dev --data-dir %s` running?): %w", dataDir, err)
		}
		if devDevice >= len(m.Devices) {
			return nil, "", fmt.Errorf("--dev-device %d: the dev node has %d devices", devDevice, len(m.Devices))
		}
		key, err := parseKey(m.Devices[devDevice].PrivateKey)
		return key, m.HTTPURL, err
	}
	key, err := parseKey(keyHex)
	return key, "", err
}

func parseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("bad private key: %w", err)
	}
	return key, nil
}
