"""Today's work, as the overview lists it: what waits for this team or desk, one line a kind."""

from db import clock
from db.repositories import installation as installation_repository
from db.unit_of_work import UnitOfWork
from desktop.core.audit import authorize
from desktop.core.backups.copies import list_backups
from desktop.core.backups.offsite import last_offsite_backup
from desktop.core.errors import NotInitialised
from desktop.core.paths import AppPaths
from desktop.core.roles import MODE_TEAM, Permission, can
from desktop.core.todo.items import BACKUP_AGE_DAYS, OFFSITE_BACKUP_AGE_DAYS, TodoItem, TodoKind
from desktop.core.todo.receiver import receiver_lines
from desktop.core.todo.team import bundle_lines, case_lines, month_lines, request_lines

KIND_ORDER = {kind: position for position, kind in enumerate(TodoKind)}


def backup_lines(uow: UnitOfWork, paths: AppPaths | None) -> list[TodoItem]:
    """The latest backup when it is not today's, or none at all (a database on a server keeps
    its own backups: nothing to say then)."""
    if paths is None or paths.database_url() is not None \
            or not can(uow.actor, Permission.MANAGE_BACKUPS):
        return []
    backups = list_backups(paths)
    if not backups:
        return [TodoItem(TodoKind.BACKUP_OLD, 0)]
    latest = clock.local_date_of(backups[-1].created_at)
    age = (clock.today() - latest).days
    return [TodoItem(TodoKind.BACKUP_OLD, age, latest)] if age >= BACKUP_AGE_DAYS else []


def offsite_backup_lines(uow: UnitOfWork, paths: AppPaths | None) -> list[TodoItem]:
    """A team's data not taken off the laptop for a month, or never: what a lost laptop loses."""
    if paths is None or paths.database_url() is not None \
            or not can(uow.actor, Permission.MANAGE_BACKUPS):
        return []
    last = last_offsite_backup(uow)
    if last is None:
        return [TodoItem(TodoKind.OFFSITE_BACKUP_OLD, 0)]
    age = (clock.today() - last.made_at.date()).days
    return [TodoItem(TodoKind.OFFSITE_BACKUP_OLD, age, last.made_at.date())] \
        if age >= OFFSITE_BACKUP_AGE_DAYS else []


def list_todo(uow: UnitOfWork, *, paths: AppPaths | None = None) -> list[TodoItem]:
    """Today's work for the actor, by kind (see TodoKind), only what their role may act on;
    `paths` gives the backups folder (without it, backups are not looked at)."""
    authorize(uow, Permission.VIEW_DASHBOARD)
    installation = installation_repository.get_installation(uow.session)
    if installation is None:
        raise NotInitialised(data_dir="this database")
    today = clock.today()
    if installation.mode == MODE_TEAM:
        set_up_on = clock.local_date_of(installation.created_at)
        lines = (case_lines(uow, today) + request_lines(uow, today)
                 + month_lines(uow, today, set_up_on) + bundle_lines(uow, today, set_up_on)
                 + offsite_backup_lines(uow, paths))
    else:
        lines = receiver_lines(uow, today)
    lines += backup_lines(uow, paths)
    return sorted(lines, key=lambda line: KIND_ORDER[line.kind])
