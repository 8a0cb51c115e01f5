"""The privacy screens: the audit log, who has looked at a file, insight, and the idle lock.

Their Danish texts live in `texts_da` and join the GUI's catalog when this package is imported.
"""

from caseapp.gui.privacy.texts_da import install_texts

install_texts()
