-- The $2 latest quotes by entity $1 and the $2 latest about it (it is mentioned inside what someone else
-- said); n_quotes counts all of each kind.
with related as (
    select q.*, case when q.speaker_id = $1 then 'by' else 'about' end as relation
    from quotes_named as q
    where q.speaker_id = $1
       or exists (select 1 from mentions as m
                  where m.doc_id = q.doc_id and m.entity_id = $1
                    and m.start_char >= q.start_char and m.end_char <= q.end_char)
)
select quote_id, relation, speaker, speaker_id, cue, kind, text, doc_id, sent_no, published_at,
       count(*) over (partition by relation) as n_quotes
from related
qualify row_number() over (partition by relation order by published_at desc nulls last, doc_id, start_char) <= $2
order by relation desc, published_at nulls last, doc_id, start_char
