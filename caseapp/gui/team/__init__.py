"""The team lead's screen: the team's caseloads, reassignments, and flagged accesses."""

from caseapp.gui.team import texts_da as _texts_da
from caseapp.gui.translations.catalog_da import CATALOG

CATALOG.update(_texts_da.CATALOG)
