#!/usr/bin/env bash
# Set up newsflow (once) and run the pipeline on the bundled sample articles.
# Extra arguments go to `newsflow run`, e.g. --db /tmp/demo.duckdb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PREFECT_SERVER_ANALYTICS_ENABLED=false
.venv/bin/newsflow run data/samples "$@"
