-- The $1 latest runs and what they did.
select run_id, started_at, finished_at, status, n_in, n_new, n_skipped, n_rejected, reason
from runs
order by started_at desc
limit $1
