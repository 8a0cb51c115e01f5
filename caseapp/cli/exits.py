"""Exit statuses of the command line (spec/cli.md)."""

DONE = 0
FAULT = 1
BAD_INPUT = 2
NOT_ALLOWED = 3
DATABASE_UNUSABLE = 4
