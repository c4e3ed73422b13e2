-- The $2 entities most often mentioned in the same sentence as entity $1 (pairs only in the same document are left out).
select o.entity_id, o.name, o.type, c.n_sentences, c.n_docs
from cooccurrences as c
join entities as o on o.entity_id = case when c.entity_a = $1 then c.entity_b else c.entity_a end
where $1 in (c.entity_a, c.entity_b) and c.entity_a <> c.entity_b and c.n_sentences > 0
order by c.n_sentences desc, c.n_docs desc, o.name
limit $2
