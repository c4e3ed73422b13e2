create or replace view entity_timeline as
-- Mentions of each entity per publication day (ingest day when the date is unknown).
select
    e.entity_id,
    e.name,
    e.type,
    coalesce(d.published_at, d.ingested_at::date) as day,
    count(*) as mentions,
    count(distinct m.doc_id) as documents
from mentions as m
join entities as e using (entity_id)
join documents as d using (doc_id)
group by all
