"""The privacy screens: the audit log, who has looked at a file, insight, and the idle lock."""
