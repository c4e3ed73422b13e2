-- Quotes by entity $1 and quotes about it (it is mentioned inside what someone else said).
select q.quote_id, case when q.speaker_id = $1 then 'by' else 'about' end as relation,
       q.speaker, q.speaker_id, q.cue, q.kind, q.text, q.doc_id, q.sent_no, q.published_at
from quotes_named as q
where q.speaker_id = $1
   or exists (select 1 from mentions as m
              where m.doc_id = q.doc_id and m.entity_id = $1
                and m.start_char >= q.start_char and m.end_char <= q.end_char)
order by relation desc, q.published_at nulls last, q.doc_id, q.start_char
