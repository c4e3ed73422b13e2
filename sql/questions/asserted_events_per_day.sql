-- Timeline of asserted events: per day and type, how many happened (not could, would or did not).
-- Only events dated to the day; month- and year-precise dates would pile up on the 1st.
select event_date, event_type, count(*) as n_events,
       string_agg(distinct coalesce(actor, '?') || ' ' || action || coalesce(' ' || target, ''), '; ') as examples
from events_named
where modality = 'asserted' and date_precision = 'day'
group by event_date, event_type
order by event_date, n_events desc, event_type
