"""Runtime hook of the packaged build, which carries no Pillow: ReportLab is told it has none.

ReportLab imports `PIL.Image` when it starts, but needs it only to embed bitmap images, which
TuQuan never draws. With `PIL.Image` None, ReportLab reports `haveImages` false (openpyxl
likewise drops a workbook's pictures), and an attempt to draw a bitmap fails with an error
instead of the whole of ReportLab failing to import.
"""

import sys
import types

if "PIL" not in sys.modules:
    no_pillow = types.ModuleType("PIL", "Not in the packaged build: see frozen_no_pillow.py.")
    no_pillow.Image = None  # type: ignore[attr-defined]
    sys.modules["PIL"] = no_pillow
