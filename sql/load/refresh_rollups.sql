-- Roll per-document facts up into the cross-document tables `entities` and `cooccurrences`.
create or replace temp table entity_stats as
select
    m.entity_id,
    count(*) as n_mentions,
    count(distinct m.doc_id) as n_docs,
    min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
from mentions as m
join documents as d using (doc_id)
where m.entity_id is not null
group by m.entity_id;

update entities set n_mentions = 0, n_docs = 0, first_seen = null, last_seen = null;

update entities
set n_mentions = s.n_mentions, n_docs = s.n_docs, first_seen = s.first_seen, last_seen = s.last_seen
from entity_stats as s
where entities.entity_id = s.entity_id;

delete from cooccurrences;

insert into cooccurrences
select
    p.entity_a,
    p.entity_b,
    sum(p.n_sentences) as n_sentences,
    count(distinct p.doc_id) as n_docs,
    min(coalesce(d.published_at, d.ingested_at::date)) as first_seen,
    max(coalesce(d.published_at, d.ingested_at::date)) as last_seen
from document_pairs as p
join documents as d using (doc_id)
group by p.entity_a, p.entity_b;

drop table entity_stats;
