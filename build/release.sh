#!/usr/bin/env bash
# Builds every release artifact into artifacts/ (docs/release.md), all of one version, Directory.Build.props'
# <Version>:
#   artifacts/packages/   the NuGet packages of every packable project under src/ (the libraries, NegotiationDsl.Build
#                         with a native negc for this machine's RID)
#                         and the negc dotnet tool: the pointer package negc.<version>.nupkg, negc.<RID> (native, this
#                         machine's RID) and negc.any (framework-dependent)
#   artifacts/vscode/     the universal .vsix (needs the .NET runtime) and one per platform with a self-contained server
#   artifacts/SHA256SUMS  for `cd artifacts && sha256sum -c SHA256SUMS`
# Other folders of artifacts/ (the fuzzing campaigns' findings) are left alone.
#
#   bash build/release.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# MSBuild takes environment variables as properties: paths in the assemblies, symbols and packages are then
# /_/..., not this clone's, so two clones build the same bytes.
export ContinuousIntegrationBuild=true
# Every file in a package gets the time of the last commit, not the time of the pack.
DeterministicTimestamp=$(git log -1 --format=%ct 2>/dev/null || echo 315532800)
export DeterministicTimestamp

step() { printf '\n== release: %s\n' "$*"; }
fail() { echo "release: $*" >&2; exit 1; }

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
extension_version=$(node -p 'require("./src/vscode/package.json").version')
[ -n "$version" ] || fail "no <Version> in Directory.Build.props"
[ "$version" = "$extension_version" ] ||
  fail "src/vscode/package.json has version $extension_version, Directory.Build.props $version: make them agree"
step "version $version"

rm -rf artifacts/packages artifacts/vscode artifacts/SHA256SUMS
mkdir -p artifacts/packages artifacts/vscode

rid=$(dotnet msbuild src/NegotiationDsl.Cli -getProperty:NETCoreSdkRuntimeIdentifier)
step "the negc tool: negc.any (framework-dependent), negc.$rid (Native AOT) and the pointer package negc"
# `dotnet tool install negc` installs negc.$rid on this RID, negc.any elsewhere (docs/release.md). NegotiationDsl.Build
# ships the same native negc, so it is compiled once.
bash build/pack-tool.sh artifacts/packages
native=$PWD/src/NegotiationDsl.Cli/obj/negc-tool-$rid
native_negc=$native/negc
[ -f "$native_negc" ] || native_negc=$native/negc.exe
[ -f "$native_negc" ] || fail "no native negc in $native"
for id in negc negc.any "negc.$rid"; do [ -f "artifacts/packages/$id.$version.nupkg" ] || fail "no $id.$version.nupkg"; done

step "NuGet packages"
# NegotiationDsl.Build's pack publishes negc through an MSBuild task that the pack's own restore does not reach.
dotnet restore src/NegotiationDsl.Cli -nologo -v:q
for project in src/*/*.csproj; do
  grep -q '<IsPackable>false</IsPackable>' "$project" && continue
  # The tool's packages are made above; a plain pack would overwrite the pointer package with a framework-dependent tool.
  [ "$project" = src/NegotiationDsl.Cli/NegotiationDsl.Cli.csproj ] && continue
  native_property=()
  [ "$project" = src/NegotiationDsl.Build/NegotiationDsl.Build.csproj ] && native_property=(-p:NegNativeNegc="$native_negc" -p:NegNativeNegcRuntimeIdentifier="$rid")
  dotnet pack "$project" -c Release -o artifacts/packages -nologo -v:q "${native_property[@]}"
done
for package in artifacts/packages/*.nupkg; do
  [[ $package == *."$version".nupkg ]] || fail "$package is not of version $version"
done

step "the VS Code extension: the universal .vsix and one per platform"
bash src/vscode/build.sh --platforms
mv src/vscode/*.vsix artifacts/vscode/

step "checksums"
(cd artifacts && find packages vscode -type f | LC_ALL=C sort | xargs sha256sum > SHA256SUMS && sha256sum --quiet -c SHA256SUMS)
cat artifacts/SHA256SUMS
(cd artifacts && du -k packages/* vscode/*)
