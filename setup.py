"""caseapp's packages for setuptools: everything under caseapp/, plus caseapp.resources, which
lives in the repository's top-level resources/ (mapped in pyproject.toml) and so cannot be
found by looking under caseapp/. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["caseapp", "caseapp.*"]), "caseapp.resources"])
