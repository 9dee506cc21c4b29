-- As SQLite's 0011 (issue 16, docs/BENCHMARKS.store.md): entity mentions, time mentions and event arguments keep
-- their text as a span of the document text, stored as '' where substr() gives it back; event arguments are keyed
-- (event_key, position), the key replacing the index by event; an argument's value is stored as '' where it equals
-- its text. (event_words.reported is a date here already.)
UPDATE event_arguments SET value = '' WHERE value = text;
UPDATE entity_mentions m SET text = ''
FROM documents d
WHERE d.key = m.document_key AND m.text = substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset);
UPDATE time_mentions t SET text = ''
FROM documents d
WHERE d.key = t.document_key AND t.text = substr(d.text, t.start_offset + 1, t.end_offset - t.start_offset);
UPDATE event_arguments a SET text = ''
FROM events e JOIN documents d ON d.key = e.document_key
WHERE e.key = a.event_key AND a.text = substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset);

ALTER TABLE event_arguments ADD PRIMARY KEY (event_key, position);
DROP INDEX event_arguments_by_event;

-- As SQLite's 0011: one index over a page's mentions, (document_key, sentence_key, entity_key), in place of the
-- index by document and entity and the index by sentence (0009); the claim reader finds a sentence's mentions by
-- the sentence's document and key.
CREATE INDEX entity_mentions_by_document_sentence ON entity_mentions (document_key, sentence_key, entity_key);
DROP INDEX entity_mentions_by_document_entity;
DROP INDEX entity_mentions_by_sentence;
