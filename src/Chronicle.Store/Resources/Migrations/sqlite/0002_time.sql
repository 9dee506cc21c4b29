-- Time expressions of every stored sentence (TIMEX3). Offsets are into the page text (documents.text).
-- earliest / end_exclusive: the interval the value covers, as ISO local date-times; NULL for durations, sets and references.
-- stated_parts / inferred_parts: which calendar parts the text named and which were filled in (TimexParts flags).
CREATE TABLE time_mentions (
    key INTEGER PRIMARY KEY,
    document_key INTEGER NOT NULL REFERENCES documents(key),
    sentence_key INTEGER REFERENCES sentences(key),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    inferred INTEGER NOT NULL,
    granularity TEXT NOT NULL,
    earliest TEXT,
    end_exclusive TEXT,
    stated_parts INTEGER NOT NULL,
    inferred_parts INTEGER NOT NULL
);
CREATE INDEX time_mentions_by_document ON time_mentions(document_key, start_offset);
CREATE INDEX time_mentions_by_sentence ON time_mentions(sentence_key);
CREATE INDEX time_mentions_by_interval ON time_mentions(earliest, end_exclusive);
