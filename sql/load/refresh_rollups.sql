-- Recount `entities` and `cooccurrences` for what the batch touched (see replace_batch.sql),
-- so a batch costs the same whatever the size of the warehouse.
update entities
set n_mentions = 0, n_docs = 0, first_seen = null, last_seen = null
where entity_id in (select entity_id from touched_entities);

update entities
set n_mentions = s.n_mentions, n_docs = s.n_docs, first_seen = s.first_seen, last_seen = s.last_seen
from (
    select
        m.entity_id,
        count(*) as n_mentions,
        count(distinct m.doc_id) as n_docs,
        min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
        max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
    from mentions as m
    join documents as d using (doc_id)
    where m.entity_id in (select entity_id from touched_entities)
    group by m.entity_id
) as s
where entities.entity_id = s.entity_id;

delete from cooccurrences as c
using touched_pairs as t
where c.entity_a = t.entity_a and c.entity_b = t.entity_b;

insert into cooccurrences
select
    p.entity_a,
    p.entity_b,
    sum(p.n_sentences) as n_sentences,
    count(distinct p.doc_id) as n_docs,
    min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
from document_pairs as p
join touched_pairs as t using (entity_a, entity_b)
join documents as d using (doc_id)
group by p.entity_a, p.entity_b;

drop table touched_entities;
drop table touched_pairs;
