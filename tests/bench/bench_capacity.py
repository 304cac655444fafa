#!/usr/bin/env python3
"""Benchmark (not a test): the capacity questions of issue #16 on a generated organisation
(generate_organisation.py, 40 locations by default) with a waiting list of 5 children per location
(a day-care wish for Monday and Wednesday, or for any group), the best of RUNS runs each, process
start-up included (the --version floor is given beside them), as wall-clock time and as the CPU
time the process used (user + system; steadier on a shared machine):

- fit: a 15-month-old on Monday and Wednesday, every group of the organisation;
- forecast --months 12: every group, twelve months;
- forecast --months 12 --place-waiting-list: the waiting list placed in memory first.

Usage: tests/bench/bench_capacity.py [path/to/samenplan-cli] [--locations 40] [--runs 3] [--keep FOLDER]
"""
import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_organisation  # noqa: E402

WAITING_SQL = """
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO children (first_name, last_name, birth_date)
SELECT 'Wacht' || n.i, 'Locatie' || l.id, printf('2025-%02d-15', n.i + 2) FROM locations l, n;
INSERT INTO waiting_list (child_id, wished_start, weekdays, preferred_group_id, priority)
SELECT c.id, '2027-01-04', 5,
       CASE WHEN c.first_name = 'Wacht5' THEN NULL ELSE
            (SELECT g.id FROM care_groups g WHERE g.care_type = 'dagopvang'
             AND 'Locatie' || g.location_id = c.last_name ORDER BY g.id LIMIT 1) END,
       CAST(substr(c.first_name, 6) AS INTEGER) % 3
FROM children c WHERE c.first_name LIKE 'Wacht%';
COMMIT;
"""


def timed(command, runs):
    """The best wall-clock and the best CPU time (user + system) of the runs, in seconds."""
    best, best_cpu = math.inf, math.inf
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()}")
        best = min(best, elapsed)
        best_cpu = min(best_cpu, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return best, best_cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli", nargs="?", default="build/app/cli/samenplan-cli")
    parser.add_argument("--locations", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    folder = args.keep or tempfile.mkdtemp(prefix="samenplan-capacity-")
    os.makedirs(folder, exist_ok=True)
    counts = generate_organisation.write(folder, args.locations)
    db = os.path.join(folder, "organisation.samenplan")
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    subprocess.run([cli, "init", db], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([cli, "import", db, "--groups", f"{folder}/groups.csv", "--placements", f"{folder}/placements.csv",
                    "--staff", f"{folder}/staff.csv", "--shifts", f"{folder}/shifts.csv"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["sqlite3", db], input=WAITING_SQL.encode(), check=True)
    print(f"{args.locations} locations, {counts}; 5 waiting per location")
    floor, floor_cpu = timed([cli, "--version"], args.runs)
    rows = [
        ("fit (every group)", [cli, "fit", db, "--birth-date", "2025-09-01", "--days", "ma,wo", "--from", "2026-12-01", "--json"]),
        ("forecast 12 months", [cli, "forecast", db, "--from", "2026-12", "--months", "12", "--json"]),
        ("forecast 12 months --place-waiting-list",
         [cli, "forecast", db, "--from", "2026-12", "--months", "12", "--place-waiting-list", "--json"]),
    ]
    print(f"{'what':<42} {'wall s':>7} {'cpu s':>7}")
    print(f"{'--version (the floor)':<42} {floor:7.3f} {floor_cpu:7.3f}")
    for label, command in rows:
        wall, cpu = timed(command, args.runs)
        print(f"{label:<42} {wall:7.3f} {cpu:7.3f}")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
