"""The fourteenth held-out application: a Finnish library consortium's Koha, home-service plugin and SAP HR.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the thirteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/fourteenth/labels.yml) before any detector ran on it.

"Kuusikko-kirjastot", a (fictional) consortium of the public libraries of Kuopio,
Siilinjärvi, Suonenjoki, Leppävirta and Tuusniemi in Northern Savonia, shares one
MariaDB database between three systems, and the names show it. The library system is
Koha, the open-source ILS written in Perl, with Koha's own run-together lower-case names
(`borrowers.borrowernumber`, `cardnumber` - the library card's barcode, also the login -,
`surname`, `firstname`, `othernames`, `address`, `zipcode`, `city`, `email`, `phone`,
`mobile`, `emailpro` and `phonepro` for work, the `B_` alternate address of a summer
cottage, `dateofbirth`, `sex`, `contactname` and `contactfirstname` the guardian of a
child, `relationship`, `guarantorid`, `borrowernotes` for staff, `opacnote` shown to the
patron, `debarredcomment`, `password` in bcrypt or the MD5 base64 of old accounts,
`userid`, `smsalertnumber`, `sort1` the municipality code, `sort2` an age group,
`lastseen`; `borrower_attributes` key/value rows with the henkilötunnus (HETU, its mod-31
check character), the Celia reading-disability status, a guardian's phone and a school;
`patronimage` the card photo; `issues` the loans with a patron's `note`; `accountlines`
the fines and refunds with staff notes quoting IBANs, collection agencies and payers;
`message_queue` the notices with `to_address` and the letter's `content`; `sessions`,
CGI::Session's YAML `a_session` with the IP, names, e-mail and card number;
`systempreferences` with the consortium's own mailboxes, phone, IBAN and SMS gateway;
`branches` the libraries, with their networks in `branchip`; `aqbooksellers` the
vendors, companies with Y-tunnus and IBANs; `biblio` and `items` the catalogue with
authors' names, call numbers and barcodes with a Luhn digit). The home library service
(kotipalvelu, books brought to people who cannot come) is a Koha plugin of the Koha-Suomi
cooperative, with Koha's plugin table prefix and Finnish snake_case columns
(`koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat.cardnumber`, a foreign key to
`borrowers.cardnumber`, `toimitusosoite`, `yhteyshenkilot` a JSON list of relatives and
home-care nurses, `lukutoiveet`, `lisatiedot` with eyesight, memory, door codes). The
staff's HR data is copied each night from the City of Kuopio's SAP HCM as its infotype
tables, with SAP's German abbreviations in upper case and its dates as YYYYMMDD text
(`PA0002.PERNR`, `NACHN`, `VORNA`, `NAME2` the birth name, `RUFNM`, `GBDAT`, `GBORT`,
`NATIO`, `SPRSL` with U for Finnish, `GESCH` 1 or 2, `FAMST`, `ANZKD` the children,
`KONFE` the church membership that sets the church tax, `PERID` the HETU; `PA0009`
the salary account: `EMFTX` the payee, `BANKL` the BIC, `BANKN` the domestic account,
`IBAN`).

Everything here is the original side: the rows (`make_library`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`,
and the personal e-mails and IBANs a leak check looks for (the consortium's, the
branches', the institutions' and the vendors' mailboxes and accounts excluded).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import struct
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, luhn_digit
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Library", "create", "dump", "load_labels", "make_library"]

SEED = 20260502
LABELS = Path(__file__).resolve().parents[1] / "fourteenth" / "labels.yml"
PATRON_COUNT = 240  # people, children among them
INSTITUTION_COUNT = 6  # schools and day-care centres with a card of their own
STAFF_COUNT = 44  # in SAP; the library staff among them also have a Koha card
BIBLIO_COUNT = 60
ITEM_COUNT = 240
ISSUE_COUNT = 150  # the loans out today: issues holds only current ones
HOME_SERVICE_COUNT = 28
SESSION_COUNT = 120
TODAY = dt.date(2025, 11, 24)
OWN_DOMAIN = "kuusikko.fi"
CITY_DOMAIN = "kuopio.fi"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "text": "mediumtext", "long": "longtext"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "text": "text", "long": "text"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "text": "text", "long": "text"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- Koha --
    "branches": (
        "branchcode varchar(10) PRIMARY KEY", "branchname varchar(80) NOT NULL", "branchaddress1 varchar(120)",
        "branchaddress2 varchar(120)", "branchzip varchar(10)", "branchcity varchar(60)", "branchcountry varchar(30)",
        "branchphone varchar(30)", "branchemail varchar(120)", "branchreplyto varchar(120)", "branchurl varchar(200)",
        "branchip varchar(60)", "branchnotes {text}", "opac_info {text}", "geolocation varchar(40)",
        "pickup_location smallint NOT NULL"),
    "aqbooksellers": (
        "id integer PRIMARY KEY", "name varchar(120) NOT NULL", "address1 varchar(120)", "address2 varchar(120)",
        "address3 varchar(120)", "postal varchar(120)", "phone varchar(30)", "fax varchar(30)", "url varchar(200)",
        "accountnumber varchar(40)", "notes {text}", "active smallint NOT NULL", "listprice varchar(10)",
        "invoiceprice varchar(10)", "gstreg smallint NOT NULL", "discount decimal(6,4)", "deliverytime integer"),
    "borrowers": (
        "borrowernumber integer PRIMARY KEY", "cardnumber varchar(32) UNIQUE", "surname {text} NOT NULL",
        "firstname {text}", "othernames {text}", "initials {text}", "streetnumber varchar(10)", "address {text}",
        "address2 {text}", "city {text}", "zipcode varchar(25)", "country {text}", "email {text}", "phone {text}",
        "mobile varchar(50)", "emailpro {text}", "phonepro {text}", "B_address varchar(100)",
        "B_city {text}", "B_zipcode varchar(25)", "B_phone {text}", "dateofbirth date",
        "branchcode varchar(10) NOT NULL", "categorycode varchar(10) NOT NULL", "dateenrolled date",
        "dateexpiry date", "gonenoaddress smallint", "lost smallint", "debarred date", "debarredcomment varchar(255)",
        "contactname {text}", "contactfirstname {text}", "relationship varchar(100)", "guarantorid integer",
        "borrowernotes {text}", "sex varchar(1)", "password varchar(60)", "flags bigint", "userid varchar(75) UNIQUE",
        "opacnote {text}", "sort1 varchar(80)", "sort2 varchar(80)", "smsalertnumber varchar(50)",
        "privacy integer NOT NULL", "lang varchar(25) NOT NULL", "login_attempts integer NOT NULL",
        "updated_on {ts} NOT NULL", "lastseen {ts}"),
    "borrower_attributes": (
        "id integer PRIMARY KEY", "borrowernumber integer NOT NULL", "code varchar(64) NOT NULL",
        "attribute varchar(255)"),
    "patronimage": ("borrowernumber integer PRIMARY KEY", "mimetype varchar(15) NOT NULL", "imagefile {blob} NOT NULL"),
    "biblio": (
        "biblionumber integer PRIMARY KEY", "frameworkcode varchar(4) NOT NULL", "author {text}", "title {long}",
        "medium {long}", "seriestitle {long}", "copyrightdate smallint", "notes {long}", "abstract {long}",
        "timestamp {ts} NOT NULL", "datecreated date NOT NULL"),
    "items": (
        "itemnumber integer PRIMARY KEY", "biblionumber integer NOT NULL", "barcode varchar(20) UNIQUE",
        "homebranch varchar(10)", "holdingbranch varchar(10)", "location varchar(80)", "itemcallnumber varchar(255)",
        "itype varchar(10)", "price decimal(8,2)", "replacementprice decimal(8,2)", "dateaccessioned date",
        "datelastborrowed date", "datelastseen {ts}", "issues smallint", "renewals smallint", "onloan date",
        "itemlost smallint NOT NULL", "damaged smallint NOT NULL", "withdrawn smallint NOT NULL",
        "notforloan smallint NOT NULL", "itemnotes {long}", "timestamp {ts} NOT NULL"),
    "issues": (
        "issue_id integer PRIMARY KEY", "borrowernumber integer", "itemnumber integer UNIQUE", "date_due {ts}",
        "branchcode varchar(10)", "issuedate {ts}", "lastreneweddate {ts}", "renewals smallint NOT NULL",
        "auto_renew smallint", "note {long}", "notedate {ts}", "timestamp {ts} NOT NULL"),
    "accountlines": (
        "accountlines_id integer PRIMARY KEY", "borrowernumber integer", "itemnumber integer", "date {ts}",
        "amount decimal(28,6)", "description {long}", "debit_type_code varchar(64)", "credit_type_code varchar(80)",
        "status varchar(16)", "payment_type varchar(80)", "amountoutstanding decimal(28,6)", "note {text}",
        "manager_id integer", "branchcode varchar(10)", "timestamp {ts} NOT NULL"),
    "message_queue": (
        "message_id integer PRIMARY KEY", "borrowernumber integer", "subject {text}", "content {text}",
        "letter_code varchar(64)", "message_transport_type varchar(20) NOT NULL", "status varchar(10) NOT NULL",
        "time_queued {ts} NOT NULL", "updated_on {ts}", "to_address {long}", "from_address {long}",
        "content_type {text}"),
    "sessions": ("id varchar(32) PRIMARY KEY", "a_session {long} NOT NULL"),
    "systempreferences": (
        "variable varchar(50) PRIMARY KEY", "value {long}", "options {long}", "explanation {text}",
        "type varchar(20)"),
    # -- the Koha-Suomi home-service plugin --
    "koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat": (
        "id integer PRIMARY KEY", "cardnumber varchar(32) NOT NULL UNIQUE", "toimitusosoite varchar(200) NOT NULL",
        "postinumero varchar(5) NOT NULL", "postitoimipaikka varchar(60) NOT NULL", "toimituspaiva varchar(40)",
        "kirjasto varchar(10) NOT NULL", "yhteyshenkilot {json}", "lukutoiveet {text}", "lisatiedot {text}",
        "aloitettu date NOT NULL", "paattynyt date", "muokattu {ts} NOT NULL"),
    # -- SAP HCM, the city's HR, infotypes copied each night --
    "PA0002": (
        "MANDT char(3) NOT NULL", "PERNR char(8) PRIMARY KEY", "ENDDA char(8) NOT NULL", "BEGDA char(8) NOT NULL",
        "AEDTM char(8) NOT NULL", "UNAME varchar(12) NOT NULL", "NACHN varchar(40) NOT NULL", "NAME2 varchar(40)",
        "VORNA varchar(40) NOT NULL", "RUFNM varchar(40)", "GBDAT char(8) NOT NULL", "GBLND char(3)",
        "GBORT varchar(40)", "NATIO char(3) NOT NULL", "SPRSL char(1) NOT NULL", "GESCH char(1) NOT NULL",
        "FAMST char(1)", "FAMDT char(8)", "ANZKD smallint", "KONFE char(2)", "PERID varchar(20) NOT NULL"),
    "PA0009": (
        "MANDT char(3) NOT NULL", "PERNR char(8) PRIMARY KEY", "SUBTY char(4) NOT NULL", "ENDDA char(8) NOT NULL",
        "BEGDA char(8) NOT NULL", "AEDTM char(8) NOT NULL", "UNAME varchar(12) NOT NULL", "ZLSCH char(1) NOT NULL",
        "EMFTX varchar(40)", "BKPLZ varchar(10)", "BKORT varchar(25)", "BANKS char(3) NOT NULL",
        "BANKL varchar(15) NOT NULL", "BANKN varchar(18) NOT NULL", "IBAN varchar(34)", "WAERS char(5) NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# Koha's kohastructure.sql declares these keys; the plugin declares its own on the card
# number (it finds its customers by card). SAP declares none in the database.
FOREIGN_KEYS = (
    _fk("borrowers", ["branchcode"], "branches", ["branchcode"]),
    _fk("borrower_attributes", ["borrowernumber"], "borrowers", ["borrowernumber"]),
    _fk("patronimage", ["borrowernumber"], "borrowers", ["borrowernumber"]),
    _fk("items", ["biblionumber"], "biblio", ["biblionumber"]),
    _fk("items", ["homebranch"], "branches", ["branchcode"]),
    _fk("items", ["holdingbranch"], "branches", ["branchcode"]),
    _fk("issues", ["borrowernumber"], "borrowers", ["borrowernumber"]),
    _fk("issues", ["itemnumber"], "items", ["itemnumber"]),
    _fk("accountlines", ["borrowernumber"], "borrowers", ["borrowernumber"]),
    _fk("accountlines", ["itemnumber"], "items", ["itemnumber"]),
    _fk("accountlines", ["manager_id"], "borrowers", ["borrowernumber"]),
    _fk("message_queue", ["borrowernumber"], "borrowers", ["borrowernumber"]),
    _fk("koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat", ["cardnumber"], "borrowers", ["cardnumber"]),
    _fk("koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat", ["kirjasto"], "branches", ["branchcode"]),
)

# municipality code, name, postcodes, streets, weight of patrons
MUNICIPALITIES = (
    ("297", "Kuopio", ("70100", "70110", "70150", "70200", "70300", "70340", "70420", "70460", "70500", "70600",
                       "70620", "70700", "70780", "70800", "70820", "70840", "70870", "70900", "71750"),
     ("Puijonkatu", "Tulliportinkatu", "Minna Canthin katu", "Haapaniemenkatu", "Suokatu", "Kasarmikatu",
      "Vuorikatu", "Savonkatu", "Niiralankatu", "Rauhankatu", "Sammakkolammentie", "Tiilitehtaankatu",
      "Pitkälahdentie", "Saaristokatu", "Neulamäentie", "Jynkäntie", "Petosentie", "Rypysuontie", "Kellolahdentie",
      "Männistönkatu", "Pohjolankatu", "Itkonniemenkatu", "Ankkurikatu", "Siikasalmentie"), 60),
    ("749", "Siilinjärvi", ("71800", "71820", "71850"),
     ("Kasurilantie", "Toivalantie", "Harjamäentie", "Risulantie", "Ahmonkaari", "Rautatienkatu", "Kuuslahdentie"),
     14),
    ("778", "Suonenjoki", ("77600",), ("Sahulantie", "Kirkkokatu", "Jokikatu", "Asemantie", "Mansikkatie"), 8),
    ("420", "Leppävirta", ("79100", "79150"), ("Savonkatu", "Leppävirrantie", "Kauppakatu", "Unnukantie"), 10),
    ("857", "Tuusniemi", ("73100",), ("Kirkkotie", "Tuusjärventie", "Kaavintie"), 4),
)
MUNICIPALITY = {m[0]: m for m in MUNICIPALITIES}
BRANCHES = (  # code, name, street, zip, municipality code, phone, mailbox local part, network
    ("KUO_PK", "Kuopion pääkirjasto", "Maaherrankatu 12", "70100", "297", "017 182 300", "kirjasto",
     "195.197.60.*"),
    ("KUO_PET", "Petosen kirjasto", "Petosenkuja 3", "70820", "297", "017 182 361", "petosen.kirjasto",
     "195.197.61.*"),
    ("KUO_JYN", "Jynkän kirjasto", "Jynkänkatu 4", "70620", "297", "017 182 370", "jynkan.kirjasto", "195.197.62.*"),
    ("KUO_MAA", "Maaningan kirjasto", "Kurkimäentie 2", "71750", "297", "017 182 390", "maaningan.kirjasto",
     "195.197.63.*"),
    ("KUO_AUTO", "Kirjastoauto Stella", "Maaherrankatu 12", "70100", "297", "044 718 2399", "kirjastoauto", None),
    ("SII_PK", "Siilinjärven kirjasto", "Kasurilantie 1", "71800", "749", "017 401 300", "siilinjarven.kirjasto",
     "212.149.72.*"),
    ("SUO_PK", "Suonenjoen kirjasto", "Kirkkokatu 8", "77600", "778", "017 758 300", "suonenjoen.kirjasto",
     "212.149.74.*"),
    ("LEP_PK", "Leppävirran kirjasto", "Savonkatu 45", "79100", "420", "017 570 200", "leppavirran.kirjasto",
     "212.149.76.*"),
    ("TUU_PK", "Tuusniemen kirjasto", "Kirkkotie 6", "73100", "857", "017 768 300", "tuusniemen.kirjasto",
     "212.149.78.*"),
)
VENDORS = (  # name, street, postcode and town, phone, web, order mailbox
    ("Savon Kirjatoimitus Oy", "Teollisuuskatu 21", "70620 KUOPIO", "017 261 4400", "savonkirjatoimitus.fi",
     "tilaukset"),
    ("Pohjolan Kirjastopalvelut Oy", "PL 44", "00441 HELSINKI", "09 3487 2200", "kirjastopalvelut.fi",
     "asiakaspalvelu"),
    ("Lumo Media Oy", "Hämeenkatu 9", "33100 TAMPERE", "03 225 6100", "lumomedia.fi", "myynti"),
    ("Nordic Audio Books Ab", "Mannerheimintie 14 A", "00100 HELSINKI", "020 741 8800", "nordicaudio.fi", "orders"),
    ("Sarjakuva-Aitta Oy", "Vuorikatu 20", "70100 KUOPIO", "017 362 0090", "sarjakuva-aitta.fi", "kauppa"),
    ("Lehtipiste Itä Oy", "Kumpulantie 3", "00520 HELSINKI", "020 558 300", "lehtipisteita.fi", "kirjastot"),
    ("Kirjastokalustaja Oy", "Koivukatu 5", "15300 LAHTI", "03 877 2000", "kirjastokalustaja.fi", "info"),
)
BIBLIOS = (  # author, title, year, itype
    ("Linna, Väinö", "Tuntematon sotilas", 1954, "KIRJA"), ("Oksanen, Sofi", "Puhdistus", 2008, "KIRJA"),
    ("Jansson, Tove", "Muumipeikko ja pyrstötähti", 1946, "KIRJA"), ("Kivi, Aleksis", "Seitsemän veljestä", 1870,
                                                                      "KIRJA"),
    ("Waltari, Mika", "Sinuhe egyptiläinen", 1945, "KIRJA"), ("Hotakainen, Kari", "Juoksuhaudantie", 2002, "KIRJA"),
    ("Paasilinna, Arto", "Jäniksen vuosi", 1975, "KIRJA"), ("Liksom, Rosa", "Hytti nro 6", 2011, "KIRJA"),
    ("Kinnunen, Tommi", "Neljäntienristeys", 2014, "KIRJA"), ("Kettu, Katja", "Kätilö", 2011, "KIRJA"),
    ("Statovci, Pajtim", "Kissani Jugoslavia", 2014, "KIRJA"), ("Itäranta, Emmi", "Teemestarin kirja", 2012,
                                                                "KIRJA"),
    ("Westö, Kjell", "Missä kuljimme kerran", 2006, "KIRJA"), ("Canth, Minna", "Työmiehen vaimo", 1885, "KIRJA"),
    ("Aho, Juhani", "Rautatie", 1884, "KIRJA"), ("Kyrö, Tuomas", "Mielensäpahoittaja", 2010, "KIRJA"),
    ("Lindstedt, Laura", "Oneiron", 2015, "KIRJA"), ("Saisio, Pirkko", "Punainen erokirja", 2000, "KIRJA"),
    ("Kunnas, Mauri", "Koiramäen talossa", 1980, "KIRJA"), ("Parvela, Timo", "Ella ja kaverit", 1995, "KIRJA"),
    ("Remes, Ilkka", "Nimessä ja veressä", 2003, "KIRJA"), ("Tervo, Jari", "Layla", 2011, "KIRJA"),
    ("Rowling, J. K.", "Harry Potter ja viisasten kivi", 1998, "KIRJA"),
    ("Kinney, Jeff", "Neropatin päiväkirja", 2008, "KIRJA"), ("Läckberg, Camilla", "Jäaprinsessa", 2007, "KIRJA"),
    ("Nesbø, Jo", "Lumiukko", 2008, "KIRJA"), ("Ferrante, Elena", "Loistava ystäväni", 2016, "KIRJA"),
    ("Tuomainen, Antti", "Parantaja", 2010, "KIRJA"), ("Lander, Leena", "Tummien perhosten koti", 1991, "KIRJA"),
    ("Sinisalo, Johanna", "Ennen päivänlaskua ei voi", 2000, "KIRJA"), ("Kilpi, Eeva", "Elämän evakkona", 1983,
                                                                       "KIRJA"),
    ("Hirvonen, Elina", "Että hän muistaisi saman", 2005, "KIRJA"), ("Itkonen, Juha", "Anna minun rakastaa enemmän",
                                                                    2006, "KIRJA"),
    ("Nopola, Sinikka ja Tiina", "Heinähattu ja Vilttitossu", 1989, "KIRJA"),
    ("Holmberg, Kalle (ohj.)", "Tuntematon sotilas (DVD)", 2017, "DVD"),
    ("Kaurismäki, Aki (ohj.)", "Kuolleet lehdet (DVD)", 2023, "DVD"), ("Louhimies, Aku (ohj.)", "Tuntematon sotilas",
                                                                        2017, "DVD"),
    ("Haavikko, Paavo", "Rauta-aika (äänikirja)", 1982, "AANIKIRJA"), ("Oksanen, Sofi", "Koirapuisto (äänikirja)",
                                                                       2019, "AANIKIRJA"),
    ("Sibelius, Jean", "Finlandia ja muita orkesteriteoksia (CD)", 2004, "CD"),
    ("Kotiliesi", "Kotiliesi 2025", 2025, "LEHTI"), ("Tekniikan Maailma", "Tekniikan Maailma 2025", 2025, "LEHTI"),
)
CALL_CLASSES = {"KIRJA": ("84.2", "84.2", "84.2", "85.2", "84.3", "1.4", "99.1", "66.1"), "DVD": ("78.8",),
                "AANIKIRJA": ("84.2",), "CD": ("78.35",), "LEHTI": ("05",)}
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.com", "outlook.com", "luukku.com",
                "elisanet.fi", "elisanet.fi", "kolumbus.fi", "suomi24.fi", "live.fi", "icloud.com", "yahoo.com",
                "pp.inet.fi", "netti.fi")
MOBILE_PREFIXES = ("040", "040", "040", "041", "044", "044", "045", "046", "050", "050")
# The access networks of Finnish ISPs (Elisa, DNA, Telia) and mobile operators.
IP_PREFIXES = ("91.152", "84.248", "87.92", "62.78", "85.76", "37.33", "188.238", "80.220", "88.114", "213.243",
               "37.136", "176.72", "83.245", "94.237", "91.155", "46.132")
BANKS = (  # BIC, the first digits of the account number
    ("NDEAFIHH", "1"), ("NDEAFIHH", "2"), ("OKOYFIHH", "5"), ("OKOYFIHH", "5"), ("DABAFIHH", "8"),
    ("HELSFIHH", "4"), ("ITELFIHH", "4"), ("HANDFIHH", "31"), ("SBANFIHH", "36"), ("POPFFI22", "47"),
    ("AABAFI22", "6"),
)
FOREIGN_NAMES = (  # first, last, sex, nationality
    ("Ahmed", "Mohamed", "M", "SO"), ("Fadumo", "Abdi", "F", "SO"), ("Hodan", "Warsame", "F", "SO"),
    ("Olga", "Ivanova", "F", "RU"), ("Dmitri", "Smirnov", "M", "RU"), ("Svetlana", "Petrova", "F", "RU"),
    ("Mustafa", "Al-Khafaji", "M", "IQ"), ("Zainab", "Hussein", "F", "IQ"), ("Kadri", "Tamm", "F", "EE"),
    ("Andrus", "Saar", "M", "EE"), ("Oleksii", "Kovalenko", "M", "UA"), ("Iryna", "Shevchenko", "F", "UA"),
    ("Nguyen", "Thi Hoa", "F", "VN"), ("Ali", "Rezaei", "M", "AF"),
)
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
BORROWER_NOTES = (
    "Puhelinnumero vaihtunut, uusi {phone}.", "Asiakas on kuuro, asioi kirjoittamalla.",
    "Äiti {first} {last} pyytänyt, ettei lapselle lainata K18-elokuvia.",
    "Turvakielto - ÄLÄ lähetä postia kotiosoitteeseen, ilmoitukset vain sähköpostiin.",
    "Tilaa isotekstisiä kirjoja, heikko näkö.", "Maksuhäiriö, saatavat perinnässä (Lowell).",
    "Kortti kadonnut {date}, uusi kortti annettu.", "Henkilöllisyys tarkistettu passista (nro {passport}).",
    "Asiakkaan edunvalvoja {first} {last}, puh. {phone}.", None, None, None, None, None, None, None, None, None)
OPAC_NOTES = ("Muista päivittää yhteystietosi.",
              "Kirjastokorttisi vanhenee pian, käy näyttämässä henkilöllisyystodistus.",
              "Sinulla on noutamaton varaus Pääkirjastolla.", "Maksamattomia maksuja yli 10 €, lainaus estetty.", None,
              None, None, None, None)
DEBARRED_COMMENTS = ("Kirjat palauttamatta, saatavat perinnässä.",
                     "Häiritsevä käytös {date} Pääkirjastolla, järjestyksenvalvoja paikalla. Porttikielto 3 kk.",
                     "Vahingoitti lainattua aineistoa (3 kirjaa).",
                     "Varastettu aineistoa, poliisille tehty rikosilmoitus {date}.")
ISSUE_NOTES = ("Kirjasta puuttuu sivut 45-52.", "Levy naarmuuntunut, ei toimi.",
               "Kirjan välissä oli kuitti, jossa nimi {first} {last} ja puh. {phone}.",
               "Kannessa kahvitahra, ei minun tekemäni!", "Äänikirjan levy 3 puuttuu.")
ACCOUNT_NOTES = (
    "Kadonneen kirjan korvaus palautettu tilille {iban}, kirja löytyi.",
    "Maksoi äiti {first} {last}, puh. {phone}.", "Siirretty perintään {date} (Lowell), hetu tarkistettu.",
    "Hyvitys: asiakas palautti ajoissa, automaattinen maksu virheellinen.",
    "Palautus tilisiirtona {iban} ({name}).", "Maksusuunnitelma sovittu, 10 €/kk.", None, None, None, None, None,
    None, None)
CELIA = ("lukemisesteinen: näkövamma", "lukemisesteinen: lukihäiriö (todistus nähty)",
         "lukemisesteinen: MS-tauti, ei jaksa pidellä kirjaa", "lukemisesteinen: kehitysvamma",
         "lukemisesteinen: ADHD, lääkärin lausunto")
SCHOOLS = ("Kalevalan koulu", "Minna Canthin koulu", "Pyörön koulu", "Jynkän koulu", "Kasurilan koulu",
           "Suonenjoen yhtenäiskoulu", "Leppävirran yhtenäiskoulu", "Tuusniemen koulu", "Puijonlaakson koulu")
INSTITUTIONS = (("Päiväkoti Vaahteramäki", "297"), ("Kalevalan koulu", "297"), ("Päiväkoti Tuulentupa", "749"),
                ("Palvelukoti Ruusula", "297"), ("Leppävirran lukio", "420"), ("Perhepäivähoito Touhula", "778"))
READING_WISHES = ("Dekkarit, ei liikaa väkivaltaa. Isotekstiset.", "Kotimaiset romaanit, Kotiliesi-lehti.",
                  "Sotahistoria, elämäkerrat.", "Äänikirjat CD:llä, näkö heikentynyt.", "Rakkausromaanit, Harlekiinit.",
                  "Luonto ja eläimet, kuvakirjat. Muistisairaus alkuvaiheessa.", "Hengelliset kirjat, Raamattu isolla "
                  "tekstillä.", "Kaikki käy, kunhan kevyitä kantaa.")
HOME_NOTES = (
    "Ovikoodi {code}. Soita ovisummeria kahdesti, kuulee huonosti.",
    "Muistisairaus, soita tyttärelle {first} ennen käyntiä: {phone}.", "Liikkuu rollaattorilla, jätä kassi eteiseen.",
    "Diabetes, käynti ei ennen klo 10 (kotihoito aamulla).", "Koira, pidä portti kiinni.",
    "Palvelutalo, kerros 3, hoitajat avaavat oven.", "Sokea, käyttää Celia-äänikirjoja. Lukulaite DAISY.", None)
STAFF_FUNCTIONS = (("Kirjastovirkailija", "KUO_PK", 14), ("Kirjastonhoitaja", "KUO_PK", 8),
                   ("Informaatikko", "KUO_PK", 3), ("Kirjastoautonkuljettaja", "KUO_AUTO", 2),
                   ("Kirjastovirkailija", "SII_PK", 4), ("Kirjastovirkailija", "SUO_PK", 2),
                   ("Kirjastovirkailija", "LEP_PK", 3), ("Kirjastovirkailija", "TUU_PK", 2),
                   ("Kirjastotoimenjohtaja", "KUO_PK", 1), ("Palkkasihteeri", None, 3), ("Siivooja", None, 2))
HR_USERS = ("HRBATCH", "MIGR2016", "PALKAT01", "PALKAT02", "PALKAT03")
RELIGIONS = ("01", "01", "01", "01", "01", "00", "00", "00", "02", "99")  # ev.lut., none, orthodox, other
LETTERS = {  # code: subject
    "DUE": "Eräpäivämuistutus", "ODUE": "Myöhästymisilmoitus", "HOLD": "Varaus noudettavissa",
    "WELCOME": "Tervetuloa Kuusikko-kirjastojen asiakkaaksi", "PASSWORD_RESET": "Salasanan vaihto",
    "ODUE3": "Lasku myöhästyneestä aineistosta",
}


@dataclass
class Library:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the libraries', institutions', vendors')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def hetu_check(six: str, individual: str) -> str:
    """The check character of a henkilötunnus: DDMMYY and the individual number, mod 31."""
    return HETU_CHECK[int(six + individual) % 31]


def ytunnus_digit(seven: str) -> str | None:
    """The check digit of a Y-tunnus (weights 7, 9, 10, 5, 8, 4, 2), None when it cannot have one."""
    remainder = sum(int(d) * w for d, w in zip(seven, (7, 9, 10, 5, 8, 4, 2))) % 11
    if remainder == 1:
        return None
    return "0" if remainder == 0 else str(11 - remainder)


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (8, 20)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (8, 20)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment up to `within` days after `when`, never after the day of the dump."""
    day = dt.date.fromisoformat(when[:10])
    last = min(day + dt.timedelta(days=within), TODAY)
    if last <= day:
        return when if len(when) > 10 else when + " 12:00:00"
    later = _at(day + dt.timedelta(days=rng.randint(1, (last - day).days)), rng, (7, 22))
    return later if later > when else when


def _sap(day: str | None) -> str:
    """A date as SAP's DATS: YYYYMMDD, 00000000 when empty."""
    return day[:10].replace("-", "") if day else "00000000"


def _fi_date(day: str) -> str:
    """A date as Finns write it: 3.2.2024."""
    d = dt.date.fromisoformat(day[:10])
    return f"{d.day}.{d.month}.{d.year}"


def _jpeg(rng: random.Random, comment: bytes) -> bytes:
    """A JFIF file's framing around random bytes, with the comment a card-photo camera writes."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1000))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Finnish values: phones, e-mails, henkilötunnus, accounts, card numbers, barcodes."""

    def __init__(self, rng: random.Random, m: Library) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def mobile(self) -> tuple[str, str]:
        """A Finnish mobile number as people type it, and its E.164 form."""
        rng = self.rng
        number = self.unique(lambda: rng.choice(MOBILE_PREFIXES) + self.digits(7))
        rest = number[3:]
        typed = rng.choice((f"{number[:3]} {rest}", f"{number[:3]} {rest[:3]} {rest[3:]}", number, number,
                            f"{number[:3]}-{rest}", f"+358 {number[1:3]} {rest}", f"+358{number[1:]}"))
        return typed, f"+358{number[1:]}"

    def email(self, first: str, last: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}.{s}", f"{s}.{f}", f"{f}{s}", f"{f}.{s}{yy}", f"{f[0]}{s}",
                            f"{s}{yy}", f"{f}{yy}", f"{f}_{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.75 else rng.randint(2, 9)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def hetu(self, born: str, female: bool) -> str:
        """A henkilötunnus: DDMMYY, the century sign, an individual number (odd for men) and the check."""
        year, month, day = born.split("-")
        sign = "-" if year < "2000" else "A"
        if self.rng.random() < 0.08:  # the new signs of 2023, on some of the numbers given since
            sign = self.rng.choice("YXWVU" if year < "2000" else "BCDEF")
        while True:
            n = self.rng.randint(2, 899)
            if (n % 2 == 0) != female:
                continue
            six = f"{day}{month}{year[2:]}"
            value = f"{six}{sign}{n:03d}{hetu_check(six, f'{n:03d}')}"
            if value not in self.used:
                self.used.add(value)
                return value

    def bban(self, lead: str) -> str:
        """A Finnish account's 14 digits: bank and account, the last a Luhn digit."""
        body = self.unique(lambda: lead + self.digits(13 - len(lead)))
        return body + luhn_digit(body)

    def iban(self, bban: str, personal: bool = True) -> str:
        compact = "FI" + iban_check_digits("FI", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def card(self, municipality: str) -> str:
        """A library card's barcode: the municipality code, seven digits and a Luhn digit."""
        return self.unique(lambda: (lambda body: body + luhn_digit(body))(municipality[:3] + "0" + self.digits(7)))

    def barcode(self) -> str:
        """An item's barcode: 14 digits, the last a Luhn digit."""
        return self.unique(lambda: (lambda body: body + luhn_digit(body))("1297" + self.digits(9)))

    def ytunnus(self) -> str:
        while True:
            seven = str(self.rng.randint(1, 3)) + self.digits(6)
            check = ytunnus_digit(seven)
            if check is not None and seven not in self.used:
                self.used.add(seven)
                return f"{seven}-{check}"


def _bcrypt(rng: random.Random) -> str:
    """Koha's bcrypt (Crypt::Eksblowfish): $2a$08$, a 22-character salt and a 31-character hash."""
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2a$08$" + "".join(rng.choices(alphabet, k=53))


def _md5_base64(rng: random.Random) -> str:
    """The unsalted MD5 in base64 that Koha stored before 3.12."""
    return base64.b64encode(hashlib.md5(rng.randbytes(12)).digest()).decode().rstrip("=")


def _ip(rng: random.Random) -> str:
    return f"{rng.choice(IP_PREFIXES)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fi = Faker("fi_FI")
        self.fi.seed_instance(seed)
        self.m = Library()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.patrons: list[dict] = []
        self.staff: list[dict] = []
        self.items: list[dict] = []
        self.next_borrower = 1

    def name(self, sex: str) -> tuple[str, str]:
        if sex == "F":
            return self.fi.first_name_female(), self.fi.last_name_female()
        return self.fi.first_name_male(), self.fi.last_name_male()

    def home(self, municipality: str | None = None) -> dict:
        rng = self.rng
        code = municipality or rng.choices([m[0] for m in MUNICIPALITIES], [m[4] for m in MUNICIPALITIES])[0]
        _, town, postcodes, streets, _ = MUNICIPALITY[code]
        number = str(rng.randint(1, 60))
        kind = rng.random()
        if kind < 0.45:
            number += f" {rng.choice('ABCDEFG')} {rng.randint(1, 40)}"
        elif kind < 0.55:
            number += f" as. {rng.randint(1, 20)}"
        return {"municipality": code, "city": town, "street": f"{rng.choice(streets)} {number}",
                "zip": rng.choice(postcodes)}


def _settings(w: _World) -> None:
    """Koha's system preferences: the consortium's own mailboxes, phone, account and SMS gateway."""
    rng, make = w.rng, w.make
    own_iban = make.iban(make.bban("5"), personal=False)
    prefs = (
        ("LibraryName", "Kuusikko-kirjastot", None, "Kirjastojen yhteinen nimi", "Free"),
        ("KohaAdminEmailAddress", f"kirjasto@{OWN_DOMAIN}", None, "Koha-ylläpidon osoite", "Free"),
        ("ReplytoDefault", f"kirjasto@{OWN_DOMAIN}", None, "Vastausosoite ilmoituksille", "Free"),
        ("ReturnpathDefault", f"palautuneet@{OWN_DOMAIN}", None, "Palautuvien viestien osoite", "Free"),
        ("OPACBaseURL", "https://kirjasto.kuusikko.fi", None, "OPACin osoite", "Free"),
        ("staffClientBaseURL", "https://virkailija.kuusikko.fi", None, "Virkailijaliittymän osoite", "Free"),
        ("SMSSendDriver", "Labyrintti", None, "SMS::Send-ajuri", "Free"),
        ("SMSSendUsername", "kuusikko_koha", None, "Tekstiviestipalvelun käyttäjä", "Free"),
        ("SMSSendPassword", "".join(rng.choices(string.ascii_letters + string.digits, k=16)), None,
         "Tekstiviestipalvelun salasana", "Free"),
        ("OpacMainUserBlock", "<h3>Tervetuloa Kuusikko-kirjastoihin!</h3><p>Asiakaspalvelu 017 182 300, "
         f"kirjasto@{OWN_DOMAIN}. Pääkirjasto, Maaherrankatu 12, 70100 Kuopio.</p>", "70|10",
         "OPACin etusivun teksti", "Textarea"),
        ("OnlinePaymentsIBAN", grouped(own_iban), None, "Verkkomaksujen tili (Kuopion kaupunki)", "Free"),
        ("OnlinePaymentsBIC", "OKOYFIHH", None, "Verkkomaksujen BIC", "Free"),
        ("OnlinePaymentsBusinessID", "0171863-3", None, "Kuopion kaupungin Y-tunnus", "Free"),
        ("FineNoRenewals", "10", None, "Lainauksen estävä maksuraja (€)", "Integer"),
        ("maxoutstanding", "10", None, "Varauksen estävä maksuraja (€)", "Integer"),
        ("noissuescharge", "10", None, "Lainauksen estävä maksuraja (€)", "Integer"),
        ("dateformat", "dmydot", "metric|us|iso|dmydot", "Päivämäärämuoto", "Choice"),
        ("timeout", "12h", None, "Istunnon vanhenemisaika", "Free"),
        ("SessionStorage", "mysql", "mysql|Pg|tmp|memcache", "Istuntojen tallennus", "Choice"),
        ("BorrowerMandatoryField", "surname|cardnumber|dateofbirth", None, "Pakolliset kentät", "Free"),
        ("PatronSelfRegistrationDefaultCategory", "AIKUINEN", None, "Itserekisteröinnin luokka", "Free"),
        ("OPACPrivacy", "1", None, "Asiakas voi valita lainahistorian säilyttämisen", "YesNo"),
        ("NoticeCSS", "/intranet-tmpl/prog/css/notices.css", None, "Ilmoitusten tyylitiedosto", "Free"),
        ("ExtendedPatronAttributes", "1", None, "Lisätiedot käytössä", "YesNo"),
    )
    w.m.rows["systempreferences"].extend(prefs)


def _branches(w: _World) -> None:
    rng = w.rng
    for code, name, street, zip_code, municipality, phone, box, network in BRANCHES:
        town = MUNICIPALITY[municipality][1]
        email = f"{box}@{OWN_DOMAIN}"
        hours = "<p>Ma-to 10-20<br>Pe 10-18<br>La 10-15</p>" if code.endswith("PK") else \
            "<p>Ma 12-19<br>Ti-pe 10-16</p>"
        lat, lng = 62.8924 + rng.uniform(-0.6, 0.6), 27.6782 + rng.uniform(-0.8, 0.8)
        w.m.rows["branches"].append((
            code, name, street, None if code != "KUO_AUTO" else "Pysäkit: ks. aikataulu", zip_code, town, "Suomi",
            phone, email, f"kirjasto@{OWN_DOMAIN}", f"https://kirjasto.kuusikko.fi/{code.lower()}", network,
            "Esteetön sisäänkäynti pihan puolelta." if rng.random() < 0.4 else None, hours,
            f"{lat:.4f},{lng:.4f}", 1))


def _vendors(w: _World) -> None:
    rng, make = w.rng, w.make
    for vid, (name, street, postal, phone, web, box) in enumerate(VENDORS, 1):
        ytunnus = make.ytunnus()
        bic, lead = rng.choice(BANKS)
        iban = make.iban(make.bban(lead), personal=False)
        w.m.rows["aqbooksellers"].append((
            vid, name, street, None, None, postal, phone, None if rng.random() < 0.6 else phone[:-2] + "99",
            f"https://www.{web}", grouped(iban) if rng.random() < 0.5 else iban,
            f"Y-tunnus {ytunnus}. Tilaukset {box}@{web}, laskut verkkolaskuna (OVT 0037{ytunnus.replace('-', '')}).",
            1 if rng.random() < 0.85 else 0, "EUR", "EUR", 1, Decimal(rng.choice(("0.1500", "0.2000", "0.2500",
                                                                                  "0.1000"))),
            rng.choice((7, 14, 21, 30))))


def _catalogue(w: _World) -> None:
    rng, make = w.rng, w.make
    branch_codes = [b[0] for b in BRANCHES]
    for bid, (author, title, year, itype) in enumerate(BIBLIOS, 1):
        created = _moment(rng, 2016, 2025, (8, 16))
        w.m.rows["biblio"].append((
            bid, "" if itype == "KIRJA" else itype[:4], author, title,
            {"DVD": "[videotallenne]", "AANIKIRJA": "[äänite]", "CD": "[äänite]"}.get(itype),
            rng.choice((None, None, None, "Keltainen kirjasto", "WSOY:n taskukirjasto")) if itype == "KIRJA" else None,
            year, rng.choice((None, None, "Suomennettu.", "Myös e-kirjana.")),
            rng.choice((None, None, "Romaani.", "Kertomus sodasta ja ihmisistä.", "Lasten kuvakirja."))
            if itype == "KIRJA" else None, _after(rng, created, 600), created[:10]))
    for n in range(1, ITEM_COUNT + 1):
        bid = rng.randint(1, len(BIBLIOS))
        author, _, year, itype = BIBLIOS[bid - 1]
        home = rng.choice(branch_codes)
        accessioned = apps.day(rng, max(2016, min(year, 2025)), 2025)
        price = Decimal(rng.choice(("24.90", "29.90", "32.50", "18.00", "9.95", "34.90")))
        location = rng.choice(("AIK", "AIK", "LAS", "NUO", "VAR"))
        w.m.rows["items"].append((
            n, bid, make.barcode(), home, home if rng.random() < 0.85 else rng.choice(branch_codes), location,
            f"{rng.choice(CALL_CLASSES[itype])} {ascii_fold(author.split(',')[0])[:3].upper()}", itype, price,
            price + Decimal("5.00"), accessioned, None, _after(rng, accessioned, 300), 0, 0, None,
            1 if rng.random() < 0.03 else 0, 1 if rng.random() < 0.02 else 0, 0, 0,
            rng.choice((None, None, None, None, "Liitteenä CD.", "Kulunut selkä."))
            if itype == "KIRJA" else None, _after(rng, accessioned, 500)))
        w.items.append({"id": n, "bid": bid, "home": home, "title": BIBLIOS[bid - 1][1], "itype": itype,
                        "row": n - 1, "price": price, "accessioned": accessioned})


def _borrower(w: _World, p: dict) -> int:
    """Append one borrowers row for `p` (a dict of what is known), return its borrowernumber."""
    number = w.next_borrower
    w.next_borrower += 1
    p["number"] = number
    w.m.rows["borrowers"].append((number, *(p.get(c) for c in COLUMNS["borrowers"][1:])))
    return number


def _patrons(w: _World) -> None:
    rng, make = w.rng, w.make
    adults: list[dict] = []
    for k in range(PATRON_COUNT):
        foreign = rng.random() < 0.07
        if foreign:
            first, last, sex, nationality = rng.choice(FOREIGN_NAMES)
        else:
            sex = rng.choice("MF")
            first, last = w.name(sex)
            nationality = "FI"
        child = bool(adults) and rng.random() < 0.2
        if child:
            year = rng.randint(2008, 2021)
        else:
            year = rng.randint(1932, 2006)
        born = apps.day(rng, year, year)
        age = TODAY.year - year
        category = "LAPSI" if age < 15 else "NUORI" if age < 18 else "SENIORI" if age >= 68 and rng.random() < 0.6 \
            else "AIKUINEN"
        guardian = None
        if child:
            guardian = rng.choice(adults)
            last = guardian["last"] if rng.random() < 0.85 else last
            place = dict(guardian["place"])
        else:
            place = w.home()
        branch = rng.choice([b[0] for b in BRANCHES if b[0] != "KUO_AUTO" and
                             MUNICIPALITY[b[4]][0] == place["municipality"]] or ["KUO_PK"])
        enrolled = apps.day(rng, max(2004, year + 4), 2025)
        card = make.card(place["municipality"])
        mobile = make.mobile() if age >= 10 and rng.random() < 0.85 else None
        email = make.email(first, last, year) if age >= 12 and rng.random() < 0.78 else None
        phone = None
        if category == "SENIORI" and rng.random() < 0.5:
            phone = f"017 {rng.randint(260, 369)} {make.digits(4)}"
        cottage = None
        if not child and rng.random() < 0.12:
            cottage = w.home(rng.choice(("857", "420", "778", "297")))
        work = None
        if category == "AIKUINEN" and rng.random() < 0.15:
            work = rng.choice(("savonia.fi", "uef.fi", "kuh.fi", "pshyvinvointialue.fi", "kuopio.fi"))
        userid = card if rng.random() < 0.65 else make.unique(
            lambda: rng.choice((f"{ascii_fold(first)}{ascii_fold(last)[:3]}", f"{ascii_fold(first)}.{ascii_fold(last)}",
                                f"kirjatoukka{rng.randint(1, 99)}", f"{ascii_fold(first)}{year % 100:02d}")))
        password = _md5_base64(rng) if enrolled < "2013" and rng.random() < 0.3 else _bcrypt(rng)
        note = _fill(rng.choice(BORROWER_NOTES), phone=lambda: make.mobile()[0], first=lambda: w.name("F")[0],
                     last=lambda: last, date=lambda: _fi_date(apps.day(rng, 2020, 2025)),
                     passport=lambda: rng.choice(("FP", "PA", "XP")) + make.digits(7))
        debarred = None
        debarred_comment = None
        if rng.random() < 0.05:
            debarred = apps.day(rng, 2025, 2026)
            debarred_comment = _fill(rng.choice(DEBARRED_COMMENTS), date=lambda: _fi_date(apps.day(rng, 2024, 2025)))
        lastseen = _moment(rng, 2023, 2025) if rng.random() < 0.8 else None
        age_group = "0-6" if age < 7 else "7-12" if age < 13 else "13-17" if age < 18 else "18-29" if age < 30 \
            else "30-64" if age < 65 else "65-"
        p = {"cardnumber": card, "surname": last, "firstname": first,
             "othernames": rng.choice(("Jussi", "Masa", "Pena", "Kati", "Tiia")) if rng.random() < 0.04 else None,
             "initials": f"{first[0]}.{last[0]}." if rng.random() < 0.1 else None,
             "streetnumber": None, "address": place["street"], "address2": "c/o " + " ".join(w.name("F")) if
             rng.random() < 0.02 else None, "city": place["city"].upper() if rng.random() < 0.3 else place["city"],
             "zipcode": place["zip"], "country": "Suomi" if rng.random() < 0.2 else None, "email": email,
             "phone": phone, "mobile": mobile[0] if mobile else None,
             "emailpro": f"{ascii_fold(first)}.{ascii_fold(last)}@{work}" if work else None,
             "phonepro": f"044 {rng.randint(700, 799)} {make.digits(4)}" if work and rng.random() < 0.5 else None,
             "B_address": cottage["street"] if cottage else None, "B_city": cottage["city"] if cottage else None,
             "B_zipcode": cottage["zip"] if cottage else None,
             "B_phone": make.mobile()[0] if cottage and rng.random() < 0.3 else None,
             "dateofbirth": born, "branchcode": branch, "categorycode": category, "dateenrolled": enrolled,
             "dateexpiry": apps.day(rng, 2025, 2028), "gonenoaddress": 1 if rng.random() < 0.02 else 0,
             "lost": 1 if rng.random() < 0.03 else 0, "debarred": debarred, "debarredcomment": debarred_comment,
             "contactname": guardian["last"] if guardian else None,
             "contactfirstname": guardian["first"] if guardian else None,
             "relationship": ("äiti" if guardian["sex"] == "F" else "isä") if guardian and rng.random() < 0.8
             else "huoltaja" if guardian else None, "guarantorid": guardian["number"] if guardian else None,
             "borrowernotes": note, "sex": sex, "password": password, "flags": 0, "userid": userid,
             "opacnote": rng.choice(OPAC_NOTES), "sort1": place["municipality"], "sort2": age_group,
             "smsalertnumber": mobile[1] if mobile and rng.random() < 0.6 else None,
             "privacy": rng.choices((1, 0, 2), (80, 10, 10))[0], "lang": rng.choices(("fi-FI", "sv-SE", "en"),
                                                                                     (92, 4, 4))[0],
             "login_attempts": rng.choice((0, 0, 0, 0, 1, 2)), "updated_on": _after(rng, enrolled, 2000),
             "lastseen": lastseen}
        if work:
            w.m.emails.add(p["emailpro"].casefold())
        # the borrowers row is drawn; the rest of the patron is remembered for the later tables
        _borrower(w, p)
        p.update({"first": first, "last": last, "sex": sex, "born": born, "year": year, "place": place,
                  "email_addr": email, "mobile_pair": mobile, "age": age, "nationality": nationality})
        w.patrons.append(p)
        if not child and age >= 25:
            adults.append(p)
    for name, municipality in INSTITUTIONS:
        place = w.home(municipality)
        box = ascii_fold(name.replace(" ", "."))
        p = {"cardnumber": make.card(municipality), "surname": name, "firstname": None, "address": place["street"],
             "city": place["city"], "zipcode": place["zip"], "email": f"{box}@{CITY_DOMAIN}",
             "phone": f"017 {rng.randint(180, 189)} {make.digits(4)}", "branchcode": "KUO_PK" if municipality == "297"
             else [b[0] for b in BRANCHES if b[4] == municipality][0], "categorycode": "YHTEISO",
             "dateenrolled": apps.day(rng, 2010, 2020), "dateexpiry": apps.day(rng, 2026, 2028), "gonenoaddress": 0,
             "lost": 0, "password": _bcrypt(rng), "flags": 0, "userid": f"yhteiso{w.next_borrower}",
             "sort1": municipality, "privacy": 1, "lang": "fi-FI", "login_attempts": 0,
             "updated_on": _moment(rng, 2022, 2025), "lastseen": _moment(rng, 2024, 2025)}
        _borrower(w, p)
        p.update({"first": None, "last": name, "institution": True, "place": place, "email_addr": p["email"],
                  "mobile_pair": None, "age": 99})
        w.patrons.append(p)


def _staff(w: _World) -> None:
    """The staff in SAP (PA0002, PA0009) and the library staff's own Koha cards."""
    rng, make = w.rng, w.make
    functions = [f for f in STAFF_FUNCTIONS for _ in range(f[2])]
    for n in range(STAFF_COUNT):
        title, branch, _ = functions[n % len(functions)]
        sex = "F" if rng.random() < 0.78 else "M"
        foreign = rng.random() < 0.06
        if foreign:
            first, last, sex, nationality = rng.choice(FOREIGN_NAMES)
        else:
            first, last = w.name(sex)
            nationality = "FI"
        year = rng.randint(1961, 2001)
        born = apps.day(rng, year, year)
        pernr = f"{rng.randint(10_000_000, 19_999_999)}" if n else "10000417"
        while pernr in make.used:
            pernr = f"{rng.randint(10_000_000, 19_999_999)}"
        make.used.add(pernr)
        begin = apps.day(rng, max(1985, year + 20), 2025)
        changed = _after(rng, begin, 3000)[:10]
        married = rng.random() < 0.5
        birth_name = w.name("F")[1] if sex == "F" and married and rng.random() < 0.4 else None
        nickname = rng.choice((None, None, None, None, first[:4] if len(first) > 5 else None))
        municipality = rng.choice(("297", "297", "297", "749", "420"))
        place = w.home(municipality)
        w.m.rows["PA0002"].append((
            "100", pernr, "99991231", _sap(begin), _sap(changed), rng.choice(HR_USERS), last, birth_name, first,
            nickname, _sap(born), "FI" if nationality == "FI" or rng.random() < 0.2 else nationality,
            rng.choice(("Kuopio", "Kuopio", "Siilinjärvi", "Joensuu", "Iisalmi", "Varkaus", "Mikkeli", "Helsinki",
                        "Tampere", "Pieksämäki")) if nationality == "FI" else None, nationality,
            "U" if nationality == "FI" and rng.random() < 0.95 else rng.choice(("V", "E")), "2" if sex == "F" else "1",
            "1" if married else rng.choice(("0", "0", "0", "2", "3", "5")),
            _sap(apps.day(rng, year + 22, 2024)) if married else "00000000", rng.choices((0, 1, 2, 3, 4),
                                                                                          (40, 20, 25, 10, 5))[0],
            rng.choice(RELIGIONS), make.hetu(born, sex == "F")))
        bic, lead = rng.choice(BANKS)
        bban = make.bban(lead)
        domestic = f"{bban[:6]}-{bban[6:].lstrip('0')}"
        if rng.random() < 0.95:  # a few are paid by another employer's payroll
            iban = make.iban(bban)
            w.m.rows["PA0009"].append((
                "100", pernr, "0", "99991231", _sap(begin), _sap(changed), rng.choice(HR_USERS), "U",
                f"{ascii_fold(last).upper()} {ascii_fold(first).upper()}" if rng.random() < 0.7 else None,
                place["zip"], place["city"].upper(), "FI", bic, domestic, iban, "EUR"))
        work = f"{ascii_fold(first)}.{ascii_fold(last)}@{CITY_DOMAIN}"
        w.m.emails.add(work.casefold())
        staff = {"first": first, "last": last, "pernr": pernr, "branch": branch, "work": work, "number": None}
        if branch:  # library staff have a Koha card of their own with staff permissions
            card = make.card(municipality)
            mobile = make.mobile()
            p = {"cardnumber": card, "surname": last, "firstname": first, "address": place["street"],
                 "city": place["city"], "zipcode": place["zip"],
                 "email": make.email(first, last, year) if rng.random() < 0.5 else None, "mobile": mobile[0],
                 "emailpro": work, "phonepro": f"044 718 {make.digits(4)}", "dateofbirth": born, "branchcode": branch,
                 "categorycode": "HENKILO", "dateenrolled": begin if begin > "2004" else "2004-06-01",
                 "dateexpiry": "2099-12-31", "gonenoaddress": 0, "lost": 0, "sex": sex, "password": _bcrypt(rng),
                 "flags": rng.choice((2, 4, 16, 1024 + 4 + 2, 1)), "sort1": municipality, "sort2": "HENKILOKUNTA",
                 "privacy": 1, "userid": f"{ascii_fold(first)[:5]}{ascii_fold(last)[:3]}".upper(), "lang": "fi-FI",
                 "login_attempts": 0, "updated_on": _moment(rng, 2023, 2025), "lastseen": _moment(rng, 2025, 2025)}
            staff["number"] = _borrower(w, p)
            staff["userid"] = p["userid"]
            staff["card"] = card
        w.staff.append(staff)


def _attributes(w: _World) -> None:
    rng, make = w.rng, w.make
    aid = 1

    def put(number: int, code: str, value: str) -> None:
        nonlocal aid
        w.m.rows["borrower_attributes"].append((aid, number, code, value))
        aid += 1

    for p in w.patrons:
        if p.get("institution"):
            put(p["number"], "YHTEYSHLO", " ".join(w.name(rng.choice("MF"))))
            continue
        if p["age"] >= 18 and rng.random() < 0.55:
            put(p["number"], "HETU", make.hetu(p["born"], p["sex"] == "F"))
        if rng.random() < 0.06:
            put(p["number"], "CELIA", rng.choice(CELIA))
        if rng.random() < 0.3:
            put(p["number"], "KUVALUPA", rng.choice(("K", "E")))
        if p["age"] < 15:
            if rng.random() < 0.7:
                put(p["number"], "HUOLTAJAN_PUH", make.mobile()[0])
            if p["age"] >= 7 and rng.random() < 0.6:
                put(p["number"], "KOULU", f"{rng.choice(SCHOOLS)} {min(9, p['age'] - 6)}{rng.choice('ABC')}")
        if rng.random() < 0.01:
            put(p["number"], "TURVAKIELTO", "1")


def _photos(w: _World) -> None:
    rng = w.rng
    for p in w.patrons:
        if p.get("institution") or rng.random() > 0.22:
            continue
        w.m.rows["patronimage"].append((p["number"], "image/jpeg", _jpeg(rng, b"Kuusikko kirjastokortti")))
    for s in w.staff:
        if s["number"] and rng.random() < 0.8:
            w.m.rows["patronimage"].append((s["number"], "image/jpeg", _jpeg(rng, b"Kuusikko henkilokortti")))
    w.m.rows["patronimage"].sort()


def _loans(w: _World) -> None:
    rng = w.rng
    people = list(w.patrons)
    on_loan = rng.sample(w.items, min(ISSUE_COUNT, len(w.items)))
    issue_id = 1
    for item in on_loan[:ISSUE_COUNT]:
        p = rng.choice(people)
        issued = _moment(rng, 2025, 2025, (10, 19))
        due = (dt.datetime.fromisoformat(issued) + dt.timedelta(days=28 if item["itype"] == "KIRJA" else 14))
        renewals = rng.choice((0, 0, 0, 1, 2))
        renewed = _after(rng, issued, 28) if renewals else None
        note = _fill(rng.choice(ISSUE_NOTES), first=lambda: w.name(rng.choice("MF"))[0],
                     last=lambda: w.name("F")[1], phone=lambda: w.make.mobile()[0]) if rng.random() < 0.06 else None
        w.m.rows["issues"].append((
            issue_id, p["number"], item["id"], due.replace(hour=23, minute=59, second=0).isoformat(sep=" "),
            item["home"], issued, renewed, renewals, 1 if rng.random() < 0.4 else 0, note,
            _after(rng, issued, 10) if note else None, renewed or issued))
        row = list(w.m.rows["items"][item["row"]])
        columns = COLUMNS["items"]
        row[columns.index("onloan")] = due.date().isoformat()
        row[columns.index("datelastborrowed")] = issued[:10]
        row[columns.index("issues")] = rng.randint(1, 60)
        w.m.rows["items"][item["row"]] = tuple(row)
        item["patron"] = p
        item["issued"] = issued
        item["due"] = due.isoformat(sep=" ")
        issue_id += 1


def _fines(w: _World) -> None:
    rng, make = w.rng, w.make
    managers = [s for s in w.staff if s["number"]]
    line = 1
    for item in w.items:
        p = item.get("patron")
        if not p or item["due"] >= TODAY.isoformat() or rng.random() > 0.75:
            continue
        lost = rng.random() < 0.12
        amount = item["price"] if lost else Decimal(rng.choice(("0.40", "0.80", "1.20", "2.00", "3.60", "6.00")))
        when = _after(rng, item["due"], 60)
        outstanding = amount if rng.random() < 0.55 else Decimal(0)
        manager = rng.choice(managers)
        w.m.rows["accountlines"].append((
            line, p["number"], item["id"], when, amount.quantize(Decimal("0.000001")),
            f"{'Kadonnut aineisto' if lost else 'Myöhästymismaksu'}: {item['title']}", "LOST" if lost else "OVERDUE",
            None, "UNRETURNED" if outstanding else "RETURNED", None, outstanding.quantize(Decimal("0.000001")), None,
            None, item["home"], when))
        line += 1
        if not outstanding:
            def refund_iban() -> str:
                iban = make.iban(make.bban(rng.choice(BANKS)[1]))
                return grouped(iban) if rng.random() < 0.6 else iban

            note = _fill(rng.choice(ACCOUNT_NOTES), iban=refund_iban, first=lambda: w.name("F")[0],
                         last=lambda: p["last"], phone=lambda: make.mobile()[0], date=lambda: _fi_date(when),
                         name=lambda: " ".join(w.name(rng.choice("MF"))))
            paid = _after(rng, when, 90)
            w.m.rows["accountlines"].append((
                line, p["number"], None, paid, (-amount).quantize(Decimal("0.000001")), "Maksu",
                None, "REFUND" if note and "FI" in note else "PAYMENT", "PAID",
                rng.choice(("CASH", "CARD", "ONLINE", "ONLINE")), Decimal(0).quantize(Decimal("0.000001")), note,
                manager["number"], item["home"], paid))
            line += 1


def _notices(w: _World) -> None:
    rng = w.rng
    mid = 1
    sender = f"Kuusikko-kirjastot <kirjasto@{OWN_DOMAIN}>"
    for p in w.patrons:
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            code = rng.choices(list(LETTERS), (30, 20, 25, 10, 8, 7))[0]
            transport = "email" if p["email_addr"] and rng.random() < 0.7 else "sms" if p["mobile_pair"] else "print"
            name = f"{p['first']} {p['last']}" if p["first"] else p["last"]
            due = _fi_date(_moment(rng, 2025, 2025))
            title = rng.choice(BIBLIOS)[1]
            if transport == "sms":
                content = {"DUE": f"Kuusikko-kirjastot: lainasi {title} erääntyy {due}.",
                           "ODUE": f"Kuusikko-kirjastot: lainasi {title} on myöhässä. Palauta pian.",
                           "HOLD": f"Kuusikko-kirjastot: varauksesi {title} on noudettavissa {due} asti. "
                                   f"Noutokoodi {rng.randint(1, 40)}/{rng.randint(1, 9)}.",
                           }.get(code, f"Kuusikko-kirjastot: kirjastokorttisi {p['cardnumber']} on aktivoitu.")
                to = p["mobile_pair"][1]
            else:
                greeting = f"Hyvä {name}," if rng.random() < 0.8 else "Hyvä asiakas,"
                body = {
                    "DUE": f"Seuraavat lainasi erääntyvät {due}:\n{title}\n\nVoit uusia lainat verkkokirjastossa.",
                    "ODUE": f"Seuraava lainasi on myöhässä:\n{title}, eräpäivä {due}.",
                    "HOLD": f"Varauksesi on noudettavissa {due} asti:\n{title}",
                    "WELCOME": f"Kirjastokorttisi numero on {p['cardnumber']} ja käyttäjätunnuksesi "
                               f"{p['userid'] or p['cardnumber']}.",
                    "PASSWORD_RESET": "Vaihda salasanasi osoitteessa https://kirjasto.kuusikko.fi/cgi-bin/koha/"
                                      "opac-password-recovery.pl?uniqueKey="
                                      + "".join(rng.choices(string.ascii_letters + string.digits, k=32)),
                    "ODUE3": f"Lasku: {title} (korvaushinta 29,90 €). Maksa viimeistään {due}.\n{p['address']}, "
                             f"{p['zipcode']} {p['city']}",
                }[code]
                content = f"{greeting}\n\n{body}\n\nYstävällisin terveisin\nKuusikko-kirjastot\n017 182 300"
                to = p["email_addr"] if transport == "email" else None
            queued = _moment(rng, 2024, 2025, (1, 6))
            status = rng.choices(("sent", "failed", "pending"), (90, 6, 4))[0]
            w.m.rows["message_queue"].append((
                mid, p["number"], LETTERS[code] if transport != "sms" else None, content, code, transport, status,
                queued, _after(rng, queued, 1) if status != "pending" else None, to,
                sender if transport == "email" else None, "text/plain; charset=\"UTF-8\""))
            mid += 1


def _sessions(w: _World) -> None:
    rng = w.rng
    branch_names = {b[0]: b[1] for b in BRANCHES}
    for _ in range(SESSION_COUNT):
        sid = rng.randbytes(16).hex()
        ctime = int(dt.datetime.fromisoformat(_moment(rng, 2025, 2025)).timestamp())
        atime = ctime + rng.randint(0, 3000)
        kind = rng.random()
        lines = ["---", f"_SESSION_ATIME: '{atime}'", f"_SESSION_CTIME: '{ctime}'", "_SESSION_EXPIRE_LIST: {}",
                 f"_SESSION_ID: {sid}"]
        if kind < 0.25:  # a staff member at the desk, from the library's own network
            s = rng.choice([s for s in w.staff if s["number"]])
            branch = s["branch"]
            net = next(b[7] for b in BRANCHES if b[0] == branch) or "195.197.60.*"
            ip = net.replace("*", str(rng.randint(10, 200)))
            lines += [f"_SESSION_REMOTE_ADDR: {ip}", f"branch: {branch}", f"branchname: {branch_names[branch]}",
                      f"cardnumber: '{s['card']}'", f"emailaddress: {s['work']}", f"firstname: {s['first']}",
                      "flags: 6", f"id: {s['userid']}", "interface: intranet", f"ip: {ip}", f"lasttime: '{atime}'",
                      f"number: {s['number']}", f"surname: {s['last']}"]
        elif kind < 0.75:  # a patron in the OPAC
            p = rng.choice([p for p in w.patrons if not p.get("institution")])
            ip = _ip(rng)
            lines += [f"_SESSION_REMOTE_ADDR: {ip}", f"branch: {p['branchcode']}",
                      f"branchname: {branch_names[p['branchcode']]}", f"cardnumber: '{p['cardnumber']}'",
                      f"emailaddress: {p['email_addr'] or ''}", f"firstname: {p['first']}", "flags: 0",
                      f"id: {p['userid']}", "interface: opac", f"ip: {ip}", f"lasttime: '{atime}'",
                      f"number: {p['number']}", f"surname: {p['last']}"]
        else:  # an anonymous search
            ip = _ip(rng)
            words = rng.choice(("tuntematon sotilas", "oksanen", "muumi", "harry potter", "dekkarit 2025",
                                "ruokakirja gluteeniton", "diabetes ruokavalio", "kunnas koiramäki"))
            lines += [f"_SESSION_REMOTE_ADDR: {ip}", "interface: opac", f"ip: {ip}",
                      f"search_history: '[{{\"query_desc\":\"{words}\",\"total\":{rng.randint(1, 80)}}}]'"]
        w.m.rows["sessions"].append((sid, "\n".join(lines) + "\n"))


def _home_service(w: _World) -> None:
    rng, make = w.rng, w.make
    elderly = [p for p in w.patrons if not p.get("institution") and p["age"] >= 70]
    chosen = rng.sample(elderly, min(HOME_SERVICE_COUNT, len(elderly)))
    for hid, p in enumerate(chosen, 1):
        contacts = []
        if rng.random() < 0.8:
            rel = rng.choice(("tytär", "poika", "miniä", "naapuri", "edunvalvoja"))
            cfirst, clast = w.name("F" if rel in ("tytär", "miniä") else rng.choice("MF"))
            contact = {"nimi": f"{cfirst} {clast if rel in ('naapuri', 'edunvalvoja') else p['last']}",
                       "suhde": rel, "puhelin": make.mobile()[0]}
            if rng.random() < 0.4:
                contact["sahkoposti"] = make.email(cfirst, clast)
            contacts.append(contact)
        if rng.random() < 0.5:
            contacts.append({"nimi": "Kotihoito, " + rng.choice(("Petosen tiimi", "Keskustan tiimi", "Siilinjärvi")),
                             "suhde": "kotihoito", "puhelin": f"044 718 {make.digits(4)}"})
        started = apps.day(rng, 2015, 2025)
        note = _fill(rng.choice(HOME_NOTES), code=lambda: make.digits(4), first=lambda: w.name("F")[0],
                     phone=lambda: make.mobile()[0])
        municipality = p["place"]["municipality"]
        w.m.rows["koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat"].append((
            hid, p["cardnumber"], p["place"]["street"], p["place"]["zip"], p["place"]["city"],
            rng.choice(("tiistai, parittomat viikot", "torstai", "keskiviikko klo 12-14", "maanantai, joka 3. viikko")),
            "KUO_AUTO" if municipality == "297" else next(b[0] for b in BRANCHES if b[4] == municipality),
            json.dumps(contacts, ensure_ascii=False) if contacts else None, rng.choice(READING_WISHES), note, started,
            _after(rng, started, 2000)[:10] if rng.random() < 0.15 else None, _moment(rng, 2024, 2025)))


def make_library(seed: int = SEED) -> Library:
    """The whole consortium, the same for the same seed."""
    w = _World(seed)
    _settings(w)
    _branches(w)
    _vendors(w)
    _catalogue(w)
    _patrons(w)
    _staff(w)
    _attributes(w)
    _photos(w)
    _loans(w)
    _fines(w)
    _notices(w)
    _sessions(w)
    _home_service(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Library) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/fourteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
