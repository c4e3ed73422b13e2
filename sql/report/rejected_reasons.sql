-- Inputs that could not become documents, per reason.
select reason, count(*) as inputs
from rejected
group by reason
order by inputs desc, reason
