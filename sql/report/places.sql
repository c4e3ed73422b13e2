-- Places mentioned, with the events that have them as actor or target.
select p.entity_id, p.name, p.type, p.n_mentions, p.n_docs, count(e.event_id) as n_events
from entities as p
left join events_named as e on p.entity_id in (e.actor_id, e.target_id)
where p.type in ('GPE', 'LOC')
group by all
order by p.n_mentions desc, p.name
