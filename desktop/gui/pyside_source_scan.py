"""Once PySide6 is loaded it looks at every module imported after it, for a `from __feature__
import …` (snake_case, true_property), by reading the module's source through `inspect`:
about a sixth of the time SQLAlchemy and the models take to load behind the unlock screen.
The screens' package (`desktop/gui/__init__.py`) replaces it before any screen loads.
`read_sources_directly` gives it the same answer from the file's bytes, without the tokenizer
and line cache; where this PySide6 has no such step, nothing changes.
"""

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"


def _module_mentions_pyside(module: ModuleType) -> bool:
    """PySide6's own test ("PySide6" in the source), on the bytes of the module's file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled, or frozen without source: PySide6 says False too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def read_sources_directly() -> bool:
    """Replace PySide6's per-import source reading with `_module_mentions_pyside`; say whether
    there was one to replace."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _module_mentions_pyside  # type: ignore[attr-defined]
    return True
