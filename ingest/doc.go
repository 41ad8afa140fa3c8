// Package ingest is the HTTP intake of device messages: POST /v1/messages (alias POST /message) and
// POST /v1/messages/batch. A message is answered 202 only after it is durable in DA; concurrent requests
// share one transaction through a group-commit writer, so the single-message endpoint scales with the
// store's batch speed rather than its fsync latency. Every refusal carries a stable error code and
// stores nothing.
package ingest
