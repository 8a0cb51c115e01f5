"""Who is acting, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from caseapp.domain.errors import NotAllowed


class Can(StrEnum):
    READ_CASE = "read_case"
    EDIT_CASE = "edit_case"
    VIEW_CPR = "view_cpr"
    VIEW_FIGURES = "view_figures"
    EDIT_CONTRACT = "edit_contract"
    MAKE_REPORTS = "make_reports"
    IMPORT = "import"
    EXPORT_FULL = "export_full"
    EXPORT_PSEUDONYMISED = "export_pseudonymised"
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"
    READ_AUDIT = "read_audit"
    ERASE = "erase"


_CASE = {Can.READ_CASE, Can.EDIT_CASE, Can.VIEW_CPR}

ROLE_PERMISSIONS: dict[str, frozenset[Can]] = {
    "caseworker": frozenset(_CASE),
    "coordinator": frozenset(_CASE | {Can.VIEW_FIGURES, Can.EXPORT_PSEUDONYMISED}),
    "team_lead": frozenset(
        _CASE
        | {
            Can.VIEW_FIGURES,
            Can.EDIT_CONTRACT,
            Can.MAKE_REPORTS,
            Can.IMPORT,
            Can.EXPORT_FULL,
            Can.EXPORT_PSEUDONYMISED,
            Can.BACKUP,
            Can.READ_AUDIT,
            Can.ERASE,
        }
    ),
    # Evaluators see figures and pseudonymised data only, never a person's file.
    "evaluator": frozenset({Can.VIEW_FIGURES, Can.EXPORT_PSEUDONYMISED}),
    # Administrators keep the system running; they do not read case files.
    "admin": frozenset(
        {
            Can.MANAGE_ACCOUNTS,
            Can.IMPORT,
            Can.EXPORT_FULL,
            Can.EXPORT_PSEUDONYMISED,
            Can.BACKUP,
            Can.READ_AUDIT,
            Can.ERASE,
        }
    ),
}


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    role: str

    def can(self, what: Can) -> bool:
        return what in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, what: Can) -> None:
        if not self.can(what):
            raise NotAllowed(
                "{key} ({role}) may not {action}",
                key=self.key,
                role=self.role,
                action=what.value.replace("_", " "),
            )


# The program itself, for work no person starts (schema upgrades, first set-up).
SYSTEM = Actor("system", "caseapp", "admin")
