"""The PySide6 screens. Reaches data only through desktop.core; never imports SQLAlchemy."""

import PySide6  # noqa: F401  (PySide6's import hook is in place from here on)

from desktop.gui.pyside_source_scan import read_sources_directly

# Before any screen's module loads: from here each import costs PySide6 a read of bytes.
read_sources_directly()
