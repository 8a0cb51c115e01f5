"""The caseload overview: whom to see, what is due, what lacks evidence, recent contacts."""
