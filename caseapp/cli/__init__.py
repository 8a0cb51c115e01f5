"""The `caseapp` command line: one module per command, a shared way to open and sign in."""
