"""People's names as Latin letters write them: without accents (FRÉDÉRIQUE as FREDERIQUE),
and Greek and Cyrillic names as passports spell them (Σπανοχριστοδούλου as
SPANOCHRISTODOULOU, Кузнецова as KUZNETSOVA), so a column of names typed from passports
or by a system without accents reads as names (see evidence.NameBook).

Greek follows ELOT 743 (ISO 843), the standard of Greek passports; Russian and other
Cyrillic names ICAO Doc 9303, the standard of machine-readable passports, with the
Ukrainian letters as Ukraine's national system writes them (Г as H, И as Y).
"""

from __future__ import annotations

import unicodedata

__all__ = ["latin_forms"]

# ELOT 743, letter by letter (lower case, accents removed); the pairs below come first.
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ("a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o")))
_GREEK_PAIRS = {"ου": "ou", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch", "μπ": "mp", "ντ": "nt"}
_GREEK_UPSILON = {"α": "a", "ε": "e", "η": "i"}  # αυ, ευ, ηυ: v before a vowel or a voiced consonant, else f
_VOICED = set("αεηιουωβγδζλμνρ")

# ICAO Doc 9303, with Ukraine's Г, И (national system of 2010).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "", "’": "",
}
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y"}
# Latin letters without a decomposition
_LATIN = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}


def latin_forms(name: str) -> set[str]:
    """The other forms of a case-folded name in plain Latin letters (none when it is one):
    accents removed, Greek and Cyrillic transliterated."""
    bare = _without_accents(name)
    forms = {bare}
    if any("\u0370" <= c <= "\u03ff" for c in bare):
        forms |= {_greek(bare), _greek(bare, always_v=True)}  # PAFSANIAS, and PAVSANIAS as often typed
    if any("\u0400" <= c <= "\u04ff" for c in bare):
        forms.add("".join(_CYRILLIC.get(c, c) for c in bare))
        forms.add("".join(_UKRAINIAN.get(c, c) for c in bare))
    return {f for f in forms if f and f != name and f.isascii()}


def _without_accents(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(_LATIN.get(c, c) for c in text)


def _greek(name: str, always_v: bool = False) -> str:
    out: list[str] = []
    i = 0
    while i < len(name):
        pair = name[i:i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        elif len(pair) == 2 and pair[0] in _GREEK_UPSILON and pair[1] == "υ":
            following = name[i + 2:i + 3]
            voiced = always_v or (following and following in _VOICED)
            out.append(_GREEK_UPSILON[pair[0]] + ("v" if voiced else "f"))
            i += 2
        else:
            out.append(_GREEK.get(name[i], name[i]))
            i += 1
    return "".join(out)
