"""newsflow: news articles in, a queryable record of entities, events and quotes out.

The repository root is this package (see `package-dir` in pyproject.toml), so `flows/`, `tasks/`,
`sql/` and `data/lexicons/` keep their places at the top of the checkout and sit at the same
relative paths inside an installed wheel: `newsflow.flows`, `newsflow.tasks`, `newsflow/sql`.
"""
