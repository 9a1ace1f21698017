#!/usr/bin/env bash
# Builds the VS Code extension in this folder: installs its npm packages from the lock file, compiles
# the TypeScript, bundles the negc server into server/, runs the grammar and unit tests, and packages
# negotiationdsl-<version>.vsix here.
#
#   bash src/vscode/build.sh               publishes negc (Release, framework-dependent) into server/
#   bash src/vscode/build.sh PUBLISH_DIR   bundles an already published negc (a folder with negc.dll)
set -euo pipefail
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
  # Framework-dependent and without a native launcher, so that one .vsix serves every platform:
  # the extension runs `dotnet server/negc.dll lsp`. Only the English compiler messages are kept.
  # Not ReadyToRun: that would tie the publish to this machine's platform (and a long-running server
  # gains little from it).
  dotnet publish "$repo/src/NegotiationDsl.Cli" -c Release -o "$here/server" --self-contained false \
    -p:UseAppHost=false -p:PublishReadyToRun=false -p:SatelliteResourceLanguages=en -nologo
fi
dotnet server/negc.dll --help > /dev/null

step "grammar and unit tests"
npm test

step "package"
vsix="negotiationdsl-$(node -p 'require("./package.json").version').vsix"
rm -f "$vsix"
npx vsce package --allow-missing-repository --skip-license -o "$vsix" < /dev/null
[ -f "$vsix" ] || { echo "vsce wrote no $vsix" >&2; exit 1; }
echo "packaged $here/$vsix ($(du -k "$vsix" | cut -f1) KiB)"
