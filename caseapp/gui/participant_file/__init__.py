"""A participant's file: the header, the timeline and one page per kind of record."""
