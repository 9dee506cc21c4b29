-- Entities known across documents and the catalogue the entity linker reads (names, aliases, lookup words).
CREATE TABLE entities (
    key bigserial PRIMARY KEY,
    name text NOT NULL,
    name_key text NOT NULL,
    type text NOT NULL,
    first_seen date NOT NULL,
    last_seen date NOT NULL,
    document_count integer NOT NULL,
    mention_count integer NOT NULL
);
CREATE INDEX entities_by_name_key ON entities (name_key);

CREATE TABLE entity_aliases (
    entity_key bigint NOT NULL REFERENCES entities (key),
    alias text NOT NULL,
    alias_key text NOT NULL,
    mention_count integer NOT NULL,
    PRIMARY KEY (entity_key, alias_key)
);
CREATE INDEX entity_aliases_by_key ON entity_aliases (alias_key);

CREATE TABLE entity_lookup (
    word text NOT NULL,
    entity_key bigint NOT NULL REFERENCES entities (key),
    PRIMARY KEY (word, entity_key)
);
CREATE INDEX entity_lookup_by_entity ON entity_lookup (entity_key);

CREATE TABLE entity_mentions (
    key bigserial PRIMARY KEY,
    document_key bigint NOT NULL REFERENCES documents (key),
    sentence_key bigint REFERENCES sentences (key),
    entity_key bigint NOT NULL REFERENCES entities (key),
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    type text NOT NULL,
    kind text NOT NULL,
    chain integer NOT NULL
);
CREATE INDEX entity_mentions_by_entity_document ON entity_mentions (entity_key, document_key);
CREATE INDEX entity_mentions_by_document_entity ON entity_mentions (document_key, entity_key);

CREATE TABLE entity_roles (
    entity_key bigint NOT NULL REFERENCES entities (key),
    document_key bigint NOT NULL REFERENCES documents (key),
    mention_key bigint NOT NULL REFERENCES entity_mentions (key),
    role text NOT NULL,
    text text NOT NULL,
    organization text,
    possessive boolean NOT NULL,
    date date NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL
);
CREATE INDEX entity_roles_by_entity ON entity_roles (entity_key);

-- One row. Every batch that links entities bumps it first: the row lock makes writers link one batch at a
-- time (so two processes never create the same entity twice), and a writer that finds the version moved by
-- more than its own bumps knows another writer changed the catalogue and drops what it kept in memory.
CREATE TABLE entity_catalogue (
    version bigint NOT NULL
);
INSERT INTO entity_catalogue (version) VALUES (0);
