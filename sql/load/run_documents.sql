-- What one run ($1) wrote: documents, non-English ones, near-duplicates, events and quotes.
select
    count(*) as n_documents,
    count(*) filter (where language is not null and language <> 'en') as n_not_english,
    count(*) filter (where duplicate_of is not null) as n_near_duplicates,
    (select count(*) from events where doc_id in (select doc_id from documents where run_id = $1)) as n_events,
    (select count(*) from quotes where doc_id in (select doc_id from documents where run_id = $1)) as n_quotes
from documents
where run_id = $1
