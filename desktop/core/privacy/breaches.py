"""The breach log (R-PRIV-07): what happened, the 72-hour countdown, and a pre-filled notice."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from db import clock
from db.models import Breach
from db.repositories import privacy as privacy_repository
from db.repositories.installation import get_team, opened_installation
from db.unit_of_work import UnitOfWork
from desktop.core.audit import AuditAction, authorize, record_event
from desktop.core.errors import InvalidInput, NotFound
from desktop.core.roles import Permission
from desktop.core.text import format_document_date, nfc

NOTIFY_WITHIN = timedelta(hours=72)


@dataclass(frozen=True)
class BreachView:
    id: str
    detected_at: datetime
    description: str
    affected_records: int
    data_categories: str
    measures: str
    notified_at: datetime | None
    notify_by: datetime
    hours_left: float


def _view(row: Breach, now: datetime) -> BreachView:
    notify_by = row.detected_at + NOTIFY_WITHIN
    left = 0.0 if row.notified_at else (notify_by - now).total_seconds() / 3600
    return BreachView(row.id, row.detected_at, row.description, row.affected_records,
                      row.data_categories, row.measures, row.notified_at, notify_by, left)


def record_breach(uow: UnitOfWork, *, detected_at: datetime, description: str, affected_records: int = 0,
                  data_categories: str = "", measures: str = "") -> BreachView:
    """Log a breach (a lost laptop is the usual one); the countdown starts at detection."""
    authorize(uow, Permission.MANAGE_PRIVACY)
    if not nfc(description):
        raise InvalidInput(field="description", problem="required")
    row = Breach(detected_at=detected_at, description=nfc(description),
                 affected_records=max(int(affected_records), 0),
                 data_categories=nfc(data_categories), measures=nfc(measures))
    privacy_repository.store_breach(uow.session, row)
    record_event(uow, AuditAction.BREACH_RECORDED, target_type="breach", target_id=row.id)
    result = _view(row, clock.local_now())
    uow.commit()
    return result


def mark_notified(uow: UnitOfWork, *, breach_id: str, notified_at: datetime) -> BreachView:
    authorize(uow, Permission.MANAGE_PRIVACY)
    row = privacy_repository.get_breach(uow.session, breach_id)
    if row is None:
        raise NotFound(what="Breach", name=breach_id)
    row.notified_at = notified_at
    record_event(uow, AuditAction.BREACH_NOTIFIED, target_type="breach", target_id=row.id)
    result = _view(row, clock.local_now())
    uow.commit()
    return result


def list_breaches(uow: UnitOfWork, *, now: datetime | None = None) -> list[BreachView]:
    authorize(uow, Permission.MANAGE_PRIVACY)
    return [_view(row, now or clock.local_now())
            for row in privacy_repository.list_breaches(uow.session)]


def breach_notice(uow: UnitOfWork, *, breach_id: str) -> str:
    """A notice to the data-protection authority, filled in from the log (to be checked)."""
    view = next((b for b in list_breaches(uow) if b.id == breach_id), None)
    if view is None:
        raise NotFound(what="Breach", name=breach_id)
    installation = opened_installation(uow.session)
    team = get_team(uow.session, installation.own_team_id) if installation.own_team_id else None
    return "\n".join([
        "THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN",
        f"Kính gửi: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) — "
        f"Bộ Công an; Công an {installation.commune_name}.",
        f"Đơn vị: {team.name if team else installation.unit_name}, {installation.commune_name}, "
        f"{installation.province_name}.",
        f"Thời điểm phát hiện: {view.detected_at:%H:%M}, {format_document_date(view.detected_at)}.",
        f"Mô tả sự việc: {view.description}",
        f"Số bản ghi bị ảnh hưởng (ước tính): {view.affected_records}.",
        f"Loại dữ liệu bị ảnh hưởng: {view.data_categories or '…'}.",
        "Dữ liệu trên máy được mã hóa toàn bộ (SQLCipher, khóa bảo vệ bằng Argon2id).",
        f"Biện pháp đã thực hiện: {view.measures or '…'}.",
        "Người liên hệ: ……………………  Điện thoại: ……………………",
    ])

