#!/usr/bin/env python3
"""Benchmark (not a test): the same organisation in a file and on a PostgreSQL server (issue #15:
the server within 2x of the file). Generates an organisation of N locations (generate_organisation.py),
imports it into a file, starts a throw-away PostgreSQL server (tests/server/pgcluster.sh: a Unix
socket in its own folder, no network), copies the file there with `samenplan-cli copy`, and times
on both, best of RUNS runs, process start-up included:

- check --week 2026-W48 --json (the roster checks of every location's week),
- occupancy --date 2026-11-25 --json (every group's day),
- coaching --year 2026 --json (the coaching year),
- with --gui: `samenplan --screenshot --view groups` of the week, offscreen: starting the program,
  opening the organisation and painting the first location's group board (what a planner waits for
  when opening it), the PNG written.

The answers on both must be the same (the copy's own test checks that too); a difference stops the
benchmark. Run as root, the server runs as the user `postgres` (as in the tests).

Usage: tests/bench/bench_server.py [path/to/samenplan-cli] [--locations 40] [--runs 3]
       [--gui path/to/samenplan]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_organisation  # noqa: E402
from bench_scale import timed  # noqa: E402

PGCLUSTER = os.path.join(HERE, "..", "server", "pgcluster.sh")


def run(command, **kwargs):
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli", nargs="?", default="build/app/cli/samenplan-cli")
    parser.add_argument("--locations", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gui")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    root = tempfile.mkdtemp(prefix="samenplan-bench-server-")
    # Beside, not inside, root: the server's user must reach its socket folder.
    socket_dir = tempfile.mkdtemp(prefix="samenplan-bench-pg-")
    try:
        counts = generate_organisation.write(root, args.locations)
        db = os.path.join(root, "organisation.samenplan")
        run([cli, "init", db])
        run([cli, "import", db, "--groups", f"{root}/groups.csv", "--placements", f"{root}/placements.csv",
             "--staff", f"{root}/staff.csv", "--shifts", f"{root}/shifts.csv"])
        run(["sqlite3", db], input=open(f"{root}/extras.sql", "rb").read())

        run(["bash", PGCLUSTER, "start", socket_dir])
        run(["runuser", "-u", "postgres", "--", "createdb", "-h", socket_dir, "-U", "postgres", "bench"]
            if os.getuid() == 0 else ["createdb", "-h", socket_dir, "-U", "postgres", "bench"])
        url = f"postgresql://postgres@/bench?host={socket_dir}"
        start = time.perf_counter()
        run([cli, "copy", db, url])
        copy_seconds = time.perf_counter() - start

        commands = {
            "check --week 2026-W48": ["check", "{}", "--week", "2026-W48", "--json"],
            "occupancy --date 2026-11-25": ["occupancy", "{}", "--date", "2026-11-25", "--json"],
            "coaching --year 2026": ["coaching", "{}", "--year", "2026", "--json"],
        }
        print(f"{args.locations} locations, {sum(counts)} imported rows; copy to the server {copy_seconds:.1f} s")
        print(f"{'command':<28} {'file s':>7} {'server s':>8} {'ratio':>5}")
        for name, template in commands.items():
            on_file = [cli] + [db if part == "{}" else part for part in template]
            on_server = [cli] + [url if part == "{}" else part for part in template]
            if run(on_file) != run(on_server):
                raise SystemExit(f"{name}: the server answers differently from the file")
            t_file = timed(on_file, args.runs)
            t_server = timed(on_server, args.runs)
            print(f"{name:<28} {t_file:7.2f} {t_server:8.2f} {t_server / t_file:5.2f}")
        if args.gui:
            gui = os.path.abspath(args.gui)
            png = os.path.join(root, "board.png")
            board = [gui, "--screenshot", png, "--view", "groups", "--date", "2026-11-23", "--database"]
            t_file = timed(board + [db], args.runs)
            t_server = timed(board + [url], args.runs)
            print(f"{'group board (--screenshot)':<28} {t_file:7.2f} {t_server:8.2f} {t_server / t_file:5.2f}")
    finally:
        subprocess.run(["bash", PGCLUSTER, "stop", socket_dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
