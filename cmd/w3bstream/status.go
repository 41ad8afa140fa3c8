package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/api"
	"github.com/w3bstream-go/w3bstream/client"
)

func statusCommand() *cobra.Command {
	var (
		url     string
		wait    bool
		asJSON  bool
		until   []string
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "status MESSAGE_ID",
		Short: "Show a message's progress, or follow it live",
		Long: `status shows the states a message went through (received, packed, assigned, proved, submitted,
settled, failed), with the task, block and prover. With --wait it prints each new state the moment the
node records it (the node holds the request open; nothing polls) until the message is final on that node
(settled or failed; proved on a node without a chain) or reaches one of the --until states.`,
		Example: `  w3bstream status 0x5e1f...c0de
  w3bstream status 0x5e1f...c0de --wait
  w3bstream status 0x5e1f...c0de --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			c := client.New(nodeURL(url))
			out := cmd.OutOrStdout()
			if wait {
				return follow(ctx, out, c, args[0], until)
			}
			m, err := c.Message(ctx, args[0], 0, 0)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(m)
			}
			fmt.Fprintf(out, "message %s\n  project %d version %s, device %s\n", m.MessageID, m.ProjectID, m.ProjectVersion, m.DeviceID)
			if m.TaskID != "" {
				fmt.Fprintf(out, "  task %s\n", m.TaskID)
			}
			for _, s := range m.States {
				printState(out, s)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&url, "url", "", "node URL (default $W3BSTREAM_URL or "+defaultURL+")")
	f.BoolVar(&wait, "wait", false, "follow the message live until one of the --until states")
	f.BoolVar(&asJSON, "json", false, "print the API's JSON answer")
	f.StringSliceVar(&until, "until", nil, "states that end --wait before the message is final (e.g. proved)")
	f.DurationVar(&timeout, "timeout", 5*time.Minute, "give up after this long")
	return cmd
}

func follow(ctx context.Context, out io.Writer, c *client.Client, id string, until []string) error {
	m, err := c.Follow(ctx, id, until, func(_ api.Message, s api.State) { printState(out, s) })
	if err != nil {
		return err
	}
	if m.State == "failed" {
		return fmt.Errorf("message %s failed", id)
	}
	return nil
}

func printState(out io.Writer, s api.State) {
	var extra []string
	if s.BlockHeight != nil {
		extra = append(extra, fmt.Sprintf("block %d", *s.BlockHeight))
	}
	if s.Prover != "" {
		extra = append(extra, "prover "+s.Prover)
	}
	if s.TxHash != "" {
		extra = append(extra, "tx "+s.TxHash)
	}
	if s.Error != "" {
		extra = append(extra, "error: "+s.Error)
	}
	fmt.Fprintf(out, "  %-9s %s  %s\n", s.State, s.Time.Local().Format("15:04:05.000"), strings.Join(extra, ", "))
}
