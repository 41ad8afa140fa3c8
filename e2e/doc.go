// Package e2e tests the w3bstream binary as a user runs it: built from source, started as a separate
// process on a data dir, driven over HTTP on loopback, and killed with SIGKILL to show that nothing
// acknowledged is lost.
package e2e
