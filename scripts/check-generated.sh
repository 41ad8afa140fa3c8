#!/usr/bin/env bash
# CI: fails when the committed verifiers, contract artifacts or Go bindings differ from what
# scripts/gen-contracts.sh makes from the circuits and the Solidity sources (changed, missing or extra files).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
paths=(contracts/src/verifiers contracts/build chain/bindings chain/contracttest/testbind)

bash scripts/gen-contracts.sh
status=0
if ! git diff --exit-code --stat -- "${paths[@]}"; then
	status=1
fi
untracked="$(git ls-files --others --exclude-standard -- "${paths[@]}")"
if [[ -n "$untracked" ]]; then
	echo "untracked generated files:" >&2
	echo "$untracked" >&2
	status=1
fi
if [[ $status -ne 0 ]]; then
	echo "check-generated: generated files are stale; run scripts/gen-contracts.sh and commit the result" >&2
fi
exit $status
