"""The report screens: making the council report and the workbook, and the data-quality list.

Their Danish texts live in `texts_da` and join the GUI's catalog when this package is imported.
"""

from caseapp.gui.reports.texts_da import install_texts

install_texts()
