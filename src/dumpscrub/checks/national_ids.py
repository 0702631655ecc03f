"""National id numbers read by their checks: a French NIR, a US SSN, a Spanish DNI or
NIE, an Italian codice fiscale, a Brazilian CPF, a UK NINO, and PESEL, NIP,
personnummer, CPR, fødselsnummer, HETU, rodné číslo, CNP, TC Kimlik, the Belgian
national number, BSN, the UK driving licence number, the Austrian social insurance
number, the Slovenian EMŠO (the JMBG of the other former Yugoslav states), the
Lithuanian and Estonian personal codes, the Latvian one, the Icelandic kennitala and
the Bulgarian ЕГН, the Ukrainian RNOKPP, the Mexican CURP, and the shape of Québec's
health insurance number. Values decide, whatever the column is called.

Pure functions, no I/O. Split from values.py (the other kinds of value);
``values`` re-exports these names, so ``from .values import is_nip`` keeps working.
"""

from __future__ import annotations

import datetime as dt
import re

from ..strategies.finance import is_luhn_valid

_SSN = re.compile(r"(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}")
_NIR = re.compile(r"([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})", re.I)


def is_national_id(value: str) -> bool:
    """A national id number whose check passes: a French NIR (13 digits + 2-digit key),
    a US SSN (123-45-6789), a Spanish DNI or NIE (its control letter), an Italian codice
    fiscale (its control letter), a Brazilian CPF (its two check digits), a UK
    National Insurance number (its letter prefix and suffix), or one of ``_NATIONAL_CHECKS``
    (PESEL, personnummer, CPR, fødselsnummer, HETU, rodné číslo, CNP, TC Kimlik, Belgian
    national number, BSN, UK driving licence, Austrian social insurance number, EMŠO or
    JMBG, Baltic personal codes, kennitala, ЕГН, RNOKPP, CURP, Québec's RAMQ number): values decide,
    whatever the column is called."""
    text = value.strip()
    if _SSN.fullmatch(text) or _is_dni(text) or _is_codice_fiscale(text) or _is_cpf(text) or _NINO.fullmatch(text):
        return True
    if any(check(text) for check in _NATIONAL_CHECKS):
        return True
    m = _NIR.fullmatch(text)
    if m is None:
        return False
    body = "".join(m.groups()[:-1]).upper()
    body = body.replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(m.group(7))


_DNI = re.compile(r"([XYZ]?)(\d{7,8})-?([A-Z])", re.I)
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"  # the control letter of number % 23 (Real Decreto 1553/2005)
_CODICE_FISCALE = re.compile(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
                             re.I)
# The codice fiscale's control character: values of the characters in odd positions (DM 12/03/1974)
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23)))
_CPF = re.compile(r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}")
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", re.I)


def _is_dni(text: str) -> bool:
    m = _DNI.fullmatch(text)
    if m is None or (m[1] and len(m[2]) != 7) or (not m[1] and len(m[2]) != 8):
        return False
    number = int(str("XYZ".index(m[1].upper())) + m[2]) if m[1] else int(m[2])
    return _DNI_LETTERS[number % 23] == m[3].upper()


def _is_codice_fiscale(text: str) -> bool:
    if _CODICE_FISCALE.fullmatch(text) is None:
        return False
    code = text.upper()
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(code[:15]))
    return chr(65 + total % 26) == code[15]


def _is_cpf(text: str) -> bool:
    if _CPF.fullmatch(text) is None:
        return False
    digits = [int(c) for c in text if c.isdigit()]
    if len(set(digits)) == 1:
        return False  # 000.000.000-00 and the like pass the checks but are no one's
    for n in (9, 10):
        check = sum(d * (n + 1 - i) for i, d in enumerate(digits[:n])) * 10 % 11 % 10
        if check != digits[n]:
            return False
    return True


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _digits_of(text: str, separators: str = "") -> str | None:
    """The digits of a value written with only digits and ``separators``, or None."""
    if not text or any(not (c.isdigit() or c in separators) for c in text):
        return None
    return "".join(c for c in text if c.isdigit())


def is_pesel(text: str) -> bool:
    """A Polish PESEL: 11 digits, a birth date (the month carries the century: +20 for
    the 2000s, +80 for the 1800s) and a check digit (weights 1 3 7 9)."""
    d = _digits_of(text)
    if d is None or len(d) != 11 or len(set(d)) == 1:
        return False
    check = (10 - sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
    month, century = int(d[2:4]), {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}
    base = month // 20 * 20
    return check == int(d[10]) and base in century and _date_ok(century[base] + int(d[:2]), month - base, int(d[4:6]))


def is_nip(text: str) -> bool:
    """A Polish tax number (NIP): 10 digits (PL in front, dashes between groups allowed)
    whose last is the check digit of the first nine (weights 6 5 7 2 3 4 5 6 7, mod 11)."""
    body = text[2:] if text[:2].upper() == "PL" else text
    d = _digits_of(body.strip(), "- ")
    if d is None or len(d) != 10 or len(set(d)) == 1:
        return False
    check = sum(int(c) * w for c, w in zip(d, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
    return check != 10 and check == int(d[9])


def is_personnummer(text: str) -> bool:
    """A Swedish personnummer (or samordningsnummer, day + 60): YYMMDD-NNNC, YYYYMMDDNNNC or
    YYMMDDNNNC, a birth date and a Luhn check digit over the ten digits."""
    d = _digits_of(text, "-+")
    if d is None or len(d) not in (10, 12) or (len(d) == 12 and d[:2] not in ("18", "19", "20")):
        return False
    ten = d[-10:]
    day = int(ten[4:6]) - (60 if int(ten[4:6]) > 60 else 0)
    year = int(d[:4]) if len(d) == 12 else 1900 + int(ten[:2])
    return _date_ok(year, int(ten[2:4]), day) and is_luhn_valid(ten)


def is_cpr(text: str) -> bool:
    """A Danish CPR number: DDMMYY-SSSS, a birth date; written without its dash, the old
    modulus-11 check must hold too (weights 4 3 2 7 6 5 4 3 2 1)."""
    d = _digits_of(text, "-")
    if d is None or len(d) != 10 or not _date_ok(1900 + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False
    dashed = len(text) == 11 and text[6] == "-"
    return dashed or sum(int(c) * w for c, w in zip(d, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0


def is_fodselsnummer(text: str) -> bool:
    """A Norwegian fødselsnummer (or D-number, day + 40): DDMMYY, three digits and two
    check digits (modulus 11)."""
    d = _digits_of(text, " ")
    if d is None or len(d) != 11:
        return False
    n = [int(c) for c in d]
    k1 = 11 - sum(a * b for a, b in zip(n, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    k2 = 11 - sum(a * b for a, b in zip(n, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    k1, k2 = (0 if k1 == 11 else k1), (0 if k2 == 11 else k2)
    day = n[0] * 10 + n[1] - (40 if n[0] >= 4 else 0)
    return k1 == n[9] and k2 == n[10] and _date_ok(2000, int(d[2:4]), day)


_HETU = re.compile(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", re.I)


def is_hetu(text: str) -> bool:
    """A Finnish henkilötunnus: DDMMYY, a century sign (+ - A...), three digits and a check
    character (the nine digits modulo 31)."""
    m = _HETU.fullmatch(text)
    if m is None or not _date_ok(2000, int(m[1][2:4]), int(m[1][:2])):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m[1] + m[3]) % 31] == m[4].upper()


def is_rodne_cislo(text: str) -> bool:
    """A Czech or Slovak rodné číslo since 1954: YYMMDD/NNNC (the month + 50 for women, + 20
    since 2004), the ten digits divisible by 11 (or the first nine leaving 10 and a 0)."""
    d = _digits_of(text, "/")
    if d is None or len(d) != 10 or len(set(d)) == 1:
        return False
    month = int(d[2:4]) % 50
    month = month - 20 if month > 20 else month
    if not _date_ok(2000, month, int(d[4:6])):
        return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


def is_cnp(text: str) -> bool:
    """A Romanian CNP: 13 digits, sex and century, a birth date, a county, a check digit
    (weights 2 7 9 1 4 6 3 5 8 2 7 9, modulo 11, 10 counting 1)."""
    d = _digits_of(text)
    if d is None or len(d) != 13 or d[0] == "0" or not _date_ok(2000, int(d[3:5]), int(d[5:7])):
        return False
    check = sum(int(c) * w for c, w in zip(d, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9))) % 11
    return (1 if check == 10 else check) == int(d[12])


def is_tc_kimlik(text: str) -> bool:
    """A Turkish TC Kimlik number: 11 digits, not starting with 0, two check digits."""
    d = _digits_of(text)
    if d is None or len(d) != 11 or d[0] == "0":
        return False
    n = [int(c) for c in d]
    return (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10 == n[9] and sum(n[:10]) % 10 == n[10]


def is_belgian_number(text: str) -> bool:
    """A Belgian national number: YY.MM.DD-SSS.CC, CC = 97 - the first nine modulo 97 (with
    a 2 in front for those born since 2000)."""
    d = _digits_of(text, ".- ")
    if d is None or len(d) != 11 or len(set(d)) == 1:
        return False
    month, day = int(d[2:4]), int(d[4:6])
    if not (0 <= month <= 12 and 0 <= day <= 31):  # 00: a birth date unknown (bis numbers add 20 or 40)
        if not (20 <= month <= 52 and 0 <= day <= 31):
            return False
    check = int(d[9:])
    return check in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def is_bsn(text: str) -> bool:
    """A Dutch BSN: 9 digits passing the eleven test (weights 9 to 2, the last -1)."""
    d = _digits_of(text, ". ")
    if d is None or len(d) != 9 or len(set(d)) == 1:
        return False
    total = sum(int(c) * w for c, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0 and total > 0


# A UK driving licence number (DVLA): the surname's first five letters (9s after a shorter
# one), the birth date as decade, month (plus 50 for a woman), day and year digit, two
# initials (9 for none), a digit and two check characters; the issue number may follow.
_DVLA = re.compile(r"[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)\d(\d{2})(\d{2})\d[A-Z][A-Z9]\d[A-Z0-9]{2}"
                   r"(?: ?\d{2})?", re.I)


def is_driving_licence(text: str) -> bool:
    """A UK driving licence number, its birth month and day valid (MORGA753116SM9IJ)."""
    m = _DVLA.fullmatch(text.replace(" ", "") if len(text) > 18 else text)
    if m is None:
        return False
    month, day = int(m[1]), int(m[2])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


def is_at_svnr(text: str) -> bool:
    """An Austrian social insurance number (Sozialversicherungsnummer): a serial of three
    digits (not starting with 0), a check digit (weights 3 7 9 _ 5 8 4 2 1 6, modulus 11,
    never 10) and the birth date DDMMYY, written as ten digits or NNNC DDMMYY."""
    d = _digits_of(text, " ")
    if d is None or len(d) != 10 or d[0] == "0":
        return False
    check = sum(int(c) * w for c, w in zip(d, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6))) % 11
    return check != 10 and check == int(d[3]) and _date_ok(2000, int(d[6:8]), int(d[4:6]))


def is_jmbg(text: str) -> bool:
    """A Slovenian EMŠO or a Croatian, Serbian, Bosnian, Montenegrin or Macedonian JMBG:
    13 digits, the birth date as DDMMYYY (the year's last three digits), a region, a
    serial and a check digit (weights 7 6 5 4 3 2 twice, modulus 11; 11 counts 0, 10 is
    never issued)."""
    d = _digits_of(text)
    if d is None or len(d) != 13 or len(set(d)) == 1:
        return False
    year = int(d[4:7]) + (1000 if d[4] == "9" else 2000)
    if not _date_ok(year, int(d[2:4]), int(d[:2])):
        return False
    n = [int(c) for c in d]
    check = 11 - sum(w * (n[i] + n[i + 6]) for i, w in enumerate((7, 6, 5, 4, 3, 2))) % 11
    return check != 10 and (0 if check == 11 else check) == n[12]


def is_baltic_personal_code(text: str) -> bool:
    """A Lithuanian asmens kodas or an Estonian isikukood: 11 digits, the sex and century
    (1 to 6), the birth date YYMMDD, a serial and a check digit (weights 1 to 9 then 1,
    modulus 11; at 10, weights 3 to 9 then 1 2 3; 10 again counts 0)."""
    d = _digits_of(text)
    if d is None or len(d) != 11 or d[0] not in "123456" or len(set(d)) == 1:
        return False
    century = 1800 + 100 * ((int(d[0]) - 1) // 2)
    if not _date_ok(century + int(d[1:3]), int(d[3:5]), int(d[5:7])):
        return False
    n = [int(c) for c in d]
    check = sum(w * c for w, c in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), n)) % 11
    if check == 10:
        check = sum(w * c for w, c in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), n)) % 11
    return (0 if check == 10 else check) == n[10]


def is_latvian_personal_code(text: str) -> bool:
    """A Latvian personas kods of the old kind: DDMMYY-CNNNN, the birth date, the century
    (0 to 2) and a check digit ((1101 - the weighted sum) modulus 11, weights 1 6 3 7 9 10
    5 8 4 2). (Codes issued since 2017 start with 32 and carry no date: no check reads them.)"""
    d = _digits_of(text, "-")
    if d is None or len(d) != 11 or d[6] not in "012" or len(set(d)) == 1:
        return False
    if not _date_ok(1800 + 100 * int(d[6]) + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False
    weighted = sum(w * int(c) for w, c in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), d))
    return (1101 - weighted) % 11 == int(d[10])


def is_kennitala(text: str) -> bool:
    """An Icelandic person's kennitala: DDMMYY-RRCM, the birth date, two digits, a check
    digit (11 - the weighted sum of the first eight, weights 3 2 7 6 5 4 3 2, modulus
    11; 11 counts 0, 10 is never issued) and the century (8, 9, 0). A company's adds 40
    to the day: not a person's."""
    d = _digits_of(text, "-")
    if d is None or len(d) != 10 or d[9] not in "890" or len(set(d)) == 1:
        return False
    century = {"8": 1800, "9": 1900, "0": 2000}[d[9]]
    if not _date_ok(century + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False
    check = 11 - sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), d)) % 11
    return check != 10 and (0 if check == 11 else check) == int(d[8])


def is_egn(text: str) -> bool:
    """A Bulgarian ЕГН: YYMMDD (the month + 20 for the 1800s, + 40 for the 2000s), three
    digits (the ninth even for a man) and a check digit (weights 2 4 8 5 10 9 7 3 6,
    modulus 11, 10 counting 0)."""
    d = _digits_of(text)
    if d is None or len(d) != 10 or len(set(d)) == 1:
        return False
    month, year = int(d[2:4]), 1900 + int(d[:2])
    if month > 40:
        month, year = month - 40, year + 100
    elif month > 20:
        month, year = month - 20, year - 100
    if not _date_ok(year, month, int(d[4:6])):
        return False
    check = sum(w * int(c) for w, c in zip((2, 4, 8, 5, 10, 9, 7, 3, 6), d)) % 11
    return (0 if check == 10 else check) == int(d[9])


_CURP = re.compile(r"[A-Z][AEIOUX][A-Z]{2}(\d\d)(\d\d)(\d\d)[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL"
                   r"|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", re.I)


def is_curp(text: str) -> bool:
    """A Mexican CURP: four letters of the names, the birth date YYMMDD, the sex (H, M),
    the state of birth's code, three consonants of the names, a homoclave and a digit.
    The shape alone is distinctive: the last digit (a check digit) is not read, so a
    CURP typed with a wrong one still counts."""
    m = _CURP.fullmatch(text.strip().upper())
    return m is not None and _date_ok(2000, int(m[2]), int(m[3]))


_RAMQ = re.compile(r"([A-Z]{4}) ?(\d\d)(\d\d) ?(\d\d)(\d\d)", re.I)


def is_ramq(text: str) -> bool:
    """A Québec health insurance number (RAMQ's NAM): the surname's first three letters
    and the first name's first, the birth date YYMMDD (the month + 50 for a woman) and two
    digits (ROYL 2102 2131). It has no check digit: the date decides."""
    m = _RAMQ.fullmatch(text.strip())
    if m is None:
        return False
    month = int(m[3]) - (50 if int(m[3]) > 50 else 0)
    return _date_ok(2000, month, int(m[4]))


def is_rnokpp(text: str) -> bool:
    """A Ukrainian RNOKPP (the individual tax number, ІПН): ten digits, the first five the
    birth date as days since 31 December 1899, the ninth odd for a man, and a check digit
    (weights -1 5 7 9 4 6 10 5 7, modulus 11, then 10). Only a birth date from 1900 to
    today counts."""
    d = _digits_of(text)
    if d is None or len(d) != 10 or len(set(d)) == 1:
        return False
    born = dt.date(1899, 12, 31) + dt.timedelta(days=int(d[:5]))
    if not 1900 <= born.year <= dt.date.today().year:
        return False
    check = sum(w * int(c) for w, c in zip((-1, 5, 7, 9, 4, 6, 10, 5, 7), d)) % 11 % 10
    return check == int(d[9])


# National numbers read by their checks; a column needs a clear majority passing one of them.
_NATIONAL_CHECKS = (is_pesel, is_personnummer, is_cpr, is_fodselsnummer, is_hetu, is_rodne_cislo, is_cnp,
                    is_tc_kimlik, is_belgian_number, is_bsn, is_driving_licence, is_at_svnr, is_jmbg,
                    is_baltic_personal_code, is_latvian_personal_code, is_kennitala, is_egn, is_ramq, is_curp,
                    is_rnokpp)
