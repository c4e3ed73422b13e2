-- Quotes with the canonical name of their speaker and the document they were read from.
create or replace view quotes_named as
select
    q.quote_id,
    q.doc_id,
    d.title,
    d.published_at,
    q.sent_no,
    coalesce(s.name, q.speaker_text) as speaker,
    q.speaker_id,
    q.speaker_via,
    q.speaker_text,
    q.cue,
    q.kind,
    q.text,
    q.start_char,
    q.end_char
from quotes as q
join documents as d on d.doc_id = q.doc_id
left join entities as s on s.entity_id = q.speaker_id
