#!/usr/bin/env python3
"""Benchmark (not a test): samenplan-cli at 1, 10, 40 and 160 locations, each figure as a ratio to
its floor measured in the same run (process start-up included on both sides; the best of RUNS
runs, as the machine is shared):

- import of the four CSV files vs the sqlite3 shell importing the same rows into plain tables in
  one transaction; and, beside it, vs the sqlite3 shell writing the rows the import wrote (each
  placement's days, each shift's breaks and the referrals too) into the same schema, its indexes
  and foreign keys, one INSERT a row in one transaction;
- check --week 2026-W48 --json vs a plain SELECT of that week's shifts (with breaks) and
  placements (with days);
- occupancy --date 2026-11-25 --json vs a plain SELECT of that day's placements (with days and
  children);
- roster --week --pdf: the whole organisation per location printed, and one location (--location);
- check, occupancy and one location's roster twice: the first time a file's bytes are seen (its
  contents check runs in full) and again (the check remembered those bytes passed: CheckedContents);
  the CLI runs with XDG_CACHE_HOME in the benchmark's folder, emptied before each first-time run;
- bkr --stdin (5,984 lines) vs --version, each the best of 30 runs (a run takes about 5 ms, less than the machine's noise);
- a command and its floor run in turn, round after round (the best of each kept), so that both are
  measured in the same seconds;
- growth exponents from 10 to 160 locations, and peak memory (/usr/bin/time -v) at the largest.

Usage: tests/bench/bench_scale.py [path/to/samenplan-cli] [--sizes 1,10,40,160] [--runs 3]
       [--keep FOLDER]   (keeps the generated files and databases, e.g. for samenplan_bench_board)
"""
import argparse
import itertools
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_organisation  # noqa: E402

WEEK = "2026-W48"
MONDAY, SUNDAY, DAY = "2026-11-23", "2026-11-29", "2026-11-25"


CACHE = None  # XDG_CACHE_HOME of the CLI runs: where CheckedContents keeps its store


def forget_checks():
    shutil.rmtree(CACHE, ignore_errors=True)


def run_once(command, stdin=None, prepare=None):
    if prepare:
        prepare()
    start = time.perf_counter()
    done = subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=dict(os.environ, XDG_CACHE_HOME=CACHE))
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()}")
    return elapsed


def interleaved(runs, *specs):
    """The best of runs for each (command, stdin, prepare), run in turn within each round: a command
    and its floor measured in the same seconds (this machine's speed drifts by half within minutes)."""
    best = [math.inf] * len(specs)
    for _ in range(runs):
        for i, (command, stdin, prepare) in enumerate(specs):
            best[i] = min(best[i], run_once(command, stdin, prepare))
    return best


def peak_kib(command):
    done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=dict(os.environ, XDG_CACHE_HOME=CACHE))
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return int(match.group(1)) if match else -1


def floor_import_sql(folder):
    lines = [".mode csv", ".separator ;", "BEGIN;"]
    for table in ("groups", "placements", "staff", "shifts"):
        lines.append(f".import {folder}/{table}.csv {table}")  # plain tables, created from the header
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


CHECK_FLOOR = f"""
SELECT s.id, s.staff_id, s.group_id, s.shift_date, s.starts, s.ends, b.starts, b.ends
  FROM shifts s LEFT JOIN shift_breaks b ON b.shift_id = s.id
 WHERE s.shift_date BETWEEN '{MONDAY}' AND '{SUNDAY}';
SELECT p.id, p.child_id, p.group_id, p.start_date, p.end_date, p.kind, d.weekday, d.starts, d.ends
  FROM placements p JOIN placement_days d ON d.placement_id = p.id
 WHERE p.start_date <= '{SUNDAY}' AND (p.end_date IS NULL OR p.end_date >= '{MONDAY}');
"""

OCCUPANCY_FLOOR = f"""
SELECT p.id, p.group_id, p.kind, c.first_name, c.last_name, c.birth_date, d.starts, d.ends
  FROM placements p JOIN placement_days d ON d.placement_id = p.id JOIN children c ON c.id = p.child_id
 WHERE p.start_date <= '{DAY}' AND (p.end_date IS NULL OR p.end_date >= '{DAY}') AND d.weekday = 3;
"""


# The tables an import writes, parents before the rows that refer to them.
IMPORTED_TABLES = ("locations", "opening_hours", "care_groups", "children", "youth_care_providers", "staff",
                   "placements", "placement_days", "referrals", "shifts", "shift_breaks")


def same_schema_sql(imported):
    """The rows an import wrote into the file imported, as one transaction of INSERT statements."""
    lines = [".bail on", "PRAGMA foreign_keys = ON;", "BEGIN;"]
    for table in IMPORTED_TABLES:
        done = subprocess.run(["sqlite3", imported, f".mode insert {table}", f"SELECT * FROM {table};"],
                              stdout=subprocess.PIPE, check=True, text=True)
        lines.append(done.stdout.rstrip("\n"))
    lines.append("COMMIT;")
    return ("\n".join(lines) + "\n").encode()


def bkr_input():
    lines = []
    for n in range(1, 18):
        for ages in itertools.combinations_with_replacement(range(4), n):
            lines.append(",".join(map(str, ages)))
    return ("\n".join(lines) + "\n").encode()


def supports_location(cli):
    done = subprocess.run([cli, "roster", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return "--location" in done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli", nargs="?", default="build/app/cli/samenplan-cli")
    parser.add_argument("--sizes", default="1,10,40,160")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    sizes = [int(s) for s in args.sizes.split(",")]
    root = args.keep or tempfile.mkdtemp(prefix="samenplan-bench-")
    os.makedirs(root, exist_ok=True)
    global CACHE
    CACHE = os.path.join(root, "cache")
    by_location = supports_location(cli)
    results = {}
    print(f"{'locations':>9} {'rows':>7} | {'import s':>8} {'floor s':>7} {'ratio':>5} | {'check s':>7} {'floor s':>7} "
          f"{'ratio':>5} | {'occup s':>7} {'floor s':>7} {'ratio':>5} | {'pdf s/loc':>9} {'1 loc pdf s':>11} | "
          f"first time: {'check':>5} {'ratio':>5} {'occup':>5} {'ratio':>5} {'1 loc pdf':>9} | "
          f"import vs same schema: {'s':>5} {'ratio':>5}")
    for n in sizes:
        folder = os.path.join(root, str(n))
        os.makedirs(folder, exist_ok=True)
        counts = generate_organisation.write(folder, n)
        db = os.path.join(folder, "organisation.samenplan")
        plain = os.path.join(folder, "plain.sqlite")
        files = ["--groups", f"{folder}/groups.csv", "--placements", f"{folder}/placements.csv",
                 "--staff", f"{folder}/staff.csv", "--shifts", f"{folder}/shifts.csv"]

        def fresh_db():
            for suffix in ("", "-wal", "-shm", ".lock"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            subprocess.run([cli, "init", db], check=True, stdout=subprocess.DEVNULL)

        def fresh_plain():
            if os.path.exists(plain):
                os.remove(plain)

        # The same rows into the same schema: what one import wrote, written by the shell into a
        # file as init leaves it (copied for each run).
        same = os.path.join(folder, "same-schema.samenplan")
        empty = os.path.join(folder, "empty.samenplan")
        fresh_db()
        subprocess.run([cli, "import", db] + files, check=True, stdout=subprocess.DEVNULL)
        same_sql = same_schema_sql(db)
        fresh_db()
        shutil.copyfile(db, empty)

        def fresh_same():
            for suffix in ("-wal", "-shm"):
                if os.path.exists(same + suffix):
                    os.remove(same + suffix)
            shutil.copyfile(empty, same)

        t_import, f_import, s_import = interleaved(args.runs, ([cli, "import", db] + files, None, fresh_db),
                                                   (["sqlite3", plain], floor_import_sql(folder).encode(), fresh_plain),
                                                   (["sqlite3", same], same_sql, fresh_same))
        subprocess.run(["sqlite3", db], input=open(f"{folder}/extras.sql", "rb").read(), check=True)
        check = [cli, "check", db, "--week", WEEK, "--json"]
        occupancy = [cli, "occupancy", db, "--date", DAY, "--json"]
        pdf = os.path.join(folder, "roster.pdf")
        roster1 = [cli, "roster", db, "--week", WEEK, "--pdf", pdf, "--location", "Locatie L001"]
        # Each round: the first time (the file's bytes forgotten), again (remembered), the floor.
        c_check, t_check, f_check = interleaved(args.runs, (check, None, forget_checks), (check, None, None),
                                                (["sqlite3", db], CHECK_FLOOR.encode(), None))
        c_occ, t_occ, f_occ = interleaved(args.runs, (occupancy, None, forget_checks), (occupancy, None, None),
                                          (["sqlite3", db], OCCUPANCY_FLOOR.encode(), None))
        c_pdf1, t_pdf1 = interleaved(args.runs, (roster1, None, forget_checks), (roster1, None, None)) \
            if by_location else (math.nan, math.nan)
        t_pdf = run_once([cli, "roster", db, "--week", WEEK, "--pdf", pdf]) if n <= 40 or by_location else math.nan
        rows = sum(counts)
        results[n] = dict(rows=rows, imp=t_import, check=t_check, occ=t_occ, pdf=t_pdf, pdf1=t_pdf1, cpdf1=c_pdf1)
        print(f"{n:>9} {rows:>7} | {t_import:8.3f} {f_import:7.3f} {t_import / f_import:5.1f} | {t_check:7.3f} "
              f"{f_check:7.3f} {t_check / f_check:5.1f} | {t_occ:7.3f} {f_occ:7.3f} {t_occ / f_occ:5.1f} | "
              f"{t_pdf / n:9.3f} {t_pdf1:11.3f} | {c_check:16.3f} {c_check / f_check:5.1f} {c_occ:5.3f} "
              f"{c_occ / f_occ:5.1f} {c_pdf1:9.3f} | {s_import:28.3f} {t_import / s_import:5.2f}", flush=True)
        if n == max(sizes):
            for name, command in (("import", None), ("check", [cli, "check", db, "--week", WEEK, "--json"]),
                                  ("occupancy", [cli, "occupancy", db, "--date", DAY, "--json"])):
                if command is None:
                    fresh_db()
                    kib = peak_kib([cli, "import", db] + files)
                    subprocess.run(["sqlite3", db], input=open(f"{folder}/extras.sql", "rb").read(), check=True)
                else:
                    kib = peak_kib(command)
                print(f"peak memory of {name} at {n} locations: {kib / 1024:.0f} MiB")
    if 10 in results and max(sizes) > 10:
        top = max(sizes)
        factor = math.log(top / 10)
        for key, label in (("imp", "import"), ("check", "check"), ("occ", "occupancy"), ("pdf", "roster pdf")):
            a, b = results[10][key], results[top][key]
            if not math.isnan(a) and not math.isnan(b):
                print(f"growth exponent of {label} from 10 to {top} locations: {math.log(b / a) / factor:.2f}")
    if 1 in results and by_location:
        top = max(sizes)
        print(f"one location's roster PDF at {top} locations vs at 1: {results[top]['pdf1'] / results[1]['pdf1']:.2f}x "
              f"(the first time: {results[top]['cpdf1'] / results[1]['cpdf1']:.2f}x)")
    bkr = bkr_input()
    t_bkr, t_version = interleaved(max(args.runs, 30),
                                   ([cli, "bkr", "--setting", "dagopvang", "--stdin", "--date", "2026-11-23"], bkr, None),
                                   ([cli, "--version"], None, None))
    lines = bkr.count(b"\n")
    print(f"bkr --stdin ({lines} lines) {t_bkr * 1000:.1f} ms vs --version {t_version * 1000:.1f} ms: "
          f"{t_bkr / t_version:.2f}x")
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
