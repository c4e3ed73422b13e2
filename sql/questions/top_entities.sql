-- Who is mentioned most: entities by mentions, with the documents they appear in and when.
select name, type, n_mentions, n_docs, first_seen, last_seen
from entities
where n_mentions > 0
order by n_mentions desc, name
limit 25
