-- How each fact reaches its entity: by its name, another form of it (alias, acronym), or a
-- reference (pronoun, definite description). Mentions now include references; events and
-- quotes record how their actor, target and speaker were linked.
alter table mentions add column via varchar;
alter table events add column actor_via varchar;
alter table events add column target_via varchar;
alter table quotes add column speaker_via varchar;
update mentions set via = 'name' where via is null;
-- A speech event that introduces a quote points to it, so the default views leave it to `quotes`.
alter table events add column quote_id varchar;
