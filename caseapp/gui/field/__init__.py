"""Field laptops in the GUI: take a caseload offline, sync it, and decide conflicts."""
