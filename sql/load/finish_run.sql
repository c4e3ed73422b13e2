update runs
set finished_at = $1, n_in = $2, n_new = $3, n_skipped = $4, n_rejected = $5, status = $6, snapshot_id = $7
where run_id = $8
