-- Time expressions of every stored sentence (TIMEX3); offsets are into documents.text.
-- earliest / end_exclusive: the interval the value covers; NULL for durations, sets and references.
CREATE TABLE time_mentions (
    key bigserial PRIMARY KEY,
    document_key bigint NOT NULL REFERENCES documents (key),
    sentence_key bigint REFERENCES sentences (key),
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    type text NOT NULL,
    value text NOT NULL,
    mod text,
    inferred boolean NOT NULL,
    granularity text NOT NULL,
    earliest timestamp,
    end_exclusive timestamp,
    stated_parts integer NOT NULL,
    inferred_parts integer NOT NULL
);
CREATE INDEX time_mentions_by_document ON time_mentions (document_key, start_offset);
CREATE INDEX time_mentions_by_interval ON time_mentions (earliest, end_exclusive);
