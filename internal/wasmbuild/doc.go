// Package wasmbuild compiles Go programs for GOOS=wasip1 GOARCH=wasm from tests, so that a test which needs
// an example program or a test program never depends on scripts/build-examples.sh having run first. Builds
// are kept in a cache directory keyed by a hash of the package's files, the module's go.mod and go.sum and
// the Go version, so repeated runs and several test packages share one build.
package wasmbuild
