"""Sealed files: readable only with the passphrase; any change or cut is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.errors import ValidationFailed
from caseapp.services import sealed_files

PASS = "en lang og hemmelig sætning"


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "backup.db"
    # A bit more than two chunks, with a recognisable value in the middle.
    path.write_bytes(b"x" * sealed_files.CHUNK + b"010203-4321" + b"y" * sealed_files.CHUNK)
    return path


def _seal(plain: Path, tmp_path: Path) -> Path:
    sealed = tmp_path / "backup.sealed"
    sealed_files.seal_file(plain, sealed, PASS, log2_n=12)
    return sealed


def test_round_trip_and_nothing_readable(plain: Path, tmp_path: Path) -> None:
    sealed = _seal(plain, tmp_path)
    assert sealed_files.is_sealed(sealed) and not sealed_files.is_sealed(plain)
    assert b"010203-4321" not in sealed.read_bytes()
    back = tmp_path / "back.db"
    sealed_files.open_sealed(sealed, back, PASS)
    assert back.read_bytes() == plain.read_bytes()


def test_sealing_in_place_and_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    sealed_files.seal_file(empty, empty, PASS, log2_n=12)
    sealed_files.open_sealed(empty, tmp_path / "out", PASS)
    assert (tmp_path / "out").read_bytes() == b""


@pytest.mark.parametrize("damage", ["passphrase", "flip", "cut", "append"])
def test_wrong_passphrase_or_tampering_is_refused(plain: Path, tmp_path: Path, damage: str) -> None:
    sealed = _seal(plain, tmp_path)
    data = bytearray(sealed.read_bytes())
    passphrase = PASS
    if damage == "passphrase":
        passphrase = "not the right one"
    elif damage == "flip":
        data[len(data) // 2] ^= 1
    elif damage == "cut":
        # Exactly the first two chunks: a cut at a chunk boundary.
        data = data[: sealed_files._HEADER.size + 2 * (4 + sealed_files.CHUNK + 16)]
    else:
        data += b"more"
    sealed.write_bytes(bytes(data))
    out = tmp_path / "out.db"
    with pytest.raises(ValidationFailed):
        sealed_files.open_sealed(sealed, out, passphrase)
    assert not out.exists() and not (tmp_path / "out.db.partial").exists()
