-- Entities in the warehouse with each of their aliases, for linking a new batch to them.
select a.alias, e.entity_id, e.name, e.type
from entities as e
join entity_aliases as a using (entity_id)
