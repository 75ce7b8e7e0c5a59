-- November's visits by village, from a liaison data folder's files as they are.
-- Run inside the folder: the month log is JSON Lines, the roster files are JSON arrays.
SELECT village.id AS 编号, village.name AS 村,
       count(*) AS 走访次数,
       count(DISTINCT visit.household) AS 走访户数,
       sum(coalesce(visit.opinions, 0)) AS 收集意见
FROM read_json('visits/2026-11.jsonl') AS visit
JOIN read_json('households.json') AS household ON household.id = visit.household
JOIN read_json('villages.json') AS village ON village.id = household.village
GROUP BY village.id, village.name
ORDER BY village.id;
