#!/usr/bin/env python3
"""Benchmark data (not a test): an organisation of N locations as the four import CSV files, and
the records the CSV import does not carry (staff absences and coaching sessions) as SQL for the
`sqlite3` shell.

Per location: 6 groups (3 day-care, 1 pre-school, 2 out-of-school), about 110 children with
placements (some youth-care children with a referral), 30 staff (pedagogues, trainees, a
youth-care pedagogue, a coach), 4 weeks of shifts (2026-W46 to 2026-W49) with breaks; after the
import: some absences and weekly coaching sessions (apply extras.sql with the sqlite3 shell).
Deterministic: the same N gives the same files.

As a real organisation, so that the import's rules (the change layer's) accept every row without a
note: on each weekday a group holds at most its regular places (maximum minus youth-care seats)
of regular children and at most its seats of youth-care children; each placement ends the day
before the child outgrows its group (birth date + the group's maximum age - 1 day) and a
youth-care placement no later than its referral.

Usage: generate_organisation.py LOCATIONS FOLDER
Writes FOLDER/groups.csv, placements.csv, staff.csv, shifts.csv and extras.sql.
"""
import datetime
import random
import sys

FIRST_MONDAY = datetime.date(2026, 11, 9)  # 2026-W46
WEEKS = 4
PLACEMENTS_START = datetime.date(2026, 9, 1)
DAYS = ["ma", "di", "wo", "do", "vr"]
# name, care type, min age, max age, max children, youth-care seats, children placed, child hours
GROUPS = [
    ("Baby", "dagopvang", 0, 2, 12, 4, 16, (8 * 60, 17 * 60 + 30)),
    ("Dreumes", "dagopvang", 1, 3, 14, 4, 18, (8 * 60, 17 * 60)),
    ("Peuter", "dagopvang", 2, 4, 16, 4, 20, (7 * 60 + 30, 17 * 60 + 30)),
    ("Peutergroep", "peutergroep", 2, 4, 16, 4, 18, (8 * 60 + 30, 12 * 60 + 30)),
    ("BSO Onder", "bso", 4, 8, 22, 4, 26, (14 * 60, 18 * 60 + 30)),
    ("BSO Boven", "bso", 7, 13, 26, 4, 24, (14 * 60, 18 * 60)),
]
PROVIDERS = ["Jeugdhulp Noord", "Jeugdhulp Zuid", "Kind en Gezin West"]


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def add_months(date, months):
    """As QDate::addMonths: the same day of the month, or the month's last day when it is shorter."""
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(date.day, last))


def choose_days(rng, taken, limit):
    """Two to five weekdays on which the group still has a place of the kind (fewer when it is nearly full)."""
    free = [d for d in range(5) if taken[d] < limit]
    days = sorted(rng.sample(free, min(len(free), rng.choice([2, 3, 3, 4, 5]))))
    for d in days:
        taken[d] += 1
    return days


def location_code(index):
    return f"L{index + 1:03d}"


def write(folder, locations):
    rng = random.Random(20261123 + locations)
    groups, placements, staff, shifts, extras = [], [], [], [], []
    for l in range(locations):
        code = location_code(l)
        lrk = f"{800000000000 + l * 37:012d}"
        for name, care, lo, hi, size, seats, _, _ in GROUPS:
            groups.append(f"Locatie {code};{lrk};{code} {name};{care};{lo};{hi};{size};{seats};07:00;18:30")
        child_number = 0
        for name, care, lo, hi, size, seats, count, hours in GROUPS:
            youth_per_day, regular_per_day = [0] * 5, [0] * 5
            for _ in range(count):
                months = rng.randrange(lo * 12 + 1, hi * 12 - 4)
                birth = PLACEMENTS_START - datetime.timedelta(days=int(months * 30.5) + rng.randrange(0, 20))
                end = add_months(birth, hi * 12) - datetime.timedelta(days=1)
                start_minutes = hours[0] + rng.choice([0, 0, 30])
                end_minutes = hours[1] - rng.choice([0, 0, 30])
                provider = referral = referral_end = ""
                if rng.random() < 0.06 and min(youth_per_day) < seats:
                    days = choose_days(rng, youth_per_day, seats)
                    provider = rng.choice(PROVIDERS)
                    referral_end = PLACEMENTS_START + datetime.timedelta(days=rng.randrange(100, 300))
                    end = min(end, referral_end)
                    referral_end = referral_end.isoformat()
                else:
                    days = choose_days(rng, regular_per_day, size - seats)
                if not days:
                    continue  # the group is full
                child_number += 1
                if provider:
                    referral = f"B-{code}-{child_number:03d}"
                placements.append(
                    f"Kind{child_number:03d} {code}-{name.replace(' ', '')};{birth.isoformat()};{code} {name};"
                    f"{PLACEMENTS_START.isoformat()};{end.isoformat()};{','.join(DAYS[d] for d in days)};"
                    f"{hhmm(start_minutes)}-{hhmm(end_minutes)};{provider};{referral};{referral_end}")
        people = []
        for s in range(30):
            if s == 0:
                role, employer, hours = "youth-care-pedagogue", rng.choice(PROVIDERS), 24
            elif s == 1:
                role, employer, hours = "coach", "own", 16
            elif s in (2, 3):
                role, employer, hours = "trainee", "own", 24
            else:
                role, employer, hours = "pedagogue", "own", rng.choice([24, 28, 32, 36])
            person = f"Medewerker{s + 1:02d} {code}"
            people.append((person, role))
            staff.append(f"{person};{role};{employer};{hours};;{'coach' if role == 'coach' else ''}")
        floor = [p for p, role in people if role in ("pedagogue", "trainee")]
        for week in range(WEEKS):
            for d in range(5):
                date = FIRST_MONDAY + datetime.timedelta(days=week * 7 + d)
                rng.shuffle(floor)
                taken = 0
                for g, (name, care, *_rest) in enumerate(GROUPS):
                    on_group = 1 if care == "peutergroep" else 2
                    for k in range(on_group):
                        person = floor[taken % len(floor)]
                        taken += 1
                        if care == "bso":
                            start, end = 13 * 60 + 45, 18 * 60 + 30
                            pause = ""
                        elif care == "peutergroep":
                            start, end = 8 * 60 + 15, 12 * 60 + 45
                            pause = ""
                        else:
                            start, end = (7 * 60, 16 * 60) if k == 0 else (9 * 60 + 30, 18 * 60 + 30)
                            b = 12 * 60 + 30 * k + 30 * rng.randrange(0, 2)
                            pause = f"{hhmm(b)}-{hhmm(b + 30)}"
                        shifts.append(f"{person};{date.isoformat()};{hhmm(start)};{hhmm(end)};{code} {name};{pause}")
                if d in (1, 3):  # the youth-care pedagogue on the baby and toddler groups
                    shifts.append(f"Medewerker01 {code};{date.isoformat()};08:30;13:00;{code} Dreumes;")
        # Extras the import does not carry: an absence or two, a weekly coaching session.
        for a in range(2):
            person = f"Medewerker{rng.randrange(5, 31):02d} {code}"
            first = FIRST_MONDAY + datetime.timedelta(days=rng.randrange(0, WEEKS * 7 - 3))
            kind = rng.choice(["sick", "leave", "training"])
            extras.append(
                "INSERT INTO absences (staff_id, kind, start_date, end_date) SELECT id, "
                f"'{kind}', '{first.isoformat()}', '{(first + datetime.timedelta(days=rng.randrange(0, 3))).isoformat()}' "
                f"FROM staff WHERE name = '{person}';")
        for week in range(WEEKS):
            date = FIRST_MONDAY + datetime.timedelta(days=week * 7 + 2)
            coachee = f"Medewerker{rng.randrange(5, 31):02d} {code}"
            extras.append(
                "INSERT INTO coaching_sessions (session_date, starts, ends, coach_staff_id, group_id, kind, goal, off_floor) "
                f"SELECT '{date.isoformat()}', 600, 660, s.id, g.id, 'on-the-job', 'Interactievaardigheden', 0 "
                f"FROM staff s, care_groups g WHERE s.name = 'Medewerker02 {code}' AND g.name = '{code} Peuter';")
            extras.append(
                "INSERT INTO coaching_coachees (session_id, staff_id) SELECT last_insert_rowid(), id "
                f"FROM staff WHERE name = '{coachee}';")

    def save(name, header, rows):
        with open(f"{folder}/{name}", "w", encoding="utf-8") as f:
            f.write(header + "\n")
            f.write("\n".join(rows) + "\n")

    save("groups.csv", "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes", groups)
    save("placements.csv", "child;birth_date;group;start;end;days;times;youth_care_provider;referral;referral_end",
         placements)
    save("staff.csv", "name;role;employer;contract_hours;counts_for_ratio;qualifications", staff)
    save("shifts.csv", "staff;date;start;end;group;break", shifts)
    with open(f"{folder}/extras.sql", "w", encoding="utf-8") as f:
        f.write("BEGIN;\n" + "\n".join(extras) + "\nCOMMIT;\n")
    return len(groups), len(placements), len(staff), len(shifts)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    counts = write(sys.argv[2], int(sys.argv[1]))
    print("groups %d, placements %d, staff %d, shifts %d" % counts)
