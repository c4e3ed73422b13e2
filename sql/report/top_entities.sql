-- The $1 most-mentioned entities of each type.
select entity_id, name, type, n_mentions, n_docs, first_seen, last_seen
from entities
qualify row_number() over (partition by type order by n_mentions desc, name) <= $1
order by type, n_mentions desc, name
