-- Entities known across documents. name_key is the normalized name (lower case, no accents or apostrophes).
CREATE TABLE entities (
    key INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    type TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    document_count INTEGER NOT NULL,
    mention_count INTEGER NOT NULL
);
CREATE INDEX entities_by_name_key ON entities(name_key);

-- Every name an entity was called, and the words (surname parts) by which other names can find it.
CREATE TABLE entity_aliases (
    entity_key INTEGER NOT NULL REFERENCES entities(key),
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (entity_key, alias_key)
);
CREATE INDEX entity_aliases_by_key ON entity_aliases(alias_key);

CREATE TABLE entity_lookup (
    word TEXT NOT NULL,
    entity_key INTEGER NOT NULL REFERENCES entities(key),
    PRIMARY KEY (word, entity_key)
);
CREATE INDEX entity_lookup_by_entity ON entity_lookup(entity_key);

CREATE TABLE entity_mentions (
    key INTEGER PRIMARY KEY,
    document_key INTEGER NOT NULL REFERENCES documents(key),
    sentence_key INTEGER REFERENCES sentences(key),
    entity_key INTEGER NOT NULL REFERENCES entities(key),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    kind TEXT NOT NULL,
    chain INTEGER NOT NULL
);
CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_key, document_key);
CREATE INDEX entity_mentions_by_document ON entity_mentions(document_key);

-- Roles stated with a mention; they hold as of the document's date.
CREATE TABLE entity_roles (
    entity_key INTEGER NOT NULL REFERENCES entities(key),
    document_key INTEGER NOT NULL REFERENCES documents(key),
    mention_key INTEGER NOT NULL REFERENCES entity_mentions(key),
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    organization TEXT,
    possessive INTEGER NOT NULL,
    date TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
CREATE INDEX entity_roles_by_entity ON entity_roles(entity_key);
