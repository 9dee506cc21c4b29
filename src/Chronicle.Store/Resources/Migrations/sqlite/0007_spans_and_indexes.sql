-- A sentence is a span of its document's text: its text was stored twice (documents.text and sentences.text,
-- about a third of the store). The table keeps the spans (renamed, so the foreign keys of time_mentions,
-- entity_mentions and events now name sentence_spans) and the view `sentences` gives every reader, and the
-- full-text index's external content, the same columns as before.
-- copied_text is kept only where substr() cannot reproduce the text: SQLite counts characters (code points) where
-- offsets count .NET UTF-16 units, so a page with characters outside the BMP (emoji) or a NUL keeps a copy.
ALTER TABLE sentences RENAME TO sentence_spans;
ALTER TABLE sentence_spans ADD COLUMN copied_text TEXT;
UPDATE sentence_spans SET copied_text = text
WHERE text IS NOT (SELECT substr(d.text, sentence_spans.start_offset + 1, sentence_spans.end_offset - sentence_spans.start_offset)
                   FROM documents d WHERE d.key = sentence_spans.document_key);
ALTER TABLE sentence_spans DROP COLUMN text;
CREATE VIEW sentences (key, document_key, idx, start_offset, end_offset, text) AS
SELECT s.key, s.document_key, s.idx, s.start_offset, s.end_offset,
       coalesce(s.copied_text, substr(d.text, s.start_offset + 1, s.end_offset - s.start_offset))
FROM sentence_spans s JOIN documents d ON d.key = s.document_key;

-- An event's evidence is a span of the document text too (evidence_start, evidence_end): it is stored as '' where
-- substr() reproduces it, and read through the same expression (StoredEventRows).
UPDATE events SET evidence = ''
WHERE evidence = (SELECT substr(d.text, events.evidence_start + 1, events.evidence_end - events.evidence_start)
                  FROM documents d WHERE d.key = events.document_key);

-- Indexes no query reads (docs/BENCHMARKS.store.md lists which query uses which index): time mentions are read
-- by document only, events by key or by date reported.
DROP INDEX time_mentions_by_interval;
DROP INDEX time_mentions_by_sentence;
DROP INDEX events_by_document;

-- event_words is read only through its index on all three columns: the rows themselves are that index now.
CREATE TABLE event_words_keyed (
    word TEXT NOT NULL,
    reported TEXT NOT NULL,
    event_key INTEGER NOT NULL REFERENCES events(key),
    PRIMARY KEY (word, reported, event_key)
) WITHOUT ROWID;
INSERT INTO event_words_keyed (word, reported, event_key) SELECT DISTINCT word, reported, event_key FROM event_words;
DROP TABLE event_words;
ALTER TABLE event_words_keyed RENAME TO event_words;
