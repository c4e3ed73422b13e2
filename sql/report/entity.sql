-- One entity ($1) with its counts.
select entity_id, name, type, n_mentions, n_docs, first_seen, last_seen
from entities
where entity_id = $1
