"""The ledger's reason codes as sentences a case worker can read out: why a week earned what it
did, what the metric pays for, and the rule in the outcome rules that says so."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from caseapp.gui import i18n
from caseapp.gui.i18n import tr
from caseapp.gui.outcomes import numbers
from caseapp.gui.outcomes.ledger_loading import LedgerAnswer
from caseapp.outcomes import (
    ActivitySpell,
    ActivitySustainedMetric,
    HousingSpell,
    HousingSustainedMetric,
    LedgerNote,
    LedgerRow,
    WeeklyActivityMetric,
)


def rule_text(rule: str | None) -> str:
    """ "rule 4" -> "Rule 4" / "Regel 4"."""
    if not rule:
        return ""
    return tr("Rule {number}").format(number=rule.removeprefix("rule").strip())


def _types(group: str, codes: Iterable[str]) -> str:
    return ", ".join(i18n.code(group, c) for c in codes)


def spell_text(spell: ActivitySpell | HousingSpell) -> str:
    """'Ordinary job, 20 hours a week, verified, 06-03-2023 – 04-06-2023'."""
    end = numbers.day(spell.end) if spell.end else tr("open")
    period = f"{numbers.day(spell.start)} – {end}"
    if isinstance(spell, HousingSpell):
        return f"{i18n.code('housing', spell.type)}, {period}"
    hours = (
        tr("hours not recorded")
        if spell.hours_per_week is None
        else tr("{hours} hours a week").format(hours=numbers.whole(spell.hours_per_week))
    )
    checked = tr("verified") if spell.verified else tr("not verified")
    return f"{i18n.code('activity', spell.type)}, {hours}, {checked}, {period}"


def requirements(answer: LedgerAnswer) -> str:
    """What the metric pays for, in one paragraph (the contract's side of every answer)."""
    m, cur = answer.metric, answer.currency
    parts: list[str] = []
    if isinstance(m, WeeklyActivityMetric):
        tariffs = ", ".join(
            f"{i18n.code('activity', code)} {numbers.amount(value, cur)}"
            for code, value in m.tariffs.items()
        )
        parts.append(tr("Pays per qualifying week: {tariffs}.").format(tariffs=tariffs))
    elif isinstance(m, ActivitySustainedMetric):
        parts.append(
            tr("Pays {amount} once after {weeks} qualifying weeks in a row of: {types}.").format(
                amount=numbers.amount(m.amount, cur),
                weeks=m.min_consecutive_weeks,
                types=_types("activity", m.activity_types),
            )
        )
    else:
        parts.append(
            tr("Pays {amount} once after {days} days in a row in: {types}.").format(
                amount=numbers.amount(m.amount, cur),
                days=m.min_days,
                types=_types("housing", m.housing_types),
            )
        )
    if not isinstance(m, HousingSustainedMetric):
        if m.min_hours_per_week:
            parts.append(
                tr("At least {hours} hours a week.").format(
                    hours=numbers.whole(m.min_hours_per_week)
                )
            )
        if m.require_verified:
            parts.append(tr("Only verified work or education counts."))
    if m.window_weeks is not None:
        parts.append(tr("Counts for {weeks} weeks from enrolment.").format(weeks=m.window_weeks))
    parts.append(
        tr("Nothing is earned after {day}.").format(day=numbers.day(answer.contract.payment_end))
    )
    if isinstance(m, WeeklyActivityMetric):
        if m.cap_weeks_per_participant is not None:
            parts.append(
                tr("At most {weeks} paid weeks per person.").format(
                    weeks=m.cap_weeks_per_participant
                )
            )
        if m.cap_amount_total is not None:
            parts.append(
                tr("At most {amount} for the whole project.").format(
                    amount=numbers.amount(m.cap_amount_total, cur)
                )
            )
    return " ".join(parts)


def explanation(answer: LedgerAnswer, row: LedgerRow) -> str:
    """Why this week earned what it did, in a sentence."""
    m = answer.metric
    if row.reason is None:
        return _qualified(answer, row)
    if row.reason == "outside_window":
        ledger = answer.ledger
        if ledger.window_first is None or ledger.window_last is None:
            return tr("Outside the payment window: the window is empty, so nothing can be earned.")
        first, last = ledger.window_first, ledger.window_last
        weeks = m.window_weeks
        if weeks is not None and last == first + timedelta(days=7 * weeks - 1):
            return tr(
                "After the window: this metric counts {weeks} weeks from enrolment, until {last}."
            ).format(weeks=weeks, last=numbers.day(last))
        if last == answer.contract.payment_end:
            return tr("After the contract's last payment day, {last}.").format(
                last=numbers.day(last)
            )
        return tr(
            "Outside the payment window ({first} – {last}): weeks count from enrolment until "
            "the window, the contract's last payment day or the as-of day ends."
        ).format(first=numbers.day(first), last=numbers.day(last))
    if row.reason == "no_activity":
        return tr("No work or education was recorded in this week.")
    if row.reason == "wrong_type":
        types = m.activity_types if not isinstance(m, HousingSustainedMetric) else ()
        return tr(
            "The work or education this week is not of a kind this metric pays for ({types})."
        ).format(types=_types("activity", types))
    if row.reason == "too_few_hours":
        hours = getattr(m, "min_hours_per_week", 0)
        return tr(
            "The work or education this week had fewer than the {hours} hours a week required."
        ).format(hours=numbers.whole(hours))
    if row.reason == "unverified":
        return tr(
            "The work or education this week is not verified (no evidence recorded); "
            "only verified weeks count."
        )
    if row.reason == "capped_participant":
        cap = getattr(m, "cap_weeks_per_participant", 0)
        return tr(
            "Qualified, but not paid: the person's first {weeks} qualifying weeks have already "
            "been paid (the cap per person)."
        ).format(weeks=cap)
    if row.reason == "no_housing":
        types = getattr(m, "housing_types", ())
        return tr("Not living in {types} in this week.").format(types=_types("housing", types))
    if row.reason == "not_counted":
        return tr("Not counted: the person is not enrolled in the project on the as-of day.")
    return i18n.message(row.reason)


def _qualified(answer: LedgerAnswer, row: LedgerRow) -> str:
    spells = "; ".join(spell_text(s) for s in row.spells)
    if isinstance(answer.metric, WeeklyActivityMetric):
        return tr("Paid for: {spells}.").format(spells=spells)
    if row.milestone:
        return tr("Run complete, paid once: {spells}.").format(spells=spells)
    return tr("Counts towards the run: {spells}.").format(spells=spells)


def note_text(answer: LedgerAnswer, note: LedgerNote) -> str:
    """A fact about the whole metric that touches this person (the project's total cap)."""
    if note.code == "capped_total":
        cap = getattr(answer.metric, "cap_amount_total", None)
        return tr(
            "The project reached its total cap of {amount} for this metric: in {quarters} the "
            "project was paid less than its weeks earned, this person's weeks included. The "
            "person's own figures are not reduced."
        ).format(amount=numbers.amount(cap, answer.currency), quarters=", ".join(note.quarters))
    if note.code == "not_counted":
        return tr("Not counted: the person is not enrolled in the project on the as-of day.")
    return note.code
