-- Events read from stored sentences (Chronicle.Events) with their arguments, and the words of the entities they
-- name, so that a query about an entity reads only that entity's events. Dates are ISO strings (YYYY-MM-DD);
-- time_value is a TIMEX3 value (2023-01, 2023-04-20, ...) or NULL when the text gives no date.
CREATE TABLE events (
    key INTEGER PRIMARY KEY,
    document_key INTEGER NOT NULL REFERENCES documents(key),
    sentence_key INTEGER REFERENCES sentences(key),
    reported TEXT NOT NULL,
    type TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    time_value TEXT,
    time_anchor TEXT NOT NULL,
    modality TEXT NOT NULL,
    negated INTEGER NOT NULL,
    attribution TEXT
);
CREATE INDEX events_by_reported ON events(reported);
CREATE INDEX events_by_document ON events(document_key);

CREATE TABLE event_arguments (
    event_key INTEGER NOT NULL REFERENCES events(key),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    value TEXT NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT
);
CREATE INDEX event_arguments_by_event ON event_arguments(event_key, position);

CREATE TABLE event_words (
    word TEXT NOT NULL,
    event_key INTEGER NOT NULL REFERENCES events(key),
    reported TEXT NOT NULL
);
CREATE INDEX event_words_by_word ON event_words(word, reported, event_key);
