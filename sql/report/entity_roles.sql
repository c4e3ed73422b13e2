-- The roles entity $1 is given ("Russian President"), with the documents that give each.
select role, count(distinct doc_id) as documents, min(date) as first_seen, max(date) as last_seen
from entity_roles
where entity_id = $1
group by role
order by documents desc, role
