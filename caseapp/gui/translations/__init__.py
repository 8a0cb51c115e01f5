"""Finding and compiling the GUI's translations (the sources are in resources/translations)."""
