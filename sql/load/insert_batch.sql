-- Insert every fact of the staged batch; new entities, aliases and relations are added once.
-- Runs inside the batch's transaction after replace_documents.sql or new_documents.sql.

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
