"""`caseapp record contact|set`: log a contact, or change a person's own fields, through the
same services and checks as the GUI's forms."""

from __future__ import annotations

import argparse

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import PERSON_FIELDS
from caseapp.services import case_records, participants, scope

# The fields `record set` may change: a person's own, not the key that names them.
SETTABLE = tuple(f for f in PERSON_FIELDS if f != "key")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("record", help="log a contact, or change a person's own fields")
    actions = p.add_subparsers(dest="record_command", metavar="ACTION", required=True)

    contact = actions.add_parser("contact", help="log a contact with a participant")
    contact.add_argument("--participant", required=True, metavar="KEY")
    contact.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM", help="local time")
    contact.add_argument("--mode", required=True, metavar="CODE", help="in_person, phone, ...")
    contact.add_argument("--location", metavar="CODE", help="home, office, outreach, ...")
    contact.add_argument("--topics", metavar="A,B", help="housing,employment,...")
    contact.add_argument("--minutes", metavar="N", help="how long the contact took")
    contact.add_argument("--note", help="what happened (read by your colleagues)")
    contact.set_defaults(func=run_contact)

    set_ = actions.add_parser("set", help="change a person's own fields")
    set_.add_argument("--participant", required=True, metavar="KEY")
    set_.add_argument(
        "changes", nargs="+", metavar="FIELD=VALUE", help=f"fields: {', '.join(SETTABLE)}"
    )
    set_.set_defaults(func=run_set)

    for q in (contact, set_):
        add_db_argument(q)
        add_user_argument(q)


def run_contact(args: argparse.Namespace) -> int:
    raw: dict[str, object] = {"at": args.at, "mode": args.mode}
    if args.location:
        raw["location"] = args.location
    if args.topics:
        raw["topics"] = [t.strip() for t in args.topics.split(",") if t.strip()]
    if args.minutes is not None:
        raw["duration_min"] = args.minutes
    if args.note:
        raw["note"] = args.note
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        raw["staff"] = actor.key
        record = case_records.add(session, actor, args.participant, "contact", raw)
        uuid = record.uuid
    print(f"Contact with {args.participant} logged ({uuid}).")
    return exits.DONE


def parse_changes(pairs: list[str]) -> dict[str, str | None]:
    """FIELD=VALUE pairs; an empty value clears the field. Every bad pair is named."""
    changes: dict[str, str | None] = {}
    problems = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep:
            problems.append(Problem(pair, "write FIELD=VALUE"))
        elif name not in SETTABLE:
            problems.append(
                Problem(name, "not a field of a person ({fields})", fields=", ".join(SETTABLE))
            )
        elif name in changes:
            problems.append(Problem(name, "given twice"))
        else:
            changes[name] = value if value.strip() else None
    if problems:
        raise ValidationFailed(problems)
    return changes


def run_set(args: argparse.Namespace) -> int:
    changes = parse_changes(args.changes)
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        version = scope.require_participant(session, actor, args.participant).version
        _, warnings = participants.update(session, actor, args.participant, version, changes)
    for warning in warnings:
        print(f"warning: {warning}")
    print(f"{args.participant}: {', '.join(sorted(changes))} changed.")
    return exits.DONE
