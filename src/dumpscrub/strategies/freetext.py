"""Free text: scrub_text replaces the personal items a text quotes (emails, phone
numbers, IPs, IBANs, card numbers, personal parts of URLs, the names and the
distinctive values of the dump's own people) and nothing else.

Each item gets the fake that its own strategy gives it anywhere in the dump: an
email quoted in a post becomes the fake of that email in ``users.email``, and a
phone number, keyed on its E.164 form, matches the ``phone`` column however the
post writes it. A value that a scrubbed column of the dump holds (people.KnownValues:
a phone number phonenumbers holds invalid, a national id, a document number) is found
as a token, or as a number by its digits, and gets that column's fake. Everything
between the items stays as it was, character for character.
"""

from __future__ import annotations

import bisect
import dataclasses
import ipaddress
import json
import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, unquote_plus

import phonenumbers

from .. import model
from ..errors import StrategyError
from ..model import Column
from ..people import MIN_DIGITS, MIN_VALUE_LENGTH, MIN_WORD_LENGTH
from . import registry
from .base import TEXTUAL, Strategy
from .contact import Email, Phone
from .finance import IBAN_LENGTHS, IBAN_MIN, is_luhn_valid, is_valid_iban, national_iban_country
from .generic import Hash, HashParams
from .network import Ip
from .registry import strategy

if TYPE_CHECKING:
    from ..fakes import FakeEngine

KINDS = ("email", "phone", "ip", "iban", "credit_card", "url", "name", "id", "address")

# Every item holds an @ (email), a colon (URL, IPv6) or a digit (the rest): a text
# with none of them costs this one search.
_HINT = re.compile(r"[@:\d]")
# A local part may start right after a JSON escape (\n, \t...) but never on its
# letter: "\njane@x.org" gives "\n" + the fake, not a broken "\" + fake. An
# apostrophe may stand inside it (o'brien@), not around it ('zoe@x.org'). A domain
# may be internationalized (bücher.example).
_EMAIL = re.compile(
    r"(?:(?<=\\[bfnrt])|(?<![\w.%+\-\\]))[\w.%+\-](?:[\w.%+\-']*[\w.%+\-])?@(?:[^\W_](?:[\w\-]*[^\W_])?\.)+[^\W\d_]{2,63}"
    r"(?![\w\-]|\.\w)"
)
_URL = re.compile(r"https?://[^\s<>\"'\\`{}|^]+", re.IGNORECASE)
_URL_TRAILER = ".,;:!?'*]}"  # sentence punctuation after a URL is not part of it
_AUTHORITY_END = re.compile(r"[/?#]")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*(?![\w:])")
# An IBAN written compact or in groups of four (ISO 13616's paper format).
_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![A-Za-z0-9])")
_CARD = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?!\d)", re.ASCII)
# phonenumbers' matcher costs about 100 µs a text and region: it runs only on a text
# with a run of six digits or more, maybe grouped, that is not a date.
_DIGIT_RUN = re.compile(r"\d(?:[ .\-/()\u00a0]{0,3}\d)+")
_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")  # 15/01/2024, 2024-01-15, 1.2.2024
# A number right after the word for a reference (booking 5974014578, itinerary 03856881,
# Rechnung Nr. 0301234567) is that reference, whatever phone it looks like: in EN FR
# DE ES IT NL PT PL SV, with "no", "nr", "n°", "#" or ":" between.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:order|invoice|booking|reservation|itinerary|confirmation|ticket|case|claim|policy|ref|reference|"
    r"tracking|parcel|shipment|transaction|contract|account|commande|facture|dossier|bestellung|rechnung|"
    r"buchung|auftrag|vorgang|aktenzeichen|vertrag|pedido|factura|reserva|localizador|expediente|contrato|"
    r"prenotazione|fattura|ordine|pratica|contratto|bestelling|factuur|boeking|encomenda|fatura|zamowienie|"
    r"faktura|rezerwacja|umowa|bokning|arende)s?\b\W{0,4}(?:(?:(?:no|nr|n|num|number|numero|nummer)\b\.?|n°)\W{0,3})?$"
)
PHONE_MIN_DIGITS = 6
# ISO/IEC 7812 major industry identifiers of payment cards: 3 (Amex, Diners, JCB),
# 4 and 5 (banks: Visa, Mastercard), 6 (Discover, UnionPay, Maestro). Order and
# ticket numbers mostly start otherwise, and one in ten passes the Luhn check.
_CARD_FIRST_DIGITS = "3456"

# Hosts whose first path segment is a person's handle (linkedin.com: after /in/).
PROFILE_HOSTS = frozenset({"facebook.com", "x.com", "twitter.com", "instagram.com", "github.com", "linkedin.com"})
# First segments of those hosts that name a page of the site, not a person.
_SITE_PAGES = frozenset(
    {
        "about", "explore", "events", "groups", "hashtag", "help", "home", "i", "intent", "legal", "login",
        "marketplace", "messages", "notifications", "orgs", "p", "pages", "privacy", "profile.php", "reel",
        "search", "settings", "share", "sharer", "sponsors", "topics", "watch",
    }
)
_HOST_PREFIXES = ("www.", "m.", "mobile.")
QUERY_HASH_LENGTH = 12  # a query value's fake: short, and still distinct for each value

# The item kinds by priority: when two items cover the same span, the first kind wins; a
# value of a scrubbed column first (an avatar's URL gets its column's fake, as a URL would not).
_PRIORITY = {
    kind: i
    for i, kind in enumerate(
        ("known", "known_json", "url", "email", "iban", "credit_card", "ip", "phone", "first_name", "last_name")
    )
}
# A word that may be a person's name: capitalized, letters with inner hyphens and
# apostrophes (Jean-Pierre, O'Brien; "Marie's" is tried as Marie too).
_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_CAPITAL = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]")  # a word starting with a capital (not a-z)
# A token of text that may be a known value (an id, a login, an e-mail the pattern
# misses): what stands between quotes, brackets, spaces and the punctuation of
# sentences, key=value pairs, paths and queries. Sentence punctuation around it is not
# part of it ("call about FR-123456." -> FR-123456).
_TOKEN = re.compile(r"[^\s\"'`<>()\[\]{},;:=|\\/#&?]{%d,}" % MIN_VALUE_LENGTH)
_TOKEN_EDGES = ".!?*~"
_LONG_TOKEN = re.compile(r"[^\s\"'`<>()\[\]{},;:=|\\/#&?]{%d}" % MIN_WORD_LENGTH)  # may be a known word
# Separators inside a digit run that may part two numbers: a space or a slash.
_BREAK = re.compile(r"[ .\-()\u00a0]*[\s/][ .\-/()\u00a0]*")
MAX_CHUNKS = 8  # the most chunks of a digit run one known number spans (+33 6 12 34 56 78: 6)


@dataclasses.dataclass(frozen=True)
class ScrubTextParams:
    find: tuple[str, ...] = KINDS  # the item kinds to look for

    def __post_init__(self):
        if not self.find:
            raise ValueError(f"find needs at least one item kind ({', '.join(KINDS)})")
        unknown = [str(k) for k in self.find if k not in KINDS]
        if unknown:
            raise ValueError(f"find: unknown item kind {', '.join(map(repr, unknown))} (kinds: {', '.join(KINDS)})")


@strategy
class ScrubText(Strategy):
    """Free text with each email, phone, IP, IBAN, card number, personal URL part, and the dump's people's names and ids replaced by their own strategy's fake."""

    name = "scrub_text"
    Params = ScrubTextParams
    kinds = TEXTUAL | {model.JSON}

    def __init__(self, params: ScrubTextParams | None = None):
        super().__init__(params)
        self._find = frozenset(self.params.find)
        self._email = Email()
        self._phone = Phone()
        self._ip = Ip()
        self._hash = Hash(HashParams(length=QUERY_HASH_LENGTH))
        self._by_name: dict[str, Strategy] = {}

    def adapt(self, column: Column) -> Strategy:
        return JsonScrubText(self.params) if column.kind == model.JSON else self

    def generate(self, value, draw, engine, max_length):
        return self.scrub(value, engine)

    def scrub(self, text: str, engine: "FakeEngine", find: frozenset[str] | None = None) -> str:
        """``text`` with each item of the kinds in ``find`` (default: the params') replaced."""
        find = self._find if find is None else find
        if not self._may_hold(text, engine, find):
            return text
        found = self._items(text, engine, find)
        if not found:
            return text
        chosen = _without_overlaps(found)
        out = []
        last = 0
        for start, end, kind in chosen:
            fake = self._replace(kind, text[start:end], engine)
            if fake is not None and fake != text[start:end]:
                out.append(text[last:start])
                out.append(fake)
                last = end
        out.append(text[last:])
        return "".join(out)

    # -- finding -----------------------------------------------------------

    @staticmethod
    def _may_hold(text: str, engine: "FakeEngine", find: frozenset[str]) -> bool:
        """Whether ``text`` may hold an item: one or two searches for the common case."""
        if _HINT.search(text):
            return True
        if "name" in find and engine.people and _CAPITAL.search(text) is not None:
            return True
        known = engine.known
        return known is not None and known.words and "id" in find and _LONG_TOKEN.search(text) is not None

    def _items(self, text: str, engine: "FakeEngine", find: frozenset[str]) -> list[tuple[int, int, str]]:
        """Every candidate item as (start, end, kind); they may overlap."""
        found: list[tuple[int, int, str]] = []
        if "email" in find and "@" in text:
            found.extend((m.start(), m.end(), "email") for m in _EMAIL.finditer(text))
        if "url" in find and "://" in text:
            for m in _URL.finditer(text):
                found.append((m.start(), m.start() + len(_trim_url(m.group())), "url"))
        if "ip" in find:
            found.extend((m.start(), m.end(), "ip") for m in _IPV4.finditer(text) if _is_ip(m.group()))
            if "::" in text or text.count(":") >= 3:
                for m in _IPV6.finditer(text):
                    address = m.group().rstrip(".")
                    if address.count(":") >= 3 and _is_ip(address):
                        found.append((m.start(), m.start() + len(address), "ip"))
        if "iban" in find:
            for m in _IBAN.finditer(text):
                end = _iban_end(m.group())
                if end:
                    found.append((m.start(), m.start() + end, "iban"))
            if any(r in IBAN_LENGTHS for r in engine.regions):  # an IBAN without its country code (NRB)
                for m in _DIGIT_RUN.finditer(text):
                    digits = "".join(c for c in m.group() if c.isdigit())
                    if len(digits) >= IBAN_MIN - 2 and national_iban_country(digits, engine.regions):
                        found.append((m.start(), m.end(), "iban"))
        if "credit_card" in find:
            found.extend((m.start(), m.end(), "credit_card") for m in _CARD.finditer(text) if _is_card(m.group()))
        if "phone" in find and _may_hold_phone(text):
            spans = set()
            for region in engine.regions:
                # STRICT_GROUPING: digits grouped as the country writes them (or not at
                # all), so an order number "2024-000123" is no US phone.
                for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.STRICT_GROUPING):
                    if not _without_trunk_zero(match.raw_string, region) and not _after_reference(text, match.start):
                        spans.add((match.start, match.end))
            found.extend((start, end, "phone") for start, end in spans)
        if "name" in find and engine.people:
            found.extend(_names(text, engine.people))
        if engine.known:
            found.extend(_known(text, engine.known, find))
        return found

    # -- replacing ---------------------------------------------------------

    def _replace(self, kind: str, original: str, engine: "FakeEngine") -> str | None:
        if kind == "email":
            return engine.fake(self._email, original)
        if kind == "phone":
            return engine.fake(self._phone, original)
        if kind == "ip":
            return engine.fake(self._ip, original)
        if kind == "url":
            return self._url(original, engine)
        if kind == "known":
            known = engine.known
            strategy, max_length, _ = known.sources[known.find_item(original)]
            return engine.fake(strategy, original, max_length)  # its column's fake
        if kind == "known_json":  # a JSON string's escaped inside, in a text column
            fake = self._replace("known", json.loads(f'"{original}"'), engine)
            return None if fake is None else json.dumps(fake, ensure_ascii="\\u" in original)[1:-1]
        return engine.fake(self._strategy(kind), original)  # iban, credit_card, first_name, last_name

    def _strategy(self, name: str) -> Strategy:
        """A registered strategy with its default params, looked up when first needed."""
        found = self._by_name.get(name)
        if found is None:
            cls = registry.get(name)
            if cls is None:
                raise StrategyError(f"strategy 'scrub_text' needs strategy '{name}', which is not registered")
            found = self._by_name[name] = cls()
        return found

    def _url(self, url: str, engine: "FakeEngine") -> str:
        """The URL with its user name and password, its query values and a profile's
        handle faked, and the items in its path and fragment scrubbed; the scheme,
        host, path structure and query keys stay."""
        scheme_end = url.index("://") + 3
        found = _AUTHORITY_END.search(url, scheme_end)
        authority_end = found.start() if found else len(url)
        userinfo, at, hostport = url[scheme_end:authority_end].rpartition("@")
        if at:
            user, colon, password = userinfo.partition(":")
            fake_user = self._username(user, engine) if user else ""
            fake_password = engine.fake(self._hash, unquote(password)) if password else ""
            userinfo = fake_user + colon + fake_password
        before_fragment, hash_mark, fragment = url[authority_end:].partition("#")
        path, question, query = before_fragment.partition("?")
        path = self._path(path, _site(hostport), engine)
        if query:
            query = "&".join(self._query_item(item, engine) for item in query.split("&"))
        if fragment:
            fragment = self.scrub(fragment, engine, self._find - {"url"})
        return url[:scheme_end] + userinfo + at + hostport + path + question + query + hash_mark + fragment

    def _path(self, path: str, site: str, engine: "FakeEngine") -> str:
        segments = path.split("/")
        handle = None
        if site == "linkedin.com":
            if len(segments) > 2 and segments[1] in ("in", "pub"):
                handle = 2
        elif site in PROFILE_HOSTS and len(segments) > 1 and segments[1].casefold() not in _SITE_PAGES:
            handle = 1
        inner = self._find - {"url"}
        for i, segment in enumerate(segments):
            if not segment:
                continue
            if i == handle:
                at = "@" if segment.startswith("@") else ""  # x.com/@jane
                segments[i] = at + self._username(segment[len(at):], engine)
            else:
                segments[i] = self.scrub(segment, engine, inner)
        return "/".join(segments)

    def _query_item(self, item: str, engine: "FakeEngine") -> str:
        key, equals, value = item.partition("=")
        if not value:
            return item
        return key + equals + engine.fake(self._hash, unquote_plus(value))

    def _username(self, handle: str, engine: "FakeEngine") -> str:
        return quote(engine.fake(self._strategy("username"), unquote(handle)), safe="@._-~")


class JsonScrubText(ScrubText):
    """``scrub_text`` in a JSON column: each string of the document is scrubbed as text
    (escapes read, so an item written with them is found too) and written back as a
    JSON string; the rest of the document stays as it was."""

    def __init__(self, params: ScrubTextParams | None = None):
        super().__init__(params)
        self.key += "\0json"  # its own fakes: the same text comes out escaped otherwise

    def generate(self, value, draw, engine, max_length):
        if "\\" not in value and not self._may_hold(value, engine, self._find):
            return value
        out = []
        last = 0
        for m in _JSON_STRING.finditer(value):
            literal = m.group()
            if "\\" not in literal and not self._may_hold(literal, engine, self._find):
                continue
            try:
                text = json.loads(literal)
            except ValueError:
                return self.scrub(value, engine)  # not JSON after all: scrubbed as plain text
            new = self.scrub(text, engine)
            if new != text:
                out.append(value[last : m.start()])
                out.append(json.dumps(new, ensure_ascii="\\u" in literal))
                last = m.end()
        out.append(value[last:])
        return "".join(out)


# A JSON string literal; in a JSON document every double quote outside one starts one.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def _without_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The items to replace, in text order: the longest item wins an overlap, then the
    earliest, then the kind's priority. The chosen spans are kept sorted, so each
    candidate is checked against its two neighbours only."""
    found.sort(key=lambda item: (item[0] - item[1], item[0], _PRIORITY[item[2]]))
    starts: list[int] = []
    chosen: list[tuple[int, int, str]] = []
    for item in found:
        start, end, _ = item
        at = bisect.bisect_left(starts, start)
        if at < len(chosen) and chosen[at][0] < end:
            continue  # overlaps the next chosen span
        if at > 0 and chosen[at - 1][1] > start:
            continue  # overlaps the one before
        starts.insert(at, start)
        chosen.insert(at, item)
    return chosen


def _names(text: str, people) -> list[tuple[int, int, str]]:
    """The words of ``text`` that are names of the dump's people, as first_name or
    last_name items. A word that is both is a first name when a last name follows it."""
    first, last = people.first, people.last
    words = [m for m in _WORD.finditer(text) if not m.group()[0].islower()]
    found = []
    for k, m in enumerate(words):
        word, start, end = m.group(), m.start(), m.end()
        folded = word.casefold()
        if folded not in first and folded not in last:
            cut = max(word.find("'"), word.find("\u2019"))
            if cut <= 0:
                continue
            word, end = word[:cut], start + cut  # Marie's -> Marie
            folded = word.casefold()
            if folded not in first and folded not in last:
                continue
        if folded in first and folded in last:
            following = words[k + 1] if k + 1 < len(words) else None
            adjacent = following is not None and text[end : following.start()].isspace()
            kind = "first_name" if adjacent and following.group().casefold() in last else "last_name"
        else:
            kind = "first_name" if folded in first else "last_name"
        found.append((start, end, kind))
    return found


def _known(text: str, known, find: frozenset[str]) -> list[tuple[int, int, str]]:
    """The values of the dump's scrubbed columns (people.KnownValues) that ``text``
    quotes: the whole text, its tokens, and its numbers however grouped. A value inside
    a longer word or number ("XFR-123456", "FR-1234567") is not one."""
    found: list[tuple[int, int, str]] = []

    def wanted(source: int | None) -> bool:
        return source is not None and known.sources[source][2] in find

    whole = text.strip()
    if len(whole) >= MIN_VALUE_LENGTH and wanted(known.find(whole)):
        start = text.index(whole)
        return [(start, start + len(whole), "known")]
    if text[:1] in "{[" and '"' in text:  # a JSON document in a text column: its strings are text
        for m in _JSON_STRING.finditer(text):
            inside = m.group()[1:-1]
            if len(inside) < MIN_VALUE_LENGTH or ("\\" not in inside and " " not in inside and "://" not in inside):
                continue  # one word without escapes is found as it stands, below (a URL is not: / and : part it)
            try:
                decoded = json.loads(m.group())
            except ValueError:
                continue
            if wanted(known.find(decoded.strip())) and decoded == decoded.strip():
                found.append((m.start() + 1, m.end() - 1, "known_json"))
    words = known.words and "id" in find
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not words and "@" not in token and not any(c.isdigit() for c in token):
            continue  # no known value is a word (a cheap test, done first)
        stripped = token.strip(_TOKEN_EDGES)
        if len(stripped) >= MIN_VALUE_LENGTH and wanted(known.find(stripped)):
            start = m.start() + token.index(stripped)
            found.append((start, start + len(stripped), "known"))
    if known.digits:
        for m in _DIGIT_RUN.finditer(text):
            if len(m.group()) >= MIN_DIGITS and not _DATE.fullmatch(m.group()):
                found.extend(_known_numbers(text, m, known, wanted))
    return found


def _known_numbers(text: str, run: re.Match, known, wanted) -> list[tuple[int, int, str]]:
    """The known numbers in a run of digits. A space or a slash may part two numbers
    ("id 8065686608-218 555 010 0199", "0612345678 / 0698765432"), so the run is cut
    there into chunks, and the longest span of chunks that is a known number wins, from
    the left; dots and dashes join the parts of one number ("555.010.0199.7" is none)."""
    chunks = []
    at = run.start()
    for cut in _BREAK.finditer(run.group()):
        chunks.append((at, run.start() + cut.start()))
        at = run.start() + cut.end()
    chunks.append((at, run.end()))
    found = []
    i, n = 0, len(chunks)
    while i < n:
        for j in range(min(n, i + MAX_CHUNKS), i, -1):
            start, end = chunks[i][0], chunks[j - 1][1]
            if text[start - 1 : start] == "+" or (text[start - 1 : start] == "(" and ")" in text[start:end]):
                start -= 1
            if text[start - 1 : start] == "(" and ")" in text[start:end]:
                start -= 1  # (+45) 21 01 57 15: the parenthesis goes with the number
            number = text[start:end]
            if _glued(text, start, end) or sum(c.isdigit() for c in number) < MIN_DIGITS:
                continue
            if wanted(known.find_number(number)):
                found.append((start, end, "known"))
                i = j
                break
        else:
            i += 1
    return found


def _glued(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a longer word or code (letters, digits, or a
    dash or dot joining them: "FR-123456", "123456.7")."""
    before = text[start - 1 : start]
    if before and (before.isalnum() or before == "_" or (before in "-." and text[start - 2 : start - 1].isalnum())):
        return True
    after = text[end : end + 1]
    return bool(after) and (after.isalnum() or after == "_" or (after in "-." and text[end + 1 : end + 2].isalnum()))


def _trim_url(url: str) -> str:
    """The URL without the sentence punctuation after it (a closing parenthesis only
    when the URL opened none)."""
    while url and (url[-1] in _URL_TRAILER or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def _site(hostport: str) -> str:
    host = hostport.rpartition(":")[0] if hostport.rfind(":") > hostport.rfind("]") else hostport
    host = host.lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def _after_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the word for a reference (booking 5974014578)."""
    before = unicodedata.normalize("NFKD", text[max(0, start - 40) : start].casefold())
    return _REFERENCE_BEFORE.search("".join(c for c in before if not unicodedata.combining(c))) is not None


def _without_trunk_zero(raw: str, region: str) -> bool:
    """Whether a national number lacks the trunk 0 its country writes it with: a booking
    number "5974014578" is a valid German number only without its 0, and nobody writes
    a German phone so. A trunk prefix the country still reads counts as one (Lithuania's
    old 8: 8-612-34567, written so long after the 0 replaced it in 2025)."""
    text = raw.lstrip()
    if text.startswith(("+", "00", "0")):
        return False
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix != "0":
        return False
    parsing = metadata.national_prefix_for_parsing
    return not (parsing and re.match(f"(?:{parsing})", text))


def _may_hold_phone(text: str) -> bool:
    for run in _DIGIT_RUN.finditer(text):
        digits = sum(c.isdigit() for c in run.group())
        if digits >= PHONE_MIN_DIGITS and not _DATE.fullmatch(run.group()):
            return True
    return False


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _iban_end(candidate: str) -> int:
    """The length of the longest IBAN that ``candidate`` starts with, cut at a group
    boundary (0 when none passes the MOD 97-10 check of ISO 13616)."""
    end = len(candidate)
    while end > 0 and len(candidate[:end].replace(" ", "")) >= IBAN_MIN:
        if is_valid_iban(candidate[:end]):
            return end
        end = candidate.rfind(" ", 0, end)  # -1 when no group is left to drop
    return 0


def _is_card(candidate: str) -> bool:
    digits = "".join(c for c in candidate if c.isdigit())
    return digits[0] in _CARD_FIRST_DIGITS and is_luhn_valid(digits)


__all__ = ["ScrubText", "ScrubTextParams", "KINDS"]
