"""Administration screens (administrators only): the accounts."""
