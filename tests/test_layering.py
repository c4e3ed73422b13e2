"""The pure core stays pure: nothing under tasks/core imports Prefect; the flow process imports no spaCy."""

import ast
import subprocess
import sys

from tests.conftest import ROOT


def test_core_modules_do_not_import_prefect():
    offenders = []
    for path in sorted((ROOT / "tasks" / "core").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            offenders += [f"{path.name}: {name}" for name in names if name.split(".")[0] == "prefect"]
    assert offenders == []


def test_the_flow_process_imports_neither_spacy_nor_cleanings_libraries():
    """They take about 60 and 200 MB; only the model and cleaning processes need them."""
    heavy = ("spacy", "thinc", "lingua", "datasketch", "trafilatura")
    probe = (
        "import sys, newsflow.flows.cli, newsflow.flows.pipeline; print(sorted(set(sys.argv[1:]) & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe, *heavy], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
