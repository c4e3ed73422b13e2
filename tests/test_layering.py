"""The pure core stays pure: nothing under tasks/core imports Prefect."""

import ast

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
