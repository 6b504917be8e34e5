"""The lazy table itself, off-screen: memory it adds over a long list, however long."""

import time

from common import Line, rss_mib


def model_memory_growth(model_class, workspace, scale: str) -> dict[str, Line]:
    """RSS growth from before the list is read to after its first screen, a jump to the middle,
    one to the end and the whole id list (the table's worst case)."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.operations import Operations
    from desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    model = model_class(Operations(runner, lambda: workspace))

    def wait(condition, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the list did not load")
            app.processEvents()
            time.sleep(0.002)

    before = rss_mib()
    model.reload()
    wait(lambda: model.rowCount() > 0)
    for row in (0, model.rowCount() // 2, model.rowCount() - 1):
        wait(lambda row=row: model.row_at(row) is not None)
    wait(lambda: model.ids_read == model.rowCount())
    growth = rss_mib() - before
    runner.shutdown()
    return {f"list_memory_growth_{scale}": Line(growth, "MiB", 30.0)}
