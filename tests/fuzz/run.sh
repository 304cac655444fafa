#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus. New
# inputs go to a temporary folder (the seed corpus is only read); an input that crashes is kept as
# BUILD/fuzz-artifacts/TARGET-crash-... and the script fails. Usage:
#   bash tests/fuzz/run.sh [SECONDS] [BUILD]      (BUILD: the SAMENPLAN_FUZZ build, default build-asan)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}
build=$(cd "${2:-build-asan}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/fuzz-artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
for target in csv database; do
  seeds=$here/corpus/$target
  [ "$target" = database ] && seeds=$here/corpus/db
  options=()
  [ -f "$here/$target.dict" ] && options+=(-dict="$here/$target.dict")
  mkdir -p "$work/$target"
  log=$work/$target.log
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" "${options[@]}" "$work/$target" "$seeds" >"$log" 2>&1; then
    tail -n 80 "$log" >&2
    echo "fuzz_$target found a crash: the input is in $build/fuzz-artifacts" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz_$target: $runs inputs in $seconds s, no crash"
done
