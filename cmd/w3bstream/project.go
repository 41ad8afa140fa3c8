package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/project"
)

func projectCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "project", Short: "Check and hash project files"}
	cmd.AddCommand(&cobra.Command{
		Use:   "validate FILE",
		Short: "Check a project file and print what it declares",
		Long: `validate parses a project file strictly (unknown fields are errors), checks every version (runtime,
artifacts with sha256 and file/http(s)/ipfs URIs, aggregation policy, device policy, outputs), and prints
each version with the defaults filled in.`,
		Example: "  w3bstream project validate project.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			f, err := project.Decode(b)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%s: valid project file %q, sha256 %s\n", args[0], f.Name, project.HashHex(b))
			for _, v := range f.Versions {
				ag := v.Aggregation
				fmt.Fprintf(out, "  version %s: runtime %s, %d artifacts, task of up to %d messages or %s, grouped by %s, devices %s (%d allowed), %d outputs\n",
					v.Version, v.Runtime, len(v.Code), ag.MaxMessages, time.Duration(ag.MaxWait), ag.GroupBy, v.Devices.Policy, len(v.Devices.Allow), len(v.Output))
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "hash FILE",
		Short: "Print the sha256 a registry records for a project file or artifact",
		Long: `hash prints the lowercase hex sha256 of a file: what a project's registry entry records for its project
file, and what a project file records for each artifact. Nodes refuse content that does not match it.`,
		Example: "  w3bstream project hash project.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), project.HashHex(b))
			return nil
		},
	})
	return cmd
}
