-- Who is mentioned with whom: the entity pairs that share the most sentences.
with named as (
    select a.name as entity, a.type as entity_type, b.name as mentioned_with, b.type as with_type,
           c.n_sentences, c.n_docs, c.first_seen, c.last_seen
    from cooccurrences as c
    join entities as a on a.entity_id = c.entity_a
    join entities as b on b.entity_id = c.entity_b
)
select *
from named
order by n_sentences desc, n_docs desc, entity, mentioned_with
limit 25
