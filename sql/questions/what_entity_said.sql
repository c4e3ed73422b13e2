-- What did an entity say? Its quotes, direct first, newest first: --param entity="Vladimir Putin" asks about another.
-- param entity = Alexander Lukashenko
with params as (
    select $entity as entity
),
entity as (
    select e.entity_id
    from entities as e, params as p
    where lower(e.name) = lower(p.entity)
       or e.entity_id in (select a.entity_id from entity_aliases as a where lower(a.alias) = lower(p.entity))
)
select q.published_at, q.speaker, q.cue, q.kind, q.text, q.title
from quotes_named as q
where q.speaker_id in (select entity_id from entity)
order by q.published_at desc nulls last, case q.kind when 'direct' then 0 when 'partial' then 1 else 2 end,
         q.doc_id, q.start_char
