"""Sealing drafts of an encrypted database, so their note text is no plain text on the disk.

AES-256-GCM with a key derived by scrypt from the database's passphrase and a random salt kept
beside the drafts. Deriving takes a moment, so it happens once a session, in the background,
and the key stays in memory only. Each draft is bound to its name: a sealed draft copied over
another's file is refused, as is a changed one or one sealed with another passphrase.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"CASEAPP-DRAFT\x01"
SALT_FILE = "draft-key-salt"
LOG2_N = 17  # scrypt cost, as for sealed files: about a third of a second, once a session
_NONCE = 12

# Keys already derived in this process, so signing in again or switching the language does
# not derive again. Keyed by the salt file and the passphrase the database already holds.
_keys: dict[tuple[str, str], bytes] = {}
_keys_lock = threading.Lock()


def _salt(folder: Path) -> bytes:
    path = folder / SALT_FILE
    try:
        salt = path.read_bytes()
        if len(salt) == 16:
            return salt
    except FileNotFoundError:
        pass
    # A new salt makes drafts sealed under the old one unreadable: they are left, never shown.
    salt = os.urandom(16)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, salt)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return salt


def derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << LOG2_N, r=8, p=1).derive(passphrase.encode())


class DraftSeal:
    """Seals and opens the drafts in `folder` with a key from `passphrase`."""

    def __init__(self, folder: Path, passphrase: str) -> None:
        if not passphrase:
            raise ValueError("a sealed draft needs the database's passphrase")
        salt = _salt(folder)
        self._cache_key = (str(folder / SALT_FILE), passphrase)
        self._key: bytes | None = None
        self._ready = threading.Event()
        with _keys_lock:
            known = _keys.get(self._cache_key)
        if known is not None:
            self._key = known
            self._ready.set()
        else:
            # Derived in the background: the window opens meanwhile, and typing a note takes
            # longer than deriving.
            threading.Thread(
                target=self._derive, args=(passphrase, salt), name="caseapp-draft-key", daemon=True
            ).start()

    def _derive(self, passphrase: str, salt: bytes) -> None:
        try:
            key = derive(passphrase, salt)
            with _keys_lock:
                _keys[self._cache_key] = key
            self._key = key
        finally:
            self._ready.set()

    def _aead(self) -> AESGCM:
        self._ready.wait()
        if self._key is None:
            raise RuntimeError("the key for sealed drafts could not be derived")
        return AESGCM(self._key)

    def seal(self, name: str, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return MAGIC + nonce + self._aead().encrypt(nonce, data, MAGIC + name.encode())

    def open(self, name: str, blob: bytes) -> bytes | None:
        """The draft's bytes; None when it is not sealed for this name with this key."""
        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _NONCE + 16:
            return None
        nonce = blob[len(MAGIC) : len(MAGIC) + _NONCE]
        try:
            return self._aead().decrypt(nonce, blob[len(MAGIC) + _NONCE :], MAGIC + name.encode())
        except InvalidTag:
            return None
