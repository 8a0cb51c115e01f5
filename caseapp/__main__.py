"""`python -m caseapp` runs the command line."""

import sys

from caseapp.cli.main import main

sys.exit(main())
