-- The claim reader reads a few thousand sentences about an entity and every mention inside them. Through the index
-- by document, each sentence read every mention row of its document to test its sentence (about 40 a page); this
-- index finds a sentence's mentions directly (docs/BENCHMARKS.md, "Stored fact states": its bytes and what it saves).
CREATE INDEX entity_mentions_by_sentence ON entity_mentions(sentence_key) WHERE sentence_key IS NOT NULL;
