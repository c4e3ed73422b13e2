-- Events from the documents one run ($1) wrote, for its summary: who did what to whom, when, and where it was read.
select e.actor, e.action, e.target, e.event_date::varchar as event_date, e.modality, e.title
from events_named as e
where e.doc_id in (select doc_id from documents where run_id = $1)
order by e.event_date desc nulls last, e.title, e.sent_no, e.start_char
limit 20
