"""The import contracts of pyproject.toml hold, and lint-imports fails when one is broken."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, capture_output=True,
                          text=True, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})


@pytest.fixture(scope="module")
def copied_tree(tmp_path_factory) -> Path:
    tree = tmp_path_factory.mktemp("tree")
    for folder in ("desktop", "db"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree)
    return tree


def plant(tree: Path, module: str, source: str) -> Path:
    path = tree.joinpath(*module.split(".")).with_suffix(".py")
    path.write_text(source, encoding="utf-8")
    return path


def test_the_contracts_hold(copied_tree):
    result = lint_imports(copied_tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "source", "contract"), [
    ("desktop.core.mediation.reaching_up", "import desktop.core.access.unlock\n",
     "desktop/core in layers"),
    ("desktop.core.mediation.reaching_the_screen", "import desktop.gui.errors\n",
     "core knows nothing of Qt"),
    ("db.reaching_up", "import desktop.core.errors\n", "db knows nothing of the application"),
    ("desktop.core.mediation.writing_sql", "from sqlalchemy import select\n", "SQL stays in db"),
])
def test_a_broken_contract_fails_the_check(copied_tree, module, source, contract):
    planted = plant(copied_tree, module, source)
    try:
        result = lint_imports(copied_tree)
    finally:
        planted.unlink()
    assert result.returncode != 0 and contract in result.stdout
