"""Danish for the report screens' texts (English source text -> Danish); merged into the GUI's
catalog (`caseapp.gui.translations.catalog_da`) when `caseapp.gui.reports` is imported."""

from __future__ import annotations

CATALOG: dict[str, str] = {
    "Report to the investment council": "Rapport til investeringsrådet",
    "Project": "Projekt",
    "As of": "Opgjort pr.",
    "Language": "Sprog",
    "Danish": "Dansk",
    "English": "Engelsk",
    "Preview": "Forhåndsvis",
    "Save PDF …": "Gem PDF …",
    "Save workbook …": "Gem regneark …",
    "Save caseload report …": "Gem sagsstammerapport …",
    "Making the preview …": "Laver forhåndsvisning …",
    "Writing {file} …": "Skriver {file} …",
    "Saved {file}.": "Gemt: {file}.",
    "Saved {file} and the weekly ledger in {csv}.": "Gemt: {file} og ugeregnskabet i {csv}.",
    "Could not make the report: {error}": "Rapporten kunne ikke laves: {error}",
    "No project has a contract yet.": "Intet projekt har en kontrakt endnu.",
    "Only a team lead may make reports.": "Kun en teamleder kan lave rapporter.",
    "PDF files (*.pdf)": "PDF-filer (*.pdf)",
    "Workbooks (*.xlsx)": "Regneark (*.xlsx)",
    "Choose a project and a day, then Preview.": (
        "Vælg et projekt og en dag, og tryk Forhåndsvis."
    ),
    "Page {page} of {pages}": "Side {page} af {pages}",
    "Zoom in": "Zoom ind",
    "Zoom out": "Zoom ud",
    "Fit width": "Tilpas bredde",
    "The pages could not be shown: {error}": "Siderne kunne ikke vises: {error}",
    # Data quality
    "Data quality": "Datakvalitet",
    "All projects": "Alle projekter",
    "Check now": "Tjek nu",
    "Checking …": "Tjekker …",
    "{count} findings": "{count} fund",
    "No findings.": "Ingen fund.",
    "Participant": "Deltager",
    "Finding": "Fund",
    "Record": "Registrering",
    "Details": "Detaljer",
    "At stake": "På spil",
    "Double-click a finding to open the participant's file.": (
        "Dobbeltklik på et fund for at åbne deltagerens sag."
    ),
}


def install_texts() -> None:
    """Add these texts to the GUI's Danish catalog (once; later entries never overwrite)."""
    from caseapp.gui.translations import catalog_da

    for source, danish in CATALOG.items():
        catalog_da.CATALOG.setdefault(source, danish)
