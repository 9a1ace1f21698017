#!/usr/bin/env bash
# Builds the VS Code extension in this folder: installs its npm packages from the lock file, compiles
# the TypeScript, bundles the negc server into server/, runs the grammar and unit tests, and packages
# the universal negotiationdsl-<version>.vsix here. build/release.sh runs it with --platforms.
#
#   bash src/vscode/build.sh               publishes negc (Release, framework-dependent) into server/
#   bash src/vscode/build.sh PUBLISH_DIR   bundles an already published negc (a folder with negc.dll)
#   bash src/vscode/build.sh --platforms [PUBLISH_DIR]
#                                          also publishes negc self-contained for each platform of the
#                                          table serverTargets in src/negc.ts and packages its .vsix,
#                                          negotiationdsl-<target>-<version>.vsix, with the server in
#                                          server/<target>/ (no .NET needed on the user's machine)
set -euo pipefail
platforms=false
if [ "${1:-}" = --platforms ]; then platforms=true; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"

step() { printf '\n== vscode: %s\n' "$*"; }

step "npm ci"
npm ci --no-audit --no-fund

step "compile TypeScript"
rm -rf out
npm run --silent compile

step "bundle the negc server"
rm -rf server
if [ $# -gt 0 ]; then
  [ -f "$1/negc.dll" ] || { echo "no negc.dll in $1" >&2; exit 1; }
  mkdir -p server
  cp -R "$1"/. server/
else
  # Framework-dependent and without a native launcher, so that one .vsix serves every platform that has
  # the .NET runtime: the extension runs `dotnet server/negc.dll lsp`. Only the English compiler messages
  # are kept. Not ReadyToRun: that would tie the publish to this machine's platform.
  dotnet publish "$repo/src/NegotiationDsl.Cli" -c Release -o "$here/server" --self-contained false \
    -p:UseAppHost=false -p:PublishReadyToRun=false -p:SatelliteResourceLanguages=en -nologo
fi
dotnet server/negc.dll --help > /dev/null

step "grammar and unit tests"
npm test

version=$(node -p 'require("./package.json").version')
package() { # package VSIX [vsce options]
  rm -f "$1"
  npx vsce package --allow-missing-repository --skip-license -o "$@" < /dev/null
  [ -f "$1" ] || { echo "vsce wrote no $1" >&2; exit 1; }
  echo "packaged $here/$1 ($(du -k "$1" | cut -f1) KiB)"
}

step "package the universal .vsix"
package "negotiationdsl-$version.vsix"

$platforms || exit 0
# A platform's .vsix holds its own server only: server/ is laid out anew for each. The runtime packs come
# from NuGet; the compiler's libraries are built once, only negc itself per platform. ReadyToRun (compiled
# ahead of time for the platform) halves the server's first start (docs/release.md).
published=$(mktemp -d)
universal=$(mktemp -d)
mv server "$universal/server"
node -p "require('./out/negc.js').serverTargets.map((row) => [row.target, row.rid, row.executable].join(' ')).join('\\n')" |
while read -r target rid executable; do
  step "publish negc self-contained for $rid, package the $target .vsix"
  dotnet publish "$repo/src/NegotiationDsl.Cli" -c Release -r "$rid" --self-contained true -o "$published/$rid" \
    -p:PublishReadyToRun=true -p:SatelliteResourceLanguages=en -nologo -v:q < /dev/null
  [ -f "$published/$rid/$executable" ] || { echo "no $executable in the publish for $rid" >&2; exit 1; }
  rm -rf server
  mkdir -p "server/$target"
  cp -R "$published/$rid"/. "server/$target/"
  package "negotiationdsl-$target-$version.vsix" --target "$target"
done
rm -rf server "$published"
mv "$universal/server" server
rmdir "$universal"
