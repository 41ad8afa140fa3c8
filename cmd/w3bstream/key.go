package main

import (
	"encoding/hex"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func keyCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "key", Short: "Make and inspect secp256k1 keys for devices and provers"}
	var out string
	newCmd := &cobra.Command{
		Use:   "new",
		Short: "Make a new secp256k1 key",
		Long: `key new makes a random secp256k1 key and prints its address (the device or prover ID). With --out the
private key goes into the file (mode 0600) and only the address is printed; without it, both are printed.`,
		Example: `  w3bstream key new --out device.key
  w3bstream send --key-file device.key --project 2 --data '{"reading":7}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
			priv := hex.EncodeToString(crypto.FromECDSA(key))
			w := cmd.OutOrStdout()
			if out == "" {
				fmt.Fprintf(w, "address    %s\nprivateKey 0x%s\n", addr, priv)
				return nil
			}
			f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return fmt.Errorf("write key (an existing file is never overwritten): %w", err)
			}
			if _, err := fmt.Fprintln(f, priv); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(w, "address %s (key in %s)\n", addr, out)
			return nil
		},
	}
	newCmd.Flags().StringVar(&out, "out", "", "write the private key to this file instead of printing it")
	cmd.AddCommand(newCmd)
	return cmd
}
