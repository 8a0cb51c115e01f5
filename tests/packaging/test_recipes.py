"""The Windows and macOS recipes cannot be run here, so what can be checked without those
machines is: the WiX source and the entitlements are well-formed XML, the release workflow is
valid YAML whose jobs name the files that exist, the WiX variables are the ones the workflow
passes, and every signing secret it reads is documented."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
WXS = ROOT / "packaging" / "windows" / "caseapp.wxs"
README = ROOT / "packaging" / "README.md"
SCRIPTS = [
    ROOT / "packaging" / "macos" / "build-dmg.sh",
    ROOT / "packaging" / "linux" / "build-deb.sh",
]
# A path into the repository as the recipes write it, with / or \ (PowerShell).
_REPO_PATH = re.compile(r"(?<![\w$.-])((?:packaging|requirements|resources|tests)[/\\][\w./\\-]+)")


def _workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _runs() -> list[str]:
    return [
        step["run"]
        for job in _workflow()["jobs"].values()
        for step in job["steps"]
        if "run" in step
    ]


def test_the_xml_sources_are_well_formed() -> None:
    for path in (WXS, ROOT / "packaging" / "macos" / "entitlements.plist"):
        ET.parse(path)  # raises on anything an XML reader (WiX's too) refuses


def test_the_workflow_builds_each_platform_on_its_own_runner() -> None:
    flow = _workflow()
    # PyYAML reads the bare key `on` as True.
    triggers = flow.get("on", flow.get(True))
    assert set(triggers) == {"push", "workflow_dispatch"}
    runners = {name: job["runs-on"] for name, job in flow["jobs"].items()}
    assert runners.keys() == {"linux", "windows", "macos"}
    assert runners["windows"].startswith("windows") and runners["macos"].startswith("macos")
    for job in flow["jobs"].values():
        assert job["steps"][0]["uses"].startswith("actions/checkout@")


def test_every_file_the_recipes_name_exists() -> None:
    texts = [*_runs(), *(p.read_text(encoding="utf-8") for p in SCRIPTS)]
    named = {m.replace("\\", "/").rstrip(".") for t in texts for m in _REPO_PATH.findall(t)}
    assert "packaging/caseapp.spec" in named and "requirements/dist.lock" in named
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert missing == []


def test_the_wix_variables_are_the_ones_the_workflow_passes() -> None:
    source = WXS.read_text(encoding="utf-8")
    wanted = set(re.findall(r"\$\(var\.(\w+)\)", source))
    bindpaths = set(re.findall(r"!\(bindpath\.(\w+)\)", source))
    (build,) = [r for r in _runs() if "wix build" in r]
    assert wanted == set(re.findall(r"-d (\w+)=", build)) == {"Version", "Icon"}
    assert bindpaths == set(re.findall(r"-bindpath (\w+)=", build)) == {"Program"}
    assert "packaging\\windows\\caseapp.wxs" in build


def test_every_signing_secret_is_documented() -> None:
    secrets = set(re.findall(r"secrets\.(\w+)", WORKFLOW.read_text(encoding="utf-8")))
    assert {"WINDOWS_CERT_PFX", "MACOS_SIGN_IDENTITY", "MACOS_NOTARY_PASSWORD"} <= secrets
    readme = README.read_text(encoding="utf-8")
    assert sorted(s for s in secrets if s not in readme) == []
