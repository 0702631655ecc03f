"""Identifiers of accounts and organisations: uuid, username, password, company."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
import uuid

from .. import model
from ..errors import StrategyError
from ..fakes import POOL_SIZE
from ..model import Column
from .base import TEXTUAL, Strategy
from .registry import strategy

_HEX = "0123456789abcdef"


@strategy
class Uuid(Strategy):
    """A version-4 UUID in the original's form (hyphens or not, braces, case). Collision-free."""

    name = "uuid"
    collision_free = True
    kinds = TEXTUAL | {model.UUID}
    min_length = 32

    def normalize(self, value, engine):
        # {A0B1...}, a0b1-..., urn:uuid:... are one UUID: they get one fake.
        try:
            return uuid.UUID(value.strip()).hex
        except ValueError:
            return value

    def adapt(self, column: Column) -> Strategy:
        if column.kind == model.BINARY and column.length == 16:
            return BinaryUuid(self.params)
        return self

    def generate(self, value, draw, engine, max_length):
        text = value.strip()
        try:
            uuid.UUID(text)
        except ValueError:
            raise StrategyError(
                "strategy 'uuid' cannot read a value as a UUID",
                hint="it reads 32 hex digits, with or without hyphens, braces or a urn:uuid: prefix",
            ) from None
        fake = uuid.UUID(bytes=draw.digest[:16], version=4)
        body = str(fake) if "-" in text else fake.hex
        if any(c in "ABCDEF" for c in text):
            body = body.upper()
        head = text[:9] if text.lower().startswith("urn:uuid:") else "{" if text.startswith("{") else ""
        return head + body + ("}" if text.endswith("}") else "")


class BinaryUuid(Uuid):
    """``uuid`` in a binary(16) column (MySQL's UUID_TO_BIN): 16 bytes of a version-4 UUID."""

    def __init__(self, params=None):
        super().__init__(params)
        self.key += "\0binary"  # its own claims: 16 bytes are not a UUID's text

    def normalize(self, value, engine):
        return value

    def generate(self, value, draw, engine, max_length):
        # Bytes as the codecs expect them: ASCII as itself, other bytes as surrogates
        # (written back as the same bytes in every dump encoding).
        return uuid.UUID(bytes=draw.digest[:16], version=4).bytes.decode("ascii", "surrogateescape")


@strategy
class Username(Strategy):
    """A realistic ASCII login from the locale's names (jdupont, marie.moreau42). Collision-free."""

    name = "username"
    collision_free = True
    min_length = 3

    def normalize(self, value, engine):
        return value.strip().casefold()

    def generate(self, value, draw, engine, max_length):
        locale = engine.locale(draw)
        first = engine.ascii_names(locale, "first_names").pick(draw) or "alex"
        last = engine.ascii_names(locale, "last_names").pick(draw) or "smith"
        style = draw.below(5)
        number = str(draw.below(100))
        login = (
            first[0] + last,
            f"{first}.{last}",
            f"{first}.{last}{number}",
            f"{first}_{last}",
            first + number,
        )[style]
        if max_length is None or len(login) <= max_length:
            return login
        # A short column: an initial, the start of the last name and a number that fit.
        digits = str(draw.below(10 ** min(4, max(1, max_length - 2))))
        return (first[0] + last)[: max_length - len(digits)] + digits


@strategy
class Company(Strategy):
    """A company name of the locale (Faker's company)."""

    name = "company"
    min_length = 4

    def generate(self, value, draw, engine, max_length):
        pool = engine.pool(engine.locale(draw), "company", lambda f: f.company())
        found = pool.pick(draw, lambda c: (max_length is None or len(c) <= max_length) and c != value)
        return found or pool[draw.below(POOL_SIZE)][:max_length]


# -- password --------------------------------------------------------------------

WORD = b"password"  # what every scrubbed account's password becomes
# bcrypt cannot be computed with the standard library: one fixed hash of "password"
# (cost 10), made with the bcrypt package; the tests verify it with that package.
BCRYPT_PASSWORD = "$2b$10$qqRtr5sJ30Lwid2DF8ozTOYFCXdo18T6Cav8W70vXSDSH.OSmE/sG"
_ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DRUPAL_HASH_LENGTH = 55  # Drupal 7 cuts its hashes to this many characters

_DJANGO = re.compile(r"(pbkdf2_sha256|pbkdf2_sha1)\$(\d+)\$([^$]*)\$[A-Za-z0-9+/=]+")
_PHPASS = re.compile(r"\$([PHS])\$([./0-9A-Za-z])[./0-9A-Za-z]{8}[./0-9A-Za-z]+")
_BCRYPT = re.compile(r"\$(2[abxy]?)\$\d\d\$[./0-9A-Za-z]{53}")
_MAGENTO = re.compile(r"([0-9a-f]{64}|[0-9a-f]{32}):([^:]+):(\d+)(?:_.*)?")


def phpass_base64(data: bytes) -> str:
    """The base 64 of phpass and crypt(3): 6-bit groups, least significant first."""
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i : i + 3]
        bits = int.from_bytes(chunk, "little")
        out.extend(_ITOA64[(bits >> (6 * k)) & 63] for k in range(len(chunk) + 1))
    return "".join(out)


def phpass_hash(password: bytes, setting: str) -> str:
    """phpass portable hashes ($P$, $H$: MD5) and Drupal 7's variant ($S$: SHA-512, cut to 55).

    ``setting`` is the first 12 characters: the scheme, the log2 of the iteration
    count as one character of _ITOA64, and the 8-character salt.
    """
    algorithm = hashlib.sha512 if setting[1] == "S" else hashlib.md5
    digest = algorithm(setting[4:12].encode("ascii") + password).digest()
    for _ in range(1 << _ITOA64.index(setting[3])):
        digest = algorithm(digest + password).digest()
    out = setting[:12] + phpass_base64(digest)
    return out[:DRUPAL_HASH_LENGTH] if setting[1] == "S" else out


def django_hash(password: bytes, algorithm: str, iterations: int, salt: str) -> str:
    """Django's PBKDF2PasswordHasher / PBKDF2SHA1PasswordHasher encoding."""
    digest = "sha256" if algorithm == "pbkdf2_sha256" else "sha1"
    raw = hashlib.pbkdf2_hmac(digest, password, salt.encode("ascii"), iterations)
    return f"{algorithm}${iterations}${salt}${base64.b64encode(raw).decode('ascii')}"


def magento_hash(password: bytes, salt: str, version: str) -> str:
    """Magento 2's ``hash:salt:version`` (version 1: SHA-256, version 0: MD5, of salt + password)."""
    algorithm = hashlib.md5 if version == "0" else hashlib.sha256
    return f"{algorithm(salt.encode('ascii') + password).hexdigest()}:{salt}:{version}"


@dataclasses.dataclass(frozen=True)
class PasswordParams:
    value: str | None = None  # one constant for everyone; default: a hash of "password"


@strategy
class Password(Strategy):
    """A hash of the word "password" in the original's scheme, so anyone's account opens with it (or a constant)."""

    name = "password"
    Params = PasswordParams

    def __init__(self, params=None):
        super().__init__(params)
        # With a value the fake no longer depends on the original: encoded once per form.
        self.is_constant = self.params.value is not None
        self._made: dict[bytes, str] = {}  # digest -> hash: PBKDF2 takes ~0.3 s, once per scheme is enough

    def normalize(self, value, engine):
        """The scheme and its cost: one hash (and one salt, from the digest) per scheme."""
        text = value.strip()
        if m := _DJANGO.fullmatch(text):
            return f"django\0{m[1]}\0{m[2]}\0{len(m[3])}"
        if m := _PHPASS.fullmatch(text):
            return f"phpass\0{m[1]}\0{m[2]}"
        if m := _MAGENTO.fullmatch(text):
            return f"magento\0{len(m[2])}\0{m[3]}"
        if m := _BCRYPT.fullmatch(text):
            return f"bcrypt\0{m[1]}"
        return "bcrypt\0" + "2b"

    def generate(self, value, draw, engine, max_length):
        if self.params.value is not None:
            return self.params.value
        # The digest stands for (secret, scheme): the same hash for every user of a scheme.
        made = self._made.get(draw.digest)
        if made is None:
            made = self._made[draw.digest] = self._hash(self.normalize(value, engine).split("\0"), draw)
        return made

    def _hash(self, scheme: list[str], draw) -> str:
        kind = scheme[0]
        if kind == "django":
            _, algorithm, iterations, salt_length = scheme
            salt = "".join(draw.pick(_SALT_CHARS) for _ in range(int(salt_length) or 22))
            return django_hash(WORD, algorithm, int(iterations), salt)
        if kind == "phpass":
            _, letter, cost = scheme
            salt = "".join(draw.pick(_ITOA64) for _ in range(8))
            return phpass_hash(WORD, f"${letter}${cost}{salt}")
        if kind == "magento":
            _, salt_length, version = scheme
            salt = "".join(draw.pick(_SALT_CHARS) for _ in range(int(salt_length)))
            return magento_hash(WORD, salt, version if version in ("0", "1") else "1")
        # bcrypt: the fixed hash under the original's prefix ($2a$, $2b$, $2y$ hash
        # an ASCII password alike); $2$ and $2x$ are read by no current library: $2b$.
        prefix = scheme[1] if scheme[1] in ("2a", "2b", "2y") else "2b"
        return f"${prefix}${BCRYPT_PASSWORD[4:]}"
