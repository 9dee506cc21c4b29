-- Fact states kept per partition (Chronicle.Facts.FactPartitions: the stored entity a state is about, else its
-- normalized name), one row per version: what an answer shows of the state (relation, subject, object, organization,
-- validity, the first five distinct source events), known from the report that made it so until the one that
-- changed it (known_to NULL: current). Days are yyyy-MM-dd text, as events.reported.
CREATE TABLE fact_states (
    key INTEGER PRIMARY KEY,
    partition TEXT NOT NULL,
    relation TEXT NOT NULL,
    subject TEXT NOT NULL,
    subject_key INTEGER,
    subject_name TEXT NOT NULL,
    object TEXT,
    object_key INTEGER,
    object_name TEXT,
    qualifier TEXT,
    qualifier_key INTEGER,
    qualifier_name TEXT,
    qualifier_context TEXT,
    valid_from TEXT,
    from_day TEXT,
    valid_to TEXT,
    to_day TEXT,
    asserted INTEGER NOT NULL,
    conflicting INTEGER NOT NULL,
    ended_by TEXT,
    sources TEXT NOT NULL,
    known_from TEXT NOT NULL,
    known_to TEXT
);
CREATE INDEX fact_states_by_partition ON fact_states(partition);
CREATE INDEX fact_states_by_subject_key ON fact_states(subject_key) WHERE subject_key IS NOT NULL;
CREATE INDEX fact_states_by_subject_name ON fact_states(subject_name);
CREATE INDEX fact_states_by_object_key ON fact_states(object_key) WHERE object_key IS NOT NULL;
CREATE INDEX fact_states_by_qualifier_key ON fact_states(qualifier_key) WHERE qualifier_key IS NOT NULL;
CREATE INDEX fact_states_by_object_name ON fact_states(object_name) WHERE object_name IS NOT NULL;
CREATE INDEX fact_states_by_qualifier_name ON fact_states(qualifier_name) WHERE qualifier_name IS NOT NULL;
CREATE INDEX fact_states_by_relation_object ON fact_states(relation, object, qualifier_name);

-- Which partitions each event's effects belong to (decided by FactPartitions at ingest), and the partitions whose
-- events changed since their states were saved.
CREATE TABLE fact_partition_events (
    partition TEXT NOT NULL,
    event_key INTEGER NOT NULL REFERENCES events(key),
    PRIMARY KEY (partition, event_key)
) WITHOUT ROWID;
CREATE TABLE fact_stale_partitions (partition TEXT PRIMARY KEY) WITHOUT ROWID;

-- The name facts show a stored entity by (Chronicle.Facts.EntityNames: the one its event arguments use most), kept
-- per entity and recomputed for the entities whose arguments a run added (read through the index below).
CREATE TABLE fact_entity_names (entity_key INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE fact_stale_entities (entity_key INTEGER PRIMARY KEY);
CREATE INDEX event_arguments_by_entity ON event_arguments(entity_key) WHERE entity_key IS NOT NULL;

-- 'built': states exist for every stored event. A new store has none to compute; a store with events waits for its
-- next ingest, which computes them all (until then queries compute them from the events).
CREATE TABLE fact_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO fact_meta (name, value) SELECT 'built', '1' WHERE NOT EXISTS (SELECT 1 FROM events);
