#!/usr/bin/env bash
# Runs the release tests (node --test tests/release/) after `bash build/release.sh`. As root it first hides
# this machine's .NET installation in a private mount namespace (an empty tmpfs over it), so the packaged
# server meets a machine with no .NET at all, and clears the environment but for PATH and HOME. Elsewhere
# (not root, no unshare) the test still gives the server no dotnet on PATH and no DOTNET_* variable.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node=$(command -v node)
dotnet_home=$(dirname "$(readlink -f "$(command -v dotnet)")")

if [ "$(id -u)" = 0 ] && unshare --mount --propagation private true 2>/dev/null; then
  echo "release tests: .NET at $dotnet_home hidden"
  exec unshare --mount --propagation private sh -c '
    mount -t tmpfs none "$1" && ! command -v dotnet >/dev/null && ! [ -e "$1/dotnet" ] || { echo "could not hide $1" >&2; exit 1; }
    exec env -i PATH=/usr/bin:/bin HOME="$HOME" "$2" --test "$3"/' sh "$dotnet_home" "$node" "$here"
fi
echo "release tests: not root or no unshare, .NET stays installed (the server still gets no dotnet on PATH)"
exec env -i PATH=/usr/bin:/bin HOME="$HOME" "$node" --test "$here"/
