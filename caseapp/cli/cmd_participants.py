"""`caseapp participants list|show`: the people the signed-in account may see, and one file."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.dataset.exporter import person_document
from caseapp.domain import labels
from caseapp.domain.fields import PARTICIPANT_LISTS
from caseapp.services import access, listing, participant_file, participants


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("participants", help="the participants you may see, and one person's file")
    actions = p.add_subparsers(dest="participants_command", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="the participants of your projects")
    ls.add_argument("--project", help="only this project's participants")
    ls.add_argument("--search", default="", help="as the GUI's search box: name, key, CPR end")
    ls.add_argument("--json", action="store_true", help="a JSON list of objects")
    ls.set_defaults(func=run_list)

    show = actions.add_parser("show", help="one person's file (the viewing is logged)")
    show.add_argument("key", help="the participant's key, e.g. P-0012")
    show.add_argument(
        "--json",
        action="store_true",
        help="the person as in the dataset format (without the CPR number)",
    )
    show.add_argument(
        "--reason",
        help="why you open a file outside your projects (logged and shown to the team lead)",
    )
    show.set_defaults(func=run_show)

    for q in (ls, show):
        add_db_argument(q)
        add_user_argument(q)


def run_list(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        rows = listing.listed(
            session, actor, date.today(), project=args.project, search=args.search
        )
    if args.json:
        print(json.dumps([_listed_json(r) for r in rows], ensure_ascii=False, indent=1))
        return exits.DONE
    print(
        f"{'key':<10} {'name':<28} {'projects':<16} {'status':<9} {'key worker':<10} last contact"
    )
    for r in rows:
        name = " ".join(p for p in (r.first_name, r.last_name) if p)
        seen = r.last_contact.date().isoformat() if r.last_contact else "-"
        print(
            f"{r.key:<10} {name[:28]:<28} {','.join(r.projects)[:16]:<16} "
            f"{r.status or '-':<9} {r.key_worker or '-':<10} {seen}"
        )
    print(f"{len(rows)} participant{'s' if len(rows) != 1 else ''}")
    return exits.DONE


def _listed_json(r: listing.Listed) -> dict[str, Any]:
    return {
        "key": r.key,
        "first_name": r.first_name,
        "last_name": r.last_name,
        "projects": list(r.projects),
        "status": r.status,
        "key_worker": r.key_worker,
        "housing_now": r.housing_now,
        "activity_now": r.activity_now,
        "last_contact": r.last_contact.isoformat(timespec="minutes") if r.last_contact else None,
    }


def run_show(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        if args.reason is not None:
            access.break_glass(session, actor, args.key, args.reason)
        if args.json:
            person = participants.open_file(session, actor, args.key)
            document = person_document(session, person.id)
            # Nothing the command line prints holds a CPR number; the birth date stays.
            document.pop("cpr", None)
            print(json.dumps(document, ensure_ascii=False, indent=1))
            return exits.DONE
        file = participant_file.load(session, actor, args.key, date.today())
    _print_file(file)
    return exits.DONE


def _l(group: str, code: str | None) -> str:
    return labels.code_label(group, code, "en") or "-"


def _print_file(file: participant_file.ParticipantFile) -> None:
    h = file.header
    print(f"{h.key}  {h.name}  CPR {h.cpr_masked or '-'}")
    print(f"  project      {h.project or '-'} ({_l('status', h.status)})")
    print(f"  key worker   {h.key_worker_name or '-'}")
    print(f"  housing now  {_l('housing', h.housing)}")
    print(f"  activity now {_l('activity', h.activity)}")
    seen = h.last_contact.strftime("%Y-%m-%d %H:%M") if h.last_contact else "-"
    print(f"  last contact {seen}; open tasks {h.open_tasks}")
    lists = {kind: name for name, kind in PARTICIPANT_LISTS.items()} | {"enrolment": "enrolments"}
    for kind, rows in file.records.items():
        print(f"  {lists.get(kind, kind):<12} {len(rows)}")
    print("timeline (newest first):")
    for entry in file.timeline[:30]:
        print(f"  {entry.at:%Y-%m-%d}  {entry.text}")
