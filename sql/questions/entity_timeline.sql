-- How often an entity is mentioned, day by day (change the name in params).
with params as (select 'Belarus' as entity)
select t.day, t.name, t.type, t.mentions, t.documents
from entity_timeline as t, params as p
where t.name = p.entity
order by t.day
