-- Documents are immutable and keyed by a hash of their content, so ingest can be replayed.
CREATE TABLE documents (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    external_id TEXT,
    text TEXT NOT NULL,
    characters INTEGER NOT NULL,
    sentence_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_by_date ON documents(date);

CREATE TABLE sentences (
    key INTEGER PRIMARY KEY,
    document_key INTEGER NOT NULL REFERENCES documents(key),
    idx INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_key, idx)
);

CREATE TABLE noise (
    document_key INTEGER NOT NULL REFERENCES documents(key),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX noise_by_document ON noise(document_key);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content = 'sentences',
    content_rowid = 'key',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
