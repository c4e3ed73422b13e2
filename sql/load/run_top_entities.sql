-- The most-mentioned entities in the documents one run ($1) wrote.
select e.name, e.type, count(*) as mentions, count(distinct m.doc_id) as documents
from mentions as m
join documents as d using (doc_id)
join entities as e using (entity_id)
where d.run_id = $1
group by e.name, e.type
order by mentions desc, e.name
limit 10
