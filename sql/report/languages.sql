-- Documents per language (documents not in English keep their row but are not parsed).
select coalesce(language, 'unknown') as language, count(*) as documents
from documents
group by all
order by documents desc, language
