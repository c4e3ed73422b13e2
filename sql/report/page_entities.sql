-- The entities that get a page of their own: the $1 most mentioned of all types.
select entity_id, name, type
from entities
order by n_mentions desc, name
limit $1
