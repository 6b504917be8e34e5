"""The case editor: intake and parties saved together; each step of the procedure is its own action.

Never loses typed input: closing with changes asks first, and when the application locks the
editor is only hidden, to come back with its draft after unlocking.
"""

from datetime import datetime
from functools import partial
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.mediation import cases, disputes, progress, team_register
from desktop.core.mediation.inputs import case_input_from_json
from desktop.core.mediation.types import CaseDetail
from desktop.core.text import format_date
from desktop.gui.dialogs.case_editor_tabs import IntakeTab, OutcomeTab, PartiesTab, ProgressTab
from desktop.gui.errors import error_message
from desktop.gui.labels import label
from desktop.gui.operations import Change, Operations
from desktop.gui.widgets.buttons import label_standard_buttons


def _scrolled(tab: QWidget, widest: int = 0) -> QScrollArea:
    """A tab that scrolls when the screen is short (a 1366×768 laptop): the heading, the
    messages and the Save and Close buttons stay on the screen. A form is kept to `widest`
    pixels: in a maximised window its fields stay by their labels."""
    area = QScrollArea()
    area.setWidget(tab)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Not a stop of its own for Tab (an invisible one): it scrolls to the field Tab reaches.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if widest:
        tab.setMaximumWidth(widest)
    return area


# As wide as the editor first opens: its forms never stretch beyond the look they were made for.
FORM_WIDTH = 760


class CaseEditor(QDialog):
    changed = Signal(object)  # CaseDetail after every successful action
    document_requested = Signal(str, str)  # case id, case number

    def __init__(self, operations: Operations, hamlets=(), parent=None):
        super().__init__(parent)
        self._operations = operations
        self.case: CaseDetail | None = None
        self.setWindowTitle(self.tr("New case"))
        self.heading, self.message, self.dispute = QLabel(), QLabel(), QLabel()
        self.dispute.setWordWrap(True)
        self.dispute.hide()  # shown for a complicated or prolonged dispute (Thông tư 124/2021)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        self.message.setWordWrap(True)
        self.intake, self.parties = IntakeTab(), PartiesTab()
        self.progress_tab, self.outcome = ProgressTab(), OutcomeTab()
        self.intake.hamlet.addItems(list(hamlets))
        self.intake.hamlet.setCurrentText("")
        self.tabs = QTabWidget()
        for tab, title, widest in ((self.intake, self.tr("&1 Intake"), FORM_WIDTH),
                                   (self.parties, self.tr("&2 Parties"), 0),
                                   (self.progress_tab, self.tr("&3 Progress"), FORM_WIDTH),
                                   (self.outcome, self.tr("&4 Outcome"), FORM_WIDTH)):
            self.tabs.addTab(_scrolled(tab, widest), title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        label_standard_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.dispute, self.tabs, self.message, self.buttons):
            layout.addWidget(widget)
        self._connect()
        self.parties.add_row()
        self._refresh_state()
        self.mark_clean()
        room = self.screen().availableGeometry()  # a 1366×768 laptop, or 1280×720 at 125 %
        self.resize(min(FORM_WIDTH, room.width()), min(640, room.height() - 40))
        operations.run_query(self, team_register.mediator_choices,
                             self.progress_tab.offer_mediators)

    # -- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.progress_tab.scope_button.clicked.connect(self._record_scope)
        self.progress_tab.assign_button.clicked.connect(self._assign)
        self.progress_tab.session_button.clicked.connect(self._add_session)
        self.outcome.end_button.clicked.connect(self._end)
        self.outcome.followup_button.clicked.connect(self._followup)
        self.outcome.document_button.clicked.connect(
            lambda: self.document_requested.emit(self.case.id, self.case.case_no)
            if self.case else None)

    @property
    def dirty(self) -> bool:
        """Whether the intake and parties differ from what was last shown as saved (compared
        as the document a save would send: moving through a field, or an empty party row,
        changes nothing)."""
        return self.intake_document() != self._saved_document

    def mark_clean(self) -> None:
        """Take what is shown as the saved state: closing asks nothing."""
        self._saved_document = self.intake_document()

    # -- intake <-> widgets -------------------------------------------------------------------
    def intake_document(self) -> dict:
        """The intake and parties as the same JSON object `tuquan case add` takes."""
        tab = self.intake
        document = {
            "received_date": tab.received.date().toPython().isoformat(),
            "basis": tab.basis.currentData(), "scope_category": tab.category.currentData(),
            "hamlet": tab.hamlet.currentText().strip(), "main_content": tab.content.toPlainText(),
            "notes": tab.notes.toPlainText(), "parties": self.parties.party_list(),
            "immediate_on_scene": tab.immediate.isChecked(),
            "parties_agreed_other_time": tab.other_time.isChecked(),
            "risk_of_violence": tab.violence.isChecked(),
            "signs_of_violation": tab.violation.isChecked(),
        }
        for flag, when, to in (("risk_of_violence", tab.violence_at, tab.violence_to),
                               ("signs_of_violation", tab.violation_at, tab.violation_to)):
            if document[flag]:
                prefix = "violence" if flag == "risk_of_violence" else "violation"
                # toPython() gives a datetime here; its stub says object
                document[f"{prefix}_reported_at"] = cast(datetime, when.dateTime().toPython()).isoformat()
                document[f"{prefix}_reported_to"] = to.text()
        if self.case and self.case.status in ("ENDED", "OUT_OF_SCOPE"):
            document = {"notes": document["notes"]}  # a closed case keeps its intake
        return document | self._agreement_terms()  # …but not its agreement's terms

    def _agreement_terms(self) -> dict:
        """The witnesses, and the agreement and its terms as typed (saved, or sent on ending)."""
        outcome = self.outcome
        deadline = outcome.deadline_date.date().toPython() if outcome.has_deadline.isChecked() else None
        return {"witnesses": outcome.witnesses.text(),
                "agreement_or_demands": outcome.agreement.toPlainText(),
                "implementation_method": outcome.method.toPlainText(),
                "implementation_deadline": deadline.isoformat() if deadline else None}

    def populate(self, case: CaseDetail) -> None:
        """Show a case as stored; the editor is clean afterwards."""
        self.case = case
        tab = self.intake
        tab.received.setDate(QDate(case.received_date))
        tab.basis.setCurrentIndex(tab.basis.findData(case.basis))
        tab.category.setCurrentIndex(tab.category.findData(case.scope_category))
        tab.hamlet.setCurrentText(case.hamlet)
        tab.content.setPlainText(case.main_content)
        tab.notes.setPlainText(case.notes)
        tab.immediate.setChecked(case.immediate_on_scene)
        tab.other_time.setChecked(case.parties_agreed_other_time)
        for edit, when in ((tab.violence_at, case.violence_reported_at),
                           (tab.violation_at, case.violation_reported_at)):
            if when:
                edit.setDateTime(QDateTime(when))
        tab.violence.setChecked(case.risk_of_violence)
        tab.violence_to.setText(case.violence_reported_to or "")
        tab.violation.setChecked(case.signs_of_violation)
        tab.violation_to.setText(case.violation_reported_to or "")
        self.parties.table.setRowCount(0)
        for party in case.parties:
            self.parties.add_row(party.full_name, party.birth_year, party.address, party.kind)
        self._show_progress(case)
        self._refresh_state()
        self.mark_clean()
        case_id = case.id
        self._operations.run_query(self, lambda uow: disputes.dispute_flags(
            uow, case_ids=[case_id]).get(case_id), self._show_dispute)

    def _show_dispute(self, flags) -> None:
        """Say why the case counts as a complicated or prolonged dispute, if it does."""
        reasons = []
        if flags is not None and flags.prolonged:
            reasons.append(self.tr("not ended after %1 days").replace("%1", str(flags.days_open)))
        if flags is not None and flags.repeated:
            reasons.append(self.tr("the same parties as an earlier case within a year (%1)")
                           .replace("%1", ", ".join(flags.earlier_cases) or "…"))
        self.dispute.setText(self.tr("Complicated or prolonged dispute: %1")
                             .replace("%1", "; ".join(reasons)) if reasons else "")
        self.dispute.setVisible(bool(reasons))

    def _show_progress(self, case: CaseDetail) -> None:
        tab, outcome = self.progress_tab, self.outcome
        tab.scope_check.setCurrentIndex(tab.scope_check.findData(case.scope_check))
        tab.mediators.clear()
        for mediator in case.mediators:
            state = self.tr(" (replaced)") if mediator.replaced_on else ""
            role = self.tr(" — invited") if mediator.role == "INVITED" else ""
            tab.mediators.addItem(f"{mediator.name}{role}{state} · {format_date(mediator.assigned_on)}")
        tab.sessions.clear()
        for session in case.sessions:
            tab.sessions.addItem(f"{format_date(session.held_on)} {session.place} {session.summary}")
        outcome.agreement.setPlainText(case.agreement_or_demands)
        outcome.method.setPlainText(case.implementation_method)
        outcome.has_deadline.setChecked(case.implementation_deadline is not None)
        if case.implementation_deadline:
            outcome.deadline_date.setDate(QDate(case.implementation_deadline))
        outcome.witnesses.setText(case.witnesses)
        outcome.result.setText(label(case.result) or "—")
        outcome.deadline.setText(format_date(case.recognition_deadline) or "—")

    def _refresh_state(self) -> None:
        case = self.case
        if case is None:
            self.heading.setText(self.tr("New case"))
        else:
            self.setWindowTitle(case.case_no)
            result = f" — {label(case.result)}" if case.result else ""
            self.heading.setText(f"{case.case_no} · {label(case.status)}{result}")
        warnings = [label(w) for w in (case.warnings if case else ())]
        self.message.setStyleSheet("color: #8a5a00")
        self.message.setText("\n".join(warnings))
        saved = case is not None
        closed = case is not None and case.status in ("ENDED", "OUT_OF_SCOPE")
        for page in (self.progress_tab, self.outcome):
            page.setEnabled(saved)
        for button in (self.progress_tab.scope_button, self.progress_tab.assign_button,
                       self.progress_tab.session_button):
            button.setEnabled(saved and not closed)
        self.outcome.end_button.setEnabled(case is not None and case.status == "IN_PROGRESS")
        successful = case is not None and case.result == "SUCCESSFUL"
        for button in (self.outcome.followup_button, self.outcome.document_button):
            button.setEnabled(successful)
        self.parties.setEnabled(not closed)
        tab = self.intake
        for widget in (tab.received, tab.basis, tab.category, tab.hamlet, tab.content,
                       tab.immediate, tab.other_time, tab.violence, tab.violence_at,
                       tab.violence_to, tab.violation, tab.violation_at, tab.violation_to):
            widget.setEnabled(not closed)  # a closed case keeps its intake; notes stay open

    def set_hamlets(self, hamlets: tuple[str, ...]) -> None:
        """A new hamlet list (the installation's changed): what is typed or chosen stays."""
        combo = self.intake.hamlet
        with QSignalBlocker(combo):
            current = combo.currentText()
            combo.clear()
            combo.addItems(list(hamlets))
            combo.setCurrentText(current)

    # -- actions ------------------------------------------------------------------------------
    def _saved_case_id(self) -> str:
        assert self.case is not None  # the progress and outcome tabs are enabled once it is saved
        return self.case.id

    def _change_case(self, op, on_done=None) -> None:
        """One user action on this case: the editor waits for it, then shows the case as saved."""
        self.setEnabled(False)
        self._operations.run_op(self, op, lambda detail: self._done(detail, on_done),
                                changes=Change.CASES, on_error=self._failed)

    def _done(self, detail: CaseDetail, on_done) -> None:
        self.setEnabled(True)
        self.populate(detail)
        self.changed.emit(detail)
        if on_done:
            on_done()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(error_message(error))

    def save(self, on_done=None) -> None:
        try:
            data = case_input_from_json(self.intake_document())
        except Exception as error:  # InvalidInput: shown like any refusal from the core
            self._failed(error)
            return
        if self.case is None:
            self._change_case(lambda uow: cases.create_case(uow, data=data), on_done)
        else:
            case_id = self.case.id
            self._change_case(lambda uow: cases.update_case(uow, case_ref=case_id, data=data),
                              on_done)

    def _record_scope(self) -> None:
        tab = self.progress_tab
        self._change_case(partial(progress.check_scope, case_ref=self._saved_case_id(),
                                  check=tab.scope_check.currentData(),
                                  exclusion=tab.exclusion.currentData(), note=tab.scope_note.text()))

    def _assign(self) -> None:
        tab = self.progress_tab
        self._change_case(partial(progress.assign_mediator, case_ref=self._saved_case_id(),
                                  mediator=tab.chosen_mediator(),
                                  no_conflict_confirmed=tab.no_conflict.isChecked(),
                                  role="INVITED" if tab.invited.isChecked() else "MEDIATOR"))

    def _add_session(self) -> None:
        tab = self.progress_tab
        self._change_case(partial(progress.record_session, case_ref=self._saved_case_id(),
                                  held_on=tab.session_date.date().toPython(),
                                  place=tab.session_place.text(),
                                  summary=tab.session_summary.toPlainText()))

    def _end(self) -> None:
        try:
            terms = case_input_from_json(self._agreement_terms())
        except Exception as error:  # InvalidInput: shown like any refusal from the core
            self._failed(error)
            return
        tab = self.outcome
        self._change_case(partial(progress.end_case, case_ref=self._saved_case_id(),
                                  end_reason=tab.end_reason.currentData(),
                                  ended_on=tab.end_date.date().toPython(),
                                  agreement_or_demands=terms.agreement_or_demands,
                                  implementation_method=terms.implementation_method,
                                  implementation_deadline=terms.implementation_deadline))

    def _followup(self) -> None:
        tab = self.outcome
        self._change_case(partial(progress.record_followup, case_ref=self._saved_case_id(),
                                  followed_on=tab.followup_date.date().toPython(),
                                  implementation_status=tab.followup_status.currentData(),
                                  note=tab.followup_note.text()))

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.dirty and not self._confirm_discard():
            event.ignore()
            return
        event.accept()
        # Closed for good: `finished` tells the window's list of editors to forget this one,
        # so unlocking brings back only the editors the lock hid.
        super().done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Esc goes through the same question
        self.close()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this case?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save(on_done=self.close)
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.mark_clean()
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
