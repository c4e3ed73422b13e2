-- Candidate documents the warehouse already holds from a run with the same model ($1) and version ($2).
select d.doc_id
from documents as d
join runs as r using (run_id)
where d.doc_id in (select doc_id from candidates)
  and r.model = $1
  and r.version = $2
