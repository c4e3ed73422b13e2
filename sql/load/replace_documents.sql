-- A batch with documents the warehouse already holds (another model or pipeline version):
-- note what the rollups must recount, then delete what earlier runs wrote for those documents.
-- Runs inside the batch's transaction (tasks/store.py), before insert_batch.sql.

-- What the rollups must recount: entities the replaced documents mentioned (their new
-- mentions are counted with them); the batch's other entities only gain mentions.
create or replace temp table recounted_entities as
select distinct entity_id from mentions
where doc_id in (select doc_id from staged_documents) and entity_id is not null;

-- Pairs of documents being replaced are recounted; the batch's other pairs only gain documents.
create or replace temp table replaced_pairs as
select distinct entity_a, entity_b from document_pairs where doc_id in (select doc_id from staged_documents);
delete from removed_lines where doc_id in (select doc_id from staged_documents);
delete from sentences where doc_id in (select doc_id from staged_documents);
delete from mentions where doc_id in (select doc_id from staged_documents);
delete from entity_roles where doc_id in (select doc_id from staged_documents);
delete from events where doc_id in (select doc_id from staged_documents);
delete from quotes where doc_id in (select doc_id from staged_documents);
delete from document_pairs where doc_id in (select doc_id from staged_documents);
delete from documents where doc_id in (select doc_id from staged_documents);
