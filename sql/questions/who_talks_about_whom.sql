-- Who talks about whom: each speaker and the entities named inside their quotes.
with quoted_mentions as (
    select q.speaker_id, m.entity_id, q.quote_id, q.doc_id
    from quotes as q
    join mentions as m
      on m.doc_id = q.doc_id and m.start_char >= q.start_char and m.end_char <= q.end_char
    where q.speaker_id is not null and m.entity_id is not null and m.entity_id <> q.speaker_id
)
select s.name as speaker, t.name as talks_about, t.type as about_type,
       count(distinct x.quote_id) as n_quotes, count(distinct x.doc_id) as n_docs
from quoted_mentions as x
join entities as s on s.entity_id = x.speaker_id
join entities as t on t.entity_id = x.entity_id
group by s.name, t.name, t.type
order by n_quotes desc, n_docs desc, speaker, talks_about
limit 50
