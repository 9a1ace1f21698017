#!/usr/bin/env bash
# Builds and runs the consumer from a clean state: pack NegotiationDsl.Build into a local folder feed,
# restore it into a private package cache (so this very build is used, never a cached one), build the
# app (models generated from the records of ../, the examples' archive; reports written to the output folder) and
# run it. Works on a fresh clone: it restores what the pack needs itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

rm -rf .feed .packages bin obj
# The pack publishes negc through an MSBuild task, which the pack's own restore does not reach (negc is not a
# project reference of the package), so negc and what it references are restored here first.
dotnet restore "$repo/src/NegotiationDsl.Cli" -nologo -v:q
dotnet pack "$repo/src/NegotiationDsl.Build" -c Release -o .feed -nologo -v:q
export NUGET_PACKAGES="$here/.packages"
dotnet build -nologo -v:q
dotnet run --no-build -- "$@"

reports="$here/bin/Debug/net10.0/reports"
echo
echo "Reports in $reports:"
ls "$reports"
