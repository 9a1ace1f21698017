#!/usr/bin/env bash
# Packs the negc dotnet tool as RID-specific tool packages into FEED (docs/release.md, "The negc tool"):
#   negc.any.<version>.nupkg    the framework-dependent negc, for every platform with the .NET 10 runtime
#   negc.<RID>.<version>.nupkg  the native negc (Native AOT) for this machine's RID, with the framework-dependent negc.dll
#                               beside it for `negc lsp`
#   negc.<version>.nupkg        the pointer package: `dotnet tool install negc` reads it and installs negc.<RID> on this
#                               RID, negc.any elsewhere
#   negc-tool.sources           build/sources-stamp.sh's hash of the sources the packages were made from, written
#                               last: the R6a ratio uses packages again only when the sources it has hash the same
# The native negc stays in src/NegotiationDsl.Cli/obj/negc-tool-<RID>/ (build/release.sh ships it in NegotiationDsl.Build too).
# Used by build/release.sh and by the R6a ratio, so both install the same packages.
#
#   bash build/pack-tool.sh FEED
set -euo pipefail
[ $# = 1 ] || { echo "usage: bash build/pack-tool.sh FEED" >&2; exit 2; }
feed=$(mkdir -p "$1" && cd "$1" && pwd)
cd "$(dirname "$0")/.."
# The sources as they are read by the packs below; a stamp from an earlier pack into FEED is gone until they succeed.
sources=$(bash build/sources-stamp.sh)
rm -f "$feed/negc-tool.sources"
rid=$(dotnet msbuild src/NegotiationDsl.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
framework_dependent=$PWD/src/NegotiationDsl.Cli/obj/negc-tool-any
native=$PWD/src/NegotiationDsl.Cli/obj/negc-tool-$rid
rm -rf "$framework_dependent" "$native"
tool=(src/NegotiationDsl.Cli -c Release -o "$feed" -nologo -v:q -p:NegcNativeToolRuntimeIdentifier="$rid")
dotnet pack "${tool[@]}" -r any -p:PublishDir="$framework_dependent/"
# Native AOT compiles for the machine it runs on only (minutes, clang links it).
dotnet pack "${tool[@]}" -r "$rid" -p:NegcNativeAot=true -p:PublishDir="$native/" -p:NegcFrameworkDependentTool="$framework_dependent"
dotnet pack "${tool[@]}"
printf '%s\n' "$sources" > "$feed/negc-tool.sources"
