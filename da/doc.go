// Package da is data availability: the durable store of messages, tasks, blocks, node state and the outbox
// of results waiting for their off-chain outputs, that every role reads and writes. Store is the interface; da/sqlite is the embedded default and da/postgres serves
// networks of several nodes. Both pass the shared suite in da/storetest.
//
// A store also says when something changed (Subscribe): coordinators wake on those signals and read the
// store, so that work flows at once without polling, and a restart loses nothing because the store, not
// the signal, is the source of truth.
package da
