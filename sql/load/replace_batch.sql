-- Replace every fact of the staged documents: delete what an earlier run wrote for them,
-- then insert the batch. Runs inside one transaction (tasks/store.py).

-- What the rollups must recount: entities and pairs of the batch, old rows and new.
create or replace temp table touched_entities as
select entity_id from mentions
where doc_id in (select doc_id from staged_documents) and entity_id is not null
union
select entity_id from staged_mentions where entity_id is not null;

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

insert into documents by name select * from staged_documents;
insert into removed_lines by name select * from staged_removed_lines;
insert into sentences by name select * from staged_sentences;
insert into mentions by name select * from staged_mentions;
insert into entity_roles by name select * from staged_entity_roles;
insert into events by name select * from staged_events;
insert into quotes by name select * from staged_quotes;
insert into document_pairs by name select * from staged_document_pairs;

insert into entities (entity_id, name, type)
select distinct on (entity_id) entity_id, name, type
from staged_entities
where entity_id not in (select entity_id from entities);

insert into entity_aliases
select distinct alias, entity_id
from staged_entity_aliases s
where not exists (
    select 1 from entity_aliases a where a.alias = s.alias and a.entity_id = s.entity_id
);

insert into entity_relations
select distinct entity_id, relation, related_id
from staged_entity_relations s
where not exists (
    select 1 from entity_relations r
    where r.entity_id = s.entity_id and r.relation = s.relation and r.related_id = s.related_id
);
