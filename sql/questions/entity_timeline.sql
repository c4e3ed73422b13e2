-- How often an entity is mentioned, day by day: newsflow query --file THIS_FILE --param entity="Vladimir Putin".
-- param entity = Belarus
-- The name is compared with a scalar subquery, so only that entity's mentions are grouped.
with params as (select $entity as entity)
select t.day, t.name, t.type, t.mentions, t.documents
from entity_timeline as t
where t.name = (select entity from params)
order by t.day
