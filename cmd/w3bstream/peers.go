package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/client"
)

func peersCommand() *cobra.Command {
	var (
		url    string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "peers",
		Short: "Show a node's P2P identity and its peers",
		Long: `peers shows the node's peer ID and listen addresses (what other nodes give as --bootstrap), and each
peer it knows: whether it is connected, its score, the bytes served to it and fetched from it, and how
often data it served failed this node's checks (a peer serving forged or partial task data is refused and
scored down).`,
		Example: `  w3bstream peers
  w3bstream peers --url http://127.0.0.1:8890 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
			defer cancel()
			p, err := client.New(nodeURL(url)).Peers(ctx)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(p)
			}
			if !p.Enabled || p.Self == nil {
				fmt.Fprintln(out, "this node runs without P2P (start it with --p2p-listen or --bootstrap)")
				return nil
			}
			fmt.Fprintf(out, "peer ID %s\n", p.Self.ID)
			for _, a := range p.Self.Addrs {
				fmt.Fprintf(out, "  %s\n", a)
			}
			tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "PEER\tCONNECTED\tSCORE\tSERVED\tFETCHED\tREFUSALS\tTOPICS")
			for _, q := range p.Peers {
				fmt.Fprintf(tw, "%s\t%v\t%d\t%d\t%d\t%d\t%s\n", q.ID, q.Connected, q.Score, q.ServedBytes, q.FetchedBytes,
					q.Refusals, strings.Join(q.Topics, ","))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "node URL (default $W3BSTREAM_URL or "+defaultURL+")")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	return cmd
}
