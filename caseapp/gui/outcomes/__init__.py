"""The outcome screens: a project's dashboard, its contract (editor and history), and the
week-by-week outcome ledger in a participant's file."""
