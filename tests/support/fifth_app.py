"""The fifth held-out application: a Polish second-hand marketplace's database.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the clinic (support/heldout.py), the
staffing agency (support/blind_app.py), the rental platform (support/third_app.py) and
the mobile operator (support/fourth_app.py). It was written blind: without reading the
detector (checks/detect.py, vocabulary.py, values.py, scan.py, starter.py) or any scan
test, and labelled (tests/fifth/labels.yml) before any detector ran on it.

"Targowisko sp. z o.o." in Warsaw runs a marketplace where private people sell used
goods to each other, pay through the platform and ship through parcel lockers. Four
teams wrote it, and the names show it: the core is a Django project, so its tables are
`app_model` and its columns Django's (`accounts_user.password`, `username`,
`date_joined`, `accounts_profile.phone_number`, `avatar`, `django_session.session_key`,
`accounts_device.push_token`, `advertising_id`); the invoicing module came from a Polish
accounting vendor, in Polish with a table prefix (`kontrahenci.knt_imie`, `knt_nazwisko`,
`knt_pesel`, `knt_nip`, `knt_nr_rachunku` written as a domestic NRB, `faktury.fak_nabywca`,
`fak_pdf`); the identity checks of sellers are Polish too (`kyc_weryfikacje.nr_dokumentu`,
`zdjecie_dokumentu`, `selfie`), and the shipping service is a Node.js service whose ORM
quotes camelCase (`"Shipment"."receiverName"`, `"receiverPhone"`, `"labelPdf"`). People
write to each other in Polish (`messaging_message.body`: phones, e-mails, account
numbers, pick-up addresses) and in their listings and profiles. Next to the people are
carriers (companies: hotlines, bok@ addresses, NIPs with a check digit, IBANs), parcel
lockers (codes, addresses and coordinates), categories with icons (PNG blobs),
settings holding the marketplace's own contact data, EAN-13 barcodes, order numbers
with a Luhn digit, tracking numbers (UPU S10 with its check digit) and the payment
provider's transaction UUIDs.

Everything here is the original side: the rows (`make_marketplace`, drawn from a seeded
`random.Random` and seeded Faker instances, so every run and every server gets the same
ones), the DDL of each server (built from `SCHEMA` and `FOREIGN_KEYS`, every identifier
quoted, so camelCase names survive PostgreSQL), `create`, and the personal e-mails and
account numbers a leak check looks for (companies' excluded).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, jpeg_bytes, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Marketplace", "create", "dump", "load_labels", "make_marketplace"]

SEED = 20251121
LABELS = Path(__file__).resolve().parents[1] / "fifth" / "labels.yml"
USER_COUNT = 260
LISTING_COUNT = 300
ORDER_COUNT = 240
MESSAGE_COUNT = 300
OWN_DOMAIN = "targowisko.pl"
POLISH_MAIL = ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "gmail.com", "gmail.com", "op.pl",
               "gazeta.pl", "tlen.pl", "outlook.com", "poczta.fm")
UKRAINIAN_MAIL = ("ukr.net", "gmail.com", "gmail.com", "i.ua", "meta.ua")

TYPES = {
    "mariadb": {"ts": "datetime(6)", "json": "JSON", "blob": "longblob", "bool": "boolean", "uuid": "char(32)",
                "text": "longtext"},
    "postgresql": {"ts": "timestamp with time zone", "json": "jsonb", "blob": "bytea", "bool": "boolean",
                   "uuid": "uuid", "text": "text"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "bool", "uuid": "char(32)",
               "text": "text"},
}

# Every table's column definitions ("name type constraints"), parents before children:
# the order the tables are created and filled in. The name is quoted when the DDL is built.
SCHEMA: dict[str, tuple[str, ...]] = {
    "market_category": (
        "id integer PRIMARY KEY", "parent_id integer", "name varchar(80) NOT NULL", "slug varchar(80) NOT NULL UNIQUE",
        "icon {blob}", "commission_pct decimal(4,2) NOT NULL", "sort_order integer NOT NULL"),
    "shipping_carrier": (
        "id integer PRIMARY KEY", "name varchar(100) NOT NULL", "nip varchar(10) NOT NULL UNIQUE",
        "hotline varchar(20) NOT NULL", "support_email varchar(120) NOT NULL", "api_url varchar(200) NOT NULL",
        "settlement_iban varchar(34) NOT NULL", "is_active {bool} NOT NULL"),
    "shipping_pickuppoint": (
        "code varchar(10) PRIMARY KEY", "carrier_id integer NOT NULL", "street varchar(120) NOT NULL",
        "postal_code varchar(6) NOT NULL", "city varchar(60) NOT NULL", "latitude decimal(9,6) NOT NULL",
        "longitude decimal(9,6) NOT NULL", "location_hint varchar(120)", "opening_hours varchar(40) NOT NULL",
        "is_active {bool} NOT NULL"),
    "constance_config": (
        "id integer PRIMARY KEY", "key varchar(100) NOT NULL UNIQUE", "value {text}"),
    "accounts_user": (
        "id integer PRIMARY KEY", "password varchar(128) NOT NULL", "last_login {ts}", "is_superuser {bool} NOT NULL",
        "username varchar(150) NOT NULL UNIQUE", "first_name varchar(150) NOT NULL",
        "last_name varchar(150) NOT NULL", "email varchar(254) NOT NULL UNIQUE", "is_staff {bool} NOT NULL",
        "is_active {bool} NOT NULL", "date_joined {ts} NOT NULL"),
    "accounts_profile": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL UNIQUE", "phone_number varchar(20)", "birth_date date",
        "gender varchar(1) NOT NULL", "city varchar(60)", "postal_code varchar(6)", "bio {text} NOT NULL",
        "avatar {blob}", "marketing_consent {bool} NOT NULL", "rating_avg decimal(3,2)",
        "rating_count integer NOT NULL", "updated_at {ts} NOT NULL"),
    "accounts_address": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL", "label varchar(30) NOT NULL",
        "recipient varchar(120) NOT NULL", "street varchar(120) NOT NULL", "postal_code varchar(6) NOT NULL",
        "city varchar(60) NOT NULL", "phone varchar(20) NOT NULL", "is_default {bool} NOT NULL",
        "created_at {ts} NOT NULL"),
    "accounts_device": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL", "platform varchar(10) NOT NULL",
        "model varchar(60) NOT NULL", "os_version varchar(20) NOT NULL", "app_version varchar(20) NOT NULL",
        "push_token varchar(255) NOT NULL", "advertising_id {uuid}", "last_ip varchar(45)",
        "created_at {ts} NOT NULL", "last_seen_at {ts} NOT NULL"),
    "django_session": (
        "session_key varchar(40) PRIMARY KEY", "session_data {text} NOT NULL", "expire_date {ts} NOT NULL"),
    "kontrahenci": (
        "knt_id integer PRIMARY KEY", "knt_uzytkownik_id integer NOT NULL UNIQUE", "knt_typ varchar(5) NOT NULL",
        "knt_imie varchar(60) NOT NULL", "knt_nazwisko varchar(80) NOT NULL", "knt_nazwa_firmy varchar(160)",
        "knt_nip varchar(10) UNIQUE", "knt_pesel char(11)", "knt_ulica varchar(120) NOT NULL",
        "knt_kod_poczt varchar(6) NOT NULL", "knt_miejscowosc varchar(60) NOT NULL",
        "knt_email varchar(254) NOT NULL", "knt_nr_rachunku varchar(40)", "knt_vat_czynny {bool} NOT NULL",
        "knt_data_dodania date NOT NULL"),
    "faktury": (
        "fak_id integer PRIMARY KEY", "fak_numer varchar(30) NOT NULL UNIQUE", "fak_knt_id integer NOT NULL",
        "fak_data_wyst date NOT NULL", "fak_okres char(7) NOT NULL", "fak_netto decimal(10,2) NOT NULL",
        "fak_vat decimal(10,2) NOT NULL", "fak_brutto decimal(10,2) NOT NULL", "fak_nabywca varchar(200) NOT NULL",
        "fak_nip_nabywcy varchar(10)", "fak_adres_nabywcy varchar(200) NOT NULL", "fak_pdf {blob}",
        "fak_status varchar(10) NOT NULL"),
    "kyc_weryfikacje": (
        "id integer PRIMARY KEY", "uzytkownik_id integer NOT NULL", "rodzaj_dokumentu varchar(2) NOT NULL",
        "nr_dokumentu varchar(12) NOT NULL", "pesel char(11)", "data_urodzenia date NOT NULL",
        "obywatelstwo char(2) NOT NULL", "zdjecie_dokumentu {blob}", "selfie {blob}", "wynik varchar(10) NOT NULL",
        "wynik_score decimal(4,3)", "operator varchar(20)", "utworzono {ts} NOT NULL"),
    "market_listing": (
        "id integer PRIMARY KEY", "seller_id integer NOT NULL", "category_id integer NOT NULL",
        "title varchar(120) NOT NULL", "description {text} NOT NULL", "price decimal(10,2) NOT NULL",
        "condition varchar(12) NOT NULL", "ean varchar(13)", "city varchar(60) NOT NULL",
        "status varchar(10) NOT NULL", "view_count integer NOT NULL", "created_at {ts} NOT NULL"),
    "orders_order": (
        "id integer PRIMARY KEY", "number varchar(20) NOT NULL UNIQUE", "buyer_id integer NOT NULL",
        "listing_id integer NOT NULL", "amount decimal(10,2) NOT NULL", "shipping_fee decimal(6,2) NOT NULL",
        "status varchar(12) NOT NULL", "shipping_snapshot {json} NOT NULL", "buyer_note varchar(500)",
        "created_at {ts} NOT NULL", "paid_at {ts}"),
    "Shipment": (
        "id integer PRIMARY KEY", "orderId integer NOT NULL UNIQUE", "carrierId integer NOT NULL",
        "trackingNumber varchar(30) NOT NULL UNIQUE", "lockerCode varchar(10)", "receiverName varchar(120) NOT NULL",
        "receiverPhone varchar(20) NOT NULL", "receiverEmail varchar(254) NOT NULL", "receiverAddress varchar(200)",
        "weightGrams integer NOT NULL", "labelPdf {blob}", "status varchar(16) NOT NULL",
        "createdAt {ts} NOT NULL", "deliveredAt {ts}"),
    "payments_payout": (
        "id integer PRIMARY KEY", "user_id integer NOT NULL", "amount decimal(10,2) NOT NULL",
        "iban varchar(34) NOT NULL", "account_holder varchar(120) NOT NULL", "p24_session_id {uuid} NOT NULL UNIQUE",
        "provider_payload {json}", "status varchar(10) NOT NULL", "requested_at {ts} NOT NULL"),
    "messaging_message": (
        "id integer PRIMARY KEY", "listing_id integer NOT NULL", "sender_id integer NOT NULL",
        "recipient_id integer NOT NULL", "body {text} NOT NULL", "sender_ip varchar(45)",
        "sent_at {ts} NOT NULL", "read_at {ts}"),
}
COLUMNS: dict[str, tuple[str, ...]] = apps.columns_of(SCHEMA)


FOREIGN_KEYS = (
    _fk("market_category", ["parent_id"], "market_category", ["id"]),
    _fk("shipping_pickuppoint", ["carrier_id"], "shipping_carrier", ["id"]),
    _fk("accounts_profile", ["user_id"], "accounts_user", ["id"]),
    _fk("accounts_address", ["user_id"], "accounts_user", ["id"]),
    _fk("accounts_device", ["user_id"], "accounts_user", ["id"]),
    _fk("kontrahenci", ["knt_uzytkownik_id"], "accounts_user", ["id"]),
    # The invoicing vendor's module sends invoices to the account's e-mail, and keeps it in step.
    _fk("kontrahenci", ["knt_email"], "accounts_user", ["email"]),
    _fk("faktury", ["fak_knt_id"], "kontrahenci", ["knt_id"]),
    # A sole trader's invoices carry the tax number on file (a sole trader's NIP is his own).
    _fk("faktury", ["fak_nip_nabywcy"], "kontrahenci", ["knt_nip"]),
    _fk("kyc_weryfikacje", ["uzytkownik_id"], "accounts_user", ["id"]),
    _fk("market_listing", ["seller_id"], "accounts_user", ["id"]),
    _fk("market_listing", ["category_id"], "market_category", ["id"]),
    _fk("orders_order", ["buyer_id"], "accounts_user", ["id"]),
    _fk("orders_order", ["listing_id"], "market_listing", ["id"]),
    _fk("Shipment", ["orderId"], "orders_order", ["id"]),
    _fk("Shipment", ["carrierId"], "shipping_carrier", ["id"]),
    _fk("Shipment", ["lockerCode"], "shipping_pickuppoint", ["code"]),
    _fk("payments_payout", ["user_id"], "accounts_user", ["id"]),
    _fk("messaging_message", ["listing_id"], "market_listing", ["id"]),
    _fk("messaging_message", ["sender_id"], "accounts_user", ["id"]),
    _fk("messaging_message", ["recipient_id"], "accounts_user", ["id"]),
)

# (slug, name, parent slug, commission %, products: (title, EAN prefix or None, price range))
CATEGORIES = (
    ("elektronika", "Elektronika", None, "6.00", ()),
    ("telefony", "Telefony i akcesoria", "elektronika", "6.00", (
        ("iPhone 12 64GB, stan bardzo dobry", "0194252", (900, 1500)),
        ("Samsung Galaxy S21 128GB", "8806090", (700, 1200)),
        ("Xiaomi Redmi Note 11 + etui", "6934177", (350, 600)),
        ("Ładowarka USB-C 20W, nowa", "5901234", (20, 60)))),
    ("komputery", "Komputery", "elektronika", "6.00", (
        ("Laptop Lenovo ThinkPad T480, i5, 16GB RAM", None, (900, 1600)),
        ("Monitor Dell 24\" P2419H", "5397184", (300, 500)),
        ("Klawiatura mechaniczna Keychron K2", "4897114", (250, 380)))),
    ("dom-i-ogrod", "Dom i ogród", None, "8.50", ()),
    ("meble", "Meble", "dom-i-ogrod", "8.50", (
        ("Komoda IKEA MALM, 3 szuflady", "7393041", (150, 300)),
        ("Krzesło drewniane, 4 sztuki", None, (100, 400)),
        ("Biurko regulowane elektrycznie", None, (700, 1400)))),
    ("narzedzia", "Narzędzia", "dom-i-ogrod", "8.50", (
        ("Wiertarka Bosch PSB 500 RE", "3165140", (120, 220)),
        ("Kosiarka spalinowa Stiga", None, (400, 900)))),
    ("dziecko", "Dziecko", None, "7.00", (
        ("Wózek dziecięcy 3w1 Bebetto", "5903011", (600, 1500)),
        ("Fotelik samochodowy Cybex 0-13 kg", "4058511", (250, 600)),
        ("Ubranka niemowlęce rozm. 62-68, paka", None, (30, 90)),
        ("Klocki LEGO Duplo, zestaw", "5702016", (60, 180)))),
    ("moda", "Moda", None, "10.00", (
        ("Kurtka zimowa The North Face, rozm. M", "0194115", (300, 700)),
        ("Buty Nike Air Max 90, rozm. 42", "0193655", (200, 450)),
        ("Sukienka wieczorowa, rozm. 38", None, (80, 250)))),
    ("sport", "Sport i turystyka", None, "8.00", (
        ("Rower trekkingowy Kross Trans 5.0", "5902262", (1200, 2500)),
        ("Namiot 3-osobowy Coleman", "3138522", (200, 450)),
        ("Hantle 2 x 10 kg", None, (80, 160)))),
    ("ksiazki", "Książki i muzyka", None, "5.00", (
        ("Podręczniki do liceum, klasa 2, komplet", "9788302", (60, 200)),
        ("Płyty winylowe, jazz, 12 szt.", None, (150, 600)),
        ("Wiedźmin, komplet 8 tomów", "9788375", (120, 250)))),
    ("zdrowie", "Zdrowie i uroda", None, "8.00", (
        ("Ciśnieniomierz Omron M3", "4015672", (90, 180)),
        ("Balkonik rehabilitacyjny, składany", None, (120, 300)))),
)
CONDITIONS = ("nowy", "jak_nowy", "dobry", "dobry", "uzywany", "do_naprawy")
LISTING_STATUSES = ("active", "active", "active", "sold", "sold", "expired", "blocked")
# (city, postcode lead, area code, latitude, longitude)
PLACES = (
    ("Warszawa", "0", "22", 52.2297, 21.0122), ("Warszawa", "0", "22", 52.2297, 21.0122),
    ("Kraków", "3", "12", 50.0647, 19.9450), ("Wrocław", "5", "71", 51.1079, 17.0385),
    ("Poznań", "6", "61", 52.4064, 16.9252), ("Gdańsk", "8", "58", 54.3520, 18.6466),
    ("Łódź", "9", "42", 51.7592, 19.4560), ("Lublin", "2", "81", 51.2465, 22.5684),
    ("Katowice", "4", "32", 50.2649, 19.0238), ("Szczecin", "7", "91", 53.4285, 14.5528),
    ("Białystok", "1", "85", 53.1325, 23.1688), ("Rzeszów", "3", "17", 50.0412, 21.9991),
    ("Toruń", "8", "56", 53.0138, 18.5984), ("Gdynia", "8", "58", 54.5189, 18.5305),
)
POSTCODES = {"Warszawa": ("00", "01", "02", "03", "04"), "Kraków": ("30", "31"), "Wrocław": ("50", "51", "52"),
             "Poznań": ("60", "61"), "Gdańsk": ("80",), "Łódź": ("90", "91", "93"), "Lublin": ("20",),
             "Katowice": ("40",), "Szczecin": ("70", "71"), "Białystok": ("15",), "Rzeszów": ("35",),
             "Toruń": ("87",), "Gdynia": ("81",)}
# (name, NIP, hotline, mailbox, domain, S10 service letters or None for 24-digit locker numbers)
CARRIERS = (
    ("Skrytka24 sp. z o.o.", "722 444 000", "bok", "skrytka24.pl", None),
    ("Kurier Wisła S.A.", "22 577 55 55", "kontakt", "kurierwisla.pl", None),
    ("Poczta Pomorska sp. z o.o.", "58 320 10 10", "obsluga", "pocztapomorska.pl", "RR"),
    ("ExpressLine Polska sp. z o.o.", "801 400 400", "pomoc", "expressline.pl", None),
    ("Odbiór Tu sp. z o.o.", "61 222 33 44", "bok", "odbiortu.pl", "EE"),
)
BANK_CODES = ("1020105", "1140200", "1050144", "1240103", "2490000", "1090101", "1160220", "1750001", "1870001",
              "1320153")
NATIONALITIES = ("PL",) * 12 + ("UA", "UA")
DEVICES = (("android", "SM-A536B", "14"), ("android", "Redmi Note 12", "13"), ("android", "Pixel 7", "14"),
           ("ios", "iPhone14,5", "17.4.1"), ("ios", "iPhone15,2", "17.5"), ("ios", "iPhone12,1", "16.7.8"),
           ("android", "moto g54 5G", "14"), ("android", "SM-G991B", "14"))
APP_VERSIONS = ("4.12.0", "4.12.1", "4.13.0", "4.14.2", "4.15.0")
KYC_OPERATORS = ("veriface-auto", "veriface-auto", "veriface-auto", "m.zielinska", "t.wrobel")
GREETINGS = ("Dzień dobry", "Witam", "Cześć", "Hej", "Dobry wieczór")
MESSAGES = (
    "{greeting}, czy przedmiot jest nadal dostępny? Mój numer: {phone}",
    "{greeting}, mogę zapłacić przelewem poza serwisem? Proszę o przelew na konto {account}, w tytule numer "
    "ogłoszenia.",
    "Odbiór osobisty możliwy: {street}, {city}. Proszę dzwonić {phone} po 17.",
    "Wyślę więcej zdjęć mailem, proszę napisać na {email}",
    "Czy cena do negocjacji? Mogę dać {price} zł.",
    "Paczka nadana, numer śledzenia jest w zamówieniu.",
    "Dziękuję, wszystko w porządku! Polecam.",
    "Nazywam się {first} {last}, kupiłem u Pana {title} w zeszłym tygodniu i nie działa. Proszę o kontakt: {email}",
    "{greeting}, jestem po operacji kolana i nie mogę odebrać osobiście, czy możliwa wysyłka?",
    "Przedmiot zarezerwowany do piątku.",
    "Numer konta do zwrotu: {account} ({first} {last}).",
    "Czy mógłby Pan wysłać do paczkomatu {locker}?",
)
BIOS = (
    "", "", "", "Sprzedaję rzeczy po dzieciach. Kontakt: {email}", "Kolekcjoner płyt winylowych z {city}.",
    "Wysyłka w 24h. Pytania: {phone}", "Student, sprzedaję podręczniki.", "Pasjonat rowerów. Zapraszam!",
    "Odbiór osobisty {city}, tel. {phone}", "Mama trójki dzieci, wyprzedaż szafy :)",
)
DESCRIPTION_TAILS = (
    "", "", "", "", " Odbiór osobisty lub wysyłka.", " Kontakt tel. {phone}.", " Odbiór osobisty: {city}, {street}.",
    " Faktura VAT marża.", " Pytania proszę kierować przez czat.", " Więcej info: {email}",
)
NOTES = (None, None, None, "Proszę o dokładne zapakowanie.", "Proszę dzwonić przed dostawą: {phone}",
         "Domofon nie działa, proszę dzwonić {phone}", "Prezent, proszę bez paragonu w paczce.",
         "Odbiorca: {first} {last}")
SHIPMENT_STATUSES = ("delivered", "delivered", "delivered", "in_transit", "created", "returned")
ORDER_STATUSES = ("paid", "shipped", "completed", "completed", "completed", "cancelled", "refunded")


@dataclass
class Marketplace:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (companies' excluded)
    # People's accounts as their 26 digits (the domestic NRB): found inside the IBAN too.
    ibans: set[str] = field(default_factory=set)
    people: list[dict[str, Any]] = field(default_factory=list)  # each user's identity, drawn once
    sellers: list[int] = field(default_factory=list)  # the users with invoicing data (kontrahenci)
    products: list[tuple] = field(default_factory=list)  # (category id, title, EAN prefix, price range)


# Ukrainian given and family names as a Polish passport office transliterates them.
LATIN = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ'", (
    "a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "", ""), strict=True))


def latin(name: str) -> str:
    """A Cyrillic name in the Latin letters of a Ukrainian passport."""
    out = "".join(LATIN.get(ch.lower(), ch.lower()) for ch in name)
    return "-".join(part.capitalize() for part in out.split("-"))


def pesel_digit(ten: str) -> str:
    """A PESEL's check digit."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return str((10 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 10) % 10)


def nip_digit(nine: str) -> str | None:
    """A Polish tax number's (NIP) check digit, None when the nine digits have none (sum % 11 == 10)."""
    rest = sum(int(d) * w for d, w in zip(nine, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    return None if rest == 10 else str(rest)


def id_card_digit(letters: str, five: str) -> str:
    """A Polish identity card's (dowód osobisty, ABC123456) check digit, its fourth character."""
    values = [ord(c) - 55 for c in letters] + [int(d) for d in five]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    return str(sum(v * w for v, w in zip(values, weights, strict=True)) % 10)


def sort_code_digit(seven: str) -> str:
    """A Polish bank branch number's eighth digit."""
    total = sum(int(d) * w for d, w in zip(seven, (3, 9, 7, 1, 3, 9, 7), strict=True))
    return str((10 - total % 10) % 10)


def ean_digit(twelve: str) -> str:
    """An EAN-13's (GS1) check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve))
    return str((10 - total % 10) % 10)


def s10_digit(eight: str) -> str:
    """A UPU S10 tracking number's (RR123456785PL) check digit."""
    rest = 11 - sum(int(d) * w for d, w in zip(eight, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return "0" if rest == 10 else "5" if rest == 11 else str(rest)


class _Maker(apps.Unique):
    """Draws the marketplace's values; every phone, e-mail and account number it gives is new."""

    def __init__(self, rng: random.Random, market: Marketplace) -> None:
        super().__init__()
        self.rng = rng
        self.market = market
        self.numbers: set[str] = set()

    def _national(self, kind: str, area: str) -> str:
        rng = self.rng
        while True:
            if kind == "mobile":
                digits = rng.choice(("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")) + "".join(
                    rng.choices(string.digits, k=7))
            else:
                digits = area + rng.choice("2345678") + "".join(rng.choices(string.digits, k=6))
            number = phonenumbers.parse(digits, "PL")
            if phonenumbers.is_valid_number(number) and digits not in self.numbers:
                self.numbers.add(digits)
                return digits

    def phone(self, kind: str = "mobile", area: str = "22") -> str:
        """A number as a person typed it into a form."""
        d = self._national(kind, area)
        if kind == "mobile":
            return self.rng.choice((d, d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}",
                                    f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"+48{d}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))
        return self.rng.choice((f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+48 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
                                f"({d[:2]}) {d[2:5]}-{d[5:7]}-{d[7:]}"))

    def e164(self) -> str:
        """A mobile number as the shipping service normalises it."""
        return "+48" + self._national("mobile", "")

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first.replace(" ", "")), ascii_fold(last.replace(" ", ""))
        base = rng.choice((f"{given}.{family}", f"{given[0]}{family}", f"{given}{family}", f"{given}_{family}",
                           f"{given}{rng.randint(70, 99)}", f"{family}.{given[0]}",
                           f"{given}.{family}{rng.randint(1, 9)}"))
        while True:
            local = base if rng.random() < 0.5 else f"{base}{rng.randint(1, 999)}"
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.market.emails:
                self.market.emails.add(address.casefold())
                return address

    def account(self, personal: bool = True) -> str:
        """A Polish bank account as an IBAN, compact (PL + 26 digits)."""
        rng = self.rng
        while True:
            code = rng.choice(BANK_CODES)
            nrb_tail = code + sort_code_digit(code) + "".join(rng.choices(string.digits, k=16))
            compact = "PL" + iban_check_digits("PL", nrb_tail) + nrb_tail
            if compact[2:] not in self.used:
                self.used.add(compact[2:])
                if personal:
                    self.market.ibans.add(compact[2:])
                return compact

    def account_as_typed(self, personal: bool = True) -> str:
        """An account number the way Poles write it: grouped, with or without PL, or compact."""
        compact = self.account(personal)
        nrb = compact[2:]
        return self.rng.choice((compact, grouped(compact), f"{nrb[:2]} {grouped(nrb[2:])}", nrb))

    def pesel(self, born: str, sex: str) -> str:
        year, month, day = int(born[:4]), int(born[5:7]), int(born[8:10])
        month += 20 if year >= 2000 else 0

        def draw() -> str:
            serial = f"{self.rng.randint(0, 999):03d}" + self.rng.choice("13579" if sex == "M" else "02468")
            ten = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
            return ten + pesel_digit(ten)

        return self.unique(draw)

    def nip(self, tax_office: str | None = None) -> str:
        def draw() -> str:
            while True:
                nine = (tax_office or self.rng.choice(("525", "526", "676", "899", "779", "584", "727", "951", "113",
                                                       "922"))) + "".join(self.rng.choices(string.digits, k=6))
                digit = nip_digit(nine)
                if digit is not None:
                    return nine + digit

        return self.unique(draw)

    def id_card(self) -> str:
        def draw() -> str:
            letters = "".join(self.rng.choices(string.ascii_uppercase, k=3))
            five = "".join(self.rng.choices(string.digits, k=5))
            return letters + id_card_digit(letters, five) + five

        return self.unique(draw)

    def passport_ua(self) -> str:
        return self.unique(lambda: self.rng.choice(("FE", "FF", "FA", "EX", "FT")) + "".join(
            self.rng.choices(string.digits, k=6)))


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    return apps.moment(rng, first_year, last_year, (0, 23))


def _after(rng: random.Random, moment: str, last_year: int = 2024) -> str:
    """A moment after `moment` (a later day of its year or a later year), for updates and deliveries."""
    return apps.after(lambda first, last: _moment(rng, first, last), moment, last_year)


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return apps.ipv4(rng, (31, 37, 46, 83, 89, 91, 178, 188, 193, 213))  # Polish access networks' ranges
    return f"2a01:110f:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(8):x}"


def _password(rng: random.Random) -> str:
    """Django's PBKDF2 hash; an unusable password ("!" + 40 characters) for social logins."""
    if rng.random() < 0.15:
        return "!" + "".join(rng.choices(string.ascii_letters + string.digits, k=40))
    salt = "".join(rng.choices(string.ascii_letters + string.digits, k=22))
    digest = base64.b64encode(hashlib.sha256(rng.randbytes(32)).digest()).decode("ascii")
    return f"pbkdf2_sha256${rng.choice((600000, 720000))}${salt}${digest}"


def _postcode(rng: random.Random, city: str) -> str:
    return f"{rng.choice(POSTCODES[city])}-{rng.randint(1, 999):03d}"


def _street(fake: Faker, rng: random.Random, flat: bool = True) -> str:
    number = f"{rng.randint(1, 180)}{rng.choice(('', '', '', 'A', 'B'))}"
    tail = f"/{rng.randint(1, 80)}" if flat and rng.random() < 0.7 else ""
    return f"{rng.choice(('ul.', 'ul.', 'ul.', 'al.', 'os.'))} {fake.street_name()} {number}{tail}"


def _reference(rng: random.Random, m: Marketplace, make: _Maker, pl: Faker) -> None:
    m.rows["market_category"] = []
    slugs: dict[str, int] = {}
    for i, (slug, name, parent, pct, products) in enumerate(CATEGORIES, 1):
        slugs[slug] = i
        m.rows["market_category"].append((i, slugs[parent] if parent else None, name, slug,
                                          png_bytes(rng) if rng.random() < 0.8 else None, Decimal(pct), i * 10))
        m.products += [(i, *product) for product in products]
    m.rows["shipping_carrier"] = []
    for i, (name, hotline, box, domain, _) in enumerate(CARRIERS, 1):
        iban = make.account(personal=False)
        m.rows["shipping_carrier"].append((i, name, make.nip(), hotline, f"{box}@{domain}",
                                           f"https://api.{domain}/v{rng.randint(1, 3)}/",
                                           grouped(iban) if rng.random() < 0.5 else iban, i != 5))
    m.rows["shipping_pickuppoint"] = []
    for i in range(60):
        city, _, _, lat, lon = PLACES[i % len(PLACES)]
        carrier = rng.choice((1, 1, 1, 2, 4))
        code = make.unique(lambda: f"{ascii_fold(city)[:3].upper()}{rng.randint(1, 299):02d}{rng.choice('MAP')}")
        m.rows["shipping_pickuppoint"].append((
            code, carrier, _street(pl, rng, flat=False), _postcode(rng, city), city,
            Decimal(f"{lat + rng.uniform(-0.05, 0.05):.6f}"), Decimal(f"{lon + rng.uniform(-0.08, 0.08):.6f}"),
            rng.choice((None, "przy sklepie Żabka", "parking Biedronki", "obok stacji Orlen", "przy wejściu do galerii",
                        "naprzeciwko poczty")),
            rng.choice(("24/7", "24/7", "pn-sb 6:00-23:00", "pn-pt 8:00-20:00")), rng.random() < 0.93))
    own = make.account(personal=False)
    m.rows["constance_config"] = [(i, key, value) for i, (key, value) in enumerate((
        ("SITE_NAME", "Targowisko.pl"),
        ("COMPANY_NAME", "Targowisko sp. z o.o."),
        ("COMPANY_NIP", make.nip("525")),
        ("COMPANY_KRS", "0000781234"),
        ("COMPANY_ADDRESS", "ul. Prosta 20, 00-850 Warszawa"),
        ("SUPPORT_EMAIL", f"pomoc@{OWN_DOMAIN}"),
        ("SUPPORT_PHONE", "+48 22 307 11 00"),
        ("DPO_EMAIL", f"iod@{OWN_DOMAIN}"),
        ("PAYOUT_SOURCE_IBAN", grouped(own)),
        ("COMMISSION_DEFAULT_PCT", "8.5"),
        ("PAYOUT_MIN_PLN", "20"),
        ("KYC_REQUIRED_ABOVE_PLN", "2000"),
        ("KYC_PROVIDER", "veriface"),
        ("FCM_SENDER_ID", "471938204512"),
        ("MAINTENANCE_MODE", "false"),
        ("INVOICE_SERIES", "FV/{year}/{month}/"),
        ("LISTING_TTL_DAYS", "30"),
    ), 1)]


def _person(rng: random.Random, fakes: dict[str, Faker]) -> dict[str, str]:
    nationality = rng.choice(NATIONALITIES)
    fake = fakes[nationality]
    sex = rng.choice("MK")
    first = fake.first_name_male() if sex == "M" else fake.first_name_female()
    last = fake.last_name_male() if sex == "M" else fake.last_name_female()
    if nationality == "UA":
        first, last = latin(first), latin(last)
    place = rng.choice(PLACES)
    return {"nationality": nationality, "sex": sex, "first": first, "last": last, "city": place[0],
            "area": place[2], "born": _day(rng, 1950, 2005)}


def _username(rng: random.Random, make: _Maker, first: str, last: str) -> str:
    given, family = ascii_fold(first), ascii_fold(last)
    return make.unique(lambda: rng.choice((
        f"{given}_{family[:3]}{rng.randint(70, 99)}", f"{given}.{family}", f"{given}{rng.randint(1980, 2005)}",
        f"{family}_{given[0]}", f"{given[:4]}{family[:4]}{rng.randint(1, 99)}", f"sprzedawca_{rng.randint(100, 9999)}",
        f"{given}_{rng.choice(('krk', 'waw', 'wro', 'gda', 'poz'))}")))


def _fill(template: str, **values: str) -> str:
    return template.format(**{k: v for k, v in values.items() if "{" + k + "}" in template})


def _users(rng: random.Random, m: Marketplace, make: _Maker, fakes: dict[str, Faker]) -> None:
    for name in ("accounts_user", "accounts_profile", "accounts_address", "accounts_device", "django_session"):
        m.rows[name] = []
    for i in range(1, USER_COUNT + 1):
        person = _person(rng, fakes)
        m.people.append(person)
        first, last = person["first"], person["last"]
        person["email"] = make.email(first, last, UKRAINIAN_MAIL if person["nationality"] == "UA" else POLISH_MAIL)
        person["phone"] = make.phone("mobile")
        joined = _moment(rng, 2016, 2024)
        named = rng.random() < 0.8  # Django keeps '' for the names a user never gave
        staff = i <= 4
        m.rows["accounts_user"].append((
            i, _password(rng), _after(rng, joined) if rng.random() < 0.9 else None, i == 1,
            _username(rng, make, first, last), first if named else "", last if named else "", person["email"], staff,
            rng.random() < 0.94, joined))
        fake = fakes[person["nationality"]]
        bio = _fill(rng.choice(BIOS), email=person["email"], phone=person["phone"], city=person["city"])
        has_city = rng.random() < 0.75
        m.rows["accounts_profile"].append((
            i, i, person["phone"] if rng.random() < 0.8 else None, person["born"] if rng.random() < 0.6 else None,
            person["sex"] if rng.random() < 0.85 else "", person["city"] if has_city else None,
            _postcode(rng, person["city"]) if has_city and rng.random() < 0.8 else None, bio,
            (jpeg_bytes(rng) if rng.random() < 0.7 else png_bytes(rng)) if rng.random() < 0.45 else None,
            rng.random() < 0.35, Decimal(f"{rng.uniform(3.2, 5.0):.2f}") if rng.random() < 0.6 else None,
            rng.randint(0, 240), _after(rng, joined)))
        person["street"] = _street(fake if person["nationality"] == "PL" else fakes["PL"], rng)
        for k in range(rng.choice((0, 1, 1, 1, 2))):
            recipient = f"{first} {last}" if k == 0 else f"{fakes['PL'].first_name()} {last}"
            street = person["street"] if k == 0 else _street(fakes["PL"], rng)
            m.rows["accounts_address"].append((
                len(m.rows["accounts_address"]) + 1, i,
                ("Dom", "Praca", "Rodzice", "Mieszkanie")[k * rng.randint(1, 3)],
                recipient, street, _postcode(rng, person["city"]), person["city"],
                person["phone"] if k == 0 else make.phone("mobile"), k == 0, _after(rng, joined)))
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            platform, model, os_version = rng.choice(DEVICES)
            if platform == "ios":
                token = rng.randbytes(32).hex()
                ad_id = str(uuid.UUID(bytes=rng.randbytes(16), version=4)).upper() if rng.random() < 0.5 else None
            else:
                instance = base64.urlsafe_b64encode(rng.randbytes(16)).decode()[:22]
                token = f"{instance}:APA91b{base64.urlsafe_b64encode(rng.randbytes(101)).decode()[:134]}"
                ad_id = str(uuid.UUID(bytes=rng.randbytes(16), version=4)) if rng.random() < 0.85 else None
            seen = _after(rng, joined)
            m.rows["accounts_device"].append((
                len(m.rows["accounts_device"]) + 1, i, platform, model, os_version, rng.choice(APP_VERSIONS), token,
                ad_id, _ip(rng) if rng.random() < 0.9 else None,
                min(_moment(rng, int(joined[:4]), int(seen[:4])), seen), seen))
    for _ in range(150):
        key = "".join(rng.choices(string.ascii_lowercase + string.digits, k=32))
        session = {"_auth_user_id": str(rng.randint(1, USER_COUNT)),
                   "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                   "_auth_user_hash": rng.randbytes(32).hex()}
        payload = base64.urlsafe_b64encode(zlib.compress(json.dumps(session).encode())).decode()
        stamp = base64.b64encode(rng.randbytes(4)).decode().rstrip("=").replace("+", "a").replace("/", "b")
        signature = base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("=")
        m.rows["django_session"].append((key, f".{payload.rstrip('=')}:{stamp}:{signature}", _moment(rng, 2024, 2025)))


def _invoicing(rng: random.Random, m: Marketplace, make: _Maker) -> None:
    m.rows["kontrahenci"], m.rows["faktury"], m.rows["kyc_weryfikacje"] = [], [], []
    sellers = [i for i in range(1, USER_COUNT + 1) if rng.random() < 0.38]
    m.sellers[:] = sellers
    serial: dict[str, int] = {}
    for knt_id, user_id in enumerate(sellers, 1):
        p = m.people[user_id - 1]
        sole_trader = rng.random() < 0.4
        company = None
        if sole_trader:
            company = rng.choice((f"{p['first']} {p['last']} Usługi Remontowe", f"Handel {p['last']} {p['first']}",
                                  f"{p['last'].upper()} Sklep Internetowy {p['first']} {p['last']}",
                                  f"Antyki i Starocie {p['first']} {p['last']}"))
        nip = make.nip() if sole_trader else None
        pesel = make.pesel(p["born"], p["sex"]) if p["nationality"] == "PL" and rng.random() < 0.8 else None
        p["pesel"] = pesel
        account = make.account_as_typed() if rng.random() < 0.9 else None
        p["account"] = account
        postcode = _postcode(rng, p["city"])
        p["postcode"] = postcode
        m.rows["kontrahenci"].append((
            knt_id, user_id, "JDG" if sole_trader else "OSOBA", p["first"], p["last"], company, nip, pesel,
            p["street"], postcode, p["city"], p["email"], account, sole_trader and rng.random() < 0.5,
            _day(rng, 2019, 2024)))
        buyer = company or f"{p['first']} {p['last']}"
        address = f"{p['street']}, {postcode} {p['city']}"
        for period in ("2024-01", "2024-02", "2024-03", "2024-04"):
            if rng.random() < 0.45:
                continue
            serial[period] = serial.get(period, 0) + rng.randint(1, 6)
            number = f"FV/{period[:4]}/{period[5:]}/{serial[period]:05d}"
            net = Decimal(rng.randrange(500, 40000)) / 100
            vat = (net * Decimal("0.23")).quantize(Decimal("0.01"))
            issued = f"{period[:4]}-{int(period[5:]) + 1:02d}-0{rng.randint(1, 7)}"
            pdf = None
            if rng.random() < 0.85:
                pdf = pdf_bytes([f"Faktura VAT {number}", f"Data wystawienia: {issued}",
                                 "Sprzedawca: Targowisko sp. z o.o., ul. Prosta 20, 00-850 Warszawa",
                                 f"Nabywca: {buyer}", address] + ([f"NIP: {nip}"] if nip else []) +
                                [f"Prowizja za {period}: netto {net} PLN, VAT 23% {vat} PLN, brutto {net + vat} PLN"])
            m.rows["faktury"].append((
                len(m.rows["faktury"]) + 1, number, knt_id, issued, period, net, vat, net + vat, buyer, nip, address,
                pdf, rng.choice(("OPLACONA", "OPLACONA", "OPLACONA", "WYSLANA", "ZALEGLA"))))
    verified = [u for u in sellers if rng.random() < 0.7] + [u for u in range(1, USER_COUNT + 1)
                                                              if u not in sellers and rng.random() < 0.1]
    for i, user_id in enumerate(sorted(verified), 1):
        p = m.people[user_id - 1]
        polish = p["nationality"] == "PL"
        result = rng.choice(("POZYTYWNY", "POZYTYWNY", "POZYTYWNY", "POZYTYWNY", "NEGATYWNY", "DO_RECZNEJ"))
        m.rows["kyc_weryfikacje"].append((
            i, user_id, "DO" if polish else "PA", make.id_card() if polish else make.passport_ua(),
            (p.get("pesel") or make.pesel(p["born"], p["sex"])) if polish else None, p["born"], p["nationality"],
            jpeg_bytes(rng) if rng.random() < 0.9 else None, jpeg_bytes(rng) if rng.random() < 0.8 else None,
            result, Decimal(f"{rng.uniform(0.55, 0.999):.3f}") if rng.random() < 0.9 else None,
            rng.choice(KYC_OPERATORS) if result != "DO_RECZNEJ" else None, _moment(rng, 2022, 2024)))


def _ean(rng: random.Random, prefix: str) -> str:
    twelve = prefix + "".join(rng.choices(string.digits, k=12 - len(prefix)))
    return twelve + ean_digit(twelve)


def _listings(rng: random.Random, m: Marketplace, make: _Maker) -> None:
    m.rows["market_listing"] = []
    sellers = m.sellers + rng.sample(range(1, USER_COUNT + 1), 60)
    for i in range(1, LISTING_COUNT + 1):
        seller = rng.choice(sellers)
        p = m.people[seller - 1]
        category, title, prefix, (low, high) = rng.choice(m.products)
        condition = rng.choice(CONDITIONS)
        text = (f"{title}. Stan: {condition.replace('_', ' ')}. " + rng.choice((
            "Sprzedaję, bo kupiłem nowszy model.", "Używany sporadycznie, bez wad.", "Drobne ślady użytkowania.",
            "Komplet, oryginalne pudełko.", "Wystawiam ponownie, poprzedni kupujący się nie odezwał.")) +
                _fill(rng.choice(DESCRIPTION_TAILS), phone=p["phone"], email=p["email"], city=p["city"],
                      street=p["street"].split("/")[0]))
        m.rows["market_listing"].append((
            i, seller, category, title, text, Decimal(rng.randint(low, high)), condition,
            _ean(rng, prefix) if prefix and rng.random() < 0.8 else None, p["city"], rng.choice(LISTING_STATUSES),
            rng.randint(3, 4000), _moment(rng, 2023, 2024)))


def _order_number(serial: int) -> str:
    head = f"24{serial:07d}"
    return f"TG{head[:2]}-{head[2:]}-{luhn_digit(head)}"


def _orders(rng: random.Random, m: Marketplace, make: _Maker) -> None:
    m.rows["orders_order"], m.rows["Shipment"] = [], []
    lockers = [row[0] for row in m.rows["shipping_pickuppoint"] if row[9]]
    serial = 41_000
    tracking_serial = 10_000_000
    for i in range(1, ORDER_COUNT + 1):
        listing = rng.choice(m.rows["market_listing"])
        buyer = rng.choice([u for u in range(1, USER_COUNT + 1) if u != listing[1]])
        p = m.people[buyer - 1]
        locker = rng.choice(lockers) if rng.random() < 0.7 else None
        phone = make.e164() if rng.random() < 0.1 else "+48" + "".join(ch for ch in p["phone"] if ch.isdigit())[-9:]
        recipient = f"{p['first']} {p['last']}"
        snapshot: dict[str, Any] = {"method": "locker" if locker else "courier",
                                    "recipient": {"name": recipient, "phone": phone, "email": p["email"]}}
        if locker:
            snapshot["locker"] = locker
        else:
            snapshot["address"] = {"street": p["street"], "postal_code": _postcode(rng, p["city"]), "city": p["city"],
                                   "country": "PL"}
        serial += rng.randint(1, 30)
        created = _moment(rng, 2023, 2024)
        status = rng.choice(ORDER_STATUSES)
        fee = Decimal(rng.choice(("9.99", "11.99", "13.49", "16.99", "0.00")))
        note = rng.choice(NOTES)
        m.rows["orders_order"].append((
            i, _order_number(serial), buyer, listing[0], listing[5], fee, status,
            json.dumps(snapshot, ensure_ascii=False),
            _fill(note, phone=p["phone"], first=p["first"], last=p["last"]) if note else None,
            created, None if status == "cancelled" else _after(rng, created)))
        if status in ("cancelled",):
            continue
        carrier = rng.choice((1, 1, 2, 3, 4, 5)) if not locker else 1
        letters = CARRIERS[carrier - 1][4]
        tracking_serial += rng.randint(1, 500)
        if letters:
            eight = f"{tracking_serial:08d}"
            tracking = f"{letters}{eight}{s10_digit(eight)}PL"
        else:
            tracking = f"6{carrier}{rng.randint(10**20, 10**21 - 1)}{tracking_serial % 100:02d}"
        address = None if locker else f"{p['street']}, {snapshot['address']['postal_code']} {p['city']}"
        label = pdf_bytes([f"Nadawca: Targowisko.pl / zamówienie {_order_number(serial)}", f"Odbiorca: {recipient}",
                           address or f"Paczkomat {locker}", f"tel. {phone}", tracking]) if rng.random() < 0.8 else None
        shipped = _after(rng, created)
        m.rows["Shipment"].append((
            len(m.rows["Shipment"]) + 1, i, carrier, tracking, locker, recipient, phone,
            p["email"] if rng.random() < 0.95 else p["email"].upper(), address, rng.randint(150, 25000), label,
            rng.choice(SHIPMENT_STATUSES), shipped, _after(rng, shipped) if rng.random() < 0.7 else None))


def _payouts(rng: random.Random, m: Marketplace, make: _Maker) -> None:
    m.rows["payments_payout"] = []
    for _ in range(160):
        user_id = rng.choice(m.sellers)
        p = m.people[user_id - 1]
        account = p.get("account") or make.account_as_typed()
        iban = "PL" + "".join(ch for ch in account if ch.isdigit()) if not account.startswith("PL") else account
        iban = iban.replace(" ", "")
        holder = f"{p['first']} {p['last']}" if rng.random() < 0.85 else f"{p['first'][0]}. {p['last']}"
        status = rng.choice(("done", "done", "done", "pending", "failed"))
        payload = None
        if status != "pending":
            payload = {"merchantId": 184502, "posId": 184502, "sessionId": None, "amount": 0, "currency": "PLN",
                       "statement": f"p24-{rng.randint(100, 999)}-{rng.randint(100, 999)}"}
            if rng.random() < 0.7:
                payload["recipient"] = {"name": holder, "iban": iban}
            if status == "failed":
                payload["error"] = {"code": rng.choice((23, 51, 101)), "message": "Invalid account number"}
        session = str(uuid.UUID(bytes=rng.randbytes(16), version=4))
        amount = Decimal(rng.randrange(2000, 300000)) / 100
        if payload:
            payload["sessionId"], payload["amount"] = session, int(amount * 100)
        m.rows["payments_payout"].append((
            len(m.rows["payments_payout"]) + 1, user_id, amount, iban, holder,
            session, json.dumps(payload, ensure_ascii=False) if payload else None, status,
            _moment(rng, 2023, 2024)))


def _messages(rng: random.Random, m: Marketplace, make: _Maker) -> None:
    m.rows["messaging_message"] = []
    lockers = [row[0] for row in m.rows["shipping_pickuppoint"]]
    for i in range(1, MESSAGE_COUNT + 1):
        listing = rng.choice(m.rows["market_listing"])
        seller = listing[1]
        other = rng.choice([u for u in range(1, USER_COUNT + 1) if u != seller])
        sender, recipient = (seller, other) if rng.random() < 0.45 else (other, seller)
        p = m.people[sender - 1]
        account = p.get("account") or make.account_as_typed()
        body = _fill(rng.choice(MESSAGES), greeting=rng.choice(GREETINGS), phone=p["phone"] if rng.random() < 0.7
                     else make.phone(rng.choice(("mobile", "fixed")), p["area"]), account=account, email=p["email"],
                     street=p["street"], city=p["city"], price=str(int(listing[5] * Decimal("0.85"))), first=p["first"],
                     last=p["last"], title=listing[3].split(",")[0], locker=rng.choice(lockers))
        sent = _moment(rng, 2023, 2024)
        m.rows["messaging_message"].append((
            i, listing[0], sender, recipient, body, _ip(rng) if rng.random() < 0.85 else None, sent,
            _after(rng, sent) if rng.random() < 0.75 else None))


def make_marketplace(seed: int = SEED) -> Marketplace:
    """The whole marketplace, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {"PL": Faker("pl_PL"), "UA": Faker("uk_UA")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + offset)
    m = Marketplace()
    make = _Maker(rng, m)
    _reference(rng, m, make, fakes["PL"])
    _users(rng, m, make, fakes)
    _invoicing(rng, m, make)
    _listings(rng, m, make)
    _orders(rng, m, make)
    _payouts(rng, m, make)
    _messages(rng, m, make)
    return m


def _stored(server: Any, table: str, row: tuple) -> tuple:
    """A row as `server`'s driver takes it: SQLite has no Decimal adapter, and MariaDB and
    SQLite keep Django's UUIDs as 32 hex digits (Django's char(32) UUIDField)."""
    if server.name == "postgresql":
        return row
    out = []
    for column, value in zip(COLUMNS[table], row, strict=True):
        if column in ("advertising_id", "p24_session_id") and value is not None:
            value = value.replace("-", "").lower()
        elif isinstance(value, Decimal) and server.name == "sqlite":
            value = str(value)
        out.append(value)
    return tuple(out)


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Marketplace) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, _stored)


def load_labels(tool: str) -> dict:
    """tests/fifth/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
