"""Files sealed with a passphrase, for backups and exports that leave the machine.

Authenticated encryption (AES-256-GCM) with a key derived from the passphrase by scrypt. The file
is a small header (magic, version, scrypt cost, salt, nonce prefix) and then chunks of at most
1 MiB, each sealed on its own with the header as associated data; the chunk number and a "last
chunk" flag are part of each nonce, so reordered, changed or cut-off files are refused.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from caseapp.domain.errors import Problem, ValidationFailed

MAGIC = b"CASEAPP-SEALED"
VERSION = 1
CHUNK = 1 << 20
_HEADER = struct.Struct(">14sBBBB16s7s")  # magic, version, log2(n), r, p, salt, nonce prefix
_LENGTH = struct.Struct(">I")
_TAG = 16


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise ValidationFailed(Problem("passphrase", "is empty"))
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + bytes([1 if last else 0]) + struct.pack(">I", index)


def is_sealed(path: Path) -> bool:
    if not path.is_file():  # a FIFO or a device is never opened here: reading it could block
        return False
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _chunks(f: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is_last) pairs; an empty file is one empty last chunk."""
    current = f.read(CHUNK)
    while True:
        following = f.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def seal_file(source: Path, target: Path, passphrase: str, *, log2_n: int = 17) -> None:
    """Write `source` sealed to `target` (they may be the same file)."""
    with source.open("rb") as src:
        seal_stream(src, target, passphrase, log2_n=log2_n)


def seal_bytes(data: bytes, target: Path, passphrase: str, *, log2_n: int = 17) -> None:
    """Write `data` (held in memory, never on disk in the clear) sealed to `target`."""
    seal_stream(io.BytesIO(data), target, passphrase, log2_n=log2_n)


def seal_stream(src: BinaryIO, target: Path, passphrase: str, *, log2_n: int = 17) -> None:
    """Seal what `src` holds into `target`, whole or not at all: a partial file beside it, owner
    only, holding sealed chunks only, renamed when complete and removed on any failure."""
    salt, prefix = os.urandom(16), os.urandom(7)
    r, p = 8, 1
    header = _HEADER.pack(MAGIC, VERSION, log2_n, r, p, salt, prefix)
    aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
    with owner_only_partial(target) as out:
        out.write(header)
        for index, (chunk, last) in enumerate(_chunks(src)):
            sealed = aead.encrypt(_nonce(prefix, index, last), chunk, header)
            out.write(_LENGTH.pack(len(sealed)) + sealed)


@contextmanager
def owner_only_partial(target: Path) -> Iterator[BinaryIO]:
    """A new file `TARGET.partial` (mode 0600) to write; renamed to `target` when the block
    ends, removed when it fails."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def open_sealed(source: Path, target: Path, passphrase: str) -> None:
    """Write the contents of sealed `source` to `target`; nothing is written when the
    passphrase is wrong or the file was changed."""
    with owner_only_partial(target) as out:
        _unseal(source, out, passphrase)


def open_sealed_bytes(source: Path, passphrase: str) -> bytes:
    """The contents of sealed `source`, in memory only."""
    out = io.BytesIO()
    _unseal(source, out, passphrase)
    return out.getvalue()


def _unseal(source: Path, out: BinaryIO, passphrase: str) -> None:
    where = str(source)
    with source.open("rb") as src:
        header = src.read(_HEADER.size)
        if len(header) < _HEADER.size or not header.startswith(MAGIC):
            raise ValidationFailed(Problem(where, "is not a sealed caseapp file"))
        _, version, log2_n, r, p, salt, prefix = _HEADER.unpack(header)
        if version != VERSION or not 10 <= log2_n <= 22:
            raise ValidationFailed(Problem(where, "was sealed by a newer caseapp"))
        aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        index, last = 0, False
        while not last:
            size_bytes = src.read(_LENGTH.size)
            if len(size_bytes) < _LENGTH.size:
                raise ValidationFailed(Problem(where, "is cut short"))
            (size,) = _LENGTH.unpack(size_bytes)
            sealed = src.read(size)
            if size < _TAG or size > CHUNK + _TAG or len(sealed) != size:
                raise ValidationFailed(Problem(where, "is cut short or damaged"))
            last = not src.peek(1)  # nothing after this chunk
            try:
                out.write(aead.decrypt(_nonce(prefix, index, last), sealed, header))
            except InvalidTag:
                raise ValidationFailed(
                    Problem(where, "the passphrase is wrong, or the file was changed")
                ) from None
            index += 1
