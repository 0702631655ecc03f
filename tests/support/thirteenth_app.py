"""The thirteenth held-out application: a Czech food-delivery platform's ordering API, courier app and loyalty club.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the twelve other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/thirteenth/labels.yml) before any detector ran on it.

"Dovezeme s.r.o.", a (fictional) start-up in Brno, delivers restaurant meals in Brno,
Prague, Ostrava, Olomouc and Plzeň with its own couriers on bikes, e-bikes, scooters and
in cars. Four systems share one database, and the names show it. The ordering API is a
Flask service on SQLAlchemy 2 and Alembic that a Brno team wrote: singular snake_case
tables as its models name them, UUID keys as char(36), `created_at`, English names with
the Czech terms nobody translates (`restaurant.ico`, `dic`, `psc`; `customer.email`,
`password_hash` in Werkzeug's `scrypt:32768:8:1$` or the older `pbkdf2:sha256:`,
`birth_date` for the alcohol age check, `referral_code` made of the first name,
`last_login_ip`; `customer_address` with `house_number` as "číslo popisné/orientační",
the geocoded home, the `doorbell` name and a `courier_note` that quotes phones and door
codes; `order`, a reserved word, with a JSON `items` list, a JSON `delivery_snapshot`
of the recipient's name, phone and address, `customer_note` with allergies and a
pregnancy, `client_ip`, the `rating_comment` naming couriers, GoPay and Stripe payment
ids and order numbers with a Luhn digit; `auth_session` with the SHA-256 of a JWT
refresh token, the phone's `device_name` that iOS makes of the owner's first name and the
IP; `support_ticket` whose `body` asks for refunds to an IBAN, names neighbours and
describes an allergic reaction, with `refund_iban` and an `attachment` that is a photo
of the meal or the PDF of a bank's account confirmation; `app_setting`, key and value).
The courier app runs on Firebase, and a Cloud Function copies it into the database each
night, flattening every Firestore document: nested maps joined with `_`, Firestore's
camelCase field names, document ids in `docId`, timestamps as epoch milliseconds, Bytes
as blobs (`fs_auth_users`, the `firebase auth:export` of Firebase Authentication with
`localId`, `phoneNumber`, `displayName`, `photoUrl`, a base64 scrypt `passwordHash` and
`salt`, and `providerUserInfo` as JSON; `fs_couriers`, keyed on the courier's uid, with
`profile_firstName`, `profile_birthDate`, `profile_nationality`, `profile_photo`,
`documents_number`, `documents_birthNumber` - the rodné číslo, mod 11 -,
`vehicle_plate`, `bank_iban`, `contract_ico` of couriers who invoice as sole traders and
the FCM `fcmToken`; `fs_courier_pings`, the GPS trace of every delivery). The loyalty
club is a PHP application on the Nette framework that a Brno agency wrote in Czech
without diacritics and a `vk_` prefix (věrnostní klub), its member data in an
entity-attribute-value table (`vk_clen.email` is a foreign key to `customer.email`;
`vk_atribut` the attributes; `vk_hodnota.hodnota_text`, `hodnota_datum` and
`hodnota_cislo` hold first and last names, phones, birth dates, sex, postcodes, a diet
that tells coeliac disease or a religion, the number of children, a wedding anniversary
and call-centre notes). The staff come from the payroll software's SQL edition, with its
terse PascalCase Czech columns in a two-to-three-letter table (`ZAM.Jmeno`, `Prijmeni`,
`RodCislo`, `DatNar`, `MistoNar`, `StatPrisl`, `TelSoukr`, `EmailSoukr`, `EmailPrac`,
`CisloUctu` in the domestic form `19-2000145399/0800`, `IBAN`, `ZdravPoj` the health
insurer's code, `Invalidita` the degree of disability, `PocetDeti`, `HrubaMzda`,
`Poznamka` with wage garnishments and parental leave, `Foto`). Next to the people are
the restaurants (companies: landlines and a few mobiles, objednavky@ mailboxes, IČO with
its mod-11 digit, DIČ, business IBANs, coordinates, JSON opening hours), the menu with
dish photos (PNG), the company's settings with its own address, phone, mailboxes, IBAN,
GoPay id and public API keys, order numbers with a Luhn digit, loyalty card numbers,
GoPay and Stripe payment ids and Firestore's random document ids.

Everything here is the original side: the rows (`make_delivery`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
`order`, `key` and camelCase survive every server), `create`, and the personal e-mails
and IBANs a leak check looks for (the company's and the restaurants' mailboxes and
accounts excluded).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import struct
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Delivery", "create", "dump", "load_labels", "make_delivery"]

SEED = 20260417
LABELS = Path(__file__).resolve().parents[1] / "thirteenth" / "labels.yml"
CUSTOMER_COUNT = 260
COURIER_COUNT = 96
DISPATCH_LOGINS = 14  # staff who sign in to the courier app's dispatch console with Google
STAFF_COUNT = 56
ORDER_COUNT = 560
MEMBER_SHARE = 0.65  # customers who joined the loyalty club
TICKET_COUNT = 130
TODAY = dt.date(2025, 11, 20)
OWN_DOMAIN = "dovezeme.cz"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "longtext",
                "dbl": "double"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text",
                   "dbl": "double precision"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "dbl": "double precision"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the ordering API: Flask, SQLAlchemy 2, Alembic --
    "restaurant": (
        "id integer PRIMARY KEY", "slug varchar(80) NOT NULL UNIQUE", "name varchar(120) NOT NULL",
        "legal_name varchar(160) NOT NULL", "ico varchar(8) NOT NULL", "dic varchar(12)", "street varchar(120) NOT NULL",
        "city varchar(60) NOT NULL", "psc varchar(6) NOT NULL", "phone varchar(20)", "email varchar(160)",
        "iban varchar(34)", "lat {dbl}", "lng {dbl}", "opening_hours {json}", "commission_pct decimal(4,2) NOT NULL",
        "rating decimal(3,2)", "is_active {bool} NOT NULL", "created_at {ts} NOT NULL"),
    "menu_item": (
        "id integer PRIMARY KEY", "restaurant_id integer NOT NULL", "name varchar(120) NOT NULL",
        "description {text}", "price_czk decimal(8,2) NOT NULL", "vat_rate smallint NOT NULL",
        "allergens varchar(40)", "is_vegetarian {bool} NOT NULL", "photo {blob}", "sort_order integer NOT NULL",
        "is_available {bool} NOT NULL"),
    "customer": (
        "id char(36) PRIMARY KEY", "email varchar(254) NOT NULL UNIQUE", "password_hash varchar(255)",
        "first_name varchar(60) NOT NULL", "last_name varchar(80) NOT NULL", "phone varchar(20)", "birth_date date",
        "locale varchar(5) NOT NULL", "marketing_opt_in {bool} NOT NULL", "referral_code varchar(16) UNIQUE",
        "wallet_balance_czk decimal(8,2) NOT NULL", "last_login_at {ts}", "last_login_ip varchar(45)",
        "created_at {ts} NOT NULL", "deleted_at {ts}"),
    "customer_address": (
        "id integer PRIMARY KEY", "customer_id char(36) NOT NULL", "label varchar(40)", "street varchar(120) NOT NULL",
        "house_number varchar(12) NOT NULL", "city varchar(60) NOT NULL", "psc varchar(6) NOT NULL", "lat {dbl}",
        "lng {dbl}", "floor varchar(20)", "doorbell varchar(60)", "courier_note {text}", "is_default {bool} NOT NULL",
        "created_at {ts} NOT NULL"),
    # -- the courier app: Firebase Authentication and Firestore, flattened each night --
    "fs_auth_users": (
        "localId varchar(28) PRIMARY KEY", "email varchar(254)", "emailVerified {bool} NOT NULL",
        "phoneNumber varchar(16)", "displayName varchar(120)", "photoUrl varchar(255)", "passwordHash varchar(100)",
        "salt varchar(24)", "createdAt bigint NOT NULL", "lastSignedInAt bigint", "disabled {bool} NOT NULL",
        "customAttributes varchar(255)", "providerUserInfo {json}"),
    "fs_couriers": (
        "docId varchar(28) PRIMARY KEY", "profile_firstName varchar(60) NOT NULL",
        "profile_lastName varchar(80) NOT NULL", "profile_phone varchar(20) NOT NULL", "profile_email varchar(254)",
        "profile_birthDate varchar(10)", "profile_nationality varchar(2)", "profile_photo {blob}",
        "address_street varchar(120)", "address_city varchar(60)", "address_zip varchar(6)",
        "documents_type varchar(12)", "documents_number varchar(16)", "documents_validUntil varchar(10)",
        "documents_birthNumber varchar(11)", "vehicle_type varchar(8) NOT NULL", "vehicle_plate varchar(10)",
        "bank_iban varchar(34)", "bank_holder varchar(120)", "contract_type varchar(8) NOT NULL",
        "contract_ico varchar(8)", "fcmToken varchar(200)", "status varchar(12) NOT NULL", "city varchar(3) NOT NULL",
        "stats_deliveries integer NOT NULL", "stats_rating {dbl}", "createdAt bigint NOT NULL",
        "updatedAt bigint NOT NULL"),
    # -- payroll --
    "ZAM": (
        "ID integer PRIMARY KEY", "OsCislo varchar(6) NOT NULL", "TitulPred varchar(20)", "Jmeno varchar(40) NOT NULL",
        "Prijmeni varchar(60) NOT NULL", "RodCislo varchar(11) NOT NULL", "DatNar date NOT NULL",
        "MistoNar varchar(60)", "StatPrisl varchar(2) NOT NULL", "Pohlavi char(1) NOT NULL", "Ulice varchar(120)",
        "Obec varchar(60)", "PSC varchar(6)", "TelSoukr varchar(20)", "EmailSoukr varchar(254)",
        "EmailPrac varchar(254)", "CisloUctu varchar(30)", "IBAN varchar(34)", "ZdravPoj char(3) NOT NULL",
        "Invalidita smallint NOT NULL", "PocetDeti smallint NOT NULL", "Funkce varchar(60) NOT NULL",
        "Stredisko varchar(6) NOT NULL", "DatNastup date NOT NULL", "DatUkonc date", "HrubaMzda decimal(9,2) NOT NULL",
        "Poznamka {text}", "Foto {blob}", "Zmeneno {ts} NOT NULL"),
    # -- the ordering API again --
    "order": (
        "id bigint PRIMARY KEY", "order_number varchar(12) NOT NULL UNIQUE", "customer_id char(36) NOT NULL",
        "restaurant_id integer NOT NULL", "address_id integer", "courier_uid varchar(28)",
        "status varchar(12) NOT NULL", "placed_at {ts} NOT NULL", "picked_up_at {ts}", "delivered_at {ts}",
        "items {json} NOT NULL", "subtotal_czk decimal(9,2) NOT NULL", "delivery_fee_czk decimal(7,2) NOT NULL",
        "tip_czk decimal(7,2) NOT NULL", "total_czk decimal(9,2) NOT NULL", "payment_method varchar(12) NOT NULL",
        "payment_id varchar(40)", "delivery_snapshot {json}", "customer_note {text}", "client_ip varchar(45)",
        "rating smallint", "rating_comment {text}", "created_at {ts} NOT NULL"),
    "fs_courier_pings": (
        "docId varchar(20) PRIMARY KEY", "courierId varchar(28) NOT NULL", "orderId bigint", "lat {dbl} NOT NULL",
        "lng {dbl} NOT NULL", "accuracy {dbl}", "speed {dbl}", "heading integer", "battery integer",
        "ts bigint NOT NULL"),
    "auth_session": (
        "id char(36) PRIMARY KEY", "customer_id char(36) NOT NULL", "refresh_token_hash char(64) NOT NULL",
        "device_name varchar(80)", "user_agent varchar(255)", "ip varchar(45)", "created_at {ts} NOT NULL",
        "expires_at {ts} NOT NULL", "revoked_at {ts}"),
    "support_ticket": (
        "id integer PRIMARY KEY", "customer_id char(36)", "order_id bigint", "channel varchar(8) NOT NULL",
        "requester_name varchar(120)", "requester_email varchar(254)", "requester_phone varchar(20)",
        "subject varchar(120) NOT NULL", "body {text} NOT NULL", "refund_iban varchar(34)",
        "refund_amount_czk decimal(9,2)", "attachment {blob}", "status varchar(12) NOT NULL", "assigned_to integer",
        "created_at {ts} NOT NULL", "closed_at {ts}"),
    "app_setting": ("key varchar(64) PRIMARY KEY", "value {text} NOT NULL", "updated_at {ts} NOT NULL"),
    # -- the loyalty club: PHP, Nette, an entity-attribute-value store --
    "vk_atribut": (
        "id integer PRIMARY KEY", "kod varchar(32) NOT NULL UNIQUE", "nazev varchar(80) NOT NULL",
        "datovy_typ varchar(8) NOT NULL", "povinny {bool} NOT NULL", "poradi integer NOT NULL"),
    "vk_clen": (
        "id integer PRIMARY KEY", "email varchar(254) NOT NULL UNIQUE", "cislo_karty varchar(11) NOT NULL UNIQUE",
        "body integer NOT NULL", "uroven varchar(10) NOT NULL", "souhlas_marketing {bool} NOT NULL",
        "registrovan {ts} NOT NULL", "posledni_aktivita {ts}"),
    "vk_hodnota": (
        "id integer PRIMARY KEY", "clen_id integer NOT NULL", "atribut_id integer NOT NULL",
        "hodnota_text varchar(255)", "hodnota_datum date", "hodnota_cislo decimal(12,2)"),
}
COLUMNS = apps.columns_of(SCHEMA)

# SQLAlchemy declares its keys; so did the flattening job (it checks them before loading)
# and the Nette agency. vk_clen is matched to the ordering API's customer on the e-mail.
FOREIGN_KEYS = (
    _fk("menu_item", ["restaurant_id"], "restaurant", ["id"]),
    _fk("customer_address", ["customer_id"], "customer", ["id"]),
    _fk("fs_couriers", ["docId"], "fs_auth_users", ["localId"]),
    _fk("order", ["customer_id"], "customer", ["id"]),
    _fk("order", ["restaurant_id"], "restaurant", ["id"]),
    _fk("order", ["address_id"], "customer_address", ["id"]),
    _fk("order", ["courier_uid"], "fs_couriers", ["docId"]),
    _fk("fs_courier_pings", ["courierId"], "fs_couriers", ["docId"]),
    _fk("fs_courier_pings", ["orderId"], "order", ["id"]),
    _fk("auth_session", ["customer_id"], "customer", ["id"]),
    _fk("support_ticket", ["customer_id"], "customer", ["id"]),
    _fk("support_ticket", ["order_id"], "order", ["id"]),
    _fk("support_ticket", ["assigned_to"], "ZAM", ["ID"]),
    _fk("vk_clen", ["email"], "customer", ["email"]),
    _fk("vk_hodnota", ["clen_id"], "vk_clen", ["id"]),
    _fk("vk_hodnota", ["atribut_id"], "vk_atribut", ["id"]),
)

# code, name, latitude, longitude, postcodes, landline prefixes, streets, weight of customers
CITIES = (
    ("BRQ", "Brno", 49.1951, 16.6068, ("602 00", "612 00", "613 00", "614 00", "615 00", "616 00", "621 00",
                                       "625 00", "628 00", "635 00", "638 00"), ("54",),
     ("Kounicova", "Lidická", "Cejl", "Vídeňská", "Křenová", "Štefánikova", "Husitská", "Botanická", "Veveří",
      "Nové sady", "Pekařská", "Údolní", "Bayerova", "Jugoslávská", "Merhautova", "Kotlářská", "Palackého třída",
      "Hybešova", "Vranovská", "Bystrcká", "Chodská", "Jírova"), 40),
    ("PRG", "Praha", 50.0755, 14.4378, ("110 00", "120 00", "130 00", "140 00", "150 00", "160 00", "170 00",
                                        "180 00", "190 00"), ("2",),
     ("Vinohradská", "Korunní", "Seifertova", "Milady Horákové", "Dukelských hrdinů", "Bělehradská", "Nuselská",
      "Táborská", "Sokolovská", "Plzeňská", "Vršovická", "Francouzská", "Na Pankráci", "Žitná", "Budějovická",
      "Kodaňská", "Biskupcova", "Jeseniova"), 32),
    ("OSR", "Ostrava", 49.8209, 18.2625, ("702 00", "708 00", "709 00", "700 30", "703 00"), ("59",),
     ("Nádražní", "Českobratrská", "Hlavní třída", "28. října", "Dr. Šmerala", "Výškovická", "Opavská",
      "Zámecká"), 12),
    ("OLO", "Olomouc", 49.5938, 17.2509, ("779 00",), ("58",),
     ("Třída Svobody", "Palackého", "Dobrovského", "Jeremenkova", "Masarykova třída", "Wellnerova", "Zikova"), 8),
    ("PLZ", "Plzeň", 49.7384, 13.3736, ("301 00", "312 00", "318 00", "323 00", "326 00"), ("37",),
     ("Klatovská třída", "Americká", "Slovanská alej", "Husova", "Goethova", "Koterovská", "Lobezská"), 8),
)
CITY = {c[0]: c for c in CITIES}
MAIL_DOMAINS = ("seznam.cz", "seznam.cz", "seznam.cz", "seznam.cz", "gmail.com", "gmail.com", "gmail.com",
                "email.cz", "email.cz", "centrum.cz", "post.cz", "volny.cz", "atlas.cz", "icloud.com", "outlook.cz",
                "tiscali.cz", "quick.cz")
CZ_BANKS = ("0100", "0300", "0800", "0800", "2010", "2010", "0600", "2700", "3030", "3030", "5500", "6210")
SK_BANKS = ("0900", "1100", "0200", "7500", "5600")
MOBILE_PREFIXES = ("601", "602", "603", "604", "605", "606", "607", "608", "702", "703", "704", "720", "721", "723",
                   "724", "725", "728", "731", "732", "733", "734", "736", "737", "739", "770", "773", "774", "775",
                   "776", "777", "778", "790", "792", "799")
OWN_ICO = "07412584"  # fixed: its check digit is computed below and asserted
OWN_ADDRESS = "Vlněna 526/5, 602 00 Brno"
OWN_PHONE = "+420 530 331 200"
SUPPORT_PHONE = "+420 530 331 222"
OWN_MAILBOXES = tuple(f"{box}@{OWN_DOMAIN}" for box in ("info", "podpora", "kuryri", "fakturace", "dpo", "noreply",
                                                          "partneri", "klub", "kariera"))
UA_FIRST = ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Vitalii", "Yurii", "Bohdan", "Taras", "Ivan",
            "Maksym", "Oksana", "Nataliia", "Iryna", "Yuliia", "Olena", "Viktoriia", "Roman", "Denys", "Artem")
UA_LAST = ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk", "Melnyk", "Boiko",
           "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Petrenko", "Hnatiuk", "Tkachuk", "Kovalchuk", "Moroz",
           "Pavlenko", "Levchenko", "Zinchenko")
VN_NAMES = (("Nguyen", "Van Hung"), ("Nguyen", "Thi Lan"), ("Tran", "Duc Minh"), ("Le", "Quang Huy"),
            ("Pham", "Thi Hoa"), ("Hoang", "Van Nam"), ("Vu", "Thanh Tung"), ("Dang", "Minh Chau"),
            ("Bui", "Anh Tuan"), ("Do", "Thi Mai"))
MN_NAMES = (("Bat-Erdene", "Ganbold"), ("Enkhjargal", "Tserendorj"), ("Munkhbayar", "Dorj"), ("Sarangerel", "Bold"))
# Czech passports in English transliteration: UA "FT123456", VN "C1234567", MN "E1234567".
RESTAURANTS = (  # name, legal form's stem, cuisine, city, domain (None: a gmail mailbox of the business), own mobile
    ("Pho Viet Kounicova", "Pho Viet Kounicova", "vietnamská", "BRQ", "phoviet.cz", False),
    ("Pizzeria Basilico", "Basilico Gastro", "italská", "BRQ", "basilico.cz", False),
    ("Burger Inn", "BI Food Brno", "burgery", "BRQ", "burgerinn.cz", False),
    ("Bistro Na Cejlu", "Cejl Bistro", "česká", "BRQ", "bistronacejlu.cz", True),
    ("Sushi Time Veveří", "Sushi Time CZ", "japonská", "BRQ", "sushitime.cz", False),
    ("Kebab House Lidická", "Anatolia Food", "turecká", "BRQ", None, True),
    ("Tandoor Indická restaurace", "Tandoor Brno", "indická", "BRQ", "tandoorbrno.cz", False),
    ("Pivnice U Bláhovky", "Bláhovka Restaurant", "česká", "BRQ", "ublahovky.cz", False),
    ("Poke Bowl Brno", "Poke Brothers", "havajská", "BRQ", "pokebrothers.cz", False),
    ("Bánh mì Saigon", "Saigon Street Food", "vietnamská", "BRQ", None, True),
    ("La Taqueria", "Taqueria Moravia", "mexická", "BRQ", "lataqueria.cz", False),
    ("Veganský Kopec", "Zelený Kopec", "veganská", "BRQ", "vegankopec.cz", False),
    ("Pizza Napoli Vinohrady", "Napoli Vinohrady", "italská", "PRG", "napolivinohrady.cz", False),
    ("Pho Bo Holešovice", "Hanoi Kitchen", "vietnamská", "PRG", "hanoikitchen.cz", False),
    ("Burgerárna Karlín", "Karlín Burgers", "burgery", "PRG", "burgerarna.cz", False),
    ("Lokál Žižkov", "Žižkovská hospoda", "česká", "PRG", "lokalzizkov.cz", False),
    ("Sushi Kodaň", "Kodaň Sushi", "japonská", "PRG", "sushikodan.cz", False),
    ("Curry House Nusle", "Curry House", "indická", "PRG", "curryhouse.cz", False),
    ("Kebab Anděl", "Anděl Döner", "turecká", "PRG", None, True),
    ("Thai Orchid", "Orchid Gastro", "thajská", "PRG", "thaiorchid.cz", False),
    ("Bistro Letná", "Letná Bistro Group", "česká", "PRG", "bistroletna.cz", False),
    ("Ramen Daruma", "Daruma Ramen", "japonská", "PRG", "daruma.cz", False),
    ("Pizzerie Stodolní", "Stodolní Gastro", "italská", "OSR", "pizzeriestodolni.cz", False),
    ("Pho Ostrava", "Viet Food Ostrava", "vietnamská", "OSR", None, True),
    ("Hospoda U Šichty", "Šichta Restaurant", "česká", "OSR", "usichty.cz", False),
    ("Burger Fabrik", "Fabrik Food", "burgery", "OSR", "burgerfabrik.cz", False),
    ("Olomoucká Pizzerie", "Haná Pizza", "italská", "OLO", "hanapizza.cz", False),
    ("Sushi Olomouc", "Olo Sushi", "japonská", "OLO", "olosushi.cz", False),
    ("Pivnice Svatý Václav", "Václav Gastro", "česká", "OLO", "svatyvaclav.cz", False),
    ("Plzeňská Burgrárna", "Burgrárna Plzeň", "burgery", "PLZ", "burgrarna.cz", False),
    ("Pho Plzeň", "Saigon Plzeň", "vietnamská", "PLZ", None, True),
    ("Pizzeria Americká", "Americká Pizza", "italská", "PLZ", "pizzaamericka.cz", False),
)
DISHES = {
    "vietnamská": (("Phở bò", "Hovězí vývar s rýžovými nudlemi", 189, "1,6,11"), ("Bún bò Nam Bộ", None, 199, "5,6"),
                   ("Nem rán (4 ks)", "Smažené závitky", 119, "1,3"), ("Phở gà", None, 179, "1,6")),
    "italská": (("Pizza Margherita", "Rajčata, mozzarella, bazalka", 179, "1,7"),
                ("Pizza Diavola", "Pikantní salám", 219, "1,7"), ("Spaghetti carbonara", None, 209, "1,3,7"),
                ("Tiramisu", None, 99, "1,3,7")),
    "burgery": (("Classic burger", "180 g hovězí, cheddar", 229, "1,3,7,10"), ("BBQ bacon burger", None, 259, "1,3,7"),
                ("Hranolky", None, 69, None), ("Veggie burger", "Falafel, hummus", 219, "1,11")),
    "česká": (("Svíčková na smetaně", "Houskový knedlík, brusinky", 219, "1,3,7,9"),
              ("Smažený sýr", "Hranolky, tatarka", 189, "1,3,7"), ("Guláš", "Chléb", 179, "1"),
              ("Bramboráky (3 ks)", None, 129, "1,3")),
    "japonská": (("Maki set 16 ks", "Losos, okurka, avokádo", 289, "1,4,6,11"), ("Nigiri losos 4 ks", None, 199, "4,6"),
                 ("Miso polévka", None, 69, "6"), ("Edamame", None, 89, "6")),
    "turecká": (("Döner v chlebu", None, 149, "1,3,7"), ("Döner box", "Hranolky, salát", 169, "1,3,7"),
                ("Falafel wrap", None, 139, "1,11"), ("Baklava", None, 69, "1,8")),
    "indická": (("Chicken tikka masala", "Basmati rýže", 239, "7,8"), ("Palak paneer", None, 219, "7"),
                ("Garlic naan", None, 59, "1,7"), ("Mango lassi", None, 79, "7")),
    "havajská": (("Poke losos", "Rýže, edamame, mango", 259, "4,6,11"), ("Poke tofu", None, 229, "6,11"),
                 ("Poke tuňák", None, 279, "4,6,11")),
    "mexická": (("Tacos al pastor (3 ks)", None, 219, None), ("Burrito", "Hovězí, fazole", 229, "1,7"),
                ("Nachos", None, 149, "7")),
    "veganská": (("Seitan gyros", None, 199, "1,6"), ("Buddha bowl", "Quinoa, tempeh", 219, "6,11"),
                 ("Raw dort", None, 109, "8")),
    "thajská": (("Pad thai", "Krevety, arašídy", 239, "2,3,5,6"), ("Green curry", None, 229, "2,4"),
                ("Tom yum", None, 129, "2,4")),
}
DEVICES = ("iPhone 15", "iPhone 13", "iPhone 14 Pro", "Pixel 7a", "SM-A546B", "SM-S911B", "Redmi Note 12",
           "moto g54", "Chrome na Windows", "Safari na macOS", "Firefox na Linuxu")
UA_STRINGS = ("Dovezeme/4.12.1 (iPhone; iOS 17.5.1; Scale/3.00)", "Dovezeme/4.12.0 (iPhone; iOS 18.1; Scale/3.00)",
              "okhttp/4.12.0", "Dovezeme-Android/4.11.3 (SM-A546B; Android 14)",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
              "Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
              "Safari/605.1.15",
              "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0")
# The access networks of Czech ISPs (O2, T-Mobile, Vodafone, CETIN wholesale, local ISPs).
IP_PREFIXES = ("46.135", "37.48", "78.80", "78.102", "85.160", "89.24", "90.176", "90.177", "90.179", "90.181",
               "109.80", "109.81", "176.74", "185.8", "188.175", "193.165", "213.192", "217.30", "94.112", "88.103")
IP6_PREFIXES = ("2a00:1028:", "2a02:8308:", "2001:718:", "2a01:510:")
LABELS_HOME = ("Domů", "Domů", "Domů", "Práce", "Práce", "Babička", "U rodičů", "Kancelář", "Chata", "Přítelkyně")
COURIER_NOTES = (
    "Zvonek nefunguje, volejte {phone}.", "Kód do domu {code}, pak výtahem do {floor}.", "Pozor, pes! Nechte u branky.",
    "Vchod ze dvora, modrá vrata.", "Nechte u vrátnice, vyzvedne si {first} {last}.", "Zvonit na {doorbell}.",
    "Prosím nezvonit, malé dítě spí. Napište SMS na {phone}.", "Jsem na vozíku, vyjedu dolů výtahem, chvíli to trvá.",
    "Firma {company}, recepce 2. patro.", None, None, None, None, None)
CUSTOMER_NOTES = (
    "Alergie na arašídy, prosím zkontrolujte!", "Celiakie - opravdu bez lepku, prosím.",
    "Nezvonit, malé spí. Volejte {phone}.", "Je to překvapení pro {first} {last}, nic jí neříkejte :)",
    "Zaplatím stravenkami Edenred.", "Bez příboru, děkuji.", "Prosím přibalit kečup.",
    "Jsem těhotná, prosím maso propečené a bez alkoholu v omáčce.", "Nechte u recepce, vyzvedne si {first}.",
    "Diabetik - prosím nápoj bez cukru.", "Extra pálivé!", "Zazvoňte 2x.")
RATING_COMMENTS = (
    "Kurýr {courier} super, děkuji!", "Jídlo studené, kurýr {courier} čekal 20 minut na rohu.", "Skvělé jako vždy.",
    "Polévka vytekla.", "Kurýr byl neslušný a nechtěl vyjet do patra.", "Perfektní, rychlé.",
    "Pozdě o 40 minut, {courier} nebral telefon.", "Chyběla omáčka.", "Děkujeme {courier}, byl moc milý.")
TICKETS = (  # subject, body; {iban} and {account} mean a refund
    ("Chybějící položka", "Dobrý den, v objednávce {order} chyběl nápoj. Prosím vraťte peníze na účet {iban}. "
                          "Děkuji, {first} {last}"),
    ("Vrácení peněz", "Objednávka {order} vůbec nedorazila, kurýr {courier} mi nebral telefon. Peníze prosím na "
                      "účet {account}."),
    ("Jídlo doručeno sousedům", "Kurýr mi nechal jídlo u sousedů ({neighbour}, 2. patro) a ti ho snědli. "
                                "Volejte mi prosím na {phone}."),
    ("Alergická reakce", "Dobrý den, objednala jsem si jídlo bez arašídů a po jídle jsem měla silnou alergickou "
                         "reakci, skončila jsem na pohotovosti v {hospital}. Žádám o vysvětlení. {first} {last}, "
                         "{phone}"),
    ("Změna e-mailu", "Prosím o změnu přihlašovacího e-mailu z {email} na {email2}. Děkuji {first}"),
    ("Smazání účtu", "Žádám o výmaz osobních údajů podle čl. 17 GDPR. Účet: {email}, tel. {phone}."),
    ("Dvojitá platba", "Platba za objednávku {order} mi byla stržena dvakrát, výpis přikládám. Moje číslo účtu "
                       "{account}, IBAN {iban}."),
    ("Stížnost na kurýra", "Kurýr {courier} byl velmi arogantní a jídlo hodil na zem. Chci to řešit."),
    ("Studené jídlo", "Jídlo bylo úplně studené, objednávka {order}."),
    ("Kupón nefunguje", "Kód z newsletteru mi v aplikaci nejde uplatnit."),
)
HOSPITALS = ("FN Brno", "FN u sv. Anny", "FN Motol", "Nemocnice Na Bulovce", "FN Ostrava", "FN Olomouc", "FN Plzeň")
FUNCTIONS = (("Dispečer", "dispatch", 14), ("Operátor podpory", "support", 18), ("Onboarding kurýrů", "onboard", 5),
             ("Účetní", "finance", 3), ("Vývojář", "dev", 8), ("Marketing", "mkt", 4), ("HR", "hr", 2),
             ("Jednatel", "ceo", 1), ("Produktový manažer", "dev", 1))
HEALTH_INSURERS = ("111", "111", "111", "111", "201", "205", "205", "207", "207", "209", "211", "211", "213")
STAFF_NOTES = (
    "Exekuce č. {n} EX {m}/23, soudní exekutor Mgr. {first} {last}, Exekutorský úřad {city}: srážky ze mzdy.",
    "Rodičovská dovolená do {date}.", "ZTP - upravit pracovní místo (vozík), parkování u vchodu.",
    "Změna příjmení po sňatku (dříve {maiden}).", "Student - prohlášení poplatníka podepsáno.",
    "Insolvence, splátkový kalendář, informace od insolvenčního správce {first} {last}.",
    "Dlouhodobá pracovní neschopnost od {date}.", None, None, None, None, None, None, None)
BIRTH_PLACES = ("Brno", "Praha", "Ostrava", "Olomouc", "Plzeň", "Zlín", "Jihlava", "Znojmo", "Prostějov", "Vyškov",
                "Hodonín", "Břeclav", "Opava", "Karviná", "Třebíč", "Bratislava", "Košice", "Lviv", "Kyjev")
ATTRIBUTES = (  # code, name, type, required
    ("jmeno", "Jméno", "text", True), ("prijmeni", "Příjmení", "text", True), ("telefon", "Telefon", "text", False),
    ("datum_narozeni", "Datum narození", "datum", False), ("pohlavi", "Pohlaví", "text", False),
    ("psc", "PSČ", "text", False), ("oblibena_kuchyne", "Oblíbená kuchyně", "text", False),
    ("dieta", "Stravovací omezení", "text", False), ("pocet_deti", "Počet dětí", "cislo", False),
    ("vyroci", "Výročí svatby", "datum", False), ("rozpocet_obed", "Rozpočet na oběd (Kč)", "cislo", False),
    ("poznamka", "Poznámka call centra", "text", False),
)
DIETS = ("bezlepková (celiakie)", "bezlepková (celiakie)", "vegetarián", "vegetarián", "vegetarián", "vegan",
         "vegan", "bez laktózy", "bez laktózy", "halal", "diabetická", "bez vepřového", "košer")
LOYALTY_NOTES = ("Volala kvůli bodům, manžel {first} má vlastní účet.", "Reklamace bodů za objednávku {order}.",
                 "Chce zasílat novinky jen SMS na {phone}.", "Stěžovala si na kurýra, kompenzace 200 bodů.",
                 "VIP - majitel firmy {company}, objednává pro kancelář.")


@dataclass
class Delivery:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the company's or the restaurants')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def ico_digit(seven: str) -> str:
    """The check digit of an IČO: weights 8 to 2, (11 - sum mod 11) mod 10."""
    return str((11 - sum(int(d) * w for d, w in zip(seven, range(8, 1, -1))) % 11) % 10)


def _ms(when: str) -> int:
    """A moment (Europe/Prague, taken as UTC+1) as Firestore's epoch milliseconds."""
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return int(moment.timestamp() * 1000)


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (10, 22)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (10, 22)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ")


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment up to `within` days after `when`, never after the day of the dump."""
    day = dt.date.fromisoformat(when[:10])
    last = min(day + dt.timedelta(days=within), TODAY)
    if last <= day:
        return when
    later = _at(day + dt.timedelta(days=rng.randint(1, (last - day).days)), rng, (7, 23))
    return later if later > when else when


def _jpeg(rng: random.Random, comment: bytes) -> bytes:
    """A JFIF file's framing around random scan bytes, with a comment as phones and cameras write."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1100))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Czech values: phones, e-mails, birth numbers, IČO, bank accounts, ids."""

    def __init__(self, rng: random.Random, m: Delivery) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def alnum(self, k: int) -> str:
        return "".join(self.rng.choices(string.ascii_letters + string.digits, k=k))

    def mobile(self) -> tuple[str, str]:
        """A Czech mobile number as people type it, and its E.164 form."""
        rng = self.rng
        number = self.unique(lambda: rng.choice(MOBILE_PREFIXES) + self.digits(6))
        typed = rng.choice((f"+420 {number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}",
                            number, number, f"+420{number}", f"00420 {number[:3]} {number[3:6]} {number[6:]}",
                            f"{number[:3]}{number[3:6]} {number[6:]}"))
        return typed, f"+420{number}"

    def landline(self, prefix: str) -> str:
        rest = self.digits(9 - len(prefix))
        number = prefix + rest
        return f"+420 {number[:3]} {number[3:6]} {number[6:]}"

    def email(self, first: str, last: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{s}.{f}", f"{f}{s}", f"{f}.{s}{yy}", f"{f[0]}.{s}", f"{s}{yy}",
                            f"{f}{yy}", f"{f}_{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.7 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def birth_number(self, born: str, female: bool, slash: bool = True) -> str:
        """A rodné číslo: YYMMDD (month + 50 for women) and four digits, the whole divisible by 11."""
        year, month, dd = born.split("-")
        while True:
            base = f"{year[2:]}{int(month) + (50 if female else 0):02d}{dd}{self.rng.randint(0, 999):03d}"
            check = int(base) % 11
            if check == 10:
                continue
            value = f"{base[:6]}/{base[6:]}{check}" if slash else f"{base}{check}"
            if value not in self.used:
                self.used.add(value)
                return value

    def ico(self) -> str:
        return self.unique(lambda: (lambda seven: seven + ico_digit(seven))(str(self.rng.randint(1, 9)) + self.digits(6)))

    def account(self) -> tuple[str, str, str]:
        """A Czech account: prefix, number (both passing the mod-11 weights) and bank code."""
        rng = self.rng
        prefix = rng.choice(("", "", "", "", "19", "35", "670100"))
        weights = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
        while True:
            number = str(rng.randint(10_000_000, 9_999_999_999)).zfill(10)
            if sum(int(d) * w for d, w in zip(number, weights)) % 11 == 0 and number not in self.used:
                self.used.add(number)
                return prefix, number, rng.choice(CZ_BANKS)

    def iban(self, country: str = "CZ", account: tuple[str, str, str] | None = None) -> str:
        """A person's IBAN (CZ, SK or UA), compact, remembered for the leak check."""
        if country == "UA":
            bban = self.rng.choice(("305299", "322001", "300528", "325365")) + "0000" + self.digits(15)
        else:
            prefix, number, bank = account or self.account()
            if country == "SK":
                bank = self.rng.choice(SK_BANKS)
            bban = bank + prefix.zfill(6) + number
        compact = country + iban_check_digits(country, bban) + bban
        self.m.ibans.add(compact)
        return compact

    def uid(self) -> str:
        return self.unique(lambda: self.alnum(28))

    def doc_id(self) -> str:
        return self.unique(lambda: self.alnum(20))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def domestic(account: tuple[str, str, str]) -> str:
    """A Czech account in its domestic form: 19-2000145399/0800."""
    prefix, number, bank = account
    return f"{prefix + '-' if prefix else ''}{number.lstrip('0')}/{bank}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.18:
        return rng.choice(IP6_PREFIXES) + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(5)) + \
            f":{rng.randint(1, 65535):x}"
    return f"{rng.choice(IP_PREFIXES)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _werkzeug(rng: random.Random, created: str) -> str:
    """Werkzeug's generate_password_hash: scrypt since 3.0 (autumn 2023), pbkdf2 before."""
    salt = "".join(rng.choices(string.ascii_letters + string.digits, k=16))
    if created >= "2023-10":
        return f"scrypt:32768:8:1${salt}${rng.randbytes(64).hex()}"
    return f"pbkdf2:sha256:260000${salt}${rng.randbytes(32).hex()}"


def _fcm(rng: random.Random) -> str:
    chars = string.ascii_letters + string.digits + "-_"
    return "".join(rng.choices(chars, k=22)) + ":APA91b" + "".join(rng.choices(chars, k=134))


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cz = Faker("cs_CZ")
        self.cz.seed_instance(seed)
        self.sk = Faker("sk_SK")
        self.sk.seed_instance(seed + 1)
        self.m = Delivery()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.restaurants: list[dict] = []
        self.customers: list[dict] = []
        self.couriers: list[dict] = []
        self.staff: list[dict] = []
        self.orders: list[dict] = []

    def name(self, sex: str, slovak: bool = False) -> tuple[str, str]:
        fake = self.sk if slovak else self.cz
        if sex == "F":
            return fake.first_name_female(), fake.last_name_female()
        return fake.first_name_male(), fake.last_name_male()

    def full_name(self) -> str:
        return " ".join(self.name(self.rng.choice("MF")))

    def home(self, city: str | None = None) -> dict:
        rng = self.rng
        code = city or rng.choices([c[0] for c in CITIES], [c[7] for c in CITIES])[0]
        _, town, lat, lng, postcodes, _, streets, _ = CITY[code]
        number = f"{rng.randint(100, 3999)}/{rng.randint(1, 80)}{rng.choice(('', '', '', '', 'a', 'b'))}" \
            if rng.random() < 0.85 else str(rng.randint(1, 250))
        return {"city_code": code, "city": town, "street": rng.choice(streets), "number": number,
                "psc": rng.choice(postcodes), "lat": round(lat + rng.uniform(-0.045, 0.045), 6),
                "lng": round(lng + rng.uniform(-0.07, 0.07), 6)}


def _company(w: _World) -> None:
    """The company's own settings: its address, phone, mailboxes, IČO, account and keys."""
    rng, make = w.rng, w.make
    assert ico_digit(OWN_ICO[:7]) == OWN_ICO[7]
    number = make.account()[1]
    own_bban = "2010" + "000000" + number
    own_iban = "CZ" + iban_check_digits("CZ", own_bban) + own_bban
    settings = {
        "company.name": "Dovezeme s.r.o.",
        "company.ico": OWN_ICO,
        "company.dic": f"CZ{OWN_ICO}",
        "company.address": OWN_ADDRESS,
        "company.register": "C 118234 vedená u Krajského soudu v Brně",
        "company.phone": OWN_PHONE,
        "company.email": f"info@{OWN_DOMAIN}",
        "support.email": f"podpora@{OWN_DOMAIN}",
        "support.phone": SUPPORT_PHONE,
        "support.hours": "Po-Ne 10:00-22:30",
        "couriers.email": f"kuryri@{OWN_DOMAIN}",
        "gdpr.dpo_email": f"dpo@{OWN_DOMAIN}",
        "billing.account": f"{number.lstrip('0')}/2010",
        "billing.iban": grouped(own_iban),
        "billing.bic": "FIOBCZPPXXX",
        "gopay.goid": "8" + make.digits(9),
        "maps.api_key": "AIzaSy" + make.alnum(33),
        "firebase.config": json.dumps({"apiKey": "AIzaSy" + make.alnum(33), "authDomain": "dovezeme-kuryr.firebaseapp.com",
                                       "projectId": "dovezeme-kuryr", "storageBucket": "dovezeme-kuryr.appspot.com",
                                       "messagingSenderId": make.digits(12),
                                       "appId": f"1:{make.digits(12)}:web:{rng.randbytes(11).hex()}"}),
        "delivery.fee_rules": json.dumps({"base_czk": 39, "per_km_czk": 9, "free_from_czk": 499,
                                          "rain_surcharge_czk": 20}),
        "order.min_czk": "199",
        "vat.rates": json.dumps({"food": 12, "alcohol": 21, "delivery": 21}),
        "features": json.dumps({"tips": True, "apple_pay": True, "cash": False, "loyalty": True}),
        "newsletter.sender": f"Dovezeme <noreply@{OWN_DOMAIN}>",
        "invoice.footer": f"Dovezeme s.r.o., {OWN_ADDRESS}, IČO {OWN_ICO}, DIČ CZ{OWN_ICO}, "
                          f"č. ú. {number.lstrip('0')}/2010, IBAN {grouped(own_iban)}",
    }
    for key, value in settings.items():
        w.m.rows["app_setting"].append((key, value, _moment(rng, 2021, 2025, (8, 18))))


def _restaurants(w: _World) -> None:
    rng, make = w.rng, w.make
    menu_id = 1
    for rid, (name, stem, cuisine, code, domain, own_mobile) in enumerate(RESTAURANTS, 1):
        place = w.home(code)
        slug = "-".join(ascii_fold(part) for part in name.split() if ascii_fold(part))
        phone = make.mobile()[0] if own_mobile else make.landline(CITY[code][5][0])
        if domain:
            email = f"{rng.choice(('objednavky', 'info', 'rozvoz', 'provoz'))}@{domain}"
        else:
            email = f"{slug.replace('-', '')}.{code.lower()}@gmail.com"  # the business's own mailbox
        ico = make.ico()
        bban = rng.choice(CZ_BANKS) + "000000" + make.account()[1]
        hours = {day: ["10:30-21:30"] if day not in ("sat", "sun") else ["11:00-22:00"]
                 for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
        if rng.random() < 0.3:
            hours["mon"] = []
        created = _moment(rng, 2019, 2024, (8, 18))
        w.m.rows["restaurant"].append((
            rid, slug, name, f"{stem} s.r.o." if rng.random() < 0.85 else f"{stem} a.s.", ico,
            f"CZ{ico}" if rng.random() < 0.8 else None, f"{place['street']} {place['number']}", place["city"],
            place["psc"], phone, email, "CZ" + iban_check_digits("CZ", bban) + bban, place["lat"], place["lng"],
            json.dumps(hours), Decimal(rng.choice(("18.00", "20.00", "22.00", "25.00", "27.50", "30.00"))),
            Decimal(f"{rng.uniform(3.9, 4.9):.2f}"), rng.random() < 0.92, created))
        items = []
        for order_no, (dish, description, price, allergens) in enumerate(DISHES[cuisine], 1):
            photo = png_bytes(rng) if rng.random() < 0.4 else None
            w.m.rows["menu_item"].append((
                menu_id, rid, dish, description, Decimal(price + rng.choice((0, 0, 10, 20, -10))).quantize(
                    Decimal("0.01")), 12, allergens, cuisine == "veganská" or "Veggie" in dish or "tofu" in dish
                or "paneer" in dish, photo, order_no * 10, rng.random() < 0.95))
            items.append({"id": menu_id, "name": dish, "price": price})
            menu_id += 1
        w.restaurants.append({"id": rid, "city": code, "items": items, "name": name, "created": created})


def _customers(w: _World) -> None:
    rng, make = w.rng, w.make
    address_id = 1
    for _ in range(CUSTOMER_COUNT):
        sex = rng.choice("MF")
        slovak = rng.random() < 0.06
        first, last = w.name(sex, slovak)
        year = rng.randint(1958, 2006)
        born = apps.day(rng, year, year)
        created = _moment(rng, 2019, 2025)
        cid = make.uuid()
        deleted = rng.random() < 0.03
        email = make.email(first, last, year if rng.random() < 0.4 else None)
        phone = make.mobile()[0] if rng.random() < 0.93 else None
        login = _after(rng, created, 900) if rng.random() < 0.9 else None
        c = {"id": cid, "sex": sex, "first": first, "last": last, "email": email, "phone": phone, "born": born,
             "created": created, "addresses": [], "deleted": deleted, "year": year}
        code = make.unique(lambda: ascii_fold(first).upper()[:6] + make.alnum(4).upper()) \
            if rng.random() < 0.7 else None
        if deleted:  # anonymised in place on a GDPR request, as the API does
            row = (cid, f"deleted-{cid}@deleted.invalid", None, "Smazaný", "uživatel", None, None, "cs", False, None,
                   Decimal("0.00"), None, None, created, _after(rng, created, 600))
            w.m.emails.discard(email.casefold())
        else:
            row = (cid, email, _werkzeug(rng, created), first, last, phone, born if rng.random() < 0.4 else None,
                   rng.choices(("cs", "en", "sk", "uk"), (84, 8, 6, 2))[0], rng.random() < 0.45, code,
                   Decimal(rng.choice((0, 0, 0, 0, 50, 100, 150, 200))).quantize(Decimal("0.01")), login,
                   _ip(rng) if login else None, created, None)
        w.m.rows["customer"].append(row)
        home_city = None
        for n in range(rng.choice((1, 1, 1, 2, 2, 3))):
            place = w.home(home_city)
            home_city = place["city_code"]
            label = rng.choice(LABELS_HOME) if n else "Domů"
            floor = rng.choice((None, None, "přízemí", "1. patro", "2. patro", "3. patro", "4. patro", "5. patro"))
            doorbell = rng.choice((last, f"{last}ovi" if sex == "M" and not last.endswith("á") else last,
                                   f"{first[0]}. {last}", None))
            note = None if deleted else _fill(
                rng.choice(COURIER_NOTES), phone=lambda: make.mobile()[0], code=lambda: make.digits(4),
                floor=lambda: floor or "3. patro", first=lambda: w.name(rng.choice("MF"))[0],
                last=lambda: w.name("F")[1], doorbell=lambda: doorbell or last,
                company=lambda: rng.choice(("Kiwi.com", "Red Hat Czech", "Y Soft", "Kentico", "AT&T Brno",
                                            "Moravia IT", "Solarwinds")))
            w.m.rows["customer_address"].append((
                address_id, cid, label, "Smazáno" if deleted else place["street"], "0" if deleted else place["number"],
                place["city"], place["psc"], None if deleted else place["lat"], None if deleted else place["lng"],
                None if deleted else floor, None if deleted else doorbell, note, n == 0, _after(rng, created, 300)))
            c["addresses"].append({"id": address_id, **place, "floor": floor, "doorbell": doorbell, "note": note})
            address_id += 1
        w.customers.append(c)


def _couriers(w: _World) -> None:
    """The couriers in Firebase: their auth accounts, then their Firestore documents."""
    rng, make = w.rng, w.make
    for _ in range(COURIER_COUNT):
        nationality = rng.choices(("CZ", "UA", "SK", "VN", "MN", "BY"), (46, 26, 12, 8, 4, 4))[0]
        sex = "M" if rng.random() < 0.82 else "F"
        if nationality in ("CZ", "SK"):
            first, last = w.name(sex, nationality == "SK")
        elif nationality in ("UA", "BY"):
            first = rng.choice(UA_FIRST)
            sex = "F" if first in ("Oksana", "Nataliia", "Iryna", "Yuliia", "Olena", "Viktoriia") else "M"
            last = rng.choice(UA_LAST)
        elif nationality == "VN":
            last, first = rng.choice(VN_NAMES)
        else:
            first, last = rng.choice(MN_NAMES)
        year = rng.randint(1978, 2006)
        born = apps.day(rng, year, year)
        city = rng.choices([c[0] for c in CITIES], [c[7] for c in CITIES])[0]
        place = w.home(city)
        uid = make.uid()
        typed, e164 = make.mobile()
        created = _moment(rng, 2020, 2025, (8, 20))
        email = make.email(first, last, year) if rng.random() < 0.75 else None
        has_password = email is not None and rng.random() < 0.4
        signed = _after(rng, created, 800)
        providers = [{"providerId": "phone", "rawId": e164, "phoneNumber": e164}]
        if has_password:
            providers.append({"providerId": "password", "rawId": email, "email": email,
                              "displayName": f"{first} {last}"})
        w.m.rows["fs_auth_users"].append((
            uid, email, has_password and rng.random() < 0.8, e164, f"{first} {last}" if rng.random() < 0.8 else None,
            None, base64.b64encode(rng.randbytes(64)).decode() if has_password else None,
            base64.b64encode(rng.randbytes(10)).decode() if has_password else None, _ms(created), _ms(signed),
            rng.random() < 0.05, json.dumps({"role": "courier", "city": city}, separators=(",", ":")),
            json.dumps(providers)))
        # documents: Czech ID cards, Slovak ones, passports and residence permits of the others
        if nationality == "CZ":
            doc_type, doc_no = "OP", make.unique(lambda: make.digits(9))
            birth_no = make.birth_number(born, sex == "F", rng.random() < 0.7)
        elif nationality == "SK":
            doc_type, doc_no = "OP", make.unique(lambda: "".join(rng.choices(string.ascii_uppercase, k=2)) +
                                                 make.digits(6))
            birth_no = make.birth_number(born, sex == "F", rng.random() < 0.7)
        else:
            doc_type = rng.choice(("PAS", "POBYT", "POBYT"))
            lead = {"UA": "FT", "BY": "MP", "VN": "C", "MN": "E"}[nationality]
            if doc_type == "PAS":  # UA and BY passports: two letters and six digits; VN and MN: a letter and seven
                doc_no = make.unique(lambda: lead + make.digits(8 - len(lead)))
            else:  # a Czech residence permit card
                doc_no = make.unique(lambda: "".join(rng.choices("ABEM", k=2)) + make.digits(7))
            birth_no = make.birth_number(born, sex == "F", True) if rng.random() < 0.2 else None
        valid = apps.day(rng, 2025, 2033)
        vehicle = rng.choices(("bike", "ebike", "scooter", "car"), (30, 34, 20, 16))[0]
        plate = None
        if vehicle in ("scooter", "car"):
            region = {"BRQ": "B", "PRG": "A", "OSR": "T", "OLO": "M", "PLZ": "P"}[city]
            plate = make.unique(lambda: f"{rng.randint(1, 9)}{region}{rng.choice(string.digits + 'ACEHJKLMPSTUZ')} "
                                        f"{make.digits(4)}")
        contract = rng.choices(("DPP", "ICO", "agentura"), (50, 35, 15))[0]
        iban = None
        if contract != "agentura" or rng.random() < 0.3:
            iban = make.iban("SK" if nationality == "SK" and rng.random() < 0.6 else
                             "UA" if nationality == "UA" and rng.random() < 0.15 else "CZ")
        holder = (f"{first} {last}" if rng.random() < 0.6 else f"{last.upper()} {first.upper()}") if iban else None
        status = rng.choices(("active", "paused", "offboarded"), (70, 15, 15))[0]
        photo = _jpeg(rng, b"Dovezeme Kuryr selfie") if rng.random() < 0.88 else None
        w.m.rows["fs_couriers"].append((
            uid, first, last, e164 if rng.random() < 0.7 else typed, email, born, nationality, photo,
            f"{place['street']} {place['number']}", place["city"], place["psc"].replace(" ", "") if rng.random() < 0.5
            else place["psc"], doc_type, doc_no, valid, birth_no, vehicle, plate, iban, holder, contract,
            make.ico() if contract == "ICO" else None, _fcm(rng) if status != "offboarded" else None, status, city,
            0, None, _ms(created), _ms(_after(rng, created, 600))))
        w.couriers.append({"uid": uid, "first": first, "last": last, "city": city, "created": created,
                           "vehicle": vehicle, "row": len(w.m.rows["fs_couriers"]) - 1, "status": status})


def _staff(w: _World) -> None:
    """The employees in payroll, and the dispatchers' Google logins to the courier console."""
    rng, make = w.rng, w.make
    functions = [f for f in FUNCTIONS for _ in range(f[2])]
    google = 0
    for n in range(1, STAFF_COUNT + 1):
        function, team, _ = functions[(n - 1) % len(functions)]
        sex = rng.choice("MF")
        nationality = rng.choices(("CZ", "SK", "UA"), (85, 10, 5))[0]
        if nationality == "UA":
            first, last = rng.choice(UA_FIRST), rng.choice(UA_LAST)
            sex = "F" if first in ("Oksana", "Nataliia", "Iryna", "Yuliia", "Olena", "Viktoriia") else "M"
        else:
            first, last = w.name(sex, nationality == "SK")
        year = rng.randint(1968, 2003)
        born = apps.day(rng, year, year)
        place = w.home(rng.choice(("BRQ", "BRQ", "BRQ", "PRG", "OSR")))
        work = f"{ascii_fold(first)}.{ascii_fold(last).replace('-', '')}@{OWN_DOMAIN}"
        w.m.emails.add(work.casefold())
        private = make.email(first, last, year) if rng.random() < 0.85 else None
        account = make.account()
        iban = make.iban("CZ", account) if rng.random() < 0.7 else None
        started = apps.day(rng, 2019, 2025)
        left = _after(rng, started + " 12:00:00", 900)[:10] if rng.random() < 0.15 else None
        wage = Decimal(rng.randint(32, 95) * 1000 + rng.choice((0, 500)))
        note = _fill(rng.choice(STAFF_NOTES), n=lambda: rng.randint(100, 199), m=lambda: rng.randint(1000, 9999),
                     first=lambda: w.name(rng.choice("MF"))[0], last=lambda: w.name("M")[1],
                     city=lambda: rng.choice(("Brno-město", "Praha 4", "Ostrava", "Olomouc")),
                     date=lambda: apps.day(rng, 2025, 2027), maiden=lambda: w.name("F")[1])
        born_no = make.birth_number(born, sex == "F", rng.random() < 0.85)
        w.m.rows["ZAM"].append((
            n, f"Z{n:04d}", rng.choice((None, None, None, None, "Ing.", "Bc.", "Mgr.")), first, last, born_no, born,
            rng.choice(BIRTH_PLACES), nationality, "Z" if sex == "F" else "M", f"{place['street']} {place['number']}",
            place["city"], place["psc"], make.mobile()[0], private, work, domestic(account), iban,
            rng.choice(HEALTH_INSURERS), rng.choices((0, 1, 2, 3), (92, 4, 2, 2))[0],
            rng.choices((0, 1, 2, 3), (50, 22, 22, 6))[0], function, place["city_code"], started, left, wage, note,
            _jpeg(rng, b"Foto zamestnance") if rng.random() < 0.7 else None,
            _moment(rng, 2024, 2025, (7, 17))))
        w.staff.append({"id": n, "team": team, "first": first, "last": last, "work": work})
        if team in ("dispatch", "onboard") and google < DISPATCH_LOGINS:
            google += 1
            uid = make.uid()
            created = _moment(rng, 2021, 2025, (8, 17))
            photo = f"https://lh3.googleusercontent.com/a/ACg8oc{make.alnum(50)}=s96-c" if rng.random() < 0.6 else None
            raw = "1" + make.digits(20)
            w.m.rows["fs_auth_users"].append((
                uid, work, True, None, f"{first} {last}", photo, None, None, _ms(created),
                _ms(_after(rng, created, 300)), left is not None,
                json.dumps({"role": "dispatcher", "city": place["city_code"]}, separators=(",", ":")),
                json.dumps([{"providerId": "google.com", "rawId": raw, "email": work, "displayName": f"{first} {last}",
                             **({"photoUrl": photo} if photo else {})}])))


def _orders(w: _World) -> None:
    rng, make = w.rng, w.make
    living = [c for c in w.customers if not c["deleted"]]
    by_city: dict[str, list[dict]] = {}
    for r in w.restaurants:
        by_city.setdefault(r["city"], []).append(r)
    couriers_by_city: dict[str, list[dict]] = {}
    for c in w.couriers:
        couriers_by_city.setdefault(c["city"], []).append(c)
    numbers: set[str] = set()
    for oid in range(1, ORDER_COUNT + 1):
        c = rng.choice(w.customers if rng.random() < 0.03 else living)
        address = rng.choice(c["addresses"])
        restaurant = rng.choice(by_city[address["city_code"]])
        placed = _moment(rng, max(2021, int(c["created"][:4])), 2025, (10, 22))
        if placed < c["created"]:
            placed = _after(rng, c["created"], 30)
        status = rng.choices(("delivered", "cancelled", "refunded"), (90, 7, 3))[0]
        courier = rng.choice(couriers_by_city.get(address["city_code"]) or w.couriers) if status != "cancelled" \
            else None
        picked = _plus(placed, rng.randint(12, 35)) if courier else None
        delivered = _plus(picked, rng.randint(8, 30)) if courier and status == "delivered" else None
        items, subtotal = [], Decimal(0)
        for item in rng.sample(restaurant["items"], rng.randint(1, min(3, len(restaurant["items"])))):
            qty = rng.choice((1, 1, 1, 2))
            note = rng.choice((None, None, None, "bez cibule", "extra pálivé", "bez koriandru", "nakrájet"))
            items.append({"menu_item_id": item["id"], "name": item["name"], "qty": qty,
                          "unit_price": item["price"], **({"note": note} if note else {})})
            subtotal += Decimal(item["price"] * qty)
        fee = Decimal(0) if subtotal >= 499 else Decimal(rng.choice((39, 49, 59, 69)))
        tip = Decimal(rng.choice((0, 0, 0, 10, 20, 30, 50)))
        method = rng.choices(("card", "gopay", "apple_pay", "google_pay", "cash"), (45, 20, 15, 10, 10))[0]
        payment = None
        if method in ("card", "apple_pay", "google_pay"):
            payment = "pi_3" + make.unique(lambda: make.alnum(24))
        elif method == "gopay":
            payment = make.unique(lambda: "3" + make.digits(9))
        while True:
            body = str(rng.randint(10_000_000, 99_999_999))
            number = f"D{body}{luhn_digit(body)}"
            if number not in numbers:
                numbers.add(number)
                break
        note = _fill(rng.choice(CUSTOMER_NOTES), phone=lambda: c["phone"] or make.mobile()[0],
                     first=lambda: w.name("F")[0], last=lambda: w.name("F")[1]) if rng.random() < 0.25 else None
        recipient = f"{c['first']} {c['last']}" if rng.random() < 0.9 else " ".join(w.name(rng.choice("MF")))
        snapshot = None if c["deleted"] else json.dumps({
            "recipient": recipient, "phone": c["phone"], "street": address["street"],
            "house_number": address["number"], "city": address["city"], "psc": address["psc"],
            "floor": address["floor"], "doorbell": address["doorbell"], "note": address["note"],
            "lat": address["lat"], "lng": address["lng"]}, ensure_ascii=False)
        rating = rng.choice((None, None, 5, 5, 5, 4, 3, 1)) if status == "delivered" else None
        comment = _fill(rng.choice(RATING_COMMENTS), courier=lambda: courier["first"]) \
            if rating and courier and rng.random() < 0.35 else None
        w.m.rows["order"].append((
            oid, number, c["id"], restaurant["id"], address["id"], courier["uid"] if courier else None, status, placed,
            picked, delivered, json.dumps(items, ensure_ascii=False), subtotal.quantize(Decimal("0.01")),
            fee.quantize(Decimal("0.01")), tip.quantize(Decimal("0.01")), (subtotal + fee + tip).quantize(
                Decimal("0.01")), method, payment, snapshot, note, None if c["deleted"] else _ip(rng), rating, comment,
            placed))
        w.orders.append({"id": oid, "number": number, "customer": c, "courier": courier, "address": address,
                         "placed": placed, "picked": picked, "delivered": delivered, "city": address["city_code"]})
        if courier:
            row = list(w.m.rows["fs_couriers"][courier["row"]])
            row[COLUMNS["fs_couriers"].index("stats_deliveries")] += 1
            w.m.rows["fs_couriers"][courier["row"]] = tuple(row)


def _pings(w: _World) -> None:
    """The courier app's GPS trace: a ping every half minute or so on a sample of deliveries."""
    rng, make = w.rng, w.make
    for o in w.orders:
        if not o["courier"] or rng.random() < 0.55:
            continue
        start = dt.datetime.fromisoformat(o["picked"])
        a = o["address"]
        lat, lng = a["lat"] + rng.uniform(-0.02, 0.02), a["lng"] + rng.uniform(-0.03, 0.03)
        steps = rng.randint(2, 4)
        for k in range(steps):
            lat += (a["lat"] - lat) / (steps - k) + rng.uniform(-0.0008, 0.0008)
            lng += (a["lng"] - lng) / (steps - k) + rng.uniform(-0.0008, 0.0008)
            when = start + dt.timedelta(seconds=30 * k + rng.randint(0, 20))
            w.m.rows["fs_courier_pings"].append((
                make.doc_id(), o["courier"]["uid"], o["id"], round(lat, 6), round(lng, 6),
                round(rng.uniform(3, 25), 1), round(rng.uniform(0, 9), 2) if o["courier"]["vehicle"] != "car"
                else round(rng.uniform(0, 14), 2), rng.randint(0, 359), rng.randint(8, 100),
                _ms(when.isoformat(sep=" "))))
    for c in w.couriers:
        row = list(w.m.rows["fs_couriers"][c["row"]])
        if row[COLUMNS["fs_couriers"].index("stats_deliveries")]:
            row[COLUMNS["fs_couriers"].index("stats_rating")] = round(rng.uniform(4.2, 5.0), 2)
        w.m.rows["fs_couriers"][c["row"]] = tuple(row)


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for c in w.customers:
        if c["deleted"]:
            continue
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
            created = _after(rng, c["created"], 700)
            device = rng.choice(DEVICES)
            if device.startswith("iPhone") and rng.random() < 0.5:
                device = rng.choice((f"iPhone uživatele {c['first']}", f"{c['first']} – iPhone",
                                     f"iPhone ({c['first']})"))
            expires = (dt.datetime.fromisoformat(created) + dt.timedelta(days=30)).isoformat(sep=" ")
            revoked = _after(rng, created, 20) if rng.random() < 0.2 else None
            w.m.rows["auth_session"].append((
                make.uuid(), c["id"], hashlib.sha256(rng.randbytes(32)).hexdigest(), device, rng.choice(UA_STRINGS),
                _ip(rng), created, expires, revoked))


def _tickets(w: _World) -> None:
    rng, make = w.rng, w.make
    agents = [s for s in w.staff if s["team"] == "support"]
    for tid in range(1, TICKET_COUNT + 1):
        o = rng.choice(w.orders)
        c = o["customer"]
        if c["deleted"]:
            o = rng.choice([x for x in w.orders if not x["customer"]["deleted"]])
            c = o["customer"]
        channel = rng.choices(("email", "chat", "phone", "web"), (35, 35, 15, 15))[0]
        known = rng.random() < 0.85
        subject, template = rng.choice(TICKETS)
        account = make.account()
        refund = "{iban}" in template or "{account}" in template
        iban = make.iban("CZ", account) if refund else None
        requester_email = c["email"] if known else make.email(*w.name(rng.choice("MF")))
        body = _fill(
            template, order=lambda: o["number"], iban=lambda: grouped(iban) if rng.random() < 0.5 else iban,
            account=lambda: domestic(account), first=lambda: c["first"], last=lambda: c["last"],
            courier=lambda: o["courier"]["first"] if o["courier"] else "kurýr",
            neighbour=lambda: " ".join(w.name(rng.choice("MF"))), phone=lambda: c["phone"] or make.mobile()[0],
            hospital=lambda: rng.choice(HOSPITALS), email=lambda: c["email"],
            email2=lambda: make.email(c["first"], c["last"]))
        attachment = None
        if rng.random() < 0.2:
            attachment = _jpeg(rng, b"IMG_" + make.digits(4).encode() + b".jpg")
        elif refund and rng.random() < 0.3:
            attachment = pdf_bytes([
                "Potvrzeni o vedeni uctu", f"Majitel uctu: {ascii_fold(c['first']).title()} "
                f"{ascii_fold(c['last']).title()}", f"Cislo uctu: {domestic(account)}", f"IBAN: {grouped(iban)}",
                f"Vystaveno: {TODAY.isoformat()}"])
        created = _after(rng, o["placed"], 3)
        status = rng.choices(("open", "pending", "solved", "closed"), (10, 10, 30, 50))[0]
        w.m.rows["support_ticket"].append((
            tid, c["id"] if known else None, o["id"] if rng.random() < 0.8 else None, channel,
            f"{c['first']} {c['last']}" if known or rng.random() < 0.5 else None,
            requester_email if channel != "phone" else None,
            (c["phone"] if known else make.mobile()[0]) if channel in ("phone", "chat") or rng.random() < 0.3 else None,
            subject, body, iban if refund and rng.random() < 0.7 else None,
            Decimal(rng.choice((69, 149, 189, 229, 318, 412))).quantize(Decimal("0.01")) if refund else None,
            attachment, status, rng.choice(agents)["id"] if status != "open" else None, created,
            _after(rng, created, 10) if status in ("solved", "closed") else None))


def _loyalty(w: _World) -> None:
    rng, make = w.rng, w.make
    for aid, (code, name, kind, required) in enumerate(ATTRIBUTES, 1):
        w.m.rows["vk_atribut"].append((aid, code, name, kind, required, aid * 10))
    attribute = {a[0]: n for n, a in enumerate(ATTRIBUTES, 1)}
    value_id = 1
    member_id = 1
    for c in w.customers:
        if c["deleted"] or rng.random() > MEMBER_SHARE:
            continue
        body = str(rng.randint(10_000_000, 99_999_999))
        card = make.unique(lambda: f"DK{body}{luhn_digit(body)}")
        joined = _after(rng, c["created"], 200)
        w.m.rows["vk_clen"].append((
            member_id, c["email"], card, rng.randint(0, 4200), rng.choices(("bronzova", "stribrna", "zlata"),
                                                                        (60, 30, 10))[0],
            rng.random() < 0.6, joined, _after(rng, joined, 500) if rng.random() < 0.85 else None))

        def put(code: str, text: str | None = None, date: str | None = None, number: Decimal | None = None) -> None:
            nonlocal value_id
            w.m.rows["vk_hodnota"].append((value_id, member_id, attribute[code], text, date, number))
            value_id += 1

        if rng.random() < 0.95:
            put("jmeno", c["first"])
        if rng.random() < 0.95:
            put("prijmeni", c["last"])
        if c["phone"] and rng.random() < 0.6:
            put("telefon", c["phone"])
        if rng.random() < 0.7:
            put("datum_narozeni", date=c["born"])
        if rng.random() < 0.6:
            put("pohlavi", "žena" if c["sex"] == "F" else "muž")
        if rng.random() < 0.5:
            put("psc", c["addresses"][0]["psc"])
        if rng.random() < 0.4:
            put("oblibena_kuchyne", rng.choice(tuple(DISHES)))
        if rng.random() < 0.22:
            put("dieta", rng.choice(DIETS))
        if rng.random() < 0.3:
            put("pocet_deti", number=Decimal(rng.choice((0, 1, 1, 2, 2, 3, 4))))
        if c["year"] < 2000 and rng.random() < 0.12:
            put("vyroci", date=apps.day(rng, max(c["year"] + 20, 1985), 2024))
        if rng.random() < 0.2:
            put("rozpocet_obed", number=Decimal(rng.choice((150, 200, 250, 300))))
        if rng.random() < 0.1:
            orders = [o for o in w.orders if o["customer"] is c]
            put("poznamka", _fill(rng.choice(LOYALTY_NOTES), first=lambda: w.name("M")[0],
                                  order=lambda: orders[0]["number"] if orders else "D" + make.digits(9),
                                  phone=lambda: c["phone"] or make.mobile()[0],
                                  company=lambda: rng.choice(("Stavby Novotný s.r.o.", "AK Dvořák & partneři",
                                                              "Zubní ordinace MUDr. Kratochvílová"))))
        member_id += 1


def make_delivery(seed: int = SEED) -> Delivery:
    """The whole platform, the same for the same seed."""
    w = _World(seed)
    _company(w)
    _restaurants(w)
    _customers(w)
    _couriers(w)
    _staff(w)
    _orders(w)
    _pings(w)
    _sessions(w)
    _tickets(w)
    _loyalty(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Delivery) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/thirteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
