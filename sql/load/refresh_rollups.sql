-- Rollups follow the batch: `entities` and `cooccurrences` gain the batch's counts; only what
-- replaced documents had counted is recounted, so a batch costs about the same whatever the
-- size of the warehouse. Temp tables come from replace_documents.sql or new_documents.sql.

-- Recounted entities start again from zero and take all their mentions; the others add the batch's.
update entities
set n_mentions = 0, n_docs = 0, first_seen = null, last_seen = null
where entity_id in (select entity_id from recounted_entities);

update entities
set n_mentions = entities.n_mentions + s.n_mentions,
    n_docs = entities.n_docs + s.n_docs,
    first_seen = least(entities.first_seen, s.first_seen),
    last_seen = greatest(entities.last_seen, s.last_seen)
from (
    select entity_id, count(*) as n_mentions, count(distinct doc_id) as n_docs,
           min(day) as first_seen, max(day) as last_seen
    from (
        select m.entity_id, m.doc_id, coalesce(d.published_at, d.ingested_at::date) as day
        from mentions as m
        join documents as d using (doc_id)
        where m.entity_id in (select entity_id from recounted_entities)
        union all
        select m.entity_id, m.doc_id, coalesce(d.published_at, d.ingested_at::date) as day
        from staged_mentions as m
        join staged_documents as d using (doc_id)
        where m.entity_id is not null and m.entity_id not in (select entity_id from recounted_entities)
    ) as counted
    group by entity_id
) as s
where entities.entity_id = s.entity_id;

delete from cooccurrences as c
using replaced_pairs as r
where c.entity_a = r.entity_a and c.entity_b = r.entity_b;

insert into cooccurrences
select
    p.entity_a,
    p.entity_b,
    sum(p.n_sentences) as n_sentences,
    count(distinct p.doc_id) as n_docs,
    min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
from document_pairs as p
join replaced_pairs as r using (entity_a, entity_b)
join documents as d using (doc_id)
group by p.entity_a, p.entity_b;

create or replace temp table added_pairs as
select
    p.entity_a,
    p.entity_b,
    sum(p.n_sentences) as n_sentences,
    count(*) as n_docs,
    min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
from staged_document_pairs as p
join staged_documents as d using (doc_id)
anti join replaced_pairs as r using (entity_a, entity_b)
group by p.entity_a, p.entity_b;

update cooccurrences as c
set n_sentences = c.n_sentences + a.n_sentences,
    n_docs = c.n_docs + a.n_docs,
    first_seen = least(c.first_seen, a.first_seen),
    last_seen = greatest(c.last_seen, a.last_seen)
from added_pairs as a
where c.entity_a = a.entity_a and c.entity_b = a.entity_b;

insert into cooccurrences
select a.*
from added_pairs as a
anti join cooccurrences as c using (entity_a, entity_b);

drop table recounted_entities;
drop table replaced_pairs;
drop table added_pairs;
