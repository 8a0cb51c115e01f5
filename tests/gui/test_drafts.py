"""Drafts on disk: private, per database and account, offered back only when left by an earlier
run, and sealed with the database's passphrase (a key derived once a session) when it is
encrypted."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from caseapp.gui import draft_seal
from caseapp.gui.drafts import DraftBox

NOTE = "She told me about the eviction notice"
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Scrypt at a small cost, a fresh key cache, and a count of how often a key is derived."""
    derived: list[str] = []
    real = draft_seal.derive
    monkeypatch.setattr(draft_seal, "LOG2_N", 10)
    monkeypatch.setattr(draft_seal, "_keys", {})

    def counted(passphrase: str, salt: bytes) -> bytes:
        derived.append(passphrase)
        return real(passphrase, salt)

    monkeypatch.setattr(draft_seal, "derive", counted)
    return derived


def _draft(note: str = NOTE) -> dict[str, object]:
    return {"form": "record", "participant": "P-0001", "kind": "contact", "values": {"note": note}}


def test_a_plain_database_keeps_private_json_drafts(tmp_path: Path) -> None:
    box = DraftBox("mmp", "db1", folder=tmp_path)
    store = box.store("file-P-0001-contact")
    store.save(_draft())
    assert NOTE in store.path.read_text(encoding="utf-8")
    assert store.load() == {**_draft(), "draft": "file-P-0001-contact"}
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        for folder in (store.path.parent, store.path.parent.parent, tmp_path / "drafts"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    store.discard()
    assert not store.exists() and store.load() is None


def test_only_drafts_left_by_an_earlier_run_are_offered(tmp_path: Path) -> None:
    box = DraftBox("mmp", "db1", folder=tmp_path)
    box.store("file-P-0001-contact").save({**_draft(), "kept_at": "2024-05-01T10:00:00"})
    box.store("contact").save({"note": "older", "kept_at": "2024-04-01T10:00:00"})
    assert box.leftovers() == []  # typed in this session: not left over
    next_run = DraftBox("mmp", "db1", folder=tmp_path)
    assert [d["draft"] for d in next_run.leftovers()] == ["file-P-0001-contact", "contact"]
    next_run.claim("contact")
    assert [d["draft"] for d in next_run.leftovers()] == ["file-P-0001-contact"]
    # Another database or another account sees none of them.
    assert DraftBox("mmp", "db2", folder=tmp_path).leftovers() == []
    assert DraftBox("lead", "db1", folder=tmp_path).leftovers() == []


def test_an_encrypted_database_seals_its_drafts(tmp_path: Path, cheap_keys: list[str]) -> None:
    box = DraftBox("mmp", "db1", PASSPHRASE, folder=tmp_path)
    store = box.store("file-P-0001-contact")
    for n in range(20):  # every keystroke's draft, with one key
        store.save(_draft(NOTE + "!" * n))
    assert cheap_keys == [PASSPHRASE]
    raw = store.path.read_bytes()
    assert store.path.suffix == ".sealed" and b"eviction" not in raw and b"P-0001" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    next_run = DraftBox("mmp", "db1", PASSPHRASE, folder=tmp_path)
    assert [d["values"] for d in next_run.leftovers()] == [{"note": NOTE + "!" * 19}]
    assert cheap_keys == [PASSPHRASE]  # the key of this process is not derived again


def test_a_sealed_draft_needs_its_passphrase_and_its_own_name(tmp_path: Path) -> None:
    box = DraftBox("mmp", "db1", PASSPHRASE, folder=tmp_path)
    store = box.store("file-P-0001-contact")
    store.save(_draft())
    assert DraftBox("mmp", "db1", "another passphrase", folder=tmp_path).leftovers() == []
    # Copied over another person's draft, it is refused rather than shown there.
    other = box.store("file-P-0002-contact")
    other.path.write_bytes(store.path.read_bytes())
    assert other.load() is None
    changed = bytearray(store.path.read_bytes())
    changed[-1] ^= 1
    store.path.write_bytes(bytes(changed))
    assert store.load() is None
    # A plain JSON file where a sealed draft belongs is not read either.
    store.path.write_text('{"note": "planted"}', encoding="utf-8")
    assert store.load() is None
