"""caseapp's packages for setuptools: everything under caseapp/, plus the repository's top-level
resources/, which installs as caseapp/resources/ (the mapping is in pyproject.toml). Every file
under resources/, in whatever folder, goes into the wheel by the package data `**/*`; its folders
are listed as packages too because setuptools warns that a data folder missing from the package
list will be an error in a later version. The translations are compiled (.ts -> .qm) into the
build, so that a wheel ships them as fresh as its sources. Everything else is in pyproject.toml."""

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
resource_folders = [
    ".".join(("caseapp", "resources", *folder.relative_to(RESOURCES).parts))
    for folder in sorted(p for p in RESOURCES.rglob("*") if p.is_dir())
]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location(
            "caseapp_translations", HERE / "packaging" / "translations.py"
        )
        if spec is None or spec.loader is None:
            return
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        out = Path(self.build_lib) / "caseapp" / "resources" / "translations"
        try:
            tool.compile_all(out)
        except (SystemExit, OSError) as exc:
            # Built without PySide6 (an isolated build): the program compiles them at first start.
            print(f"translations not compiled at build time: {exc}")
            for stale in out.glob("*.qm"):
                stale.unlink()


setup(
    cmdclass={"build_py": BuildWithTranslations},
    packages=[
        *find_packages(include=["caseapp", "caseapp.*"]),
        "caseapp.resources",
        *resource_folders,
    ]
)
