"""Field laptops in the GUI: take a caseload offline, sync it, and decide conflicts."""

from caseapp.gui.field import texts_da as _texts_da
from caseapp.gui.translations.catalog_da import CATALOG

CATALOG.update(_texts_da.CATALOG)
