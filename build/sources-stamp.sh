#!/usr/bin/env bash
# Prints one hash of the sources that packages are built from, as they are in this working tree, committed or not:
# every file git tracks or would track (untracked ones included, ignored ones such as bin/ and obj/ left out) under
# src/, grammar/ and build/, and the repository's build settings, each by its path and git's hash of its content.
# build/pack-tool.sh writes it beside the packages it makes, so that a later run can tell whether packages on disk
# were made from the sources it has. Nothing is written to git.
#
#   bash build/sources-stamp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=(src grammar build Directory.Build.props Directory.Packages.props global.json nuget.config NuGet.config)
# A tracked file deleted from the working tree is no input any more.
files=$(git ls-files --cached --others --exclude-standard -- "${inputs[@]}" | LC_ALL=C sort -u |
  while IFS= read -r file; do [ -f "$file" ] && printf '%s\n' "$file"; done)
[ -n "$files" ] || { echo "sources-stamp: no sources under ${inputs[*]}" >&2; exit 1; }
paste <(printf '%s\n' "$files") <(printf '%s\n' "$files" | git hash-object --stdin-paths) | sha256sum | cut -d' ' -f1
