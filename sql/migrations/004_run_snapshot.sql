-- The DuckLake snapshot a run leaves behind (null in a DuckDB file, which keeps no history):
-- `newsflow query --as-of RUN_ID` reads the warehouse as it stood then.
alter table runs add column snapshot_id bigint;
