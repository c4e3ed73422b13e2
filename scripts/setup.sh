#!/usr/bin/env bash
# Create .venv and install newsflow with the pinned dependencies of requirements.lock.
# Re-running is cheap: it reinstalls only when requirements.lock or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv with $($python --version)" >&2
  "$python" -m venv .venv
fi
stamp=.venv/.newsflow-installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "installing pinned dependencies into .venv (first time: a few minutes)" >&2
  log=.venv/install.log
  if ! { .venv/bin/python -m pip install --upgrade pip \
         && .venv/bin/python -m pip install -r requirements.lock \
         && .venv/bin/python -m pip install --no-deps -e .; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "installation failed; the full log is $log" >&2
    exit 1
  fi
  touch "$stamp"
fi
