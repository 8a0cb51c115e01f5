"""The report screens: making the council report and the workbook, and the data-quality list."""
