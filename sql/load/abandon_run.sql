update runs set status = 'abandoned', finished_at = $1, reason = $2
where run_id = $3 and status = 'running'
