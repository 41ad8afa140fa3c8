// Package devnet prepares what `w3bstream dev` runs on: dev keys (made at random on first start and kept
// in the data dir, never built into the binary), the example projects with their programs as
// content-addressed files, and devnet.json, which tells any client how to join in.
package devnet
