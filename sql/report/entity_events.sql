-- The $2 latest events with entity $1 as actor or target (by event date, else publication date), with the
-- sentence and document they were read from; n_events counts them all.
select
    e.event_id, case when e.actor_id = $1 then 'actor' else 'target' end as role,
    e.actor, e.actor_id, e.action, e.target, e.target_id, e.event_date, e.date_text, e.date_precision,
    e.modality, e.event_type, e.doc_id, e.sent_no, s.text as sentence, count(*) over () as n_events
from events_named as e
left join sentences as s on s.doc_id = e.doc_id and s.sent_no = e.sent_no
where $1 in (e.actor_id, e.target_id)
order by coalesce(e.event_date, e.published_at) desc nulls last, e.doc_id, e.sent_no, e.start_char
limit $2
