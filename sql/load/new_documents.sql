-- A batch of documents the warehouse does not hold yet: nothing to delete and nothing to
-- recount, so no fact table is scanned. Runs before insert_batch.sql.
create or replace temp table recounted_entities as
select entity_id from staged_mentions limit 0;

create or replace temp table replaced_pairs as
select entity_a, entity_b from staged_document_pairs limit 0;
