"""Reading the text of a PDF the way a reader would copy it: `pdftotext` where installed, and a
small pure-Python reader of ReportLab's own output (its content streams and Tj strings)."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from pathlib import Path

PDFTOTEXT = shutil.which("pdftotext")

_STREAM = re.compile(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", re.S)
_BLOCK = re.compile(rb"BT(.*?)ET", re.S)
# A shown string, or T* (next line): strings between line breaks of one block are one line.
_TOKEN = re.compile(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj|T\*")


def pdftotext(path: Path) -> str:
    assert PDFTOTEXT is not None
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _unescape(raw: bytes) -> str:
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C and i + 1 < len(raw):  # backslash
            nxt = raw[i + 1]
            if 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", raw[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8))
                i += 1 + len(digits.group())
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return out.decode("cp1252")


def reportlab_text(path: Path) -> str:
    """Every string shown with Tj, one per line, page by page in file order."""
    data = path.read_bytes()
    lines: list[str] = []
    for head, body in _STREAM.findall(data):
        if b"/ASCII85Decode" in head:
            body = base64.a85decode(body.strip().removesuffix(b"~>"), adobe=False)
        if b"/FlateDecode" in head:
            body = zlib.decompress(body)
        for block in _BLOCK.findall(body):
            line = ""
            for m in _TOKEN.finditer(block):
                if m.group(1) is None:
                    if line:
                        lines.append(line)
                    line = ""
                else:
                    line += _unescape(m.group(1))
            if line:
                lines.append(line)
    return "\n".join(lines)
