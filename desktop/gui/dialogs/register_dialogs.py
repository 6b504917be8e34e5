"""The team register's forms: a member added or corrected, a member leaving the team, and a
log-book volume opened or closed. Each form saves through one operation and stays open, with
the reason shown in it, when the core refuses."""

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core import clock
from desktop.core.mediation import team_register, volumes
from desktop.core.mediation.team_register import MemberView
from desktop.core.mediation.volumes import VolumeView
from desktop.core.text import format_date
from desktop.gui.errors import error_message
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.buttons import label_standard_buttons


def day_of(edit: QDateEdit) -> date:
    """The day an edit shows (PySide's stub says only `object`)."""
    return cast(date, edit.date().toPython())


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day or clock.today()))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a tick box that says so, and the date beside it."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.given = QCheckBox(text)
        self.edit = date_edit()
        self.edit.setAccessibleName(text.replace("&", ""))  # the tick box names the date too
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.edit)
        layout.addStretch()

    def value(self) -> date | None:
        return day_of(self.edit) if self.given.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.given.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day))


class _SavingDialog(QDialog):
    """A form whose OK button runs one operation; success closes it, a refusal is shown in it."""

    saved = Signal(object)  # what the operation returned

    def __init__(self, operations: Operations, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._operations = operations
        self.result_value: Any = None
        self.form = QFormLayout(self)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        label_standard_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, ok_text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)  # Enter saves, Esc cancels
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)

    def problem(self) -> str | None:
        """What is wrong before the core is asked, in words; None when nothing is."""
        return None

    def operation(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    changes = Change.INSTALLATION

    def save(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        self.buttons.setEnabled(False)
        self._operations.run_op(self, self.operation(), self._done, changes=self.changes,
                                on_error=self._failed, label=self.tr("Saving…"))

    def _done(self, value) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.saved.emit(value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_message(error))


class MemberDialog(_SavingDialog):
    """A new member of the register, or the correction of one (`member` given)."""

    def __init__(self, operations: Operations, hamlets: tuple[str, ...],
                 member: MemberView | None = None, parent=None):
        super().__init__(operations, self.tr("Add a member") if member is None
                         else self.tr("Edit member"), parent)
        self.member = member
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.position, self.sex, self.hamlet = QComboBox(), QComboBox(), QComboBox()
        for position in team_register.POSITIONS:
            self.position.addItem(label(position), position)
        self.sex.addItem(self.tr("Not recorded"), None)
        for sex in team_register.GENDERS:
            self.sex.addItem(label(sex), sex)
        self.hamlet.addItem(self.tr("None"), "")
        for hamlet in hamlets:
            self.hamlet.addItem(hamlet, hamlet)
        self.recognised = OptionalDate(self.tr("&Recognised on"))
        self.decision = QLineEdit()
        self.decision.setMaxLength(100)
        self.trained = OptionalDate(self.tr("&Trained on"))
        for text, widget in ((self.tr("&Full name:"), self.full_name),
                             (self.tr("&Position:"), self.position), (self.tr("S&ex:"), self.sex),
                             (self.tr("&Hamlet covered:"), self.hamlet)):
            self.form.addRow(text, widget)
        self.form.addRow(self.tr("Start:"), self.recognised)
        self.form.addRow(self.tr("&Decision number:"), self.decision)
        self.form.addRow(self.tr("Mediation training:"), self.trained)
        self.finish_layout(self.tr("&Save"))
        if member is not None:
            self._fill(member)
        else:  # most members added are mediators; a team has one tổ trưởng
            self.position.setCurrentIndex(self.position.findData("mediator"))

    def _fill(self, member: MemberView) -> None:
        self.full_name.setText(member.full_name)
        self.position.setCurrentIndex(max(self.position.findData(member.position), 0))
        self.sex.setCurrentIndex(max(self.sex.findData(member.gender), 0))
        self.hamlet.setCurrentIndex(max(self.hamlet.findData(member.hamlet or ""), 0))
        self.recognised.set_value(member.recognised_on)
        self.decision.setText(member.recognition_decision or "")
        self.trained.set_value(member.trained_on)

    def problem(self) -> str | None:
        if not self.full_name.text().strip():
            return self.tr("Enter the member's full name.")
        trained = self.trained.value()
        if trained is not None and trained > clock.today():
            return self.tr("The training date is in the future.")
        return None

    def operation(self) -> Callable[[Any], MemberView]:
        values = dict(full_name=self.full_name.text(), position=self.position.currentData(),
                      gender=self.sex.currentData(), recognised_on=self.recognised.value(),
                      decision=self.decision.text(), hamlet=self.hamlet.currentData(),
                      trained_on=self.trained.value())
        if self.member is None:
            return lambda uow: team_register.add_member(uow, **values)
        member_id = self.member.id
        return lambda uow: team_register.edit_member(uow, member_id=member_id, **values)


class EndMemberDialog(_SavingDialog):
    """A member leaves the team: the day and the reason (Law 35 Art. 11) are kept."""

    def __init__(self, operations: Operations, member: MemberView, parent=None):
        super().__init__(operations, self.tr("Member leaves the team"), parent)
        self.member = member
        intro = QLabel(self.tr("%s leaves the team register. The entry is kept, with the day "
                               "and the reason; the member is no longer offered as a mediator.")
                       % member.full_name)
        intro.setWordWrap(True)
        self.ended_on = date_edit()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("At the member's own request"),
                              self.tr("No longer meets the criteria"),
                              self.tr("Breached the principles or was sanctioned"),
                              self.tr("Moved away"), self.tr("Died")])
        line = self.reason.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        line.returnPressed.connect(self.save)  # the combo box keeps Enter from the dialog
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Left on:"), self.ended_on)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.finish_layout(self.tr("&End membership"))

    def problem(self) -> str | None:
        start = self.member.recognised_on
        if start is not None and day_of(self.ended_on) < start:
            return self.tr("The day the member left is before the day of recognition (%s).") \
                % format_date(start)
        if not self.reason.currentText().strip():
            return self.tr("Say why the member leaves.")
        return None

    def operation(self) -> Callable[[Any], MemberView]:
        member_id, ended_on = self.member.id, day_of(self.ended_on)
        reason = self.reason.currentText()
        return lambda uow: team_register.end_member(uow, member_id=member_id, ended_on=ended_on,
                                                    reason=reason)


class VolumeDialog(_SavingDialog):
    """Opening the next log-book volume, or closing the open one (`closing`), on a day.
    `limit` is the day the open volume opened (closing) or the previous one closed (opening)."""

    changes = Change.CASES  # a closed volume's cases are frozen

    def __init__(self, operations: Operations, volume_no: int, *, closing: bool,
                 limit: date | None = None, parent=None):
        super().__init__(operations, (self.tr("Close volume %d") if closing
                                      else self.tr("Open volume %d")) % volume_no, parent)
        self.volume_no, self.closing, self.limit = volume_no, closing, limit
        self.day = date_edit()
        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("Closes o&n:") if closing else self.tr("Opens o&n:"), self.day)
        self.finish_layout(self.tr("Close the &volume") if closing else self.tr("&Open the volume"))

    def _explanation(self) -> str:
        if self.closing:
            return self.tr(
                "Closing volume %d ends it on the day below. Every case received in it must be "
                "ended first. From then on its entries are frozen: nobody can change them, and a "
                "mistake can only be corrected by an amendment that keeps the old text and the "
                "reason. A closed volume cannot be opened again.") % self.volume_no
        return self.tr("Volume %d of the log book starts on the day below; cases received from "
                       "that day on are written in it.") % self.volume_no

    def problem(self) -> str | None:
        day = day_of(self.day)
        if self.limit is None:
            return None
        if self.closing and day < self.limit:
            return self.tr("The volume cannot close before the day it opened (%s).") \
                % format_date(self.limit)
        if not self.closing and day <= self.limit:
            return self.tr("The new volume must open after the day the previous one closed "
                           "(%s).") % format_date(self.limit)
        return None

    def operation(self) -> Callable[[Any], VolumeView]:
        day, number = day_of(self.day), self.volume_no
        if self.closing:
            return lambda uow: volumes.close_volume(uow, volume_no=number, closed_on=day)
        return lambda uow: volumes.open_volume(uow, opened_on=day)
