-- What did an entity do, or have done to it, in a date range? Give other values with --param NAME=VALUE.
-- param entity = Alexander Lukashenko
-- param since = 2022-01-01
-- param until = 2022-12-31
with params as (
    select $entity as entity, cast($since as date) as since, cast($until as date) as until
),
entity as (
    select e.entity_id
    from entities as e, params as p
    where lower(e.name) = lower(p.entity)
       or e.entity_id in (select a.entity_id from entity_aliases as a where lower(a.alias) = lower(p.entity))
)
select v.event_date, v.date_precision, v.actor, v.action, v.target, v.modality, v.event_type, v.date_text,
       v.actor_via, v.target_via,
       v.title, v.published_at
from events_named as v, params as p
where (v.actor_id in (select entity_id from entity) or v.target_id in (select entity_id from entity))
  and v.event_date between p.since and p.until
order by v.event_date, v.doc_id, v.start_char
