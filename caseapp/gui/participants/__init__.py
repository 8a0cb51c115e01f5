"""The participant list: search, filters, sorting, and opening files."""
