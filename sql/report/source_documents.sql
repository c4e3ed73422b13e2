-- The documents in the list $1 that facts on a page come from.
select doc_id, title, publisher, author, published_at, uri
from documents
where list_contains($1::varchar[], doc_id)
order by published_at desc nulls last, title
