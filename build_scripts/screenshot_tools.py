"""What the screenshot scripts share: where the pictures go, waiting, and taking one."""

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSWORD = "mật khẩu đúng 2026"


def settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(widget, name: str) -> None:
    settle()
    screen = QApplication.primaryScreen()
    frame = widget.frameGeometry()
    image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if image.isNull() or frame.width() <= 1:
        image = widget.grab()
    image.save(str(OUTPUT / f"{name}.png"))
    print(OUTPUT / f"{name}.png")


def wait_until(condition, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(100)
        waited += 100
