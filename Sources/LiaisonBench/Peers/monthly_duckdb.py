"""The monthly report's core figures, computed by DuckDB straight from a liaison data folder.

A peer for liaison-bench: what an analyst would write with DuckDB over the folder's files as
they are (the month logs in visits/, the roster files), to be timed beside `liaison report
monthly` and to agree with its figures. It reads today's roster only: a member who moved
grid during the month is counted where the roster has them now, where liaison counts them
where they were on the report's day (the generated folders hold no such moves).

    python3 monthly_duckdb.py FOLDER 2026-11 2026-11-30 [DAYS]
"""

import json
import os
import sys

import duckdb

folder, month, as_of = sys.argv[1], sys.argv[2], sys.argv[3]
days = int(sys.argv[4]) if len(sys.argv) > 4 else 30
year, number = map(int, month.split("-"))
before = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"

logs = [f"{folder}/visits/{m}.jsonl" for m in (before, month)
        if os.path.exists(f"{folder}/visits/{m}.jsonl")]
db = duckdb.connect()
db.execute(f"""
CREATE VIEW visits AS
  SELECT "date", member, household, coalesce(opinions, 0) AS opinions
  FROM read_json({logs},
                 format = 'newline_delimited', ignore_errors = true,
                 columns = {{"date": 'DATE', member: 'VARCHAR', household: 'VARCHAR',
                            opinions: 'INTEGER'}});
CREATE VIEW members AS
  SELECT id, village, grid FROM read_json('{folder}/members.json', format = 'array',
    columns = {{id: 'VARCHAR', village: 'VARCHAR', grid: 'VARCHAR', since: 'DATE',
               "left": 'DATE'}})
  WHERE coalesce(since, DATE '1900-01-01') <= DATE '{as_of}'
    AND coalesce("left", DATE '2100-01-01') > DATE '{as_of}';
CREATE VIEW households AS
  SELECT id, village, grid FROM read_json('{folder}/households.json', format = 'array',
    columns = {{id: 'VARCHAR', village: 'VARCHAR', grid: 'VARCHAR', since: 'DATE'}})
  WHERE coalesce(since, DATE '1900-01-01') <= DATE '{as_of}';
CREATE VIEW month_visits AS
  SELECT v.* , h.village, h.grid FROM visits v JOIN households h ON h.id = v.household
  WHERE strftime(v."date", '%Y-%m') = '{month}' AND v."date" <= DATE '{as_of}';
""")


def rows(query):
    cursor = db.execute(query)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def areas(key):
    return rows(f"""
      WITH h AS (SELECT {key} AS area, count(*) AS households FROM households
                 WHERE {key} IS NOT NULL GROUP BY 1),
           m AS (SELECT {key} AS area, count(*) AS members FROM members
                 WHERE {key} IS NOT NULL GROUP BY 1),
           v AS (SELECT {key} AS area, count(*) AS visits,
                        count(DISTINCT household) AS householdsVisited,
                        sum(opinions) AS opinions FROM month_visits GROUP BY 1)
      SELECT area AS id, coalesce(members, 0) AS members, coalesce(households, 0) AS households,
             coalesce(visits, 0) AS visits, coalesce(householdsVisited, 0) AS householdsVisited,
             coalesce(opinions, 0) AS opinions
      FROM h FULL JOIN m USING (area) LEFT JOIN v USING (area) ORDER BY area""")


summary = rows("""SELECT count(*) AS visits, count(DISTINCT household) AS householdsVisited,
                         coalesce(sum(opinions), 0) AS opinions FROM month_visits""")[0]
without = [r["id"] for r in rows("""
  SELECT id FROM members WHERE id NOT IN (SELECT member FROM month_visits) ORDER BY id""")]
not_visited = [r["id"] for r in rows(f"""
  SELECT id FROM households WHERE id NOT IN (
    SELECT household FROM visits
    WHERE "date" <= DATE '{as_of}' AND "date" > DATE '{as_of}' - INTERVAL {days} DAY)
  ORDER BY id""")]
print(json.dumps({
    "visits": summary["visits"], "householdsVisited": summary["householdsVisited"],
    "opinions": int(summary["opinions"]), "villages": areas("village"), "grids": areas("grid"),
    "membersWithoutVisits": without, "householdsNotVisited": not_visited,
}, ensure_ascii=False, sort_keys=True))
