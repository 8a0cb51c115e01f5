"""Entry point of the frozen desktop build: the same `main` as the `caseapp` command."""

import sys

from caseapp.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
