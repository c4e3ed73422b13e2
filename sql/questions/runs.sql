-- What each run did, newest first, with the inputs it rejected.
select r.run_id, r.status, r.reason, r.started_at, r.finished_at, r.n_in, r.n_new, r.n_skipped, r.n_rejected, r.model, r.version,
       (select string_agg(x.uri || ': ' || x.reason, '; ') from rejected as x where x.run_id = r.run_id) as rejected
from runs as r
order by r.started_at desc
