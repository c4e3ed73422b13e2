-- Said to happen or did happen? Per actor, events by modality: asserted, reported, hypothetical, negated.
select coalesce(e.name, v.actor_text) as actor,
       count(*) filter (where v.modality = 'asserted') as asserted,
       count(*) filter (where v.modality = 'reported') as reported,
       count(*) filter (where v.modality = 'hypothetical') as hypothetical,
       count(*) filter (where v.modality = 'negated') as negated,
       count(*) as n_events
from events as v
left join entities as e on e.entity_id = v.actor_id
where v.actor_id is not null
group by 1
order by n_events desc, actor
limit 50
