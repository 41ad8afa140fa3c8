// Package project defines the project file (a DePIN application's versions: runtime, code artifacts,
// aggregation and device policy, output sinks), fetches project files and artifacts by URI (file://,
// https://, ipfs://) checking each against its sha256, and caches them. A Registry says which projects
// exist and where their files are; a directory of files is the first registry, the chain is the next.
package project
