-- What each batch changed in the entity catalogue, under the catalogue version it committed. A writer that finds
-- the version moved by other writers reads their rows and forgets only what they changed (lookup keys and
-- entities), instead of everything its linker kept in memory. Batches prune rows far behind the current version;
-- a writer further behind than that forgets everything.
CREATE TABLE entity_catalogue_changes (
    version bigint PRIMARY KEY,
    keys text[] NOT NULL,
    entities bigint[] NOT NULL
);
