"""`caseapp users add|list|passwd|disable|enable|grant|revoke|grants|own-caseload`: account
administration (admins; a team lead grants and revokes their own projects)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from caseapp.cli import exits
from caseapp.cli.context import (
    add_db_argument,
    add_user_argument,
    open_existing,
    sign_in,
    signed_in,
)
from caseapp.domain.codes import ROLES
from caseapp.domain.errors import NotAllowed
from caseapp.services import access, accounts
from caseapp.services.actor import SYSTEM, Actor
from caseapp.storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("users", help="account administration (admins only)")
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = users.add_parser("add", help="add an account")
    add.add_argument("key", help="login name")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--email")
    add.set_defaults(func=run_add)

    ls = users.add_parser("list", help="list the accounts")
    ls.set_defaults(func=run_list)

    pw = users.add_parser("passwd", help="set an account's password")
    pw.add_argument("key")
    pw.set_defaults(func=run_passwd)

    for name, active in (("disable", False), ("enable", True)):
        q = users.add_parser(name, help=f"{name} an account")
        q.add_argument("key")
        q.set_defaults(func=run_set_active, active=active)

    for name, helptext in (
        ("grant", "give an account access to a project (admin, or the project's team lead)"),
        ("revoke", "take an account's access to a project"),
    ):
        q = users.add_parser(name, help=helptext)
        q.add_argument("key", help="the account")
        q.add_argument("--project", required=True, metavar="KEY")
        q.set_defaults(func=run_grant, grant=name == "grant")

    grants = users.add_parser("grants", help="who has which project")
    grants.add_argument("key", nargs="?", help="only this account")
    grants.set_defaults(func=run_grants)

    narrow = users.add_parser(
        "own-caseload", help="narrow a project's case workers to their own caseload (or not)"
    )
    narrow.add_argument("--project", required=True, metavar="KEY")
    narrow.add_argument("state", choices=("on", "off"))
    narrow.set_defaults(func=run_own_caseload)

    named = ("disable", "enable", "grant", "revoke", "grants", "own-caseload")
    for q in (add, ls, pw, *(users.choices[n] for n in named)):
        add_db_argument(q)
        add_user_argument(q)


def _new_password_for(key: str) -> str:
    """The new password: CASEAPP_NEW_PASSWORD, else asked twice (never an argument)."""
    password = os.environ.get("CASEAPP_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise NotAllowed("No new password: set CASEAPP_NEW_PASSWORD or use a terminal.")
    first = getpass.getpass(f"New password for {key}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise NotAllowed("The two entries differ; nothing was changed.")
    return first


def _actor_or_first_admin(db: Database, args: argparse.Namespace, role: str | None) -> Actor:
    """Who acts; in a database nobody can sign in to (made by `import --create`), the first
    account may be set up without signing in, and it must be an administrator's."""
    if accounts.anyone_can_sign_in(db):
        return sign_in(db, args)
    if role != "admin":
        raise NotAllowed(
            "Nobody can sign in to this database yet: first give an administrator a password "
            "('caseapp users add KEY --name NAME --role admin', or 'caseapp users passwd KEY' "
            "for an imported admin)."
        )
    return SYSTEM


def run_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = _actor_or_first_admin(db, args, args.role)
    password = _new_password_for(args.key)
    with db.unit_of_work() as session:
        accounts.add_user(session, actor, args.key, args.name, args.role, password, args.email)
    print(f"Added {args.key} ({args.role}).")
    return exits.DONE


def run_list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.reader() as session:
        rows = accounts.list_users(session, actor)
    print(f"{'key':<12} {'role':<12} {'state':<10} name")
    for r in rows:
        state = "disabled" if not r.active else "locked" if r.locked else "active"
        if not r.can_sign_in:
            state = "no login"
        print(f"{r.key:<12} {r.role:<12} {state:<10} {r.name}")
    return exits.DONE


def run_passwd(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = _actor_or_first_admin(db, args, accounts.role_of(db, args.key))
    password = _new_password_for(args.key)
    with db.unit_of_work() as session:
        accounts.set_password(session, actor, args.key, password)
    print(f"Password of {args.key} set.")
    return exits.DONE


def run_set_active(args: argparse.Namespace) -> int:
    db = open_existing(args)
    actor = sign_in(db, args)
    with db.unit_of_work() as session:
        accounts.set_active(session, actor, args.key, args.active)
    print(f"{args.key} {'enabled' if args.active else 'disabled'}.")
    return exits.DONE


def run_grant(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        if args.grant:
            changed = access.grant(session, actor, args.key, args.project)
        else:
            changed = access.revoke(session, actor, args.key, args.project)
    verb = "now has" if args.grant else "no longer has"
    same = "already had" if args.grant else "did not have"
    print(f"{args.key} {verb if changed else same} access to {args.project}.")
    return exits.DONE


def run_grants(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        rows = access.grants(session, actor, args.key)
    print(f"{'project':<12} {'account':<12} {'role':<12} name")
    for g in rows:
        print(f"{g.project:<12} {g.user:<12} {g.role:<12} {g.name}")
    return exits.DONE


def run_own_caseload(args: argparse.Namespace) -> int:
    on = args.state == "on"
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        access.set_own_caseload_only(session, actor, args.project, on)
    who = "only their own caseload" if on else "every participant of the project"
    print(f"Case workers in {args.project} now see {who}.")
    return exits.DONE
