-- The other names entity $1 goes by.
select distinct a.alias
from entity_aliases as a
join entities as e using (entity_id)
where a.entity_id = $1 and a.alias <> e.name
order by a.alias
