-- Events as users query them by default: an actor or target that is a known entity, an action of a
-- known class (data/lexicons/event_types.csv), and no speech event that only repeats a quote (those are
-- in quotes_named). Every candidate row stays in the `events` table. Actor and target fall back to the
-- text when no entity matched; *_via says how each reached its entity (name, alias, acronym, pronoun,
-- description).
create or replace view events_named as
select
    e.event_id,
    e.doc_id,
    d.title,
    d.published_at,
    e.sent_no,
    coalesce(a.name, e.actor_text) as actor,
    e.actor_id,
    e.actor_via,
    e.action,
    coalesce(t.name, e.target_text) as target,
    e.target_id,
    e.target_via,
    e.event_date,
    e.date_text,
    e.date_precision,
    e.modality,
    e.event_type,
    e.actor_text,
    e.target_text,
    e.start_char,
    e.end_char
from events as e
join documents as d on d.doc_id = e.doc_id
left join entities as a on a.entity_id = e.actor_id
left join entities as t on t.entity_id = e.target_id
where (e.actor_id is not null or e.target_id is not null)
  and e.event_type <> 'OTHER'
  and e.quote_id is null
