-- Events from the documents one run ($1) wrote, for its summary: who did what to whom, when, and where it was read.
select
    coalesce(a.name, e.actor_text) as actor,
    e.action,
    coalesce(t.name, e.target_text) as target,
    e.event_date::varchar as event_date,
    e.modality,
    d.title
from events as e
join documents as d on d.doc_id = e.doc_id
left join entities as a on a.entity_id = e.actor_id
left join entities as t on t.entity_id = e.target_id
where d.run_id = $1
order by e.event_date desc nulls last, d.title, e.sent_no, e.start_char
limit 20
