"""The code passes the project's linter and formatter (ruff, configured in pyproject.toml)."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_passes(command: list[str]):
    shown = subprocess.run([sys.executable, "-m", "ruff", *command, "."], cwd=ROOT, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stdout[-4000:] + shown.stderr[-2000:]
