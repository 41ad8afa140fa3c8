// Package api serves the status and query API: messages with their whole history, tasks, blocks and
// projects, /healthz and /openapi.json. GET /v1/messages/{id}?wait=30s&after=N is a long poll: it answers
// as soon as the message has more than N states, so clients follow progress as it happens without
// polling.
package api
