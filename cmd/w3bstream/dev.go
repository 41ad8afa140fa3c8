package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/w3bstream-go/w3bstream/block"
	"github.com/w3bstream-go/w3bstream/devnet"
	"github.com/w3bstream-go/w3bstream/examples"
	"github.com/w3bstream-go/w3bstream/node"
	"github.com/w3bstream-go/w3bstream/project"
)

func devCommand() *cobra.Command {
	var (
		dataDir       string
		httpAddr      string
		dbURL         string
		demo          bool
		demoInterval  time.Duration
		blockInterval time.Duration
		logLevel      string
	)
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run a whole local network in one process",
		Long: `dev runs ingest, data availability, packer, sequencer and prover in one process, on an embedded
SQLite file in --data-dir. On first start it makes dev-only keys (a prover and three devices) and writes the
example projects; it then writes DIR/devnet.json, which tells any client the HTTP URL, the projects and the
dev device keys.

Restarting on the same data dir resumes: every acknowledged message is still there and goes on to its
final state; nothing is packed or proved twice.`,
		Example: `  w3bstream dev --demo
  w3bstream dev --data-dir /tmp/w3b --http 127.0.0.1:9000
  curl -s localhost:8888/v1/tasks?limit=5`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := newLogger(logLevel)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return err
			}
			keys, err := devnet.LoadOrCreateKeys(dataDir)
			if err != nil {
				return err
			}
			program, err := examples.Program("sum")
			if err != nil {
				return err
			}
			projects, err := devnet.WriteProjects(dataDir, program, keys)
			if err != nil {
				return err
			}
			registry, err := project.NewDirRegistry(filepath.Join(dataDir, devnet.ProjectsDir))
			if err != nil {
				return err
			}
			params := block.DefaultParams()
			params.TargetInterval = blockInterval
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			n, err := node.New(ctx, node.Config{DataDir: dataDir, HTTPAddr: httpAddr, DatabaseURL: dbURL,
				Registry: registry, ProverKey: keys.Prover, BlockParams: params, Log: log})
			if err != nil {
				return err
			}
			if err := devnet.WriteManifest(dataDir, n.URL(), projects, keys); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "w3bstream dev ready: %s\n", n.URL())
			fmt.Fprintf(out, "  devnet:   %s\n", filepath.Join(dataDir, devnet.ManifestFile))
			fmt.Fprintf(out, "  messages: POST %s/v1/messages   status: GET %s/v1/messages/{id}\n", n.URL(), n.URL())
			fmt.Fprintf(out, "  api:      %s/openapi.json   metrics: %s/metrics\n", n.URL(), n.URL())
			for _, p := range projects {
				fmt.Fprintf(out, "  project %d (%s, %s %s, devices %s), sample data %s\n", p.ID, p.Name, p.Runtime, p.Version, p.Devices, p.SampleData)
			}
			if demo {
				go runDemo(ctx, out, n.URL(), projects, keys, demoInterval)
			}
			err = n.Run(ctx)
			if errors.Is(err, context.Canceled) {
				err = nil
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", ".w3bstream", "directory for the DA file, dev keys, project files and devnet.json")
	f.StringVar(&httpAddr, "http", "127.0.0.1:8888", "address of the HTTP API (port 0 picks a free port)")
	f.StringVar(&dbURL, "db", "", "postgres:// URL of a DA database; empty keeps DA in SQLite in --data-dir")
	f.BoolVar(&demo, "demo", false, "run simulated devices that keep sending, and print each message's progress")
	f.DurationVar(&demoInterval, "demo-interval", time.Second, "how often each simulated device sends")
	f.DurationVar(&blockInterval, "block-interval", block.DefaultParams().TargetInterval, "block interval that proof-of-work difficulty adjusts toward")
	f.StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	return cmd
}
