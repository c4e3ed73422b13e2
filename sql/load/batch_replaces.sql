-- Whether the staged batch holds documents the warehouse already has (a primary-key lookup each).
select count(*) > 0 from staged_documents as s
where exists (select 1 from documents as d where d.doc_id = s.doc_id);
