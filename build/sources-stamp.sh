#!/usr/bin/env bash
# Prints one hash of the sources that packages are built from, as they are in this working tree, committed or not:
# every file git tracks or would track (untracked ones included, ignored ones such as bin/ and obj/ left out) under
# src/, grammar/ and build/, the files outside them that a project of the tool includes (docs/diagnostics.md ships
# beside negc), and the repository's build settings, each by its path and git's hash of its content; and the version
# of the .NET SDK that builds them (global.json lets it roll forward to a newer feature band).
# build/pack-tool.sh writes it beside the packages it makes, so that a later run can tell whether packages on disk
# were made from the sources it has. Nothing is written to git.
#
#   bash build/sources-stamp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=(src grammar build docs/diagnostics.md Directory.Build.props Directory.Packages.props global.json nuget.config NuGet.config)
# NUL-separated, so that git does not quote a name with non-ASCII letters (which [ -f ] would then not find);
# a tracked file deleted from the working tree is no input any more.
files=$(git ls-files -z --cached --others --exclude-standard -- "${inputs[@]}" | LC_ALL=C sort -zu |
  while IFS= read -r -d '' file; do
    # git hash-object reads one path a line.
    case "$file" in *$'\n'*) echo "sources-stamp: a file name with a line break: $file" >&2; exit 1 ;; esac
    [ -f "$file" ] && printf '%s\n' "$file"
  done)
[ -n "$files" ] || { echo "sources-stamp: no sources under ${inputs[*]}" >&2; exit 1; }
sdk=$(dotnet --version)
{
  printf 'sdk\t%s\n' "$sdk"
  paste <(printf '%s\n' "$files") <(printf '%s\n' "$files" | git hash-object --stdin-paths)
} | sha256sum | cut -d' ' -f1
