#!/usr/bin/env bash
# CI: fails when a tracked file is larger than 2 MB and not named in scripts/large-files.txt, so that a
# build output or data dump is not committed by accident. Sizes are read from the index (what a commit
# holds), so an unstaged edit neither hides nor makes a failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
limit=$((2 * 1024 * 1024))
allow_file=scripts/large-files.txt

declare -A allowed=()
while IFS= read -r line; do
	line="${line%%#*}"
	line="${line%"${line##*[![:space:]]}"}"
	[[ -n "$line" ]] && allowed["$line"]=1
done <"$allow_file"

status=0
# git ls-files -s gives mode, object and stage; cat-file --batch-check gives each object's size.
while read -r size path; do
	if ((size > limit)) && [[ -z "${allowed[$path]:-}" ]]; then
		echo "check-sizes: $path is $size bytes (over 2 MB); commit it only if it must be, and name it in $allow_file" >&2
		status=1
	fi
done < <(git ls-files -s -z | while IFS= read -r -d '' entry; do
	meta="${entry%%$'\t'*}"
	path="${entry#*$'\t'}"
	read -r _ object _ <<<"$meta"
	printf '%s %s\n' "$object" "$path"
done | git cat-file --batch-check='%(objectsize) %(rest)')
for path in "${!allowed[@]}"; do
	if ! git ls-files --error-unmatch -- "$path" >/dev/null 2>&1; then
		echo "check-sizes: $allow_file names $path, which is not tracked; remove it from the list" >&2
		status=1
	fi
done
[[ $status -eq 0 ]] && echo "check-sizes: no tracked file over 2 MB outside $allow_file"
exit $status
