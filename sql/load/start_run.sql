insert into runs (run_id, flow_run_id, started_at, status, model, version, pid, host)
values ($1, $2, $3, 'running', $4, $5, $6, $7)
