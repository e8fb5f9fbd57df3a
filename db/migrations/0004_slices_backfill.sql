-- The slices of the rollups already recorded (db/schema.ts: cohort_slices): each is a sum of cohort_rollups or
-- generation_rollups over every attribute but one.
INSERT INTO cohort_slices (quiz_id, dim, value, day, share_channel, views, players, seeds, completers, sharers, share_intents, confirmed_shares, clicks, crawler_fetches, children, children_completed, cycle_0, cycle_1, cycle_2, cycle_3, cycle_4, cycle_5, cycle_6, cycle_7, cycle_8, cycle_9, cycle_10, cycle_11, cycle_12)
SELECT quiz_id, '', '', day, share_channel, sum(views), sum(players), sum(seeds), sum(completers), sum(sharers), sum(share_intents), sum(confirmed_shares), sum(clicks), sum(crawler_fetches), sum(children), sum(children_completed), sum(cycle_0), sum(cycle_1), sum(cycle_2), sum(cycle_3), sum(cycle_4), sum(cycle_5), sum(cycle_6), sum(cycle_7), sum(cycle_8), sum(cycle_9), sum(cycle_10), sum(cycle_11), sum(cycle_12)
FROM cohort_rollups GROUP BY quiz_id, '', day, share_channel
UNION ALL
SELECT quiz_id, 'arrival', arrival, day, share_channel, sum(views), sum(players), sum(seeds), sum(completers), sum(sharers), sum(share_intents), sum(confirmed_shares), sum(clicks), sum(crawler_fetches), sum(children), sum(children_completed), sum(cycle_0), sum(cycle_1), sum(cycle_2), sum(cycle_3), sum(cycle_4), sum(cycle_5), sum(cycle_6), sum(cycle_7), sum(cycle_8), sum(cycle_9), sum(cycle_10), sum(cycle_11), sum(cycle_12)
FROM cohort_rollups GROUP BY quiz_id, arrival, day, share_channel
UNION ALL
SELECT quiz_id, 'outcome', outcome_id, day, share_channel, sum(views), sum(players), sum(seeds), sum(completers), sum(sharers), sum(share_intents), sum(confirmed_shares), sum(clicks), sum(crawler_fetches), sum(children), sum(children_completed), sum(cycle_0), sum(cycle_1), sum(cycle_2), sum(cycle_3), sum(cycle_4), sum(cycle_5), sum(cycle_6), sum(cycle_7), sum(cycle_8), sum(cycle_9), sum(cycle_10), sum(cycle_11), sum(cycle_12)
FROM cohort_rollups GROUP BY quiz_id, outcome_id, day, share_channel
UNION ALL
SELECT quiz_id, 'source', source, day, share_channel, sum(views), sum(players), sum(seeds), sum(completers), sum(sharers), sum(share_intents), sum(confirmed_shares), sum(clicks), sum(crawler_fetches), sum(children), sum(children_completed), sum(cycle_0), sum(cycle_1), sum(cycle_2), sum(cycle_3), sum(cycle_4), sum(cycle_5), sum(cycle_6), sum(cycle_7), sum(cycle_8), sum(cycle_9), sum(cycle_10), sum(cycle_11), sum(cycle_12)
FROM cohort_rollups GROUP BY quiz_id, source, day, share_channel
UNION ALL
SELECT quiz_id, 'host', host_page, day, share_channel, sum(views), sum(players), sum(seeds), sum(completers), sum(sharers), sum(share_intents), sum(confirmed_shares), sum(clicks), sum(crawler_fetches), sum(children), sum(children_completed), sum(cycle_0), sum(cycle_1), sum(cycle_2), sum(cycle_3), sum(cycle_4), sum(cycle_5), sum(cycle_6), sum(cycle_7), sum(cycle_8), sum(cycle_9), sum(cycle_10), sum(cycle_11), sum(cycle_12)
FROM cohort_rollups GROUP BY quiz_id, host_page, day, share_channel
UNION ALL
SELECT quiz_id, 'generation', CAST(generation AS TEXT), day, '', 0, sum(players), 0, sum(completers), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
FROM generation_rollups GROUP BY quiz_id, generation, day;
