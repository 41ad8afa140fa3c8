// Command w3bstream runs W3bstream nodes and talks to them: `w3bstream dev` starts a whole local network
// in one process; `send`, `status`, `key` and `project` are the tools of device and project builders.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// defaultURL is where the CLI finds a node unless told otherwise.
const defaultURL = "http://127.0.0.1:8888"

func main() {
	if err := rootCommand().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "w3bstream",
		Short: "Verifiable off-chain computing over DePIN device data",
		Long: `w3bstream runs the nodes of a W3bstream network and talks to them.

Devices sign data messages; the network stores them, packs them into tasks, assigns tasks to provers in
proof-of-work blocks, and provers run each project's program and sign the result.

Start here:
  w3bstream dev --demo                      a whole local network with simulated devices
  w3bstream send --dev-device 0 --project 1 --data '{"reading":21}' --wait
  w3bstream status MESSAGE_ID --wait        follow a message to its final state`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(devCommand(), nodeCommand(), sendCommand(), signCommand(), statusCommand(), peersCommand(), keyCommand(), withProjectChainCommands(projectCommand()), contractsCommand(), deviceCommand(), proverCommand(), sequencerCommand(), circuitCommand())
	return root
}

// nodeURL returns the --url flag, or W3BSTREAM_URL, or the default.
func nodeURL(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("W3BSTREAM_URL"); env != "" {
		return env
	}
	return defaultURL
}

func newLogger(level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(level))); err != nil {
		return nil, fmt.Errorf("--log-level must be debug, info, warn or error")
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})), nil
}
