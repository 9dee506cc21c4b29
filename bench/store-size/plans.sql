-- The statements the SQLite store runs (simplified to their shape), under EXPLAIN QUERY PLAN: which index each uses.
-- usage: sqlite3 STORE.db < bench/store-size/plans.sql
.print '== search (FTS) with date filter'
EXPLAIN QUERY PLAN SELECT d.id, s.idx, s.text FROM sentences_fts JOIN sentences s ON s.key = sentences_fts.rowid JOIN documents d ON d.key = s.document_key WHERE sentences_fts MATCH 'charged' AND d.date >= '2000-01-01' ORDER BY bm25(sentences_fts) LIMIT 10;
.print '== time mentions of a document'
EXPLAIN QUERY PLAN SELECT t.start_offset, s.idx FROM time_mentions t JOIN documents d ON d.key = t.document_key LEFT JOIN sentence_spans s ON s.key = t.sentence_key WHERE d.id = 'x' ORDER BY t.start_offset, t.end_offset;
.print '== entity mentions of a document'
EXPLAIN QUERY PLAN SELECT m.start_offset FROM entity_mentions m JOIN entities e ON e.key = m.entity_key JOIN documents d ON d.key = m.document_key WHERE d.id = 'x' ORDER BY m.start_offset, m.end_offset;
.print '== events naming a word'
EXPLAIN QUERY PLAN SELECT event_key FROM event_words WHERE word = 'x' AND reported <= 737425;
.print '== events reported in a window'
EXPLAIN QUERY PLAN SELECT e.key, s.idx FROM events e JOIN documents d ON d.key = e.document_key LEFT JOIN sentence_spans s ON s.key = e.sentence_key WHERE e.reported >= '2020-01-01' AND e.reported <= '2020-02-01' ORDER BY e.reported, e.key;
.print '== arguments of events'
EXPLAIN QUERY PLAN SELECT a.event_key, coalesce(nullif(a.text, ''), substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset)) FROM event_arguments a JOIN events e ON e.key = a.event_key JOIN documents d ON d.key = e.document_key WHERE e.key IN (1,2,3) ORDER BY a.event_key, a.position;
.print '== arguments of events reported in a window'
EXPLAIN QUERY PLAN SELECT a.event_key, coalesce(nullif(a.text, ''), substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset)) FROM event_arguments a JOIN events e ON e.key = a.event_key JOIN documents d ON d.key = e.document_key WHERE e.reported >= '2020-01-01' AND e.reported <= '2020-02-01' ORDER BY a.event_key, a.position;
.print '== arguments naming a stored entity (fact names)'
EXPLAIN QUERY PLAN SELECT a.event_key, coalesce(nullif(a.text, ''), substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset)) FROM event_arguments a JOIN events e ON e.key = a.event_key JOIN documents d ON d.key = e.document_key WHERE a.entity_key = 5 ORDER BY a.event_key, a.position;
.print '== linker latest documents'
EXPLAIN QUERY PLAN SELECT DISTINCT other.document_key, other.entity_key FROM entity_mentions other WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = 5 GROUP BY document_key ORDER BY document_key DESC LIMIT 50) ORDER BY other.document_key, other.entity_key;
.print '== sentences around mentions of entities (claim reader)'
EXPLAIN QUERY PLAN WITH wanted(key) AS (SELECT value FROM json_each('[1,2]')) SELECT DISTINCT s.key FROM (SELECT DISTINCT m.document_key, named.idx FROM entity_mentions m JOIN sentence_spans named ON named.key = m.sentence_key WHERE m.entity_key IN (SELECT key FROM wanted UNION ALL SELECT value FROM json_each('[3]')) AND m.document_key IN (SELECT m2.document_key FROM entity_mentions m2 JOIN wanted w ON m2.entity_key = w.key JOIN documents d ON d.key = m2.document_key WHERE d.date <= '2020-01-01')) n JOIN sentence_spans s ON s.document_key = n.document_key AND s.idx BETWEEN n.idx AND n.idx + 2;
.print '== mention types of an entity (linker)'
EXPLAIN QUERY PLAN SELECT type, count(*) FROM entity_mentions WHERE entity_key = 5 GROUP BY type;
.print '== sentences mentioning entities (claim reader)'
EXPLAIN QUERY PLAN WITH wanted(key) AS (SELECT value FROM json_each('[1,2]')), hits(sentence_key) AS (SELECT s.key FROM sentences s WHERE s.document_key IN (SELECT DISTINCT m.document_key FROM entity_mentions m JOIN wanted w ON m.entity_key = w.key JOIN documents d ON d.key = m.document_key WHERE d.date <= '2020-01-01'))
SELECT d.id, d.date, s.idx, s.text, s.start_offset, s.key FROM hits h JOIN sentences s ON s.key = h.sentence_key JOIN documents d ON d.key = s.document_key ORDER BY d.date, d.id, s.idx;
.print '== mentions inside the sentences the claim reader reads'
EXPLAIN QUERY PLAN SELECT m.sentence_key, m.entity_key, m.type, m.start_offset, m.end_offset, coalesce(nullif(m.text, ''), substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset)) FROM json_each('[1,2]') j JOIN sentence_spans s ON s.key = j.value JOIN entity_mentions m ON m.document_key = s.document_key AND m.sentence_key = s.key JOIN documents d ON d.key = m.document_key ORDER BY m.sentence_key, m.start_offset, m.end_offset, m.key;
.print '== entity roles'
EXPLAIN QUERY PLAN SELECT r.role FROM entity_roles r JOIN documents d ON d.key = r.document_key WHERE r.entity_key = 3 ORDER BY r.date, r.document_key, r.start_offset;
.print '== list documents'
EXPLAIN QUERY PLAN SELECT id FROM documents ORDER BY date, key LIMIT 10;
.print '== noise of a document'
EXPLAIN QUERY PLAN SELECT start_offset FROM noise WHERE document_key = 3 ORDER BY start_offset;
