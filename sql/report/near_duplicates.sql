-- The latest near-duplicates ($1 at most) with the first copy each points to.
select d.title, d.publisher, d.published_at, o.title as original_title, o.publisher as original_publisher, o.published_at as original_published_at
from documents as d
join documents as o on o.doc_id = d.duplicate_of
order by d.published_at desc nulls last, d.title
limit $1
