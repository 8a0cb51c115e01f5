"""The laptops checked out from a team server, and revoking one (a lost or stolen laptop): a
revoked laptop can no longer sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import NotAllowed, NotFound, Problem, ValidationFailed
from caseapp.services import audit, scope
from caseapp.services.actor import Actor, Can
from caseapp.storage.base import utcnow
from caseapp.storage.models import Device, ProjectGrant, Staff


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    account: str
    name: str
    scope: str
    checked_out_at: datetime
    last_sync_at: datetime | None
    revoked_at: datetime | None
    revoked_by: str | None


def _team(session: Session, actor: Actor) -> set[str] | None:
    """The accounts whose laptops `actor` oversees: all (an administrator), the team of a
    lead's projects, or only their own."""
    if actor.can(Can.MANAGE_ACCOUNTS):
        return None
    if actor.role == "team_lead":
        me = scope.staff_id(session, actor)
        return set(
            session.scalars(
                select(Staff.key)
                .join(ProjectGrant, ProjectGrant.staff_id == Staff.id)
                .where(ProjectGrant.project_id.in_(scope.granted_projects(me)))
            )
        ) | {actor.key}
    return {actor.key}


def list_devices(session: Session, actor: Actor) -> list[DeviceRow]:
    team = _team(session, actor)
    query = select(Device).order_by(Device.checked_out_at)
    if team is not None:
        query = query.where(Device.account.in_(sorted(team)))
    return [
        DeviceRow(
            d.device_id,
            d.account,
            d.name,
            d.scope,
            d.checked_out_at,
            d.last_sync_at,
            d.revoked_at,
            d.revoked_by,
        )
        for d in session.scalars(query)
    ]


def revoke(session: Session, actor: Actor, ident: str) -> DeviceRow:
    """Revoke a laptop by (the start of) its id: an administrator, or the team's lead."""
    if not (actor.can(Can.MANAGE_ACCOUNTS) or actor.role == "team_lead"):
        raise NotAllowed("{key} ({role}) may not revoke laptops", key=actor.key, role=actor.role)
    found = [d for d in list_devices(session, actor) if d.device_id.startswith(ident)]
    if len(found) != 1:
        raise NotFound("That laptop is not one of your team's.")
    device = session.scalar(select(Device).where(Device.device_id == found[0].device_id))
    assert device is not None
    if device.revoked_at is not None:
        raise ValidationFailed(
            Problem("device", "revoked already by {revoked_by}", revoked_by=device.revoked_by)
        )
    device.revoked_at, device.revoked_by = utcnow(), actor.key
    session.flush()
    audit.record(session, actor, "revoked_device", detail=f"{device.device_id} {device.account}")
    return next(d for d in list_devices(session, actor) if d.device_id == device.device_id)
