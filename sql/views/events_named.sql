-- Events with the names of their actor and target, and the document they were read from.
-- Actor and target fall back to the raw text when no entity matched it.
create or replace view events_named as
select
    e.event_id,
    e.doc_id,
    d.title,
    d.published_at,
    e.sent_no,
    coalesce(a.name, e.actor_text) as actor,
    e.actor_id,
    e.action,
    coalesce(t.name, e.target_text) as target,
    e.target_id,
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
