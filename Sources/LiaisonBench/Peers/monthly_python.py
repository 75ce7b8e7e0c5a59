"""The monthly report's core figures, computed by a plain Python script from a liaison folder.

A peer for liaison-bench: the simplest script a colleague would write with the standard
library's json module — every line of the month's log (and of the month before, for "not
visited lately") decoded whole. It reads today's roster only, as monthly_duckdb.py does.

    python3 monthly_python.py FOLDER 2026-11 2026-11-30 [DAYS]
"""

import collections
import datetime
import json
import os
import sys

folder, month, as_of = sys.argv[1], sys.argv[2], sys.argv[3]
days = int(sys.argv[4]) if len(sys.argv) > 4 else 30
year, number = map(int, month.split("-"))
before = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
look_back = (datetime.date.fromisoformat(as_of) - datetime.timedelta(days=days - 1)).isoformat()


def in_force(record, with_left):
    started = record.get("since", "1900-01-01") <= as_of
    return started and (not with_left or record.get("left", "2100-01-01") > as_of)


with open(os.path.join(folder, "members.json"), encoding="utf-8") as file:
    members = [m for m in json.load(file) if in_force(m, True)]
with open(os.path.join(folder, "households.json"), encoding="utf-8") as file:
    households = {h["id"]: h for h in json.load(file) if in_force(h, False)}

area_keys = ("village", "grid")
rows = {key: collections.defaultdict(lambda: collections.Counter()) for key in area_keys}
for household in households.values():
    for key in area_keys:
        if household.get(key):
            rows[key][household[key]]["households"] += 1
for member in members:
    for key in area_keys:
        if member.get(key):
            rows[key][member[key]]["members"] += 1

visited = {key: collections.defaultdict(set) for key in area_keys}
seen, visitors, recent = set(), set(), set()
total = opinions = 0
for log in (before, month):
    path = os.path.join(folder, "visits", f"{log}.jsonl")
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as file:
        for line in file:
            try:
                visit = json.loads(line)
            except ValueError:
                continue
            day, household = visit["date"], households.get(visit["household"])
            if household is None or day > as_of:
                continue
            if day >= look_back:
                recent.add(household["id"])
            if not day.startswith(month):
                continue
            total += 1
            opinions += visit.get("opinions", 0)
            seen.add(household["id"])
            visitors.add(visit["member"])
            for key in area_keys:
                if household.get(key):
                    area = rows[key][household[key]]
                    area["visits"] += 1
                    area["opinions"] += visit.get("opinions", 0)
                    visited[key][household[key]].add(household["id"])


def areas(key):
    fields = ("members", "households", "visits", "opinions")
    return [
        {"id": area, **{f: counts[f] for f in fields},
         "householdsVisited": len(visited[key][area])}
        for area, counts in sorted(rows[key].items())
    ]


print(json.dumps({
    "visits": total, "householdsVisited": len(seen), "opinions": opinions,
    "villages": areas("village"), "grids": areas("grid"),
    "membersWithoutVisits": sorted(m["id"] for m in members if m["id"] not in visitors),
    "householdsNotVisited": sorted(h for h in households if h not in recent),
}, ensure_ascii=False, sort_keys=True))
