"""The main window's pages: each module registers one with `caseapp.gui.navigation.register`.

To add a page, add a module here; it is found and imported when the main window is built.
"""
