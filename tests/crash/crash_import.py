#!/usr/bin/env python3
"""Crash test: kills `samenplan-cli import` (kill -9) at random moments and checks what is left.

Makes a demo database and a realistic set of spreadsheets for a new location (groups, placements
with youth-care referrals, staff and five weeks of shifts), times one whole import, and then, for
each kill, imports into a fresh copy of the demo database and kills the process after a random
delay: every other kill anywhere between its start and a little past its normal end, the others
once it writes to the file (its journal grows), within the time writing took in the timed import,
where a kill does the most harm. After every kill:

  - `samenplan-cli occupancy FILE --date ... --json` opens the file and exits 0 (the next user
    opens it without trouble, a lock left by the killed process does not block);
  - `PRAGMA integrity_check` (sqlite3 shell) answers ok;
  - the import is either fully in or fully absent: the row counts of every imported table equal
    the demo's, or the demo's plus a whole import.

Usage: crash_import.py --cli build/app/cli/samenplan-cli [--kills 200] [--seed N] [--keep DIR] [--sqlite3 PATH]
Exit status 0 when every kill left a sound file, 1 otherwise.
"""

import argparse
import datetime
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TABLES = ["locations", "opening_hours", "care_groups", "children", "youth_care_providers", "referrals", "placements",
          "placement_days", "staff", "shifts", "shift_breaks"]

FIRST = ["Zoë", "Daan", "Sem", "Noor", "Liam", "Julia", "Lucas", "Mila", "Finn", "Tess", "Levi", "Saar",
         "Bram", "Fenna", "Mees", "Lotte", "Jesse", "Sophie", "Ties", "Evi", "Anouk", "René", "Yara", "Milan"]
LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Lammers", "van Dijk", "Kok", "Çelik", "El Amrani"]
PROVIDERS = ["Jeugdformaat", "Lindenhout", "Jeugdzorg Oost"]
DAYS = ["ma", "di", "wo", "do", "vr"]


def write_csv_set(folder, today):
    """A new location with 10 day-care groups filled to their places, 40 staff and 5 weeks of shifts."""
    start = today + datetime.timedelta(days=7 - today.weekday())  # next Monday
    rnd = random.Random(4711)
    groups = [f"Boomgaard {name}" for name in
              ["Appels", "Peren", "Kersen", "Pruimen", "Druiven", "Bessen", "Noten", "Vijgen", "Dadels", "Mango's"]]
    with open(os.path.join(folder, "groepen.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufefflocatie;lrk;groep;opvangsoort;min_leeftijd;max_leeftijd;max_kinderen;jeugdhulpplekken;open;sluit\r\n")
        for g in groups:
            f.write(f"Kindcentrum De Boomgaard;998877665544;{g};dagopvang;0;4;16;4;07:00;19:00\r\n")
    # 12 regular places and 4 youth-care seats per group and day: children are placed while they fit.
    regular, seats = {}, {}
    with open(os.path.join(folder, "plaatsingen.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("kind;geboortedatum;groep;begin;eind;dagen;tijden;jeugdhulpaanbieder;beschikking;einde_beschikking\n")
        for c in range(400):
            group = groups[c % len(groups)]
            days = sorted(rnd.sample(range(5), rnd.randint(1, 4)))
            youth_care = rnd.random() < 0.15
            taken = seats if youth_care else regular
            if any(taken.get((group, d), 0) >= (4 if youth_care else 12) for d in days):
                continue
            for d in days:
                taken[(group, d)] = taken.get((group, d), 0) + 1
            provider, referral = (rnd.choice(PROVIDERS), f"BS-{start.year}-{c:04d}") if youth_care else ("", "")
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}-{c}"
            birth = start - datetime.timedelta(days=120 + rnd.randrange(1200))
            f.write(f"{name};{birth.strftime('%d-%m-%Y')};{group};{start.isoformat()};;"
                    f"\"{','.join(DAYS[d] for d in days)}\";08:00-17:30;{provider};{referral};\n")
    staff = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)} (BG{s})" for s in range(40)]
    with open(os.path.join(folder, "medewerkers.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("naam;functie;werkgever;contracturen;telt_mee;kwalificaties\n")
        for s, name in enumerate(staff):
            role = "jeugdhulp-pedagoog" if s % 10 == 9 else "pedagogisch-medewerker"
            employer = "Jeugdformaat" if role == "jeugdhulp-pedagoog" else "own"
            f.write(f"{name};{role};{employer};{24 + 4 * (s % 4)};;VE\n")
    with open(os.path.join(folder, "diensten.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("staff;date;start;end;group;break\n")
        for week in range(5):
            for d in range(5):
                day = start + datetime.timedelta(days=7 * week + d)
                for s, name in enumerate(staff):
                    if (s + d) % 5 == 4:
                        continue  # a day off
                    f.write(f"{name};{day.isoformat()};07:30;16:30;{groups[s % len(groups)]};12:00-12:30\n")
    return start


def counts(sqlite3, db):
    sql = "; ".join(f"SELECT count(*) FROM {t}" for t in TABLES) + ";"
    out = subprocess.run([sqlite3, db, sql], capture_output=True, text=True, check=True).stdout.split()
    return dict(zip(TABLES, map(int, out)))


def remove_database(db):
    for suffix in ["", "-wal", "-shm", "-journal", ".lock"]:
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def fresh_copy(base, db):
    remove_database(db)
    shutil.copyfile(base, db)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="path to samenplan-cli")
    parser.add_argument("--sqlite3", default="sqlite3", help="path to the sqlite3 shell")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable run")
    parser.add_argument("--keep", help="keep the work files in this folder")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    rnd = random.Random(seed)
    cli = os.path.abspath(args.cli)
    folder = args.keep or tempfile.mkdtemp(prefix="samenplan-crash-")
    os.makedirs(folder, exist_ok=True)
    env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen")
    try:
        today = datetime.date.today()
        start = write_csv_set(folder, today)
        base = os.path.join(folder, "demo.samenplan")
        remove_database(base)
        subprocess.run([cli, "init", base, "--demo", "--date", today.isoformat()], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        db = os.path.join(folder, "work.samenplan")
        import_command = [cli, "import", db] + [arg for option, name in
                                                [("--groups", "groepen.csv"), ("--placements", "plaatsingen.csv"),
                                                 ("--staff", "medewerkers.csv"), ("--shifts", "diensten.csv")]
                                                for arg in (option, os.path.join(folder, name))]
        before = counts(args.sqlite3, base)

        # One whole import: how long it takes, when it begins writing to the file (its journal grows),
        # and what a complete one adds.
        fresh_copy(base, db)
        began = time.monotonic()
        process = subprocess.Popen(import_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        writing = None
        while process.poll() is None:
            if writing is None and os.path.exists(db + "-wal") and os.path.getsize(db + "-wal") > 0:
                writing = time.monotonic() - began
            time.sleep(0.002)
        duration = time.monotonic() - began
        writing = duration * 0.8 if writing is None else writing
        if process.returncode != 0:
            print(f"the import itself fails (exit {process.returncode}):\n{process.stderr.read()}", file=sys.stderr)
            return 1
        after = counts(args.sqlite3, db)
        print(f"crash test: seed {seed}; one import takes {duration:.2f} s, writes to the file from {writing:.2f} s, adds "
              + ", ".join(f"{after[t] - before[t]} {t}" for t in TABLES if after[t] != before[t]))

        absent = complete = wrote = 0
        wal = db + "-wal"
        failures = []
        for kill in range(1, args.kills + 1):
            fresh_copy(base, db)
            # Every other kill anywhere in the import; the others once it writes to the file (its journal
            # grows), within the time writing took in the timed import.
            process = subprocess.Popen(import_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            began = time.monotonic()
            if kill % 2:
                delay = rnd.uniform(0, duration * 1.1)
            else:
                while process.poll() is None and not (os.path.exists(wal) and os.path.getsize(wal) > 0):
                    time.sleep(0.001)
                delay = time.monotonic() - began + rnd.uniform(0, (duration - writing) * 1.2)
            time.sleep(max(0.0, delay - (time.monotonic() - began)))
            process.send_signal(signal.SIGKILL)
            process.wait()
            if os.path.exists(wal) and os.path.getsize(wal) > 0:
                wrote += 1  # killed after it began writing pages: in the transaction, its commit or after
            problems = []
            opened = subprocess.run([cli, "occupancy", db, "--date", start.isoformat(), "--json"], env=env,
                                    capture_output=True, text=True)
            if opened.returncode != 0:
                problems.append(f"occupancy exits {opened.returncode}: {opened.stderr.strip()}")
            check = subprocess.run([args.sqlite3, db, "PRAGMA integrity_check;"], capture_output=True, text=True)
            if check.stdout.strip() != "ok":
                problems.append(f"integrity_check: {check.stdout.strip()} {check.stderr.strip()}")
            else:
                now = counts(args.sqlite3, db)
                if now == before:
                    absent += 1
                elif now == after:
                    complete += 1
                else:
                    problems.append("half an import: " + ", ".join(f"{t} {now[t]} (demo {before[t]}, whole {after[t]})"
                                                                   for t in TABLES if now[t] not in (before[t], after[t])))
            if problems:
                kept = os.path.join(folder, f"failed-{kill}.samenplan")
                shutil.copyfile(db, kept)
                failures.append(f"kill {kill} after {delay:.3f} s: " + "; ".join(problems) + f" (kept as {kept})")
                args.keep = args.keep or folder
        print(f"crash test: {args.kills} kills ({wrote} after the import began writing to the file): "
              f"{absent} left the import out, {complete} had it whole, {len(failures)} damaged")
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1 if failures else 0
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
