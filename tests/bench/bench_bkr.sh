#!/usr/bin/env bash
# Benchmark (not a test): every day-care composition of 1 to 17 children aged 0-3 (5,984 lines)
# through one `samenplan-cli bkr --stdin` run. Usage: tests/bench/bench_bkr.sh [path/to/samenplan-cli]
set -euo pipefail
cli=${1:-build/app/cli/samenplan-cli}
input=$(mktemp)
trap 'rm -f "$input"' EXIT
python3 - >"$input" <<'PY'
from itertools import combinations_with_replacement
for n in range(1, 18):
    for ages in combinations_with_replacement(range(4), n):
        print(",".join(map(str, ages)))
PY
lines=$(wc -l <"$input")
start=$(date +%s%N)
"$cli" bkr --setting dagopvang --stdin --date 2026-11-23 <"$input" >/dev/null
end=$(date +%s%N)
echo "$lines compositions answered in $(( (end - start) / 1000000 )) ms (one process, start-up included)"
