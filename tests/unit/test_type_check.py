"""The type checker gates the tree: mypy with pyproject.toml's configuration passes on desktop/ and
db/, and fails on a module with a type error or, in desktop/core, a function left unannotated."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
MYPY = Path(sys.executable).parent / "mypy"


def mypy(cwd: Path, cache: Path, *targets: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(MYPY), "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(cache), *targets],
                          cwd=cwd, capture_output=True, text=True)


def test_the_tree_passes(tmp_path):
    result = mypy(ROOT, tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize(("module", "source", "code"), [
    ("halves", "def half(n: int) -> int:\n    return n / 2\n", "[return-value]"),
    ("desktop.core.unannotated", "def half(n):\n    return n // 2\n", "[no-untyped-def]"),
    ("db.repositories.unannotated", "def count(session) -> int:\n    return 0\n",
     "[no-untyped-def]"),
])
def test_a_type_error_fails_the_check(tmp_path, module, source, code):
    tree = tmp_path / "tree"
    path = tree.joinpath(*module.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True)
    for package in path.relative_to(tree).parents:
        if package != Path("."):
            (tree / package / "__init__.py").touch()
    path.write_text(source, encoding="utf-8")
    result = mypy(tree, tmp_path / "cache", str(path.relative_to(tree)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert code in result.stdout
