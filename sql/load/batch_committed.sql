-- How many of the staged doc_ids the warehouse holds as written by this run: whether a batch was committed.
select count(*) from documents join candidates using (doc_id) where run_id = $1
