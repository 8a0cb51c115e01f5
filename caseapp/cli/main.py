"""`caseapp`: parse the command, run it, and turn errors into the documented exit statuses."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from caseapp import __version__
from caseapp.cli import exits
from caseapp.domain.errors import (
    CaseappError,
    DatabaseUnusable,
    NotAllowed,
    NotFound,
    StaleEdit,
    ValidationFailed,
)
from caseapp.services import log_redaction

# Each module has `register(subparsers)`, which adds its commands and sets `func(args) -> int`.
# The command a user types names the one module to import, so `caseapp gui` does not pay for
# loading the report or spreadsheet libraries.
COMMANDS: dict[str, str] = {
    "gui": "caseapp.cli.cmd_gui",
    "init": "caseapp.cli.cmd_init",
    "demo": "caseapp.cli.cmd_demo",
    "import": "caseapp.cli.cmd_import",
    "export": "caseapp.cli.cmd_export",
    "outcomes": "caseapp.cli.cmd_outcomes",
    "report": "caseapp.cli.cmd_report",
    "check": "caseapp.cli.cmd_check",
    "backup": "caseapp.cli.cmd_backup",
    "restore": "caseapp.cli.cmd_backup",
    "users": "caseapp.cli.cmd_users",
    "audit": "caseapp.cli.cmd_audit",
    "insight": "caseapp.cli.cmd_insight",
    "erase": "caseapp.cli.cmd_erase",
    "retention": "caseapp.cli.cmd_erase",
    "participants": "caseapp.cli.cmd_participants",
    "record": "caseapp.cli.cmd_record",
    "checkout": "caseapp.cli.cmd_sync",
    "sync": "caseapp.cli.cmd_sync",
    "conflicts": "caseapp.cli.cmd_sync",
    "devices": "caseapp.cli.cmd_sync",
    "settings": "caseapp.cli.cmd_settings",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only that command's module is loaded."""
    parser = argparse.ArgumentParser(
        prog="caseapp",
        description="Case management and outcome reporting for Housing First / Job First projects.",
        epilog="Without a command, caseapp starts the GUI. Exit status: 0 done, "
        "1 unexpected fault, 2 bad input, 3 not allowed, 4 database cannot be used.",
    )
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected faults")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (database, translations, main "
        "window, council report) and exit 0 when all works; used alone",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    modules = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def _command_of(args: list[str]) -> str | None:
    """The command word: the first argument that names a command."""
    return next((arg for arg in args if arg in COMMANDS), None)


def main(argv: Sequence[str] | None = None) -> int:
    # Databases, their -wal/-shm files, backups, reports and exports hold personal data: every
    # file the program makes is its owner's only, whatever the user's usual umask.
    os.umask(0o077)
    logging.basicConfig(level=logging.WARNING, format="caseapp: %(levelname)s: %(message)s")
    log_redaction.install()  # no CPR number reaches a log, whoever logs it
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--self-test"]:
        # By name, so the command line stays Qt-free in import-linter's view (as `gui` does).
        return int(importlib.import_module("caseapp.gui.self_test").run())
    command = _command_of(args_list)
    wants_help = any(a in ("-h", "--help", "--version") for a in args_list)
    if command is None and not wants_help and (not args_list or args_list[0].startswith("-")):
        args_list, command = ["gui", *args_list], "gui"  # plain `caseapp` starts the GUI
    parser = build_parser(command)
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except ValidationFailed as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return exits.BAD_INPUT
    except NotAllowed as exc:
        print(f"not allowed: {exc}", file=sys.stderr)
        return exits.NOT_ALLOWED
    except DatabaseUnusable as exc:
        print(f"database: {exc}", file=sys.stderr)
        return exits.DATABASE_UNUSABLE
    except (NotFound, StaleEdit) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exits.BAD_INPUT
    except CaseappError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exits.BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return exits.FAULT
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"caseapp: unexpected fault ({type(exc).__name__}); run with --debug for details",
            file=sys.stderr,
        )
        return exits.FAULT


if __name__ == "__main__":
    sys.exit(main())
