-- The $1 latest events of the corpus (by event date, else publication date) for the report's artifact.
select e.actor, e.action, e.target, e.event_date::varchar as event_date, e.modality, e.event_type, e.title
from events_named as e
order by coalesce(e.event_date, e.published_at) desc nulls last, e.title, e.sent_no, e.start_char
limit $1
