-- Events read from stored sentences with their arguments, and the words of the entities they name.
CREATE TABLE events (
    key bigserial PRIMARY KEY,
    document_key bigint NOT NULL REFERENCES documents (key),
    sentence_key bigint REFERENCES sentences (key),
    reported date NOT NULL,
    type text NOT NULL,
    trigger_start integer NOT NULL,
    trigger_end integer NOT NULL,
    trigger_text text NOT NULL,
    evidence_start integer NOT NULL,
    evidence_end integer NOT NULL,
    evidence text NOT NULL,
    time_value text,
    time_anchor text NOT NULL,
    modality text NOT NULL,
    negated boolean NOT NULL,
    attribution text
);
CREATE INDEX events_by_reported ON events (reported);
CREATE INDEX events_by_document ON events (document_key);

CREATE TABLE event_arguments (
    event_key bigint NOT NULL REFERENCES events (key),
    position integer NOT NULL,
    role text NOT NULL,
    value text NOT NULL,
    text text NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    kind text
);
CREATE INDEX event_arguments_by_event ON event_arguments (event_key, position);

CREATE TABLE event_words (
    word text NOT NULL,
    event_key bigint NOT NULL REFERENCES events (key),
    reported date NOT NULL
);
CREATE INDEX event_words_by_word ON event_words (word, reported, event_key);
