-- Documents per publication day (ingest day when unknown) and publisher, near-duplicates included.
select coalesce(published_at, ingested_at::date) as day, coalesce(publisher, 'unknown') as publisher, count(*) as documents
from documents
group by all
order by day, publisher
