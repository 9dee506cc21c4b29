-- As SQLite's 0008: an event argument keeps the stored entity the entity stage resolved its name to
-- (Chronicle.Entities.Linking.ArgumentEntities decides which); NULL in stores migrated from before.
ALTER TABLE event_arguments ADD COLUMN entity_key bigint REFERENCES entities (key);
