-- The statements the PostgreSQL store runs most, with real values from the store, under EXPLAIN ANALYZE.
\pset pager off
\echo '-- search: one term, English stems, ranked, with a date filter'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH q AS (SELECT phraseto_tsquery('english', 'charged') AS query),
hits AS (
    SELECT s.key, s.idx, s.start_offset, s.end_offset, s.text, d.id, d.date, d.title, ts_rank(s.words, q.query) AS score
    FROM sentences s JOIN documents d ON d.key = s.document_key, q
    WHERE s.words @@ q.query AND d.date >= '2000-01-01'
    ORDER BY score DESC, d.date DESC, s.key LIMIT 10)
SELECT h.id, ts_headline('english', h.text, q.query, 'HighlightAll=true') FROM hits h, q ORDER BY h.score DESC, h.date DESC, h.key;

\echo '-- linker: candidates by key (name, alias or lookup word)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT key FROM entities WHERE name_key = (SELECT name_key FROM entities ORDER BY document_count DESC LIMIT 1)
UNION SELECT entity_key FROM entity_aliases WHERE alias_key = (SELECT name_key FROM entities ORDER BY document_count DESC LIMIT 1)
UNION SELECT entity_key FROM entity_lookup WHERE word = (SELECT name_key FROM entities ORDER BY document_count DESC LIMIT 1);

\echo '-- linker: the entities of the 50 latest documents of the most mentioned entity'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT other.document_key, array_agg(DISTINCT other.entity_key) FROM entity_mentions other
WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = (SELECT key FROM entities ORDER BY document_count DESC LIMIT 1)
                             GROUP BY document_key ORDER BY document_key DESC LIMIT 50)
GROUP BY other.document_key ORDER BY other.document_key;

\echo '-- timeline / check: the events naming a word, reported by a date'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT DISTINCT w.event_key FROM event_words w
WHERE w.word = ANY(ARRAY[(SELECT word FROM event_words GROUP BY word ORDER BY count(*) DESC LIMIT 1)]) AND w.reported <= '2100-01-01';
