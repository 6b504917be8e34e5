"""Buttons to save this installation's key card and to enrol a counterpart's card, with the
fingerprint shown for comparison (by phone or in person) before anything is trusted, and this
installation's own fingerprint always on the page (not only in the message after saving)."""

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from desktop.core.atomic import atomic_write_bytes
from desktop.core.bundles import keys
from desktop.core.errors import CardAlreadyEnrolled
from desktop.gui.errors import show_error
from desktop.gui.operations import Change, Operations


class CardActions(QObject):
    """`buttons` and the `own_card` line to place on a page; an enrolled card is broadcast as a
    change of KEYS."""

    def __init__(self, operations: Operations, page, enrol_text: str | None = None):
        super().__init__(page)
        self._operations, self._page = operations, page
        self.save_button = QPushButton(self.tr("Save this installation's card…"))
        self.save_button.clicked.connect(self._save_card)
        self.own_card = QLabel()
        self.own_card.setWordWrap(True)
        self.own_card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: tuple[QPushButton, ...] = (self.save_button,)
        if enrol_text is not None:
            self.enrol_button = self.enrol_button_for(enrol_text)
            self.buttons += (self.enrol_button,)

    def show_own_card(self, card) -> None:
        """The fingerprint the other side compares when they enrol this installation's card."""
        self.own_card.setText(self.tr("This installation's card: %1 — fingerprint %2")
                              .replace("%1", card.file_name).replace("%2", card.fingerprint))

    def enrol_button_for(self, text: str, desk: str | None = None) -> QPushButton:
        """A button enrolling a card; with `desk`, only that desk's card is taken."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self._enrol(desk))
        return button

    def _save_card(self) -> None:
        self._operations.run_query(self._page, keys.own_card, self._choose_card_file)

    def _choose_card_file(self, card) -> None:
        """The file is offered under the card's own name: a desk tells thirty teams' cards apart."""
        path, _ = QFileDialog.getSaveFileName(self._page, self.tr("Save the card"), card.file_name,
                                              self.tr("Key cards (*.card)"))
        if not path:
            return

        def saved(_result) -> None:
            QMessageBox.information(
                self._page, self.tr("Card saved"),
                self.tr("The card was written to %1.\n\nGive it to the other side and read them "
                        "this fingerprint:\n\n%2").replace("%1", path)
                .replace("%2", card.fingerprint))

        self._operations.run_on_workspace(
            self._page, lambda _workspace: atomic_write_bytes(Path(path), card.to_bytes(), mode=0o644),
            saved)

    def _enrol(self, desk: str | None) -> None:
        path, _ = QFileDialog.getOpenFileName(self._page, self.tr("Open a key card"), "",
                                              self.tr("Key cards (*.card);;All files (*)"))
        if path:
            self._operations.run_on_workspace(
                self._page, lambda _workspace: keys.read_card_file(Path(path)),
                lambda card: self._confirm(card, desk))

    def _confirm(self, card, desk: str | None) -> None:
        answer = QMessageBox.question(self._page, self.tr("Enrol a card"), self.tr(
            "%1 (%2)\n\nFingerprint: %3\n\nDoes it match, character for character, what the other "
            "side reads out to you?").replace("%1", card.name).replace("%2", card.commune_code)
            .replace("%3", card.fingerprint))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._enrol_confirmed(card, desk, replace=False)

    def _enrol_confirmed(self, card, desk: str | None, replace: bool) -> None:
        def failed(error) -> None:
            if isinstance(error, CardAlreadyEnrolled) and not replace:
                self._offer_replacement(card, desk, error)
            else:
                show_error(self._page, error)

        self._operations.run_op(self._page, lambda uow: keys.enrol_card(
            uow, card=card, replace=replace, expected_desk=desk), changes=Change.KEYS,
            on_error=failed)

    def _offer_replacement(self, card, desk: str | None, error) -> None:
        """A second card for a party already enrolled: only a key changed on purpose is taken,
        and the old one is revoked in the same step."""
        answer = QMessageBox.question(self._page, self.tr("Replace a key"), self.tr(
            "%1 already has an enrolled key (fingerprint %2).\n\nReplace it with the key of this "
            "card? Do so only if they told you they changed their key: the old key is revoked, and "
            "bundles signed with it are refused from now on.")
            .replace("%1", error.params["name"]).replace("%2", error.params["fingerprint"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._enrol_confirmed(card, desk, replace=True)
