select run_id, pid, host, started_at from runs where status = 'running'
