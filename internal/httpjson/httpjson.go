// Package httpjson writes JSON answers and errors in the one shape every endpoint uses:
// {"error": {"code": "...", "message": "..."}} with a stable, machine-readable code.
package httpjson

import (
	"encoding/json"
	"net/http"
)

// Stable error codes. Clients branch on these; never rename one.
const (
	CodeMalformed        = "malformed"          // 400: body or field is not what the endpoint takes
	CodeBadSignature     = "bad_signature"      // 401: signature does not verify
	CodeForbidden        = "device_forbidden"   // 403: device may not send for this project version
	CodeNotFound         = "not_found"          // 404: unknown message, task, block, project or version
	CodeProjectPaused    = "project_paused"     // 403: project exists but is paused
	CodeMethodNotAllowed = "method_not_allowed" // 405: the route takes another method (see Allow)
	CodeTooLarge         = "too_large"          // 413: body, batch or field over its limit
	CodeOverCapacity     = "over_capacity"      // 429: node is behind; retry later
	CodeUnavailable      = "unavailable"        // 503: storage or a dependency is failing
	CodeInternal         = "internal"           // 500
)

// CodeRuntimeMismatch (409): the project's on-chain runtime is not the one its file's version names; the
// chain would assign its tasks to no prover.
const CodeRuntimeMismatch = "runtime_mismatch"

// Error is the body of an error answer.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type errorBody struct {
	Error Error `json:"error"`
}

// Write answers status with v as JSON.
func Write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteError answers status with an error body.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	Write(w, status, errorBody{Error{Code: code, Message: msg}})
}
