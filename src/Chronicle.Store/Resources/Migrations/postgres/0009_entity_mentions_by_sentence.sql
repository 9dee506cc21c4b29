-- The claim reader reads a few thousand sentences about an entity and every mention inside them: this index finds
-- a sentence's mentions directly, as SQLite's 0010 does (docs/BENCHMARKS.md, "Stored fact states").
CREATE INDEX entity_mentions_by_sentence ON entity_mentions (sentence_key) WHERE sentence_key IS NOT NULL;
