-- Mentions per day of each entity in the list $1 (for sparklines and entity pages).
select entity_id, day, mentions, documents
from entity_timeline
where list_contains($1::varchar[], entity_id)
order by entity_id, day
