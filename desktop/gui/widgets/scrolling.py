"""Long forms on short screens: a form that scrolls, and a first size no bigger than the screen."""

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: on a 1366×768 laptop (or 1280×720 at 125 %) the
    form scrolls while the messages and buttons around it stay on the screen."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open at `width`×`height`, or smaller where the screen is (its title bar kept visible)."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None:
        window.resize(width, height)
        return
    window.resize(min(width, room.width()), min(height, room.height() - 40))
