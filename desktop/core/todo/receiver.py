"""A desk's lines of today's work: teams whose month's bundle is missing, teams with a gap or a
refused contradicting bundle (a fork), and escalated items that came in since the list of
them was last opened."""

import json
from datetime import date, timedelta

from db import clock
from db.repositories import audit as audit_repository
from db.repositories import bundles as bundle_store
from db.unit_of_work import Session, UnitOfWork
from desktop.core.audit import AuditAction
from desktop.core.bundles.completeness import completeness, due_date
from desktop.core.bundles.escalated import count_escalated
from desktop.core.monthly_report.periods import Month
from desktop.core.roles import Permission, can
from desktop.core.todo.items import FORK_NOTICE_DAYS, TodoItem, TodoKind


def latest_month_due(today: date) -> Month:
    """The latest month whose bundle is due by now (due on REPORT_DUE_DAY of the next month)."""
    month = Month.of(today).shifted(-1)
    return month if today > due_date(month) else month.shifted(-1)


def _grid_lines(uow: UnitOfWork, today: date) -> list[TodoItem]:
    month = latest_month_due(today)
    grid = completeness(uow, last=month, months=1, today=today)
    teams = [row for row in grid.teams if not row.revoked]
    missing = sum(row.cells[str(month)] == "missing" for row in teams)
    gaps = sum(bool(row.missing_seqs) for row in teams)
    lines = [TodoItem(TodoKind.TEAMS_MISSING_BUNDLE, missing, month.first_day)] if missing else []
    return lines + ([TodoItem(TodoKind.TEAMS_WITH_GAPS, gaps)] if gaps else [])


def _fork_lines(session: Session) -> list[TodoItem]:
    since = clock.utc_now() - timedelta(days=FORK_NOTICE_DAYS)
    recent = [alert for alert in bundle_store.all_alerts(session) if alert.seen_at >= since]
    if not recent:
        return []
    first = min(clock.local_date_of(alert.seen_at) for alert in recent)
    return [TodoItem(TodoKind.TEAMS_WITH_FORKS, len({alert.team_id for alert in recent}), first)]


def _escalation_lines(session: Session) -> list[TodoItem]:
    """The escalated items beyond those the list held when it was last opened. Nothing new can
    be there unless a bundle arrived since, so the items are counted only then."""
    viewed = audit_repository.last_event_of(session, AuditAction.ESCALATED_LIST_VIEWED.value)
    arrived = bundle_store.last_received_at(session)
    if arrived is None or (viewed is not None and viewed.occurred_at >= arrived):
        return []
    seen = int(json.loads(viewed.details).get("items", 0)) if viewed is not None else 0
    new = count_escalated(session) - seen
    return [TodoItem(TodoKind.ESCALATIONS_NOT_VIEWED, new)] if new > 0 else []


def receiver_lines(uow: UnitOfWork, today: date) -> list[TodoItem]:
    if not can(uow.actor, Permission.VIEW_RECEIVED):
        return []
    return _grid_lines(uow, today) + _fork_lines(uow.session) + _escalation_lines(uow.session)
