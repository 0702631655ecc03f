"""blob: emptied, or a valid placeholder image in the original's format and in the form
each dialect's codec writes back as exactly the image's bytes."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest

from dumpscrub.dialects.mysql import MySQLCodec
from dumpscrub.dialects.postgres import CopyCodec
from dumpscrub.dialects.sqlite import SQLiteCodec
from dumpscrub.model import Column
from dumpscrub.strategies.binary import PLACEHOLDERS, image_format
from support.strategy_checks import fakes, rule, rules_problem

ORIGINALS = {
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(200, 256)),
    "gif": b"GIF89a" + b"\x00\xff" * 20,
    "webp": b"RIFF\x10\x00\x00\x00WEBPVP8L" + b"\x80" * 8,
    "png-for-unknown": b"%PDF-1.7\n\xe2\xe3\xcf\xd3",
}


def png_is_valid(data: bytes) -> bool:
    """Every chunk's CRC holds and the image data inflates (the PNG spec's own checks)."""
    pos, kinds = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            return False
        if kind == b"IDAT":
            zlib.decompress(body)
        kinds.append(kind)
        pos += 12 + length
    return kinds[0] == b"IHDR" and kinds[-1] == b"IEND"


def test_placeholders_are_well_formed() -> None:
    assert png_is_valid(PLACEHOLDERS["png"])
    assert PLACEHOLDERS["gif"].startswith(b"GIF8") and PLACEHOLDERS["gif"].endswith(b";")
    assert PLACEHOLDERS["jpeg"].startswith(b"\xff\xd8") and PLACEHOLDERS["jpeg"].endswith(b"\xff\xd9")
    webp = PLACEHOLDERS["webp"]
    assert webp[:4] == b"RIFF" and struct.unpack("<I", webp[4:8])[0] == len(webp) - 8
    assert {k: image_format(v) for k, v in PLACEHOLDERS.items()} == {k: k for k in PLACEHOLDERS}


def test_placeholders_decode_with_pillow() -> None:
    image = pytest.importorskip("PIL.Image")
    import io

    for data in PLACEHOLDERS.values():
        with image.open(io.BytesIO(data)) as img:
            img.load()
            assert img.size == (1, 1)


@pytest.mark.parametrize("kind", sorted(ORIGINALS))
@pytest.mark.parametrize("codec", [MySQLCodec(), MySQLCodec("latin-1"), SQLiteCodec()], ids=["mysql", "mysql-latin1", "sqlite"])
def test_image_in_the_original_format_through_the_codecs(kind: str, codec) -> None:
    """The value as a codec decodes it; the fake encoded back is the placeholder's bytes."""
    literal = b"X'" + ORIGINALS[kind].hex().encode() + b"'"
    value = codec.decode(literal)
    (fake,) = fakes(rule("blob", placeholder="image").adapt(Column("photo", "blob", "binary")), [value])
    written = codec.encode(fake, literal)
    assert codec.decode_bytes(written) == PLACEHOLDERS[kind.partition("-")[0]]


def test_bytea_gets_hex_text_with_and_without_a_create_table() -> None:
    codec = CopyCodec()
    raw = b"\\\\x" + ORIGINALS["gif"].hex().encode()
    value = codec.decode(raw)
    for strategy in (rule("blob", placeholder="image").adapt(Column("p", "bytea", "binary")), rule("blob", placeholder="image")):
        (fake,) = fakes(strategy, [value])
        assert fake == "\\x" + PLACEHOLDERS["gif"].hex()
        assert codec.decode(codec.encode(fake, raw)) == fake


def test_text_column_gets_a_data_uri() -> None:
    strategy = rule("blob", placeholder="image").adapt(Column("avatar", "text", "text"))
    made = fakes(strategy, ["data:image/jpeg;base64,/9j/4AAQ", "anything"])
    assert made[0].startswith("data:image/jpeg;base64,") and made[1].startswith("data:image/png;base64,")
    assert base64.b64decode(made[0].partition(",")[2]) == PLACEHOLDERS["jpeg"]


def test_too_short_for_an_image_is_empty_and_empty_is_a_constant() -> None:
    strategy = rule("blob", placeholder="image").adapt(Column("p", "varbinary", "binary", length=20))
    assert fakes(strategy, ["\x89PNG\r\n\x1a\n..."], 20) == [""]
    empty = rule("blob")
    assert empty.is_constant and fakes(empty, ["whatever"]) == [""]
    assert not rule("blob", placeholder="image").is_constant


def test_bad_placeholder() -> None:
    assert "'empty' or 'image'" in rules_problem("blob", placeholder="photo")
