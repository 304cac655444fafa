#!/usr/bin/env bash
# Benchmark (not a test): importing 5,000 placement rows and 20,000 shift rows (with 12 groups and
# 100 staff) in one samenplan-cli import run. Usage: tests/bench/bench_import.sh [path/to/samenplan-cli]
set -euo pipefail
cli=${1:-build/app/cli/samenplan-cli}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys, datetime
d = sys.argv[1]
with open(f"{d}/groups.csv", "w") as f:
    f.write("location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n")
    for g in range(12):
        f.write(f"Locatie Bench;111122223333;Groep {g+1};dagopvang;0;4;16;0;07:00;19:00\n")
start = datetime.date(2026, 9, 1)
with open(f"{d}/placements.csv", "w") as f:
    f.write("child;birth_date;group;start;end;days;times\n")
    for c in range(5000):
        birth = start - datetime.timedelta(days=200 + c % 900)
        f.write(f"Kind{c} Bench;{birth.isoformat()};Groep {c % 12 + 1};{start.isoformat()};;ma,di,do;08:00-17:00\n")
with open(f"{d}/staff.csv", "w") as f:
    f.write("name;role;employer;contract_hours;counts_for_ratio;qualifications\n")
    for s in range(100):
        f.write(f"Medewerker{s} Bench;pedagogue;own;32;;\n")
with open(f"{d}/shifts.csv", "w") as f:
    f.write("staff;date;start;end;group;break\n")
    for i in range(20000):
        day = start + datetime.timedelta(days=i // 100)
        f.write(f"Medewerker{i % 100} Bench;{day.isoformat()};07:30;16:30;Groep {i % 12 + 1};12:00-12:30\n")
PY
"$cli" init "$dir/bench.samenplan" >/dev/null
begin=$(date +%s%N)
"$cli" import "$dir/bench.samenplan" --groups "$dir/groups.csv" --placements "$dir/placements.csv" \
    --staff "$dir/staff.csv" --shifts "$dir/shifts.csv"
end=$(date +%s%N)
echo "import of 5,000 placement rows and 20,000 shift rows: $(( (end - begin) / 1000000 )) ms"
