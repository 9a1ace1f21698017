#!/usr/bin/env bash
# Times two commands as whole processes, from outside them: WARMUPS unrecorded starts of each, then RUNS pairs,
# A then B, each start timed with $EPOCHREALTIME around it. Prints one line per pair, "A_ms B_ms", and nothing
# else on stdout; a start that exits with anything but 0 stops the harness with that start's output on stderr.
# The ratio runner (R6, R9) reads the pairs; timing here rather than in .NET keeps Process.Start's own cost out of both.
#
#   interleave.sh RUNS WARMUPS DIR A-PROGRAM [A-ARGS...] -- B-PROGRAM [B-ARGS...]
set -euo pipefail
[ $# -ge 6 ] || { echo "usage: interleave.sh RUNS WARMUPS DIR A-PROGRAM [A-ARGS...] -- B-PROGRAM [B-ARGS...]" >&2; exit 2; }
runs=$1 warmups=$2 dir=$3
shift 3
a=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do a+=("$1"); shift; done
[ $# -gt 1 ] || { echo "interleave.sh: no '--' before the second command" >&2; exit 2; }
shift
b=("$@")
cd "$dir"
output=$(mktemp)
trap 'rm -f "$output"' EXIT

# One start: the whole process, its output kept aside in case it fails. Prints the elapsed milliseconds.
start() {
  local before=$EPOCHREALTIME
  "$@" > "$output" 2>&1 && local code=0 || local code=$?
  local after=$EPOCHREALTIME
  if [ "$code" != 0 ]; then
    { echo "interleave.sh: '$*' exited $code:"; cat "$output"; } >&2
    exit 3
  fi
  # $EPOCHREALTIME is seconds, a decimal separator and six digits of microseconds: dropping the separator counts microseconds.
  local micros=$(( ${after//[!0-9]/} - ${before//[!0-9]/} ))
  printf '%d.%03d' $((micros / 1000)) $((micros % 1000))
}

for _ in $(seq "$warmups"); do start "${a[@]}" > /dev/null; start "${b[@]}" > /dev/null; done
for _ in $(seq "$runs"); do
  time_a=$(start "${a[@]}")
  time_b=$(start "${b[@]}")
  echo "$time_a $time_b"
done
