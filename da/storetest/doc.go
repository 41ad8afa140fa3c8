// Package storetest is the conformance suite every da.Store passes: one set of checks, run by each
// implementation's tests against a real database (da/sqlite on a file, da/postgres on a server the test
// starts). Run checks one handle on a fresh store per test; RunShared checks several handles on the same
// data, as separate processes or a restart would see it; BenchmarkAppend measures the ingest path.
//
// The suite asserts behaviour, never wall time.
package storetest
