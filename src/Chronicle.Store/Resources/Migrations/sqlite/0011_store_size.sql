-- Issue 16, bytes on disk per page (docs/BENCHMARKS.store.md, "Fourth round").
-- Entity mentions, time mentions and event arguments keep their text as a span of the document text, as evidence
-- does: text is stored as '' where substr() of documents.text over start_offset..end_offset gives it back, and
-- read through coalesce(nullif(text, ''), substr(...)). A text substr() cannot reproduce (after a character outside
-- the BMP or a NUL on the page, see StoredSpans) keeps its copy.
UPDATE entity_mentions SET text = ''
WHERE text = (SELECT substr(d.text, entity_mentions.start_offset + 1, entity_mentions.end_offset - entity_mentions.start_offset)
              FROM documents d WHERE d.key = entity_mentions.document_key);
UPDATE time_mentions SET text = ''
WHERE text = (SELECT substr(d.text, time_mentions.start_offset + 1, time_mentions.end_offset - time_mentions.start_offset)
              FROM documents d WHERE d.key = time_mentions.document_key);

-- Event arguments are read by event (and position) or by entity: the table is keyed (event_key, position) without a
-- rowid, so the rows are the index by event that event_arguments_by_event was. An argument's value is stored as ''
-- where it equals its text (a name as written, most arguments), and read as coalesce(nullif(value, ''), text).
CREATE TABLE event_arguments_keyed (
    event_key INTEGER NOT NULL REFERENCES events(key),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    value TEXT NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT,
    entity_key INTEGER REFERENCES entities(key),
    PRIMARY KEY (event_key, position)
) WITHOUT ROWID;
INSERT INTO event_arguments_keyed (event_key, position, role, value, text, start_offset, end_offset, kind, entity_key)
SELECT a.event_key, a.position, a.role, CASE WHEN a.value = a.text THEN '' ELSE a.value END,
       CASE WHEN a.text = substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset) THEN '' ELSE a.text END,
       a.start_offset, a.end_offset, a.kind, a.entity_key
FROM event_arguments a LEFT JOIN events e ON e.key = a.event_key LEFT JOIN documents d ON d.key = e.document_key;
DROP TABLE event_arguments;
ALTER TABLE event_arguments_keyed RENAME TO event_arguments;
CREATE INDEX event_arguments_by_entity ON event_arguments(entity_key) WHERE entity_key IS NOT NULL;

-- The event word index keeps the day reported as an integer (days since 0001-01-01, .NET's DateOnly.DayNumber)
-- instead of yyyy-MM-dd text: 3 bytes instead of 11 in every row.
CREATE TABLE event_words_by_day (
    word TEXT NOT NULL,
    reported INTEGER NOT NULL,
    event_key INTEGER NOT NULL REFERENCES events(key),
    PRIMARY KEY (word, reported, event_key)
) WITHOUT ROWID;
INSERT INTO event_words_by_day (word, reported, event_key)
SELECT word, CAST(round(julianday(reported) - julianday('0001-01-01')) AS INTEGER), event_key FROM event_words;
DROP TABLE event_words;
ALTER TABLE event_words_by_day RENAME TO event_words;

-- One index over a page's mentions instead of two: (document_key, sentence_key, entity_key) serves the linker (the
-- entities of a document, covering), a document's mentions, and the claim reader's mentions of a sentence, which it
-- now finds by the sentence's document and key. It replaces entity_mentions_by_document_entity and
-- entity_mentions_by_sentence (0010).
CREATE INDEX entity_mentions_by_document_sentence ON entity_mentions(document_key, sentence_key, entity_key);
DROP INDEX entity_mentions_by_document_entity;
DROP INDEX entity_mentions_by_sentence;
