"""`caseapp settings`: the database-wide settings (retention period, idle lock, the data
controller's contact printed in insight documents); `--set KEY=VALUE` for administrators."""

from __future__ import annotations

import argparse

from caseapp.cli import exits
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services import controller_contact, settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "settings",
        help="show the database's settings; --set KEY=VALUE changes one (administrators)",
    )
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument(
        "--set",
        dest="change",
        metavar="KEY=VALUE",
        help=f"one of {', '.join([*settings.SPECS, controller_contact.KEY])}",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        if args.change is not None:
            key, sep, value = args.change.partition("=")
            if not sep:
                raise ValidationFailed(Problem("--set", "write it as KEY=VALUE"))
            if key == controller_contact.KEY:
                controller_contact.set_contact(session, actor, value)
            else:
                settings.set_value(session, actor, key, value)
        values: dict[str, object] = dict(settings.get_all(session))
        values[controller_contact.KEY] = controller_contact.get(session) or "-"
    for key, value in values.items():
        print(f"{key}: {value}")
    return exits.DONE
