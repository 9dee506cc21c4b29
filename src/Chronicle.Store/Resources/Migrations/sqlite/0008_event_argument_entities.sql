-- One entity identity from ingest to facts: an event argument keeps the stored entity the entity stage resolved its
-- name to (Chronicle.Entities.Linking.ArgumentEntities decides which). Stores migrated from before keep NULL, and
-- facts read their arguments by name as before. No index: facts load events through event_words and read the key
-- from the argument rows they load; an index earns its space once a query selects arguments by entity.
ALTER TABLE event_arguments ADD COLUMN entity_key INTEGER REFERENCES entities(key);
