-- The PostgreSQL store mirrors the SQLite one table for table (same names, same columns), with native types:
-- dates are `date`, flags `boolean`. Every table that belongs to a document carries document_key, the column a
-- distributed deployment shards by (docs/SCALING.md). Documents are keyed by a hash of their content (id), so
-- ingest can be replayed: INSERT ... ON CONFLICT (id) DO NOTHING.
CREATE TABLE documents (
    key bigserial PRIMARY KEY,
    id text NOT NULL UNIQUE,
    date date NOT NULL,
    title text,
    url text,
    source text,
    external_id text,
    text text NOT NULL,
    characters integer NOT NULL,
    sentence_count integer NOT NULL,
    ingested_at timestamptz NOT NULL
);
CREATE INDEX documents_by_date ON documents (date, key);

-- words: the sentence as English stems (tsvector) for full-text search, kept by PostgreSQL itself.
CREATE TABLE sentences (
    key bigserial PRIMARY KEY,
    document_key bigint NOT NULL REFERENCES documents (key),
    idx integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    words tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    UNIQUE (document_key, idx)
);
CREATE INDEX sentences_words ON sentences USING gin (words);

CREATE TABLE noise (
    document_key bigint NOT NULL REFERENCES documents (key),
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    reason text NOT NULL
);
CREATE INDEX noise_by_document ON noise (document_key);
