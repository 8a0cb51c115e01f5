"""`caseapp gui`: start the desktop program (also what plain `caseapp` does).

The GUI package is imported only when the command runs, so the command line itself never
loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from caseapp.cli import display_libraries
from caseapp.cli.context import add_db_argument


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "gui",
        help="start the desktop program (the default command)",
        description="Start the desktop program. It signs in by itself when CASEAPP_USER and "
        "CASEAPP_PASSWORD are set, and otherwise shows its sign-in screen.",
    )
    add_db_argument(parser)
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help="language of the program (default: as chosen before, else the system's)",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="exit 0 once the main window is shown with the participant list loaded "
        "(a start-up check; needs CASEAPP_USER and CASEAPP_PASSWORD)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problem = display_libraries.check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    # Imported by name so the command line (and import-linter's view of it) stays Qt-free.
    app = importlib.import_module("caseapp.gui.app")
    return int(app.run(db=args.db, lang=args.lang, quit_after_show=args.quit_after_show))
