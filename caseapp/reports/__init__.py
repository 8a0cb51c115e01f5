"""Reports: the council report (PDF), the figures workbook (xlsx) and the caseload report.

Qt-free; the command line and the GUI call the same functions. No names, CPR numbers or notes.
"""
