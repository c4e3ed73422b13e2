#!/usr/bin/env bash
# Set up newsflow (once) and run the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# tests/test_browser.py drives Debian's Chromium through Playwright (never `playwright install`):
# install it once when missing and we may (root with apt-get); without it that test skips.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing chromium for the Prefect UI browser check" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || echo "could not install chromium; tests/test_browser.py will skip" >&2
fi
# The PostgreSQL-catalog DuckLake tests start a throwaway cluster with Debian's initdb/pg_ctl:
# install the server once when missing and we may; without it those tests skip.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing postgresql for the DuckLake catalog tests" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
    || echo "could not install postgresql; the PostgreSQL-catalog tests will skip" >&2
fi
export PREFECT_SERVER_ANALYTICS_ENABLED=false
.venv/bin/python -m pytest "$@"
