-- How each fact reaches its entity: by its name, another form of it (alias, acronym), or a
-- reference (pronoun, definite description). Mentions now include references; events and
-- quotes record how their actor, target and speaker were linked.
alter table mentions add column via varchar;
alter table events add column actor_via varchar;
alter table events add column target_via varchar;
alter table quotes add column speaker_via varchar;
update mentions set via = 'name' where via is null;
