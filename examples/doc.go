// Package examples holds the example programs of the wasm runtime, one Go wasip1 command per directory
// (examples/<name>), and gives their built modules to the node and the devnet. scripts/build-examples.sh
// builds them into examples/assets, which is embedded here; tests build them with internal/wasmbuild
// instead, so they never depend on the script having run.
package examples
