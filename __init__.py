"""newsflow: news articles in, a queryable record of entities, events and quotes out.

The repository root is this package (see `package-dir` in pyproject.toml), so `flows/`, `tasks/`,
`sql/` and `data/lexicons/` keep their places at the top of the checkout and sit at the same
relative paths inside an installed wheel: `newsflow.flows`, `newsflow.tasks`, `newsflow/sql`.
"""

import os

# polars allocates through its own jemalloc, which keeps the pages a batch freed for later instead of handing
# them back, so a long run's processes keep every batch's peak. Hand them back at once (unless the user chose
# otherwise); jemalloc reads this when polars first allocates, so it is set before anything imports polars.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
