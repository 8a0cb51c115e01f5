"""The desktop program: PySide6 screens over the Qt-free services.

Screens are layout-only views driven by controllers; database work runs off the GUI thread
through `operations.Operations`.
"""
