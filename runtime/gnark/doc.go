// Package gnark is the "gnark-groth16" and "gnark-plonk" runtimes: they prove a task with gnark on BN254,
// so that a contract can check the result with gnark's exported Solidity verifier instead of trusting the
// prover that signed it.
//
// # The program computes, the circuit constrains
//
// A project version brings five artifacts (see the *Artifact constants): a program, the circuit compiled
// by gnark, its proving and verifying keys, and the schema of the circuit's struct. The program is a WASI
// module run by the wasm runtime, with its sandbox and limits; it does the work that is awkward in a
// circuit (parsing messages, choosing what to prove) and writes the circuit's assignment. The circuit then
// checks only what must be trusted. A program that writes a wrong assignment fails the task; it cannot
// make a false proof.
//
// # Program ABI
//
// The program reads one JSON object on stdin:
//
//	{"projectID":1, "projectVersion":"v1", "taskID":"0x…",
//	 "messages":[{"messageID":"0x…","deviceID":"0x…","data":"…","signature":"0x…"}],
//	 "deviceKeys":["0x…"], "params":<any JSON>}
//
// "messages" is always an array; "signature" is left out for a message without one, "deviceKeys" when the
// project's devices registered none, and "params" when the version's config has none. The version's
// config is {"params": <any JSON>}; an absent, empty or null config is none, and any other field is
// runtime.ErrBadJob.
//
// The program writes one JSON object on stdout:
//
//	{"assignment": {"X":["3","10"], "ProjectID":42, "TaskHi":"0x…", …}, "output": <any JSON>}
//
// The assignment has the shape of the circuit's struct: fields by their Go names (or gnark tag names),
// arrays as JSON arrays, each leaf a JSON number or a string in decimal or 0x-hex, taken modulo the
// scalar field. Every public and secret leaf must be there. "output" becomes the task's Result.Output. An
// assignment that does not decode, lacks a value or does not satisfy the circuit is runtime.ErrProgram.
//
// # Result and verification
//
// Result.Proof is in the calldata format of gnark's Solidity verifier (MarshalSolidity of the backend's
// BN254 proof) and Result.PublicInputs is the public witness as 32-byte big-endian words, in the
// circuit's order and without the constant one wire: the verifier's uint256[] input. The runtime checks
// every proof before it returns it; Verify makes the same check anywhere, from the verifying key artifact
// and a Result. Output and PublicInputs follow from the job; a Groth16 proof is randomized.
//
// # Cost
//
// Decoded versions are cached by their artifacts' hashes (WithMaxCachedVersions), and concurrent first
// uses decode once. gnark's Prove takes every core and cannot be stopped: proofs run one at a time by
// default (WithMaxConcurrentProofs), and a canceled job returns at once while its proof finishes in the
// background in its slot. Stats splits a job's time into loading, the program, the witness, gnark's
// Prove and verification, so that the runtime's overhead around gnark can be measured.
//
// # Hostile artifacts
//
// Artifacts come from a project's registrant. Truncated, padded, garbled and mismatched ones are refused as
// bad jobs, and a decoder's panic is caught. gnark's decoders also allocate what an artifact's length
// fields state before reading it: the circuit's is checked against the artifact's size, but the keys'
// lengths sit deep in gnark-crypto's encoding, and an allocation past the machine's memory stops the
// process. WithCrashGuardDir turns that from a prover that dies at every start (it loads every
// registered version ahead of time) into a version refused after MaxLoadCrashes deaths.
package gnark
