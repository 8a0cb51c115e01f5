"""The outcome screens: a project's dashboard, its contract (editor and history), and the
week-by-week outcome ledger in a participant's file.

Their Danish texts live in `texts_da` and join the GUI's catalog when this package is imported.
"""

from caseapp.gui.outcomes.texts_da import install_texts

install_texts()
