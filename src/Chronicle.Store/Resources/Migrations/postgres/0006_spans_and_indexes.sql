-- As SQLite's 0008: a sentence is a span of its document's text, not a copy of it. The table keeps the spans and
-- the stems for search (words, now written at insert from the text sent with the row), the view `sentences` gives
-- readers the same columns as before. Foreign keys follow the renamed table. copied_text is kept only where
-- substr() (characters) cannot reproduce the text from .NET offsets (UTF-16 units): after a non-BMP character.
ALTER TABLE sentences RENAME TO sentence_spans;
ALTER TABLE sentence_spans ALTER COLUMN words DROP EXPRESSION;
ALTER TABLE sentence_spans ADD COLUMN copied_text text;
UPDATE sentence_spans s SET copied_text = s.text
FROM documents d
WHERE d.key = s.document_key AND s.text IS DISTINCT FROM substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset);
ALTER TABLE sentence_spans DROP COLUMN text;
CREATE VIEW sentences (key, document_key, idx, start_offset, end_offset, text, words) AS
SELECT s.key, s.document_key, s.idx, s.start_offset, s.end_offset,
       coalesce(s.copied_text, substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset)), s.words
FROM sentence_spans s JOIN documents d ON d.key = s.document_key;

-- An event's evidence is a span of the document text too: '' where substr() reproduces it (StoredEventRows reads it back).
UPDATE events e SET evidence = ''
FROM documents d
WHERE d.key = e.document_key AND e.evidence = substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start);

-- Indexes no query reads (docs/BENCHMARKS.store.md): time mentions are read by document only, events by key or date.
DROP INDEX time_mentions_by_interval;
DROP INDEX events_by_document;
