-- What each batch changed in the entity catalogue, under the catalogue version it committed: the lookup keys whose
-- entities changed and the entities whose names, aliases or lookup words changed. A writer that finds the version
-- moved by other writers reads their rows (and the entities of their documents, from entity_mentions) and brings
-- its linker's memory up to date, instead of reading everything again. Batches prune rows far behind the current
-- version; a writer further behind than that reads everything again.
CREATE TABLE entity_catalogue_changes (
    version bigint PRIMARY KEY,
    keys text[] NOT NULL,
    entities bigint[] NOT NULL
);
