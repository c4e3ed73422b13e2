-- The corpus in one row: documents, near-duplicates, rejected inputs, entities, events, quotes.
select
    (select count(*) from documents) as documents,
    (select count(*) from documents where duplicate_of is not null) as near_duplicates,
    (select count(*) from rejected) as rejected,
    (select count(*) from entities) as entities,
    (select count(*) from events_named) as events,
    (select count(*) from quotes) as quotes,
    (select min(coalesce(published_at, ingested_at::date)) from documents) as first_day,
    (select max(coalesce(published_at, ingested_at::date)) from documents) as last_day
