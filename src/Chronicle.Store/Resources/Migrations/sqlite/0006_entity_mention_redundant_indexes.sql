-- 0005's indexes serve every query these two served: entity_mentions_by_entity has the same columns as
-- entity_mentions_by_entity_document, and document_key leads entity_mentions_by_document_entity. Each
-- stored mention paid for four index entries where two do.
DROP INDEX entity_mentions_by_entity;
DROP INDEX entity_mentions_by_document;
