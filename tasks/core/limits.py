"""How large one input may be: limits that keep one article from sinking a run.

Anything over them is rejected with the reason (`too-large`, `too-long`, `too-deep`) before it is
read whole, unpacked whole, handed to lxml or parsed, and the rest of the run goes on.
"""

MAX_FILE_BYTES = (
    5_000_000  # an article file (text or HTML, once unpacked), a fetched page, a .urls file, one row's text
)
MAX_TABLE_BYTES = 100_000_000  # a .jsonl, .csv or .parquet file, which is read whole
# an article after cleaning, and any one line or text node of it: parsing takes about 1 GB per 300,000 characters
MAX_BODY_CHARS = 100_000
# characters spaCy parses in one batch: about 60 MB of a model process's memory, no slower than larger batches
MAX_PARSE_BATCH_CHARS = 20_000
