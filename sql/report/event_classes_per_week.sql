-- Events per week (event date, else the publication date) and class.
select date_trunc('week', coalesce(event_date, published_at)) as week, event_type, count(*) as events
from events_named
where coalesce(event_date, published_at) is not null
group by all
order by week, event_type
