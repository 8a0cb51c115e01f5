"""caseapp's packages for setuptools: everything under caseapp/, plus the repository's top-level
resources/, which installs as caseapp/resources/ (the mapping is in pyproject.toml). Every file
under resources/, in whatever folder, goes into the wheel by the package data `**/*`; its folders
are listed as packages too because setuptools warns that a data folder missing from the package
list will be an error in a later version. Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
resource_folders = [
    ".".join(("caseapp", "resources", *folder.relative_to(RESOURCES).parts))
    for folder in sorted(p for p in RESOURCES.rglob("*") if p.is_dir())
]
setup(
    packages=[
        *find_packages(include=["caseapp", "caseapp.*"]),
        "caseapp.resources",
        *resource_folders,
    ]
)
