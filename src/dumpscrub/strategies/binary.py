"""Binary contents (photos, scans, attachments): blob, emptied or replaced by a placeholder image."""

from __future__ import annotations

import base64
import dataclasses
import re

from .. import model
from ..model import Column
from .base import Strategy
from .registry import strategy

# 1x1 grey placeholders, made once with Pillow (PNG, GIF, baseline JPEG, lossless WebP).
PLACEHOLDERS = {
    "png": bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b550000000a49444154789c63380100"
        "00ca00c999ca5d7e0000000049454e44ae426082"
    ),
    "gif": bytes.fromhex(
        "47494638376101000100810000c8c8c80000000000000000002c000000000100010000080400010404003b"
    ),
    "jpeg": bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123"
        "251d283a333d3c3933383740485c4e404457453738506d51575f626768673e4d71797064785c656763ffc0000b080001"
        "000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b51000020103"
        "03020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f024336272"
        "82090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475"
        "767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9"
        "cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00e92bffd9"
    ),
    "webp": bytes.fromhex("524946461c000000574542505650384c0f0000002f000000000710458efe0722a2ff0100"),
}
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
)
_BYTEA_HEX = re.compile(r"\\x(?:[0-9a-fA-F]{2})*")
_DATA_URI = re.compile(r"data:image/(png|gif|jpeg|jpg|webp)[;,]", re.I)


def image_format(data: bytes) -> str | None:
    """The format of an image by its magic bytes (None when it is no image dumpscrub knows)."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def as_value(data: bytes) -> str:
    """Bytes as the dialect codecs take a binary value: ASCII as itself, every other
    byte as the surrogate that encodes back to it (in UTF-8 and in any other dump encoding)."""
    return data.decode("ascii", "surrogateescape")


def _original_bytes(value: str) -> list[bytes]:
    """The bytes a binary value may stand for: decoded from a UTF-8 dump, or from a
    single-byte one (a Latin-1 dump's codec made one character per byte)."""
    found = [value.encode("utf-8", "surrogateescape")]
    try:
        found.append(value.encode("latin-1", "surrogateescape"))
    except UnicodeEncodeError:
        pass
    return found


@dataclasses.dataclass(frozen=True)
class BlobParams:
    placeholder: str = "empty"  # empty | image

    def __post_init__(self):
        if self.placeholder not in ("empty", "image"):
            raise ValueError(f"placeholder must be 'empty' or 'image', not {self.placeholder!r}")


@strategy
class Blob(Strategy):
    """Empty the value, or (placeholder: image) put a 1x1 image in the original's format (PNG, JPEG, GIF, WebP)."""

    name = "blob"
    Params = BlobParams
    kinds = frozenset({model.BINARY, model.TEXT, model.UNKNOWN})
    # bytes, bytea (PostgreSQL's \x hex text) or data-uri (a text column); None: the
    # column's type is unknown, the value tells
    form: str | None = None

    def __init__(self, params=None):
        super().__init__(params)
        # Emptied values do not depend on the original: encoded once per literal form.
        self.is_constant = self.params.placeholder == "empty"

    def adapt(self, column: Column) -> Strategy:
        if self.is_constant or column.kind == model.UNKNOWN:
            return self
        variant = Blob(self.params)
        variant.form = "bytea" if column.type == "bytea" else "data-uri" if column.kind == model.TEXT else "bytes"
        variant.key += "\0" + variant.form
        return variant

    def generate(self, value, draw, engine, max_length):
        if self.is_constant:
            return ""
        hexed = _BYTEA_HEX.fullmatch(value) is not None
        # Without a CREATE TABLE, a \x hex value is PostgreSQL's bytea.
        form = self.form or ("bytea" if hexed else "bytes")
        if form == "data-uri":
            m = _DATA_URI.match(value)
            kind = m[1].lower().replace("jpg", "jpeg") if m else "png"
            out = f"data:image/{kind};base64,{base64.b64encode(PLACEHOLDERS[kind]).decode('ascii')}"
        else:
            originals = [bytes.fromhex(value[2:])] if hexed and form == "bytea" else _original_bytes(value)
            kind = next((k for k in map(image_format, originals) if k), "png")
            data = PLACEHOLDERS[kind]
            out = "\\x" + data.hex() if form == "bytea" else as_value(data)
        # A column too short for the image gets no image rather than a cut one.
        return out if max_length is None or len(out) <= max_length else ""
