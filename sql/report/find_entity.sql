-- The entity a user names ($1): its canonical name or one of its aliases, case-insensitively; the most mentioned wins.
select entity_id, name, type
from entities
where lower(name) = lower($1)
   or entity_id in (select entity_id from entity_aliases where lower(alias) = lower($1))
order by lower(name) = lower($1) desc, n_mentions desc, name
limit 1
