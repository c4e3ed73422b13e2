-- Events with entity $1 as actor or target, with the sentence and document they were read from.
select
    e.event_id, case when e.actor_id = $1 then 'actor' else 'target' end as role,
    e.actor, e.actor_id, e.action, e.target, e.target_id, e.event_date, e.date_text, e.date_precision,
    e.modality, e.event_type, e.doc_id, e.sent_no, s.text as sentence
from events_named as e
left join sentences as s on s.doc_id = e.doc_id and s.sent_no = e.sent_no
where $1 in (e.actor_id, e.target_id)
order by e.event_date nulls last, e.doc_id, e.sent_no, e.start_char
