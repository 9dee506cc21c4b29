-- Cross-document resolution asks, for each candidate entity, which entities shared its latest documents.
-- With an index on entity_key alone that walk read every mention of a popular entity and sorted them, so
-- ingest slowed down as the store grew; these covering indexes keep it to the latest documents only.
CREATE INDEX entity_mentions_by_entity_document ON entity_mentions(entity_key, document_key);
CREATE INDEX entity_mentions_by_document_entity ON entity_mentions(document_key, entity_key);
