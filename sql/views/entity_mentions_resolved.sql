create or replace view entity_mentions_resolved as
-- Every linked mention, and for a demonym ("Belarusian forces") also the country it points to,
-- so counts "toward Belarus" include what is said of Belarusians.
select m.doc_id, m.sent_no, m.start_char, m.end_char, m.text, m.entity_id, m.entity_id as counted_for, 'self' as via
from mentions as m
where m.entity_id is not null
union all
select m.doc_id, m.sent_no, m.start_char, m.end_char, m.text, m.entity_id, r.related_id as counted_for, 'demonym' as via
from mentions as m
join entity_relations as r on r.entity_id = m.entity_id and r.relation = 'demonym_of'
