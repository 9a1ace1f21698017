#!/usr/bin/env bash
# Times two commands as whole processes from outside, alternately (A, B, A, B, ...), after warm-ups of each:
#   interleave.sh RUNS WARMUPS LOG 'command A' 'command B'
# prints one line per pair, "pair MS_A MS_B" (wall time from $EPOCHREALTIME, which bash reads without starting a
# process). Each command runs through eval in a subshell (one fork on both sides, and an `exit` in a command ends
# only that command) with its output appended to LOG; a command that fails stops the harness with exit code 1,
# and the end of LOG says why.
set -uo pipefail
[ $# -eq 5 ] || { echo "usage: interleave.sh RUNS WARMUPS LOG 'command A' 'command B'" >&2; exit 2; }
runs=$1 warmups=$2 log=$3 a=$4 b=$5
: > "$log"

# Milliseconds of one run of a command, in $ms.
timed() {
  local start end
  start=$EPOCHREALTIME
  ( eval "$1" ) >> "$log" 2>&1 || { echo "failed: $1" >&2; tail -n 40 "$log" >&2; exit 1; }
  end=$EPOCHREALTIME
  # Microseconds without the decimal separator (a dot, or a comma in some locales), then milliseconds.
  ms=$(( (${end//[.,]/} - ${start//[.,]/}) / 1000 ))
}

for ((i = 0; i < warmups; i++)); do timed "$a"; timed "$b"; done
for ((i = 0; i < runs; i++)); do
  timed "$a"; first=$ms
  timed "$b"
  echo "pair $first $ms"
done
