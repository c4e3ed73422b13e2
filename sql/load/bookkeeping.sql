-- The warehouse's own bookkeeping, created before the migrations run.
-- `_migrations`: which files of sql/migrations are applied.
-- `_writes`: one row that every DuckLake write transaction updates, so that two overlapping
-- writers conflict and the later one runs again (DuckLake has no locks and no unique keys).
create table if not exists _migrations (name varchar primary key, applied_at timestamptz);
create table if not exists _writes (n bigint not null);
insert into _writes select 0 where not exists (select 1 from _writes);
