"""Storage: the SQLAlchemy models, opening and upgrading databases, and the unit of work.

Nothing outside this package knows whether it talks to SQLite or PostgreSQL.
"""
