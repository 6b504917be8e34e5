"""An import inside a function is there to make a start sooner (or for one platform), and says so."""

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent


def uncommented_local_imports(path: Path) -> list[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = set()
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            starts |= {(sub.lineno, sub.end_lineno) for sub in ast.walk(node)
                       if isinstance(sub, (ast.Import, ast.ImportFrom))}
    ends = {end for _, end in starts}
    return [start for start, _ in sorted(starts) if start - 1 not in ends
            and "#" not in lines[start - 1] and not lines[start - 2].strip().startswith("#")]


def test_every_function_local_import_says_why():
    found = {str(path.relative_to(ROOT)): lines
             for folder in ("desktop", "db") for path in (ROOT / folder).rglob("*.py")
             if "migrations" not in path.parts and (lines := uncommented_local_imports(path))}
    assert found == {}


def test_the_check_sees_an_uncommented_import(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def f():\n    import json\n    return json\n\n\ndef g():\n"
                      "    # loaded when needed\n    import csv\n    return csv\n", encoding="utf-8")
    assert uncommented_local_imports(module) == [2]
