#!/usr/bin/env bash
# Runs the release tests after `bash build/release.sh`. First those that need .NET (node --test tests/release/dotnet/:
# the negc tool installed from artifacts/packages). Then the rest (tests/release/*.test.mjs): as root it first hides
# this machine's .NET installation in a private mount namespace (an empty tmpfs over it), so the packaged
# server meets a machine with no .NET at all, and clears the environment but for PATH and HOME. Elsewhere
# (not root, no unshare) the test still gives the server no dotnet on PATH and no DOTNET_* variable.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node=$(command -v node)
dotnet_home=$(dirname "$(readlink -f "$(command -v dotnet)")")

status=0
echo "release tests with .NET: the installed negc tool"
"$node" --test "$here"/dotnet/ || status=1

if [ "$(id -u)" = 0 ] && unshare --mount --propagation private true 2>/dev/null; then
  echo "release tests: .NET at $dotnet_home hidden"
  unshare --mount --propagation private sh -c '
    mount -t tmpfs none "$1" && ! command -v dotnet >/dev/null && ! [ -e "$1/dotnet" ] || { echo "could not hide $1" >&2; exit 1; }
    shift; exec env -i PATH=/usr/bin:/bin HOME="$HOME" "$@"' sh "$dotnet_home" "$node" --test "$here"/*.test.mjs || status=1
else
  echo "release tests: not root or no unshare, .NET stays installed (the server still gets no dotnet on PATH)"
  env -i PATH=/usr/bin:/bin HOME="$HOME" "$node" --test "$here"/*.test.mjs || status=1
fi
exit "$status"
