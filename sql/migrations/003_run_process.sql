-- Who runs a run and why it ended as it did: the next run marks a run whose process is gone
-- `abandoned`; stopped runs are `cancelled`; `reason` says why for those and for failed runs.
alter table runs add column pid bigint;
alter table runs add column host varchar;
alter table runs add column reason varchar;
