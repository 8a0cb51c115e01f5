"""Use cases as plain functions over a database's unit of work.

Each checks the acting account's permission, validates its input, writes the audit log and
commits as one unit. The GUI, the command line and the tests call the same functions.
"""
