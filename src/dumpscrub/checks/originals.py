"""The forms an original value is looked for under, and the values that are no originals.

verify keeps the originals of the covered columns as keyed digests of their forms
(_forms: the value, its e-mail, phone key, IP, IBAN, card, UUID) and looks for them
among the tokens of every scrubbed value (_tokens). Placeholders ("n/a", "keine
Angabe") and role mailboxes (jobs@, contact@) identify nobody; short or prose-like
values (_is_distinctive) are judged per row only. Split from verify.py, which reads
the dumps and judges them.
"""

from __future__ import annotations

import ipaddress
import json
import re
import uuid
from typing import Iterator

from ..strategies.contact import phone_key
from ..strategies.finance import is_luhn_valid, is_valid_iban
from ..strategies.freetext import _DIGIT_RUN, _EMAIL, _IBAN, _IPV4, _IPV6, _JSON_STRING, _iban_end
from .values import base64_text, bytea, is_role_email
from .vocabulary import ROLE_MAILBOXES  # noqa: F401  (re-exported)

PLACEHOLDERS = frozenset(
    {
        "", "-", "--", "?", "0", "1", "n/a", "na", "n.a.", "none", "null", "nil", "unknown", "test", "x", "xx", "xxx",
        "tbd", "todo", "redacted", "anonymous", "default", "true", "false", "yes", "no", "[]", "{}", "0.00", "0.0",
        # English
        "prefer not to say", "i prefer not to say", "prefer not to answer", "rather not say", "not specified",
        "unspecified", "not stated", "not provided", "not given", "not disclosed", "undisclosed", "declined",
        "declined to state", "declined to answer", "not applicable", "not available", "not known", "other",
        "n/d", "nd", "n.d.", "-none-", "(none)", "(empty)", "empty", "blank", "missing", "private", "withheld",
        # German
        "keine angabe", "keine angaben", "k.a.", "k. a.", "ka", "keine", "unbekannt", "nicht angegeben",
        "möchte ich nicht angeben", "nicht bekannt", "sonstiges", "entfällt",
        # French
        "non renseigné", "non renseigne", "non communiqué", "non communique", "nc", "n.c.", "inconnu", "inconnue",
        "néant", "neant", "aucun", "aucune", "non précisé", "non precise", "non spécifié", "ne se prononce pas",
        "ne souhaite pas répondre", "préfère ne pas répondre", "sans objet", "autre",
        # Spanish, Italian, Portuguese, Dutch
        "sin especificar", "no especificado", "no especificada", "desconocido", "desconocida", "ninguno", "ninguna",
        "prefiero no decirlo", "prefiero no responder", "no consta", "no aplica", "otro", "non specificato",
        "sconosciuto", "nessuno", "não informado", "nao informado", "desconhecido", "nenhum", "onbekend",
        "niet opgegeven", "geen",
    }
)
MIN_ANYWHERE = 6  # shorter values are judged per row only (a word, a short code)
MIN_ADDRESS = 10  # shorter address values of one or two words ("Flat 3") are judged per row
MIN_TOKEN = 4  # shorter words of a scrubbed value are not looked up
MIN_BASE64 = 24  # a value at least this long, without spaces, may be base64 standing for text (a session payload)

_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T][\d:.+\-Z]*)?")
_AMOUNT = re.compile(r"[+-]?\d{1,6}(?:[.,]\d+)?")
_PHONE_SHAPE = re.compile(r"\+?[\d ().\-/\u00a0]{7,}")
_UUID = re.compile(
    r"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])"
)
_WORDS = re.compile(r"\w+")
_DOTTED = re.compile(r"\w[\w.\-+]*\w")
_DIGITS_ONLY = re.compile(r"\d{7,}")
_SPACES = re.compile(r"\s+")


def is_placeholder(text: str) -> bool:
    """Whether a value says that there is no value ("n/a", "Prefer not to say.", "keine Angabe")."""
    folded = _SPACES.sub(" ", text.casefold()).strip(" .!'\"()[]")
    return folded in PLACEHOLDERS or text.strip().casefold() in PLACEHOLDERS


def is_role_mailbox(email: str) -> bool:
    """Whether an e-mail address is a company's role mailbox (jobs@, contact@, no-reply@...)."""
    return is_role_email(email)

def _is_distinctive(text: str, strategy: str) -> bool:
    """Whether an original is unlikely to stand anywhere by chance (else: judged per row)."""
    if len(text) < MIN_ANYWHERE or _DATE_LIKE.fullmatch(text) or _AMOUNT.fullmatch(text):
        return False
    if strategy in ("address", "street") and len(text) < MIN_ADDRESS and len(text.split()) <= 2:
        return False  # Flat 3, Apt 4B, Unit 12: an address complement many share
    if "@" in text or any(c.isdigit() for c in text) or not text.isalpha():
        return True
    # A single word: a username or a token is distinctive, a word of prose is not.
    return strategy in ("username", "email", "hash", "uuid", "password") and len(text) >= 8


def _forms(text: str, strategy: str, regions: tuple[str, ...]) -> Iterator[str]:
    """The forms an original is looked for under (see _tokens for the scrubbed side)."""
    folded = text.casefold()
    yield "v:" + folded
    if _EMAIL.fullmatch(text):
        yield "e:" + folded
    digits = "".join(c for c in text if c.isdigit())
    if (strategy == "phone" or _PHONE_SHAPE.fullmatch(text)) and len(digits) >= 7:
        yield "p:" + phone_key(text, regions)
    if _IPV4.fullmatch(text) or ":" in text:
        try:
            yield "i:" + ipaddress.ip_address(text.split("/")[0]).compressed
        except ValueError:
            pass
    if _IBAN.fullmatch(text.upper()) and is_valid_iban(text):
        yield "b:" + text.replace(" ", "").casefold()
    if 13 <= len(digits) <= 19 and re.fullmatch(r"[\d \-]+", text) and is_luhn_valid(digits):
        yield "c:" + digits
    if _UUID.fullmatch(text.strip("{}").removeprefix("urn:uuid:")):
        yield "u:" + uuid.UUID(text.strip("{}").removeprefix("urn:uuid:")).hex


def _tokens(value: str, regions: tuple[str, ...], decode: bool = True) -> Iterator[str]:
    """The forms a scrubbed value may hold an original under: the value whole, its
    words and dotted words, emails, phone numbers (E.164 key), IPs, IBANs, cards,
    UUIDs, the strings of a JSON document, and (``decode``) the same of the text a
    base64 value stands for (Laravel's session payload)."""
    if decode and len(value) >= MIN_BASE64 and " " not in value:
        decoded = base64_text(value)
        if decoded is not None:
            yield from _tokens(decoded, regions, decode=False)
    text = value.strip()
    folded = text.casefold()
    yield "v:" + folded
    raw = bytea(text)
    if raw:  # PostgreSQL's bytea, read as text for what it quotes (a serialized session)
        text = raw.decode("utf-8", "replace")
        folded = text.casefold()
    if len(text) <= MIN_TOKEN:
        return
    for pattern in (_WORDS, _DOTTED):
        for m in pattern.finditer(folded):
            if len(m.group()) >= MIN_TOKEN and m.end() - m.start() != len(folded):
                yield "v:" + m.group()
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield "e:" + m.group().casefold()
    if any(c.isdigit() for c in text):
        for m in _DIGIT_RUN.finditer(text):
            run = m.group()
            if sum(c.isdigit() for c in run) >= 7:
                yield "p:" + phone_key(run, regions)
                start = m.start()
                if start > 0 and text[start - 1] == "+":
                    yield "p:" + phone_key("+" + run, regions)
        for m in _DIGITS_ONLY.finditer(text):
            yield "p:" + phone_key(m.group(), regions)
            if 13 <= len(m.group()) <= 19:
                yield "c:" + m.group()
        for m in _IPV4.finditer(text):
            yield from _ip(m.group())
        for m in re.finditer(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?!\d)", text):
            yield "c:" + "".join(c for c in m.group() if c.isdigit())
        for m in _IBAN.finditer(text.upper()):
            end = _iban_end(m.group())
            if end:
                yield "b:" + m.group()[:end].replace(" ", "").casefold()
        for m in _UUID.finditer(text):
            yield "u:" + m.group().replace("-", "").lower()
    if text.count(":") >= 2:
        for m in _IPV6.finditer(text):
            yield from _ip(m.group().rstrip("."))
    if text[:1] in "{[" and '"' in text:
        for m in _JSON_STRING.finditer(text):
            try:
                inner = json.loads(m.group())
            except ValueError:
                continue
            if isinstance(inner, str) and inner.strip():
                yield "v:" + inner.strip().casefold()


def _ip(text: str) -> Iterator[str]:
    try:
        yield "i:" + ipaddress.ip_address(text).compressed
    except ValueError:
        pass


__all__ = ["MIN_ANYWHERE", "MIN_TOKEN", "PLACEHOLDERS", "ROLE_MAILBOXES", "is_placeholder", "is_role_mailbox"]
