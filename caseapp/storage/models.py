"""The tables of a case database, as typed SQLAlchemy 2 models.

Codes are stored as the English strings of `caseapp.domain.codes`; the service layer validates
them. Dates are calendar dates; contact times are Danish local time without a zone, as in the
dataset format. Personal data lives in `Participant` and in free-text notes; everything else is
the anonymous facts that outcome figures rest on.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseapp.storage.base import Base, Record, UTCDateTime, utcnow


class Staff(Record):
    """A member of staff, and their account when they have a password."""

    __tablename__ = "staff"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Project(Record):
    __tablename__ = "project"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    # The contract as in the dataset format (outcome-rules.md); its history is in ContractRevision.
    contract: Mapped[dict[str, object] | None] = mapped_column(JSON)
    # Case workers see only the participants they are key worker for (need to know, narrowed).
    own_caseload_only: Mapped[bool] = mapped_column(Boolean, default=False)

    revisions: Mapped[list[ContractRevision]] = relationship(
        back_populates="project", order_by="ContractRevision.revision"
    )


class ContractRevision(Base):
    """Every version a project's contract has had, so past reports stay explainable."""

    __tablename__ = "contract_revision"
    __table_args__ = (UniqueConstraint("project_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    contract: Mapped[dict[str, object] | None] = mapped_column(JSON)
    changed_by: Mapped[str | None] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="revisions")


class Participant(Record):
    __tablename__ = "participant"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    cpr: Mapped[str | None] = mapped_column(String(11))
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    # Set when the personal data was erased (GDPR); the anonymous facts stay.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Enrolment.referred_on"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Contact.at"
    )
    housing: Mapped[list[HousingSpell]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="HousingSpell.start"
    )
    activities: Mapped[list[ActivitySpell]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="ActivitySpell.start"
    )
    supports: Mapped[list[Support]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Support.start"
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Goal.created_on"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Task.due_on"
    )

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.key


class Enrolment(Record):
    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("participant_id", "project_id"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    referred_on: Mapped[date] = mapped_column(Date)
    referral_source: Mapped[str | None] = mapped_column(String(20))
    intake_on: Mapped[date | None] = mapped_column(Date)
    consent_on: Mapped[date | None] = mapped_column(Date)
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    exited_on: Mapped[date | None] = mapped_column(Date)
    exit_reason: Mapped[str | None] = mapped_column(String(20))
    key_worker_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )

    participant: Mapped[Participant] = relationship(back_populates="enrolments")
    project: Mapped[Project] = relationship()
    key_worker: Mapped[Staff | None] = relationship()

    @property
    def status(self) -> str:
        if self.exited_on is not None:
            return "exited"
        if self.enrolled_on is not None:
            return "enrolled"
        return "referred"


class Contact(Record):
    __tablename__ = "contact"
    # The council report groups a project's contacts by mode, place and topics: the second index
    # holds them in that order with everything counted, so a project with most of the database's
    # people is grouped from the index alone, without sorting a million rows; the third finds
    # contacts dated after a day without reading them all.
    __table_args__ = (
        Index("ix_contact_participant_at", "participant_id", "at"),
        Index(
            "ix_contact_grouped",
            "mode",
            "location",
            "topics",
            "participant_id",
            "at",
            "duration_min",
        ),
        Index("ix_contact_at", "at"),
    )

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(20))
    location: Mapped[str | None] = mapped_column(String(20))
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    # Topic codes joined by commas, in the order of codes.CONTACT_TOPICS.
    topics: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str | None] = mapped_column(Text)

    participant: Mapped[Participant] = relationship(back_populates="contacts")
    staff: Mapped[Staff | None] = relationship()

    @property
    def topic_list(self) -> list[str]:
        return [t for t in self.topics.split(",") if t]


class _Spell(Record):
    __abstract__ = True

    type: Mapped[str] = mapped_column(String(30))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class HousingSpell(_Spell):
    __tablename__ = "housing_spell"
    __table_args__ = (Index("ix_housing_spell_participant_start", "participant_id", "start"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    address: Mapped[str | None] = mapped_column(String(300))

    participant: Mapped[Participant] = relationship(back_populates="housing")


class ActivitySpell(_Spell):
    __tablename__ = "activity_spell"
    __table_args__ = (Index("ix_activity_spell_participant_start", "participant_id", "start"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    employer: Mapped[str | None] = mapped_column(String(200))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str | None] = mapped_column(String(500))

    participant: Mapped[Participant] = relationship(back_populates="activities")


class Support(_Spell):
    __tablename__ = "support"
    __table_args__ = (Index("ix_support_participant_start", "participant_id", "start"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    provider: Mapped[str | None] = mapped_column(String(200))

    participant: Mapped[Participant] = relationship(back_populates="supports")


class Goal(Record):
    """A goal in the participant's action plan (handleplan)."""

    __tablename__ = "goal"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(20))
    created_on: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    achieved_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    participant: Mapped[Participant] = relationship(back_populates="goals")


class Task(Record):
    __tablename__ = "task"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    assigned_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    participant: Mapped[Participant] = relationship(back_populates="tasks")
    assigned_to: Mapped[Staff | None] = relationship()


class AuditEntry(Base):
    """Who did what to whose data, when. Append-only; each entry's hash chains to the previous."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_participant_at", "participant_key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    account: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(40))
    participant_key: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Database-wide settings (retention period, idle lock, ...), as text values."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SPELL_MODELS = {"housing": HousingSpell, "activities": ActivitySpell, "supports": Support}


class Draft(Base):
    """What an account was typing and has not saved yet (a note, a form), so it survives a crash.

    Kept inside the database, so it is as safe as the records (encrypted with the database when
    that is), in its backups, and erased with the person it is about.
    """

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("account", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    participant_key: Mapped[str | None] = mapped_column(String(64), index=True)
    data: Mapped[str] = mapped_column(Text)  # JSON: the form's values as typed
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Consent(Record):
    """A participant's consent: when it was given, what it covers, and when it runs out."""

    __tablename__ = "consent"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[date] = mapped_column(Date)
    # Scope codes joined by commas, in the order of codes.CONSENT_SCOPES.
    covers: Mapped[str] = mapped_column(String(200), default="")
    expires_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Document(Record):
    """A file kept with a person (a payslip, a flex-job agreement, a signed consent, a lease),
    inside the database so it is encrypted, backed up and erased with everything else; evidence
    names the spell it documents."""

    __tablename__ = "document"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(String(20))
    # The spell (kind and id) a document is evidence for, if any.
    spell_kind: Mapped[str | None] = mapped_column(String(20))
    spell_id: Mapped[int | None] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str | None] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ProjectGrant(Base):
    """An account's access to one project: who is on the project's team (need to know)."""

    __tablename__ = "project_grant"
    __table_args__ = (UniqueConstraint("staff_id", "project_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    granted_by: Mapped[str | None] = mapped_column(String(64))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScopeBreak(Base):
    """A file opened outside one's access, with the reason given ("break the glass").

    The audit log holds the same event; this row is what the team lead reviews and marks.
    """

    __tablename__ = "scope_break"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    account: Mapped[str] = mapped_column(String(64), index=True)
    participant_key: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- field laptops: the outbox on a laptop, devices, applied operations and conflicts --------


class OutboxOp(Base):
    """One change made on a field laptop, waiting to be sent to the team server.

    Written in the same transaction as the change itself (`storage.outbox`); `before` and
    `after` hold the changed fields' values in their portable form (keys, ISO dates)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    account: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(30))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    participant_key: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[dict[str, object] | None] = mapped_column(JSON)
    after: Mapped[dict[str, object] | None] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(Integer)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Device(Base):
    """A laptop checked out from this (team server) database."""

    __tablename__ = "device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), unique=True)
    account: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(100))
    checked_out_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(64))


class AppliedOp(Base):
    """An operation of a laptop the server has applied: sent again, it is not applied twice."""

    __tablename__ = "applied_op"

    op_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What became of it: {"applied": [fields], "conflicts": [fields]}.
    result: Mapped[dict[str, object] | None] = mapped_column(JSON)


class SyncConflict(Base):
    """A field changed in two places: applied nowhere, both values kept until a person decides.

    Values are stored as {"v": value}, so that an emptied field (None) is a value too."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_uuid: Mapped[str] = mapped_column(String(36))
    participant_key: Mapped[str | None] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    server_value: Mapped[dict[str, object]] = mapped_column(JSON)
    laptop_value: Mapped[dict[str, object]] = mapped_column(JSON)
    server_changed_by: Mapped[str | None] = mapped_column(String(64))
    server_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    laptop_changed_by: Mapped[str] = mapped_column(String(64))
    laptop_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[dict[str, object] | None] = mapped_column(JSON)


class DeliveredReport(Base):
    """A council report as delivered: the PDF byte for byte, the figures it printed (JSON), the
    fingerprint of its inputs and the head of the audit chain when it was made."""

    __tablename__ = "delivered_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_key: Mapped[str] = mapped_column(String(64), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    lang: Mapped[str] = mapped_column(String(2))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_by: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    audit_head: Mapped[str] = mapped_column(String(64))
    figures: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
