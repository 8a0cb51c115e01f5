"""The team lead's screen: the team's caseloads, reassignments, and flagged accesses."""
