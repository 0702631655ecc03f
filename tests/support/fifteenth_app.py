"""The fifteenth held-out application: a Japanese-owned car rental in Austria, its Rails booking system and the parent's HR.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the fourteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/fifteenth/labels.yml) before any detector ran on it.

"Kaze Mobility Austria GmbH", the (fictional) Austrian subsidiary of a Nagoya car-rental
group, rents cars from seven stations (Vienna airport, Wien Hauptbahnhof, Salzburg,
Innsbruck, Graz, Linz, Klagenfurt) to Austrians, to German and Japanese tourists and to
companies with a framework contract. Two systems share one database, and the names show
it. Booking, the counter and the fines office run on a Rails 8 application that a Vienna
agency wrote: plural snake_case tables, `created_at`/`updated_at`, money in `_cents`,
and single-table inheritance (`people.type` is `Customer` or `AdditionalDriver`, with
`first_name`, `last_name`, `email`, `phone`, `date_of_birth`, `salutation` Herr/Frau/Mx,
the Austrian academic `title` (Mag., DI, Dr.), `street`, `zip`, `city`, `country_code`,
`nationality`, the driving licence's `licence_number`, `licence_country`,
`licence_issued_on`, `id_document_number` of a passport, a JSON `preferences`, the
counter staff's `notes`, `blocked_reason`, `primary_customer_id` from an additional
driver to the customer who brought them); Rails 8's authentication generator (`users`
with `email_address`, a foreign key to `people.email`, and `password_digest` from
has_secure_password in bcrypt; `sessions` with `ip_address` and `user_agent`); the
keyless pick-up of the app (`mobile_keys` with the digital key's `key_token`, the
phone's `device_name` that iOS makes of its owner's first name, the APNs/FCM
`push_token`, and where and from which IP the car was last unlocked); `reservations`
with the `special_requests` and a JSON `checkout_payload` of the booking form;
`rental_agreements`, the contract signed at the counter (`damage_notes`, the PNG of the
`signature_png` pad, the payment provider's card token, the `deposit_refund_iban` of a
cash deposit); `traffic_fines`, the authorities' notices and the company's
Lenkerauskunft naming the driver in `driver_statement` with the form's PDF; and
`active_storage_db_files` from the active_storage_db gem, which keeps the uploads in
the database (scans of licences and passports as JPEG, invoices as PDF). The staff and
their pay live in the parent's group HR system, written in Nagoya the Japanese enterprise
way: `m_` master and `t_` transaction tables, romanized Japanese column names with
`_cd`, `_nm`, `_ymd` (YYYYMMDD text), `_kbn` (a code) and `_flg` suffixes, and the
`del_flg`, `ins_dt`, `ins_user_id`, `upd_dt`, `upd_user_id` audit columns
(`m_shain.shimei_sei`, `shimei_mei`, `shimei_kana`, `seibetsu_kbn` 1/2, `seinengappi`,
`kokuseki_cd`, `yubin_no`, `jusho1`, `keitai_no`, `mail_addr`, `shakai_hoken_no` the
Austrian social security number with its check digit and the birth date, `ryoken_no`
the passport of expatriates from Japan, `haigusha_flg`, `fuyo_ninzu`, `shogai_flg` a
registered disability, `kihonkyu` the base pay, `biko` the HR remarks, `kao_shashin`
the badge photo; `t_kyuyo_furikomi`, the salary transfers with `uketori_nin_nm` and
`iban`; `m_kaisha`, the companies of the group with their addresses, mailboxes, VAT
numbers, the 13-digit Japanese corporate number with its check digit and IBANs). Next
to the people are the stations (landlines, station mailboxes, opening hours as JSON,
coordinates), the fleet (plates, VINs, ACRISS codes), the corporate accounts (companies:
ATU numbers with their check digit, Firmenbuch numbers, accounting mailboxes, business
IBANs), confirmation codes and agreement numbers with a Luhn digit, the authorities'
file numbers and ActiveStorage's random keys.

Everything here is the original side: the rows (`make_rental`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the
DDL (built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
`type` survives every server), `create`, and the personal e-mails and IBANs a leak
check looks for (the group's, the stations' and the corporate accounts' mailboxes and
accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits, luhn_digit
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Rental", "create", "dump", "load_labels", "make_rental"]

SEED = 20260517
LABELS = Path(__file__).resolve().parents[1] / "fifteenth" / "labels.yml"
CUSTOMER_COUNT = 190
ADDITIONAL_DRIVER_COUNT = 45
STAFF_COUNT = 58
VEHICLE_COUNT = 70
RESERVATION_COUNT = 280
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "kaze-mobility.at"
PARENT_DOMAIN = "kaze-mobility.co.jp"

TYPES = {
    "mariadb": {"ts": "datetime(6)", "json": "JSON", "blob": "longblob", "text": "text", "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp(6)", "json": "jsonb", "blob": "bytea", "text": "text", "bool": "boolean"},
    "sqlite": {"ts": "datetime(6)", "json": "json", "blob": "blob", "text": "text", "bool": "boolean"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the parent's group HR system --
    "m_kaisha": (
        "kaisha_cd char(4) PRIMARY KEY", "kaisha_nm varchar(100) NOT NULL", "kaisha_nm_eng varchar(100)",
        "yubin_no varchar(10)", "jusho1 varchar(120)", "jusho2 varchar(120)", "kuni_cd char(2) NOT NULL",
        "denwa_no varchar(30)", "fax_no varchar(30)", "mail_addr varchar(120)", "uid_no varchar(20)",
        "hojin_bango char(13)", "iban varchar(34)", "bic varchar(11)", "daihyo_sha_nm varchar(60)",
        "del_flg char(1) NOT NULL", "ins_dt {ts} NOT NULL", "ins_user_id varchar(10) NOT NULL", "upd_dt {ts}",
        "upd_user_id varchar(10)"),
    # -- the Rails application --
    "stations": (
        "id bigint PRIMARY KEY", "code varchar(8) NOT NULL UNIQUE", "name varchar(80) NOT NULL",
        "street varchar(120) NOT NULL", "zip varchar(10) NOT NULL", "city varchar(60) NOT NULL",
        "phone varchar(30)", "email varchar(120)", "opening_hours {json}", "latitude decimal(9,6)",
        "longitude decimal(9,6)", "active {bool} NOT NULL", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "vehicles": (
        "id bigint PRIMARY KEY", "station_id bigint NOT NULL", "plate varchar(12) NOT NULL UNIQUE",
        "vin char(17) NOT NULL", "make varchar(30) NOT NULL", "model varchar(40) NOT NULL",
        "acriss_code char(4) NOT NULL", "fuel_type varchar(10) NOT NULL", "mileage_km integer NOT NULL",
        "first_registration date", "status varchar(16) NOT NULL", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "corporate_accounts": (
        "id bigint PRIMARY KEY", "name varchar(120) NOT NULL", "uid_number varchar(14)",
        "company_register_no varchar(20)", "billing_email varchar(120)", "phone varchar(30)",
        "street varchar(120)", "zip varchar(10)", "city varchar(60)", "iban varchar(34)",
        "discount_percent decimal(5,2) NOT NULL", "payment_terms_days integer NOT NULL",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "people": (
        "id bigint PRIMARY KEY", "type varchar(30) NOT NULL", "corporate_account_id bigint",
        "primary_customer_id bigint", "salutation varchar(10)", "title varchar(20)", "first_name varchar(80)",
        "last_name varchar(80) NOT NULL", "email varchar(160) UNIQUE", "phone varchar(40)", "date_of_birth date",
        "street varchar(160)", "zip varchar(12)", "city varchar(80)", "country_code char(2)",
        "nationality char(2)", "licence_number varchar(30)", "licence_country char(2)",
        "licence_issued_on date", "id_document_number varchar(20)", "preferences {json}", "notes {text}",
        "blocked {bool} NOT NULL", "blocked_reason varchar(255)", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "users": (
        "id bigint PRIMARY KEY", "person_id bigint NOT NULL", "email_address varchar(160) NOT NULL UNIQUE",
        "password_digest varchar(72) NOT NULL", "locale varchar(5) NOT NULL", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "sessions": (
        "id bigint PRIMARY KEY", "user_id bigint NOT NULL", "ip_address varchar(45)", "user_agent varchar(255)",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "reservations": (
        "id bigint PRIMARY KEY", "confirmation_code varchar(12) NOT NULL UNIQUE", "person_id bigint NOT NULL",
        "corporate_account_id bigint", "pickup_station_id bigint NOT NULL", "return_station_id bigint NOT NULL",
        "vehicle_id bigint", "acriss_code char(4) NOT NULL", "pickup_at {ts} NOT NULL", "return_at {ts} NOT NULL",
        "status varchar(16) NOT NULL", "channel varchar(16) NOT NULL", "total_cents integer NOT NULL",
        "currency char(3) NOT NULL", "flight_number varchar(8)", "special_requests {text}",
        "checkout_payload {json}", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "mobile_keys": (
        "id bigint PRIMARY KEY", "user_id bigint NOT NULL", "reservation_id bigint NOT NULL",
        "key_token varchar(64) NOT NULL UNIQUE", "device_name varchar(80)", "push_token varchar(200)",
        "last_unlock_ip varchar(45)", "last_unlock_lat decimal(9,6)", "last_unlock_lng decimal(9,6)",
        "issued_at {ts} NOT NULL", "revoked_at {ts}"),
    "rental_agreements": (
        "id bigint PRIMARY KEY", "agreement_number varchar(20) NOT NULL UNIQUE", "reservation_id bigint NOT NULL",
        "vehicle_id bigint NOT NULL", "additional_driver_id bigint", "opened_at {ts} NOT NULL", "closed_at {ts}",
        "km_out integer NOT NULL", "km_in integer", "fuel_out smallint NOT NULL", "fuel_in smallint",
        "damage_notes {text}", "signature_png {blob}", "card_brand varchar(12)", "card_last4 char(4)",
        "psp_token varchar(40)", "deposit_cents integer NOT NULL", "deposit_refund_iban varchar(34)",
        "staff_shain_cd char(6)", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "traffic_fines": (
        "id bigint PRIMARY KEY", "rental_agreement_id bigint NOT NULL", "authority varchar(80) NOT NULL",
        "authority_reference varchar(40) NOT NULL", "offence_at {ts} NOT NULL", "offence_place varchar(160)",
        "offence_code varchar(20)", "plate varchar(12) NOT NULL", "fine_cents integer NOT NULL",
        "admin_fee_cents integer NOT NULL", "driver_statement {text}", "notice_pdf {blob}",
        "status varchar(16) NOT NULL", "forwarded_at {ts}", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "active_storage_db_files": (
        "id bigint PRIMARY KEY", "ref varchar(64) NOT NULL UNIQUE", "data {blob} NOT NULL",
        "created_at {ts} NOT NULL"),
    # -- the parent's group HR system: staff and pay --
    "m_shain": (
        "shain_cd char(6) PRIMARY KEY", "kaisha_cd char(4) NOT NULL", "eigyosho_cd varchar(8)",
        "shimei_sei varchar(60) NOT NULL", "shimei_mei varchar(60) NOT NULL", "shimei_kana varchar(80)",
        "seibetsu_kbn char(1) NOT NULL", "seinengappi char(8) NOT NULL", "kokuseki_cd char(2) NOT NULL",
        "yubin_no varchar(10)", "jusho1 varchar(120)", "jusho2 varchar(120)", "denwa_no varchar(30)",
        "keitai_no varchar(30)", "mail_addr varchar(120)", "shanai_mail varchar(120)",
        "shakai_hoken_no varchar(12)", "ryoken_no varchar(12)", "haigusha_flg char(1) NOT NULL",
        "fuyo_ninzu smallint NOT NULL", "shogai_flg char(1) NOT NULL", "yakushoku_cd char(2) NOT NULL",
        "kihonkyu decimal(10,2) NOT NULL", "nyusha_ymd char(8) NOT NULL", "taishoku_ymd char(8)", "biko {text}",
        "kao_shashin {blob}", "del_flg char(1) NOT NULL", "ins_dt {ts} NOT NULL", "ins_user_id varchar(10) NOT NULL",
        "upd_dt {ts}", "upd_user_id varchar(10)"),
    "t_kyuyo_furikomi": (
        "furikomi_no integer PRIMARY KEY", "shain_cd char(6) NOT NULL", "shikyu_ym char(6) NOT NULL",
        "shikyu_ymd char(8) NOT NULL", "furikomi_kingaku decimal(10,2) NOT NULL", "uketori_nin_nm varchar(70)",
        "iban varchar(34) NOT NULL", "bic varchar(11)", "ginko_nm varchar(60)", "del_flg char(1) NOT NULL",
        "ins_dt {ts} NOT NULL", "ins_user_id varchar(10) NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# Rails' migrations add these keys (t.references ..., foreign_key: true, and the
# email_address key the agency added so that a login always has a person); the HR
# system declares its own on the company and the employee.
FOREIGN_KEYS = (
    _fk("vehicles", ["station_id"], "stations", ["id"]),
    _fk("people", ["corporate_account_id"], "corporate_accounts", ["id"]),
    _fk("people", ["primary_customer_id"], "people", ["id"]),
    _fk("users", ["person_id"], "people", ["id"]),
    _fk("users", ["email_address"], "people", ["email"]),
    _fk("sessions", ["user_id"], "users", ["id"]),
    _fk("reservations", ["person_id"], "people", ["id"]),
    _fk("reservations", ["corporate_account_id"], "corporate_accounts", ["id"]),
    _fk("reservations", ["pickup_station_id"], "stations", ["id"]),
    _fk("reservations", ["return_station_id"], "stations", ["id"]),
    _fk("reservations", ["vehicle_id"], "vehicles", ["id"]),
    _fk("mobile_keys", ["user_id"], "users", ["id"]),
    _fk("mobile_keys", ["reservation_id"], "reservations", ["id"]),
    _fk("rental_agreements", ["reservation_id"], "reservations", ["id"]),
    _fk("rental_agreements", ["vehicle_id"], "vehicles", ["id"]),
    _fk("rental_agreements", ["additional_driver_id"], "people", ["id"]),
    _fk("traffic_fines", ["rental_agreement_id"], "rental_agreements", ["id"]),
    _fk("m_shain", ["kaisha_cd"], "m_kaisha", ["kaisha_cd"]),
    _fk("t_kyuyo_furikomi", ["shain_cd"], "m_shain", ["shain_cd"]),
)

STATIONS = (  # code, name, street, zip, city, phone, mailbox, lat, lng
    ("VIE", "Flughafen Wien-Schwechat", "Objekt 140, Mietwagenzentrum", "1300", "Schwechat", "+43 1 7007 34650",
     "vie", "48.120830", "16.561900"),
    ("WHBF", "Wien Hauptbahnhof", "Am Hauptbahnhof 1", "1100", "Wien", "+43 1 603 41 20", "wien-hbf", "48.185070",
     "16.376780"),
    ("SZG", "Salzburg Airport", "Innsbrucker Bundesstraße 95", "5020", "Salzburg", "+43 662 85 12 40", "salzburg",
     "47.794060", "13.003800"),
    ("INN", "Innsbruck Flughafen", "Fürstenweg 180", "6020", "Innsbruck", "+43 512 28 47 70", "innsbruck",
     "47.259980", "11.343980"),
    ("GRZ", "Graz Hauptbahnhof", "Europaplatz 4", "8020", "Graz", "+43 316 71 22 90", "graz", "47.072730",
     "15.417200"),
    ("LNZ", "Linz Zentrum", "Wiener Straße 2", "4020", "Linz", "+43 732 66 31 05", "linz", "48.291610",
     "14.291030"),
    ("KLU", "Klagenfurt Flughafen", "Flughafenstraße 60", "9020", "Klagenfurt am Wörthersee", "+43 463 41 55 00",
     "klagenfurt", "46.648330", "14.324170"),
)
STATION_ZIPS = {  # the postcodes around each station, for customers who live near one
    "VIE": ("1010", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1100", "1120", "1130", "1140",
            "1150", "1160", "1170", "1180", "1190", "1200", "1210", "1220", "1230", "2320", "2340", "2500", "2700"),
    "WHBF": ("1030", "1040", "1100", "1110", "1120", "1220"),
    "SZG": ("5020", "5023", "5026", "5071", "5400", "5500", "5700"),
    "INN": ("6020", "6060", "6067", "6100", "6130", "6200", "6330"),
    "GRZ": ("8010", "8020", "8036", "8042", "8045", "8051", "8200", "8700"),
    "LNZ": ("4020", "4030", "4040", "4060", "4400", "4600", "4910"),
    "KLU": ("9020", "9061", "9073", "9500", "9800"),
}
CITY_OF_ZIP = {"1": "Wien", "23": "Mödling", "25": "Baden", "27": "Wiener Neustadt", "50": "Salzburg",
               "5071": "Wals-Siezenheim", "54": "Hallein", "55": "Bischofshofen", "57": "Zell am See",
               "60": "Innsbruck", "6060": "Hall in Tirol", "6067": "Absam", "61": "Seefeld in Tirol",
               "6130": "Schwaz", "62": "Jenbach", "63": "Kufstein", "80": "Graz", "82": "Gleisdorf",
               "87": "Leoben", "40": "Linz", "44": "Steyr", "46": "Wels", "49": "Ried im Innkreis",
               "90": "Klagenfurt am Wörthersee", "9061": "Wölfnitz", "9073": "Viktring", "95": "Villach",
               "98": "Spittal an der Drau", "2320": "Schwechat", "2340": "Mödling"}
VEHICLE_MODELS = (  # make, model, ACRISS, fuel
    ("Toyota", "Yaris Hybrid", "EDAH", "hybrid"), ("Toyota", "Corolla Touring Sports", "CWAH", "hybrid"),
    ("Toyota", "C-HR", "CFAH", "hybrid"), ("Toyota", "RAV4 Plug-in", "IFAH", "hybrid"),
    ("Toyota", "Proace City Verso", "SVMD", "diesel"), ("Toyota", "bZ4X", "IFAE", "electric"),
    ("Lexus", "UX 300e", "PFAE", "electric"), ("Suzuki", "Swift", "EDMR", "petrol"),
    ("Mazda", "CX-30", "CFMR", "petrol"), ("Škoda", "Octavia Combi", "IWMD", "diesel"),
)
PLATE_DISTRICTS = {"VIE": "SW", "WHBF": "W", "SZG": "S", "INN": "I", "GRZ": "G", "LNZ": "L", "KLU": "K"}
CORPORATES = (  # name, street, zip, city, phone, accounting mailbox local part, domain
    ("Porr Bau GmbH", "Absberggasse 47", "1100", "Wien", "+43 50 626-0", "kreditoren", "porr.at"),
    ("Alpenländische Versicherungsmakler GmbH", "Maria-Theresien-Straße 18", "6020", "Innsbruck",
     "+43 512 56 23 10", "buchhaltung", "alpen-makler.at"),
    ("Murtal Stahlbau GmbH", "Industriestraße 12", "8750", "Judenburg", "+43 3572 822 00", "rechnungen",
     "murtal-stahl.at"),
    ("Denso Automotive Austria GmbH", "Grazer Straße 77", "8200", "Gleisdorf", "+43 3112 360 0", "invoice",
     "denso-austria.at"),
    ("Salzkammergut Touristik GmbH", "Auböckplatz 3", "4820", "Bad Ischl", "+43 6132 240 00", "office",
     "salzkammergut-touristik.at"),
    ("Nippon Express Austria GmbH", "Objekt 262", "1300", "Wien-Flughafen", "+43 1 7007 37100", "accounting",
     "nipponexpress.at"),
    ("Universität Graz", "Universitätsplatz 3", "8010", "Graz", "+43 316 380 0", "rechnungseingang",
     "uni-graz.at"),
    ("Biomed Labor Linz GmbH", "Hafenstraße 47", "4020", "Linz", "+43 732 77 99 0", "einkauf", "biomed-linz.at"),
    ("Kärntner Messen GmbH", "Messeplatz 1", "9020", "Klagenfurt am Wörthersee", "+43 463 56 800", "buchhaltung",
     "kaerntnermessen.at"),
)
AT_BANKS = (  # bank code, BIC, name
    ("20111", "GIBAATWWXXX", "Erste Bank"), ("12000", "BKAUATWWXXX", "UniCredit Bank Austria"),
    ("32000", "RLNWATWWXXX", "Raiffeisenlandesbank NÖ-Wien"), ("14000", "BAWAATWWXXX", "BAWAG P.S.K."),
    ("35000", "RVSAAT2SXXX", "Raiffeisenverband Salzburg"), ("36000", "RZTIAT22XXX", "Raiffeisen-Landesbank Tirol"),
    ("38000", "RZSTAT2GXXX", "Raiffeisen-Landesbank Steiermark"), ("34000", "RZOOAT2LXXX", "Raiffeisenlandesbank OÖ"),
    ("39000", "RZKTAT2KXXX", "Raiffeisen Landesbank Kärnten"), ("19100", "SPADATW1XXX", "Easybank"),
    ("18000", "ZVTBATWWXXX", "Volksbank Wien"),
)
DE_BANKS = (("10010010", "PBNKDEFFXXX"), ("70150000", "SSKMDEMMXXX"), ("50070010", "DEUTDEFFXXX"),
            ("20050550", "HASPDEHHXXX"))
AT_MAIL = ("gmx.at", "gmx.at", "gmail.com", "gmail.com", "gmail.com", "aon.at", "chello.at", "hotmail.com",
           "outlook.com", "icloud.com", "a1.net", "yahoo.de", "me.com", "kabsi.at", "tele2.at")
DE_MAIL = ("gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de")
JP_MAIL = ("docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com")
AT_MOBILE = ("664", "664", "660", "676", "676", "650", "699", "681", "688", "677", "680")
AT_IP = (77, 80, 91, 62, 84, 178, 193, 212, 213, 85, 188)
JP_IP = (126, 60, 153, 114, 219)
DE_IP = (87, 91, 93, 79, 217)
TITLES = ("Mag.", "Mag.a", "DI", "Dr.", "Ing.", "MMag.", "Dipl.-Ing.", "BSc", "MA", "Prof. Dr.")
CUSTOMER_NOTES = (
    "Kunde wünscht Rechnung an Firma, UID nachreichen.",
    "Hat beim letzten Mal den Schlüssel in Innsbruck eingeworfen, Anruf unter {phone} ok.",
    "Führerschein nur als Foto am Handy vorgelegt - nächstes Mal Original verlangen!",
    "Stammkunde, immer Yaris, bitte Kindersitz vorbereiten (Tochter {child}).",
    "Gehbehindert (Rollstuhl), Fahrzeug mit Handgas anfragen.",
    "Kaution wurde zurücküberwiesen auf {iban}.",
    "Rückfragen bitte an Ehefrau {first} {last}, {phone}.",
    "Internationaler Führerschein vorgelegt, Original {licence_country} im Akt.",
    "Schwanger, bittet um Automatik und Parkplatz nah am Eingang.",
    "Beschwerde über Reinigungsgebühr, per Mail an {email} geantwortet.",
    None, None, None, None, None, None, None, None, None, None, None,
)
BLOCK_REASONS = (
    "Schaden nicht bezahlt (Inkasso KSV1870)", "Fahrzeug mit 1,4 Promille gefahren, Polizeibericht",
    "Gefälschter Führerschein", "Zahlungsausfall, Kreditkarte gesperrt", "Aggressives Verhalten am Schalter",
)
SPECIAL_REQUESTS = (
    "Bitte Kindersitz (Gruppe 1) für meinen Sohn, 2 Jahre.", "Ankunft mit Flug {flight}, evtl. Verspätung.",
    "Please leave the car keys at the hotel reception, Mr. {last}.", "Anhängerkupplung benötigt.",
    "Schneeketten bitte, fahren nach Obergurgl.", "日本語の案内があれば助かります。",
    "I am diabetic and carry insulin, need a cool box in the car if possible.",
    "Zweiter Fahrer: {first} {last}, geb. {dob}.", "Rückruf erbeten: {phone}", None, None, None, None, None, None,
    None, None,
)
DAMAGE_NOTES = (
    "Kratzer Stoßstange hinten links, ca. 5 cm, bei Übergabe vorhanden.", "Steinschlag Windschutzscheibe.",
    "Delle Fahrertür, Kunde ({first} {last}) gibt an: Parkplatz Hofer Wals.",
    "Felge vorne rechts beschädigt, Foto im Akt.", "Innenraum stark verschmutzt (Hundehaare), Reinigung 90 €.",
    "Kunde meldet Wildunfall auf der B179, Polizei Reutte AZ {az}.", None, None, None, None, None, None, None,
)
FINE_AUTHORITIES = (
    ("Landespolizeidirektion Wien", "LPD Wien", "VStV/9253"), ("Magistrat der Stadt Salzburg", "Mag. Salzburg", "MA-"),
    ("Bezirkshauptmannschaft Innsbruck-Land", "BH IL", "IL-STR-"), ("Stadt Graz, Strafamt", "Graz", "A10/"),
    ("Landespolizeidirektion Oberösterreich", "LPD OÖ", "VStV/9254"), ("ASFINAG Maut Service GmbH", "ASFINAG", "EPK-"),
)
OFFENCES = (  # the place and the provision, one per authority above
    ("Gürtel/Währinger Straße, 1090 Wien", "§ 38 Abs 5 StVO"),
    ("Kurzparkzone Salzburg, Rainerstraße 10", "§ 2 Sbg ParkGebG"),
    ("A12 Km 68, Wattens, Fahrtrichtung Innsbruck", "IG-L § 30"),
    ("Elisabethstraße 12, Graz", "§ 24 Abs 1 StVO"),
    ("A1 Km 228,4, Fahrtrichtung Wien", "§ 20 Abs 2 StVO"),
    ("Mautstelle Bosruck, A9", "§ 20 BStMG"),
)
HR_USERS = ("HR_NGY01", "HR_NGY02", "HR_VIE01", "BATCH01")
SHAIN_NOTES = (
    "Karenz ab {date} (2. Kind).", "Lohnpfändung (Exekution) BG Linz, monatlich 240 EUR abziehen.",
    "Begünstigte Behinderte lt. Bescheid Sozialministeriumservice.", "Krankenstand 6 Wochen (Bandscheibe).",
    "出向者 (Nagoya本社より)。家族帯同。", "Notfallkontakt: {first} {last}, {phone}.", "Jobticket Wiener Linien.",
    None, None, None, None, None, None, None,
)
YAKUSHOKU = ("01", "02", "03", "10", "20", "20", "20", "20", "30", "30")  # director ... counter staff


@dataclass
class Rental:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the group's, stations', companies')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def uid_digit(seven: str) -> str:
    """The check digit of an Austrian UID number (ATU + 7 digits + this)."""
    total = 0
    for i, ch in enumerate(seven):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return str((10 - (total + 4) % 10) % 10)


def hojin_digit(twelve: str) -> str:
    """The leading check digit of a Japanese corporate number (houjin bangou)."""
    total = sum(int(ch) * (1 if n % 2 == 1 else 2) for n, ch in enumerate(reversed(twelve), 1))
    return str(9 - total % 9)


def sv_number(rng: random.Random, born: str) -> str:
    """An Austrian social security number: three serial digits, the check digit, DDMMYY."""
    weights = (3, 7, 9, 5, 8, 4, 2, 1, 6)
    date = born[8:10] + born[5:7] + born[2:4]
    while True:
        serial = f"{rng.randint(100, 999)}"
        check = sum(int(d) * w for d, w in zip(serial + date, weights)) % 11
        if check < 10:
            return f"{serial}{check}{date}"


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (7, 21)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (7, 21)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _rails(when: str, rng: random.Random) -> str:
    """A Rails timestamp with its microseconds."""
    return f"{when}.{rng.randint(0, 999999):06d}"


def _plus(when: str, days: int, rng: random.Random, hours: tuple[int, int] = (7, 21)) -> str:
    return _at(dt.date.fromisoformat(when[:10]) + dt.timedelta(days=days), rng, hours)


def _ymd(day: str | None) -> str | None:
    return day[:10].replace("-", "") if day else None


def _de_date(day: str) -> str:
    d = dt.date.fromisoformat(day[:10])
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _png(rng: random.Random) -> bytes:
    return apps.png_bytes(rng)


def _jpeg(rng: random.Random) -> bytes:
    return apps.jpeg_bytes(rng)


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Austrian, German and Japanese values: phones, e-mails, accounts, licences, codes."""

    def __init__(self, rng: random.Random, m: Rental) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def mobile(self, country: str = "AT") -> str:
        """A mobile number as people type it into a booking form."""
        rng = self.rng
        if country == "JP":
            n = self.unique(lambda: rng.choice(("90", "80", "70")) + self.digits(8))
            return rng.choice((f"+81 {n[:2]}-{n[2:6]}-{n[6:]}", f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"+81{n}"))
        if country == "DE":
            n = self.unique(lambda: rng.choice(("151", "160", "170", "171", "176", "179")) + self.digits(7))
            return rng.choice((f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"+49{n}"))
        n = self.unique(lambda: rng.choice(AT_MOBILE) + self.digits(7))
        return rng.choice((f"+43 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:6]} {n[6:]}", f"+43{n}",
                           f"0{n}", f"+43 (0){n[:3]} {n[3:]}"))

    def email(self, first: str, last: str, country: str = "AT", year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{s}.{f}", f"{f}{s}", f"{f}.{s}{yy}", f"{f[0]}.{s}",
                            f"{s}{yy}", f"{f}_{s}", f"{f[0]}{s}{yy}"))
        domains = {"JP": JP_MAIL, "DE": DE_MAIL}.get(country, AT_MAIL)
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.8 else rng.randint(2, 9)}"
                                      f"@{rng.choice(domains)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str = "AT", personal: bool = True) -> tuple[str, str]:
        """An IBAN (compact) and its bank's BIC."""
        rng = self.rng
        if country == "DE":
            blz, bic = rng.choice(DE_BANKS)
            bban = self.unique(lambda: blz + self.digits(10))
        else:
            blz, bic, _ = rng.choice(AT_BANKS)
            bban = self.unique(lambda: blz + self.digits(11))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact, bic

    def licence(self, country: str) -> str:
        """A driving licence number as the card prints it."""
        if country == "JP":
            return self.unique(lambda: "3" + self.digits(11))  # twelve digits, the issuing commission first
        if country == "DE":
            return self.unique(lambda: self.rng.choice("BFJKN") + self.digits(3) + "".join(
                self.rng.choices(string.ascii_uppercase + string.digits, k=6)) + self.digits(1))
        return self.unique(lambda: self.digits(8))

    def passport(self, country: str) -> str:
        if country == "JP":
            return self.unique(lambda: self.rng.choice(("TK", "TR", "TS", "MZ")) + self.digits(7))
        if country == "DE":
            return self.unique(lambda: "C" + "".join(self.rng.choices("CFGHJKLMNPRTVWXYZ0123456789", k=8)))
        return self.unique(lambda: self.rng.choice("PU") + self.digits(7))

    def luhn_code(self, prefix: str, k: int) -> str:
        return self.unique(lambda: (lambda body: prefix + body + luhn_digit(body))(self.digits(k)))

    def token(self, k: int) -> str:
        return apps.b64(self.rng.randbytes(k), url=True)


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.at = Faker("de_AT")
        self.at.seed_instance(seed)
        self.de = Faker("de_DE")
        self.de.seed_instance(seed + 1)
        self.jp = Faker("ja_JP")
        self.jp.seed_instance(seed + 2)
        self.m = Rental()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.customers: list[dict] = []
        self.drivers: list[dict] = []
        self.users: list[dict] = []
        self.vehicles: list[dict] = []
        self.reservations: list[dict] = []
        self.agreements: list[dict] = []
        self.staff: list[dict] = []

    def name(self, country: str, sex: str) -> tuple[str, str]:
        if country == "JP":
            return self.jp_name(sex)[0]
        faker = self.de if country == "DE" else self.at
        first = faker.first_name_female() if sex == "F" else faker.first_name_male()
        return first, faker.last_name()

    def jp_name(self, sex: str) -> tuple[tuple[str, str], str]:
        """A Japanese name in romaji (first, last), and its katakana reading (family name first)."""
        first = self.jp.first_name_female_pair() if sex == "F" else self.jp.first_name_male_pair()
        last = self.jp.last_name_pair()
        return (first[2], last[2]), f"{last[1]} {first[1]}"

    def home(self, country: str) -> dict:
        rng = self.rng
        if country == "AT":
            station = rng.choice(list(STATION_ZIPS))
            zip_code = rng.choice(STATION_ZIPS[station])
            city = CITY_OF_ZIP.get(zip_code) or CITY_OF_ZIP.get(zip_code[:2]) or CITY_OF_ZIP.get(zip_code[:1])
            street = self.at.street_name() + " " + str(rng.randint(1, 120))
            if rng.random() < 0.6:
                street += f"/{rng.randint(1, 24)}" + (f"/{rng.randint(1, 40)}" if rng.random() < 0.5 else "")
            return {"street": street, "zip": zip_code, "city": city, "station": station}
        if country == "DE":
            return {"street": self.de.street_address(), "zip": self.de.postcode(), "city": self.de.city(),
                    "station": rng.choice(("SZG", "INN", "VIE"))}
        pref = rng.choice(("Aichi-ken Nagoya-shi Naka-ku", "Tokyo-to Setagaya-ku", "Osaka-fu Osaka-shi Kita-ku",
                           "Kanagawa-ken Yokohama-shi", "Aichi-ken Toyota-shi"))
        return {"street": f"{pref} {rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                "zip": f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}", "city": pref.split(" ")[1],
                "station": "VIE"}


def _company(w: _World) -> None:
    at_iban = "AT" + iban_check_digits("AT", "20111" + "82946173005") + "20111" + "82946173005"
    w.m.rows["m_kaisha"] += [
        ("0100", "株式会社カゼモビリティ", "Kaze Mobility Co., Ltd.", "460-0008", "愛知県名古屋市中区栄三丁目15番33号",
         "栄ガスビル 12F", "JP", "+81 52-263-4410", "+81 52-263-4419", f"info@{PARENT_DOMAIN}", None,
         (lambda b: hojin_digit(b) + b)("180001073215"), None, None, "佐藤 健一", "0",
         "2016-04-01 09:00:00", "HR_NGY01", "2024-06-27 10:12:44", "HR_NGY02"),
        ("0310", "カゼモビリティ・オーストリア有限会社", "Kaze Mobility Austria GmbH", "1300",
         "Objekt 140, Flughafen Wien", "Mietwagenzentrum", "AT", "+43 1 7007 34600", "+43 1 7007 34609",
         f"office@{OWN_DOMAIN}", "ATU" + "6938271" + uid_digit("6938271"), None, at_iban, "GIBAATWWXXX",
         "Takeshi Morimoto", "0", "2017-09-12 09:00:00", "HR_NGY01", "2025-03-03 08:40:10", "HR_VIE01"),
        ("0320", "カゼモビリティ・ドイツ有限会社", "Kaze Mobility Deutschland GmbH", "80335",
         "Bayerstraße 21", None, "DE", "+49 89 5527 8800", None, "kontakt@kaze-mobility.de", "DE318462957",
         None, "DE" + iban_check_digits("DE", "70150000" + "1004829371") + "70150000" + "1004829371",
         "SSKMDEMMXXX", "Hiroshi Tanaka", "0", "2019-01-15 09:00:00", "HR_NGY01", None, None),
    ]


def _stations(w: _World) -> None:
    rng = w.rng
    for sid, (code, name, street, zip_code, city, phone, box, lat, lng) in enumerate(STATIONS, 1):
        airport = code in ("VIE", "SZG", "INN", "KLU")
        hours = ({"mon-sun": "06:00-23:30"} if airport else
                 {"mon-fri": "07:00-19:00", "sat": "08:00-13:00", "sun": "geschlossen"})
        created = _rails(_moment(rng, 2017, 2019), rng)
        w.m.rows["stations"].append((
            sid, code, name, street, zip_code, city, phone, f"{box}@{OWN_DOMAIN}", json.dumps(hours),
            Decimal(lat), Decimal(lng), True, created, _rails(_moment(rng, 2024, 2025), rng)))


def _fleet(w: _World) -> None:
    rng, make = w.rng, w.make
    for vid in range(1, VEHICLE_COUNT + 1):
        sid = rng.choices(range(1, len(STATIONS) + 1), (30, 12, 14, 12, 10, 8, 6))[0]
        code = STATIONS[sid - 1][0]
        brand, model, acriss, fuel = rng.choice(VEHICLE_MODELS)
        district = PLATE_DISTRICTS[code]
        plate = make.unique(lambda: f"{district}-{rng.randint(100, 99999)}{rng.choice('ABCDEFGHKLMNPRSTUVWXYZ')}"
                            if len(district) == 1 else f"{district}-{rng.randint(100, 9999)}{rng.choice('AKMRT')}")
        wmi = {"Toyota": "SB1", "Lexus": "JTH", "Suzuki": "TSM", "Mazda": "JMZ", "Škoda": "TMB"}[brand]
        vin = make.unique(lambda: wmi + "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", k=14)))
        registered = apps.day(rng, 2021, 2025)
        status = rng.choices(("available", "rented", "maintenance", "defleeted"), (50, 40, 8, 2))[0]
        created = _rails(registered + " 10:00:00", rng)
        w.m.rows["vehicles"].append((
            vid, sid, plate, vin, brand, model, acriss, fuel, rng.randint(800, 68000), registered, status, created,
            _rails(_moment(rng, 2025, 2025), rng)))
        w.vehicles.append({"id": vid, "station": sid, "plate": plate, "acriss": acriss, "model": model})


def _corporates(w: _World) -> None:
    rng, make = w.rng, w.make
    for cid, (name, street, zip_code, city, phone, box, domain) in enumerate(CORPORATES, 1):
        seven = make.digits(7)
        uid = f"ATU{seven}{uid_digit(seven)}"
        register = f"FN {rng.randint(10000, 599999)} {rng.choice('abdfghikmptvwxyz')}"
        iban, _ = make.iban("AT", personal=False)
        w.m.rows["corporate_accounts"].append((
            cid, name, uid, register if "Universität" not in name else None, f"{box}@{domain}", phone, street,
            zip_code, city, iban, Decimal(rng.choice(("5.00", "7.50", "10.00", "12.50", "15.00"))),
            rng.choice((14, 30, 30, 45)), _rails(_moment(rng, 2018, 2023), rng), _rails(_moment(rng, 2024, 2025),
                                                                                         rng)))


def _person_row(w: _World, p: dict) -> tuple:
    return (p["id"], p["type"], p.get("corporate"), p.get("primary"), p.get("salutation"), p.get("title"),
            p["first"], p["last"], p.get("email"), p.get("phone"), p.get("born"), p.get("street"), p.get("zip"),
            p.get("city"), p.get("country"), p.get("nationality"), p.get("licence"), p.get("licence_country"),
            p.get("licence_issued"), p.get("passport"), p.get("preferences"), p.get("notes"), p.get("blocked", False),
            p.get("blocked_reason"), p["created"], p["updated"])


def _customers(w: _World) -> None:
    rng, make = w.rng, w.make
    pid = 1
    for _ in range(CUSTOMER_COUNT):
        country = rng.choices(("AT", "DE", "JP"), (70, 15, 15))[0]
        sex = rng.choice("FM")
        first, last = w.name(country, sex)
        year = rng.randint(1948, 2005)
        born = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        home = w.home(country)
        created = _moment(rng, 2018, 2025)
        licence_country = country
        p = {"id": pid, "type": "Customer", "first": first, "last": last, "sex": sex, "country": country,
             "nationality": country if rng.random() < 0.93 else rng.choice(("HR", "RS", "TR", "IT", "HU", "US")),
             "born": born, "year": year, "street": home["street"], "zip": home["zip"], "city": home["city"],
             "station": home["station"], "licence_country": licence_country, "licence": make.licence(licence_country),
             "licence_issued": apps.day(rng, year + 18, min(2025, year + 40)),
             "created": _rails(created, rng), "updated": _rails(_moment(rng, int(created[:4]), 2025), rng)}
        if country == "JP":
            p["salutation"] = "Mr." if sex == "M" else "Ms."
            p["passport"] = make.passport("JP")
        else:
            p["salutation"] = rng.choices(("Herr" if sex == "M" else "Frau", "Mx", None), (90, 2, 8))[0]
            if country == "AT" and rng.random() < 0.18:
                p["title"] = rng.choice(TITLES)
            if rng.random() < 0.15:
                p["passport"] = make.passport(country)
        if rng.random() < 0.96:
            p["email"] = make.email(first, last, country, year)
        p["phone"] = make.mobile(country) if rng.random() < 0.92 else None
        if country == "AT" and rng.random() < 0.12:
            p["corporate"] = rng.randint(1, len(CORPORATES))
        prefs = {"language": {"AT": "de", "DE": "de", "JP": "ja"}[country],
                 "newsletter": rng.random() < 0.35, "preferred_station": home["station"]}
        if rng.random() < 0.2:
            prefs["child_seat"] = rng.choice(("group_0", "group_1", "booster"))
        if rng.random() < 0.25:
            prefs["loyalty"] = {"tier": rng.choice(("blue", "silver", "gold")), "number": make.luhn_code("KZ", 9)}
        if rng.random() < 0.1:
            prefs["invoice_address"] = {"name": f"{first} {last}", "street": home["street"],
                                        "zip": home["zip"], "city": home["city"]}
        if rng.random() < 0.08 and p.get("phone"):
            prefs["sms_notifications_to"] = p["phone"]
        p["preferences"] = json.dumps(prefs, ensure_ascii=False)
        p["notes"] = _fill(rng.choice(CUSTOMER_NOTES), phone=lambda: make.mobile(country),
                           child=lambda: w.name("AT", "F")[0], iban=lambda: grouped(make.iban(country if country
                                                                                              != "JP" else "AT")[0]),
                           first=lambda: w.name(country, "F")[0], last=lambda: last, licence_country=lambda: country,
                           email=lambda: p.get("email") or make.email(first, last, country))
        if rng.random() < 0.03:
            p["blocked"] = True
            p["blocked_reason"] = rng.choice(BLOCK_REASONS)
        w.customers.append(p)
        pid += 1
    for _ in range(ADDITIONAL_DRIVER_COUNT):
        main = rng.choice(w.customers)
        country = main["country"]
        sex = "M" if main["sex"] == "F" else rng.choice("FM")
        first, last = w.name(country, sex)
        if rng.random() < 0.6:
            last = main["last"]
        year = rng.randint(1950, 2006)
        born = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        created = main["created"]
        p = {"id": pid, "type": "AdditionalDriver", "primary": main["id"], "first": first, "last": last, "sex": sex,
             "country": country, "nationality": country, "born": born, "licence_country": country,
             "licence": make.licence(country), "licence_issued": apps.day(rng, year + 18, min(2025, year + 40)),
             "salutation": None, "created": created, "updated": created}
        if rng.random() < 0.3:
            p["email"] = make.email(first, last, country, year)
        if rng.random() < 0.5:
            p["phone"] = make.mobile(country)
        if country == "JP":
            p["passport"] = make.passport("JP")
        w.drivers.append(p)
        pid += 1
    for p in w.customers:
        w.m.rows["people"].append(_person_row(w, p))
    for p in w.drivers:
        w.m.rows["people"].append(_person_row(w, p))


def _users(w: _World) -> None:
    rng = w.rng
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    uid = 1
    for p in w.customers:
        if not p.get("email") or rng.random() > 0.72:
            continue
        created = p["created"]
        w.m.rows["users"].append((
            uid, p["id"], p["email"], "$2a$12$" + "".join(rng.choices(alphabet, k=53)),
            {"JP": "ja", "DE": "de", "AT": "de"}[p["country"]] if rng.random() < 0.85 else "en", created,
            _rails(_moment(rng, int(created[:4]), 2025), rng)))
        w.users.append({"id": uid, "person": p})
        uid += 1
    sid = 1
    agents = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/18.1 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
              "Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/18.0 Safari/605.1.15",
              "KazeGo/3.4.1 (iPhone15,3; iOS 18.1)", "KazeGo/3.4.0 (Pixel 8; Android 15)",
              "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
              "Mobile Safari/537.36")
    for u in w.users:
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            country = u["person"]["country"]
            firsts = {"JP": JP_IP, "DE": DE_IP}.get(country, AT_IP)
            ip = apps.ipv4(rng, firsts) if rng.random() < 0.85 else (
                f"2a02:{rng.randint(0x8380, 0x83ff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::"
                f"{rng.randint(1, 0xffff):x}")
            created = _moment(rng, 2025, 2025, (0, 23))
            stamp = _rails(created, rng)
            w.m.rows["sessions"].append((sid, u["id"], ip, rng.choice(agents), stamp, stamp))
            sid += 1


def _reservations(w: _World) -> None:
    rng, make = w.rng, w.make
    flights = ("OS", "LH", "NH", "JL", "EW", "FR", "W6", "TK", "LX")
    for rid in range(1, RESERVATION_COUNT + 1):
        p = rng.choice(w.customers)
        code = p["station"] if rng.random() < 0.6 else rng.choice(STATIONS)[0]
        station = next(i for i, s in enumerate(STATIONS, 1) if s[0] == code)
        back = station if rng.random() < 0.85 else rng.randint(1, len(STATIONS))
        created = _moment(rng, 2023, 2025, (0, 23))
        pickup = _plus(created, rng.randint(1, 60), rng, (6, 21))
        days = rng.choice((1, 2, 3, 3, 4, 5, 7, 7, 10, 14))
        ret = _plus(pickup, days, rng, (6, 21))
        candidates = [v for v in w.vehicles if v["station"] == station] or w.vehicles
        vehicle = rng.choice(candidates)
        if pickup[:10] > TODAY.isoformat():
            status = "confirmed"
        else:
            status = rng.choices(("returned", "cancelled", "no_show"), (85, 11, 4))[0]
            if ret[:10] > TODAY.isoformat() and status == "returned":
                status = "picked_up"
        channel = rng.choices(("web", "app", "phone", "counter", "partner_jp"), (45, 25, 10, 10, 10))[0]
        flight = (rng.choice(flights) + str(rng.randint(10, 9999))) if STATIONS[station - 1][0] in (
            "VIE", "SZG", "INN", "KLU") and rng.random() < 0.5 else None
        request = _fill(rng.choice(SPECIAL_REQUESTS), flight=lambda: flight or "OS 112", last=lambda: p["last"],
                        first=lambda: w.name(p["country"], "F")[0], dob=lambda: _de_date(apps.day(rng, 1960, 2000)),
                        phone=lambda: p.get("phone") or make.mobile(p["country"]))
        total = days * rng.randint(3900, 14900) + rng.choice((0, 0, 1500, 2900))
        payload = None
        if channel in ("web", "app"):
            driver = {"first_name": p["first"], "last_name": p["last"], "email": p.get("email"),
                      "phone": p.get("phone"), "date_of_birth": p["born"]}
            payload = {"driver": driver, "extras": rng.sample(("gps", "child_seat", "snow_chains", "vignette",
                                                               "additional_driver", "winter_tyres"), rng.randint(0, 2)),
                       "price": {"total_cents": total, "currency": "EUR"}, "utm_source": rng.choice(
                           ("google", "newsletter", "direct", "check24", "rakuten"))}
            if rng.random() < 0.7:
                payload["client_ip"] = apps.ipv4(rng, {"JP": JP_IP, "DE": DE_IP}.get(p["country"], AT_IP))
            payload = json.dumps(payload, ensure_ascii=False)
        corporate = p.get("corporate") if rng.random() < 0.8 else None
        stamp = _rails(created, rng)
        w.m.rows["reservations"].append((
            rid, make.luhn_code("K", 7), p["id"], corporate, station, back,
            vehicle["id"] if status in ("returned", "picked_up") else None, vehicle["acriss"], pickup, ret, status,
            channel, total, "EUR", flight, request, payload, stamp, stamp if status == "confirmed" else _rails(ret, rng)))
        w.reservations.append({"id": rid, "person": p, "vehicle": vehicle, "pickup": pickup, "return": ret,
                               "status": status, "channel": channel, "station": station})


def _mobile_keys(w: _World) -> None:
    rng, make = w.rng, w.make
    users = {u["person"]["id"]: u for u in w.users}
    kid = 1
    for r in w.reservations:
        u = users.get(r["person"]["id"])
        if not u or r["channel"] != "app" or r["status"] not in ("returned", "picked_up", "confirmed"):
            continue
        first = r["person"]["first"]
        device = rng.choice((f"iPhone von {first}", f"{first}s iPhone", f"{first}'s iPhone", "Galaxy S23",
                             f"iPhone ({first})", "Pixel 8", "iPhone"))
        push = rng.randbytes(32).hex() if "iPhone" in device else make.token(24) + ":APA91b" + make.token(100)
        unlocked = r["status"] != "confirmed"
        lat, lng = (Decimal(STATIONS[r["station"] - 1][7]) + Decimal(rng.randint(-900, 900)) / 100000,
                    Decimal(STATIONS[r["station"] - 1][8]) + Decimal(rng.randint(-900, 900)) / 100000)
        issued = _plus(r["pickup"], -1, rng)
        w.m.rows["mobile_keys"].append((
            kid, u["id"], r["id"], make.unique(lambda: make.token(32)), device, push,
            apps.ipv4(rng, AT_IP) if unlocked else None, lat.quantize(Decimal("0.000001")) if unlocked else None,
            lng.quantize(Decimal("0.000001")) if unlocked else None, _rails(issued, rng),
            _rails(r["return"], rng) if r["status"] == "returned" else None))
        kid += 1


def _agreements(w: _World) -> None:
    rng, make = w.rng, w.make
    aid = 1
    drivers_of: dict[int, list[dict]] = {}
    for d in w.drivers:
        drivers_of.setdefault(d["primary"], []).append(d)
    for r in w.reservations:
        if r["status"] not in ("returned", "picked_up"):
            continue
        v = r["vehicle"]
        km_out = rng.randint(800, 60000)
        closed = r["status"] == "returned"
        extra = drivers_of.get(r["person"]["id"])
        extra_id = rng.choice(extra)["id"] if extra and rng.random() < 0.7 else None
        note = _fill(rng.choice(DAMAGE_NOTES), first=lambda: r["person"]["first"], last=lambda: r["person"]["last"],
                     az=lambda: f"PI Reutte {rng.randint(1000, 9999)}/{rng.randint(1, 99)}/2025")
        cash = rng.random() < 0.08
        refund = None
        if cash and closed:
            refund = make.iban("DE" if r["person"]["country"] == "DE" else "AT")[0]
            refund = grouped(refund) if rng.random() < 0.5 else refund
        station_code = STATIONS[r["station"] - 1][0]
        number = f"{station_code}-{r['pickup'][:4]}-" + make.luhn_code("", 6)
        staff = rng.choice([s for s in w.staff if s["station"]] or w.staff)
        w.m.rows["rental_agreements"].append((
            aid, number, r["id"], v["id"], extra_id, r["pickup"], r["return"] if closed else None, km_out,
            km_out + rng.randint(40, 2400) if closed else None, 8, rng.randint(2, 8) if closed else None, note,
            _png(rng) if rng.random() < 0.9 else None, None if cash else rng.choice(("VISA", "MASTERCARD", "AMEX",
                                                                                     "JCB")),
            None if cash else make.digits(4), None if cash else "tok_" + make.token(18),
            rng.choice((30000, 50000, 80000, 100000)), refund, staff["code"], _rails(r["pickup"], rng),
            _rails(r["return"] if closed else r["pickup"], rng)))
        w.agreements.append({"id": aid, "reservation": r, "vehicle": v, "extra": extra_id})
        aid += 1


def _fines(w: _World) -> None:
    rng, make = w.rng, w.make
    fid = 1
    drivers = {d["id"]: d for d in w.drivers}
    for a in w.agreements:
        if rng.random() > 0.16:
            continue
        r = a["reservation"]
        which = rng.randrange(len(FINE_AUTHORITIES))
        authority, _, prefix = FINE_AUTHORITIES[which]
        place, code = OFFENCES[which]
        offence = _plus(r["pickup"], rng.randint(0, 2), rng, (0, 23))
        year = offence[:4]
        reference = f"{prefix}{make.digits(8)}/{year}" if "/" not in prefix[-1:] else f"{prefix}{make.digits(6)}/{year}"
        driver = drivers.get(a["extra"]) if a["extra"] and rng.random() < 0.3 else r["person"]
        statement = None
        pdf = None
        forwarded = None
        status = rng.choices(("received", "driver_named", "paid", "charged"), (15, 45, 20, 20))[0]
        if status != "received":
            home = (f"{r['person'].get('street')}, {r['person'].get('zip')} {r['person'].get('city')}"
                    if driver is r["person"] else f"{r['person'].get('city')}")
            statement = (f"Lenkerauskunft gem. § 103 Abs 2 KFG: Das Fahrzeug {a['vehicle']['plate']} wurde zum "
                         f"angefragten Zeitpunkt gelenkt von {driver['first']} {driver['last']}, geb. "
                         f"{_de_date(driver['born'])}, wohnhaft {home}, Führerschein Nr. {driver['licence']} "
                         f"({driver['licence_country']}).")
            pdf = apps.pdf_bytes(["Lenkerauskunft", f"Zu GZ {reference}", f"Lenker: {driver['first']} "
                                  f"{driver['last']}", f"geb. {_de_date(driver['born'])}", home,
                                  f"Kaze Mobility Austria GmbH, {_de_date(offence)}"])
            forwarded = _plus(offence, rng.randint(7, 20), rng)
            if forwarded[:10] > TODAY.isoformat():
                forwarded = _at(TODAY, rng)
        created = _plus(offence, rng.randint(3, 6), rng)
        if created[:10] > TODAY.isoformat():
            created = _at(TODAY, rng, (7, 8))
        w.m.rows["traffic_fines"].append((
            fid, a["id"], authority, reference, offence, place, code, a["vehicle"]["plate"],
            rng.choice((3600, 5000, 7000, 9000, 12000, 30000)), 1900 if status == "charged" else 0, statement, pdf,
            status, forwarded, _rails(created, rng), _rails(forwarded or created, rng)))
        fid += 1


def _files(w: _World) -> None:
    rng = w.rng
    fid = 1
    refs = set()

    def ref() -> str:
        while True:
            value = "".join(rng.choices(string.ascii_lowercase + string.digits, k=28))
            if value not in refs:
                refs.add(value)
                return value

    for p in w.customers:
        if rng.random() > 0.45:
            continue
        w.m.rows["active_storage_db_files"].append((fid, ref(), _jpeg(rng), p["created"]))
        fid += 1
        if p.get("passport") and rng.random() < 0.7:
            w.m.rows["active_storage_db_files"].append((fid, ref(), _jpeg(rng), p["created"]))
            fid += 1
    for r in w.reservations[:120]:
        if r["status"] != "returned":
            continue
        p = r["person"]
        pdf = apps.pdf_bytes(["Kaze Mobility Austria GmbH - Rechnung", f"{p.get('title') or ''} {p['first']} "
                              f"{p['last']}".strip(), f"{p.get('street')}", f"{p.get('zip')} {p.get('city')}",
                              f"Mietvertrag {r['id']}, {r['vehicle']['model']}"])
        w.m.rows["active_storage_db_files"].append((fid, ref(), pdf, _rails(r["return"], rng)))
        fid += 1


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    codes = [s[0] for s in STATIONS]
    for n in range(1, STAFF_COUNT + 1):
        expat = n <= 5 or rng.random() < 0.04
        country = "JP" if expat else rng.choices(("AT", "DE", "HR", "RS", "TR"), (80, 8, 4, 4, 4))[0]
        sex = rng.choice("FM")
        kana = None
        if expat:
            (first, last), kana = w.jp_name(sex)
        else:
            first, last = w.name("DE" if country == "DE" else "AT", sex)
        if not expat and rng.random() < 0.3:
            kana = f"{ascii_fold(last).upper()} {ascii_fold(first).upper()}"
        year = rng.randint(1962, 2003)
        born = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        home = w.home("AT")
        hired = apps.day(rng, 2017, 2025)
        left = apps.day(rng, int(hired[:4]), 2025) if rng.random() < 0.12 else None
        if left and left <= hired:
            left = None
        station = None if n <= 3 else rng.choice(codes)
        work = f"{ascii_fold(first)[0]}.{ascii_fold(last).replace('-', '')}@{OWN_DOMAIN}"
        if work in make.used:
            work = f"{ascii_fold(first)}.{ascii_fold(last).replace('-', '')}@{OWN_DOMAIN}"
        make.used.add(work)
        w.m.emails.add(work.casefold())
        private = make.email(first, last, "JP" if expat else "AT", year) if rng.random() < 0.75 else None
        code = f"{310000 + n:06d}"
        note = _fill(rng.choice(SHAIN_NOTES), date=lambda: _de_date(apps.day(rng, 2023, 2025)),
                     first=lambda: w.name("AT", rng.choice("FM"))[0], last=lambda: last,
                     phone=lambda: make.mobile("AT"))
        changed = max(_moment(rng, int(hired[:4]), 2025), hired + " 09:00:00")
        w.m.rows["m_shain"].append((
            code, "0310", station, last, first, kana, "2" if sex == "F" else "1", _ymd(born), country,
            home["zip"], home["street"], home["city"],
            f"0{rng.choice(('1', '662', '512', '316', '732', '463'))} {make.digits(6)}" if rng.random() < 0.15
            else None, make.mobile("AT"), private, work,
            sv_number(rng, born) if not expat or rng.random() < 0.8 else None,
            make.passport("JP") if expat else None, "1" if rng.random() < 0.45 else "0",
            rng.choice((0, 0, 0, 1, 1, 2, 3)), "1" if rng.random() < 0.05 else "0",
            "01" if n == 1 else "02" if n <= 3 else rng.choice(YAKUSHOKU[3:]),
            Decimal(rng.randint(2200, 5200) if n > 3 else rng.randint(7800, 12500)).quantize(Decimal("0.01")),
            _ymd(hired), _ymd(left), note, _jpeg(rng) if rng.random() < 0.7 else None, "1" if left else "0",
            hired + " 09:00:00", rng.choice(HR_USERS), changed, rng.choice(HR_USERS)))
        w.staff.append({"code": code, "station": station, "first": first, "last": last, "left": left,
                        "hired": hired, "expat": expat})


def _payroll(w: _World) -> None:
    rng, make = w.rng, w.make
    fno = 1
    for s in w.staff:
        iban, bic = make.iban("AT")
        bank = next(b[2] for b in AT_BANKS if b[1] == bic)
        payee = f"{ascii_fold(s['last']).upper()} {ascii_fold(s['first']).upper()}" if rng.random() < 0.6 else \
            f"{s['first']} {s['last']}"
        for month in ("2025-08", "2025-09", "2025-10"):
            if s["left"] and s["left"][:7] < month or s["hired"][:7] > month:
                continue
            paid = f"{month.replace('-', '')}28"
            w.m.rows["t_kyuyo_furikomi"].append((
                fno, s["code"], month.replace("-", ""), paid,
                Decimal(rng.randint(160000, 900000)) / 100 if not s["expat"] else Decimal(rng.randint(500000, 1100000))
                / 100, payee, iban, bic, bank, "0", f"{month}-27 02:00:00", "BATCH01"))
            fno += 1


def make_rental(seed: int = SEED) -> Rental:
    """The whole company, the same for the same seed."""
    w = _World(seed)
    _company(w)
    _stations(w)
    _fleet(w)
    _corporates(w)
    _customers(w)
    _users(w)
    _staff(w)
    _reservations(w)
    _mobile_keys(w)
    _agreements(w)
    _fines(w)
    _files(w)
    _payroll(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def _store(server: Any, table: str, row: tuple) -> tuple:
    """SQLite takes no Decimal; MariaDB's tinyint takes booleans as 0/1 either way."""
    return apps.stored(server, table, row)


def create(server: Any, db: str, m: Rental) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, _store)


def load_labels(tool: str) -> dict:
    """tests/fifteenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
