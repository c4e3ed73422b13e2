-- Which countries are talked about, counting their demonyms too ("Belarusian forces" counts for Belarus).
select e.name as country,
       count(*) filter (where r.via = 'self') as by_name,
       count(*) filter (where r.via = 'demonym') as by_demonym,
       count(*) as mentions,
       count(distinct r.doc_id) as documents
from entity_mentions_resolved as r
join entities as e on e.entity_id = r.counted_for
where e.type = 'GPE'
  and not exists (  -- cities and regions are located in a country; countries are not
      select 1 from entity_relations as l where l.entity_id = e.entity_id and l.relation = 'located_in'
  )
group by e.name
order by mentions desc, country
limit 25
