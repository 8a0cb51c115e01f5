"""The council report as a PDF (ReportLab), Danish or English, from its model.

Layout only: every figure comes from `CouncilReport`, every word from `wording` or the code
labels, every number through `locale_format`. One module per section; `document` puts them
together.
"""

from caseapp.reports.council_pdf.document import write_council_pdf

__all__ = ["write_council_pdf"]
