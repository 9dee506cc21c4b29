-- As SQLite's 0009: fact states kept per partition, one row per version, known from the report that made the
-- version so until the one that changed it (known_to NULL: current); each event's partitions; stale partitions.
CREATE TABLE fact_states (
    key bigserial PRIMARY KEY,
    partition text NOT NULL,
    relation text NOT NULL,
    subject text NOT NULL,
    subject_key bigint,
    subject_name text NOT NULL,
    object text,
    object_key bigint,
    object_name text,
    qualifier text,
    qualifier_key bigint,
    qualifier_name text,
    qualifier_context text,
    valid_from text,
    from_day date,
    valid_to text,
    to_day date,
    asserted integer NOT NULL,
    conflicting integer NOT NULL,
    ended_by text,
    sources text NOT NULL,
    known_from date NOT NULL,
    known_to date
);
CREATE INDEX fact_states_by_partition ON fact_states (partition);
CREATE INDEX fact_states_by_subject_key ON fact_states (subject_key) WHERE subject_key IS NOT NULL;
CREATE INDEX fact_states_by_subject_name ON fact_states (subject_name);
CREATE INDEX fact_states_by_object_key ON fact_states (object_key) WHERE object_key IS NOT NULL;
CREATE INDEX fact_states_by_qualifier_key ON fact_states (qualifier_key) WHERE qualifier_key IS NOT NULL;
CREATE INDEX fact_states_by_object_name ON fact_states (object_name) WHERE object_name IS NOT NULL;
CREATE INDEX fact_states_by_qualifier_name ON fact_states (qualifier_name) WHERE qualifier_name IS NOT NULL;
CREATE INDEX fact_states_by_relation_object ON fact_states (relation, object, qualifier_name);

CREATE TABLE fact_partition_events (
    partition text NOT NULL,
    event_key bigint NOT NULL REFERENCES events (key),
    PRIMARY KEY (partition, event_key)
);
CREATE TABLE fact_stale_partitions (partition text PRIMARY KEY);

CREATE TABLE fact_entity_names (entity_key bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE fact_stale_entities (entity_key bigint PRIMARY KEY);
CREATE INDEX event_arguments_by_entity ON event_arguments (entity_key) WHERE entity_key IS NOT NULL;

CREATE TABLE fact_meta (name text PRIMARY KEY, value text NOT NULL);
INSERT INTO fact_meta (name, value) SELECT 'built', '1' WHERE NOT EXISTS (SELECT 1 FROM events);
