"""The twelfth held-out application: a Northern Irish hospice charity's supporter CRM, website and volunteer rota.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the eleven other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/twelfth/labels.yml) before any detector ran on it.

"Mourne Light Hospice", a (fictional) registered charity in Newry, County Down, cares
for people with life-limiting illnesses on both sides of the border and is paid for
mostly by its supporters: donations, Gift Aid, monthly direct debits, gifts in wills,
eight charity shops and some three hundred volunteers. Three systems share one database,
and the names show it. The website is WordPress with the GiveWP donation plugin, its
core tables as WordPress writes them (`wp_users.user_login`, `user_pass` in phpass
`$P$B` or WordPress 6.8's `$wp$2y$`, `user_nicename`, `user_activation_key`,
`display_name`; `wp_usermeta` and `wp_give_donationmeta`, key/value rows whose
`meta_value` holds a person's first and last name, a serialised address, PHP-serialised
session tokens with IPs, a donor's e-mail, billing address, IP, a tribute's name and the
e-card recipient's address; `wp_posts`, where GiveWP names each donation post after the
donor, next to pages, donation forms and news stories that thank named supporters;
`wp_options` with serialised settings holding the charity's own mailboxes, bank details
and IBAN). The supporter CRM is CiviCRM, with its own names (`civicrm_contact` holding
individuals, households and organisations in one table, told apart by `contact_type`,
with `sort_name` "Quinn, Mary", the greetings, `hash` the per-contact key of its checksum
links, `birth_date`, `gender_id`, `is_deceased`, `external_identifier` from the Raiser's
Edge import; `civicrm_email`, `civicrm_phone` with CiviCRM's digits-only
`phone_numeric`, `civicrm_address` with the townland in `supplemental_address_2` and
the geocode in `geo_code_1`/`geo_code_2`; `civicrm_contribution`; and custom groups,
which CiviCRM stores as `civicrm_value_<group>_<id>` tables whose columns end in the
field's id: `civicrm_value_gift_aid_declaration_2`, `civicrm_value_direct_debit_4` with
UK sort codes and account numbers, and the IBANs of supporters in the Republic who give
by SEPA, `civicrm_value_legacy_pledge_5` with an estate's estimated value, the executor
and confidential notes). The volunteer rota is an Elixir/Phoenix app on Ecto that a
Belfast agency wrote: plural snake_case tables, `inserted_at`/`updated_at`, the tables
of `mix phx.gen.auth` for volunteers (`volunteers.email`, `hashed_password` in bcrypt,
`confirmed_at`; `volunteers_tokens` with the raw or SHA-256 `token` as binary, its
`context` - "session", "confirm", "reset_password" or "change:<old e-mail>" - and
`sent_to`), embedded referees as a JSON array, an ID-badge photo, medical notes, the
National Insurance or PPS number asked on a vetting application, driving licence
numbers of volunteer drivers, mileage refund accounts; `vetting_checks`, keyed on the
AccessNI, DBS or Garda vetting certificate number that `volunteers` references, with the
outcome, a summary of what was disclosed and a PDF scan; `shops`; `shifts`). Next to
the people are the charity itself (its charity, company, HMRC and VAT numbers, its
switchboard, role mailboxes and IBAN), the shops (phones, mailboxes, addresses,
coordinates, opening hours), the organisations in CiviCRM (local businesses, trusts,
solicitors, parishes and clubs, with their office lines and info@ mailboxes), donation
forms, invoice numbers with a Luhn digit, CiviCRM's random invoice ids (32 hex digits)
and Stripe's payment ids.

Everything here is the original side: the rows (`make_hospice`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so
`ID`, `hash` and `level` survive every server), `create`, and the personal e-mails and
IBANs a leak check looks for (the charity's, the shops' and the organisations' mailboxes
and accounts excluded).
"""

from __future__ import annotations

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
from support.apps import dump, grouped, iban_check_digits, luhn_digit, pdf_bytes
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Hospice", "create", "dump", "load_labels", "make_hospice"]

SEED = 20260402
LABELS = Path(__file__).resolve().parents[1] / "twelfth" / "labels.yml"
DONOR_COUNT = 240
VOLUNTEER_COUNT = 120  # half of them also supporters in CiviCRM
ONLINE_DONATIONS = 260
SHIFT_COUNT = 480
TODAY = dt.date(2025, 12, 12)
OWN_DOMAIN = "mournelight.org.uk"
SITE = f"https://www.{OWN_DOMAIN}"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "longtext",
                "dbl": "double", "tiny": "tinyint"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text",
                   "dbl": "double precision", "tiny": "smallint"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "dbl": "double precision", "tiny": "tinyint"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- WordPress 6.8 and GiveWP 3 (no foreign keys: WordPress declares none) --
    "wp_options": (
        "option_id bigint PRIMARY KEY", "option_name varchar(191) NOT NULL UNIQUE", "option_value {text} NOT NULL",
        "autoload varchar(20) NOT NULL"),
    "wp_users": (
        "ID bigint PRIMARY KEY", "user_login varchar(60) NOT NULL", "user_pass varchar(255) NOT NULL",
        "user_nicename varchar(50) NOT NULL", "user_email varchar(100) NOT NULL", "user_url varchar(100) NOT NULL",
        "user_registered {ts} NOT NULL", "user_activation_key varchar(255) NOT NULL", "user_status integer NOT NULL",
        "display_name varchar(250) NOT NULL"),
    "wp_usermeta": (
        "umeta_id bigint PRIMARY KEY", "user_id bigint NOT NULL", "meta_key varchar(255)", "meta_value {text}"),
    "wp_posts": (
        "ID bigint PRIMARY KEY", "post_author bigint NOT NULL", "post_date {ts} NOT NULL",
        "post_date_gmt {ts} NOT NULL", "post_content {text} NOT NULL", "post_title {text} NOT NULL",
        "post_excerpt {text} NOT NULL", "post_status varchar(20) NOT NULL", "comment_status varchar(20) NOT NULL",
        "ping_status varchar(20) NOT NULL", "post_password varchar(255) NOT NULL", "post_name varchar(200) NOT NULL",
        "post_modified {ts} NOT NULL", "post_modified_gmt {ts} NOT NULL", "post_parent bigint NOT NULL",
        "guid varchar(255) NOT NULL", "menu_order integer NOT NULL", "post_type varchar(20) NOT NULL",
        "post_mime_type varchar(100) NOT NULL", "comment_count bigint NOT NULL"),
    "wp_give_donationmeta": (
        "meta_id bigint PRIMARY KEY", "donation_id bigint NOT NULL", "meta_key varchar(255)", "meta_value {text}"),
    # -- CiviCRM 5.7x --
    "civicrm_contact": (
        "id integer PRIMARY KEY", "contact_type varchar(64)", "contact_sub_type varchar(255)",
        "do_not_email {tiny}", "do_not_phone {tiny}", "do_not_mail {tiny}", "do_not_sms {tiny}",
        "is_opt_out {tiny} NOT NULL", "legal_identifier varchar(32)", "external_identifier varchar(64) UNIQUE",
        "sort_name varchar(128)", "display_name varchar(128)", "nick_name varchar(128)", "legal_name varchar(128)",
        "hash varchar(32)", "api_key varchar(32)", "preferred_language varchar(5)", "first_name varchar(64)",
        "middle_name varchar(64)", "last_name varchar(64)", "prefix_id integer", "formal_title varchar(64)",
        "email_greeting_display varchar(255)", "postal_greeting_display varchar(255)", "addressee_display {text}",
        "job_title varchar(255)", "gender_id integer", "birth_date date", "is_deceased {tiny} NOT NULL",
        "deceased_date date", "household_name varchar(128)", "organization_name varchar(128)",
        "sic_code varchar(8)", "employer_id integer", "is_deleted {tiny} NOT NULL", "created_date {ts}",
        "modified_date {ts}"),
    "civicrm_email": (
        "id integer PRIMARY KEY", "contact_id integer", "location_type_id integer", "email varchar(254)",
        "is_primary {tiny} NOT NULL", "is_billing {tiny} NOT NULL", "on_hold {tiny} NOT NULL",
        "is_bulkmail {tiny} NOT NULL", "hold_date {ts}", "reset_date {ts}"),
    "civicrm_phone": (
        "id integer PRIMARY KEY", "contact_id integer", "location_type_id integer", "is_primary {tiny} NOT NULL",
        "is_billing {tiny} NOT NULL", "phone varchar(32)", "phone_ext varchar(16)", "phone_numeric varchar(32)",
        "phone_type_id integer"),
    "civicrm_address": (
        "id integer PRIMARY KEY", "contact_id integer", "location_type_id integer", "is_primary {tiny} NOT NULL",
        "is_billing {tiny} NOT NULL", "street_address varchar(96)", "supplemental_address_1 varchar(96)",
        "supplemental_address_2 varchar(96)", "city varchar(64)", "county_id integer", "postal_code varchar(64)",
        "country_id integer", "geo_code_1 {dbl}", "geo_code_2 {dbl}", "manual_geo_code {tiny}",
        "master_id integer"),
    "civicrm_contribution": (
        "id integer PRIMARY KEY", "contact_id integer NOT NULL", "financial_type_id integer",
        "contribution_page_id integer", "payment_instrument_id integer", "receive_date {ts}",
        "non_deductible_amount decimal(20,2)", "total_amount decimal(20,2) NOT NULL", "fee_amount decimal(20,2)",
        "net_amount decimal(20,2)", "trxn_id varchar(255) UNIQUE", "invoice_id varchar(255) UNIQUE",
        "invoice_number varchar(255)", "currency varchar(3)", "cancel_date {ts}", "cancel_reason {text}",
        "receipt_date {ts}", "thankyou_date {ts}", "source varchar(255)", "contribution_recur_id integer",
        "is_test {tiny}", "is_pay_later {tiny}", "contribution_status_id integer", "campaign_id integer",
        "check_number varchar(255)"),
    "civicrm_value_gift_aid_declaration_2": (
        "id integer PRIMARY KEY", "entity_id integer NOT NULL", "eligible_for_gift_aid_3 integer",
        "start_date_4 {ts}", "end_date_5 {ts}", "reason_ended_6 varchar(32)", "source_7 varchar(32)",
        "notes_8 {text}", "address_9 varchar(255)", "post_code_10 varchar(16)"),
    "civicrm_value_direct_debit_4": (
        "id integer PRIMARY KEY", "entity_id integer NOT NULL", "mandate_reference_20 varchar(18)",
        "account_holder_21 varchar(64)", "sort_code_22 varchar(8)", "account_number_23 varchar(8)",
        "iban_24 varchar(34)", "bic_25 varchar(11)", "amount_26 decimal(20,2)", "frequency_27 varchar(16)",
        "collection_day_28 integer", "status_29 varchar(32)", "auddis_date_30 date",
        "cancelled_reason_31 varchar(255)"),
    "civicrm_value_legacy_pledge_5": (
        "id integer PRIMARY KEY", "entity_id integer NOT NULL", "pledge_type_32 varchar(32)",
        "estimated_value_33 decimal(20,2)", "will_date_34 date", "notified_date_35 date",
        "solicitor_contact_id_36 integer", "executor_name_37 varchar(255)", "executor_phone_38 varchar(32)",
        "in_memory_of_39 varchar(255)", "confidential_notes_40 {text}"),
    # -- the volunteer rota: Elixir, Phoenix, Ecto --
    "shops": (
        "id bigint PRIMARY KEY", "code varchar(8) NOT NULL UNIQUE", "name varchar(120) NOT NULL",
        "kind varchar(16) NOT NULL", "street varchar(120)", "town varchar(60)", "postcode varchar(10)",
        "phone varchar(20)", "email varchar(160)", "latitude {dbl}", "longitude {dbl}", "opening_hours {json}",
        "active {bool} NOT NULL", "inserted_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "vetting_checks": (
        "certificate_number varchar(12) PRIMARY KEY", "scheme varchar(16) NOT NULL", "level varchar(16) NOT NULL",
        "barred_list_checked {bool} NOT NULL", "issued_on date", "outcome varchar(24) NOT NULL",
        "disclosure_summary {text}", "certificate_scan {blob}", "update_service {bool} NOT NULL",
        "verified_by varchar(80)", "verified_on date", "inserted_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "volunteers": (
        "id bigint PRIMARY KEY", "email varchar(160) NOT NULL UNIQUE", "hashed_password varchar(255) NOT NULL",
        "confirmed_at {ts}", "first_name varchar(60) NOT NULL", "last_name varchar(60) NOT NULL",
        "known_as varchar(40)", "date_of_birth date", "gender varchar(20)", "mobile varchar(20)",
        "address_line_1 varchar(120)", "address_line_2 varchar(120)", "town varchar(60)", "postcode varchar(10)",
        "ni_number varchar(13)", "civicrm_contact_id integer", "home_shop_id bigint", "roles {json}",
        "referees {json}", "emergency_contact_name varchar(120)", "emergency_contact_phone varchar(20)",
        "emergency_contact_relationship varchar(30)", "medical_notes {text}", "driving_licence_number varchar(16)",
        "vetting_certificate_number varchar(12)", "photo {blob}", "expenses_sort_code varchar(8)",
        "expenses_account_number varchar(8)", "expenses_iban varchar(34)", "status varchar(16) NOT NULL",
        "last_signed_in_at {ts}", "last_signed_in_ip varchar(45)", "inserted_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "volunteers_tokens": (
        "id bigint PRIMARY KEY", "volunteer_id bigint NOT NULL", "token {blob} NOT NULL",
        "context varchar(255) NOT NULL", "sent_to varchar(160)", "inserted_at {ts} NOT NULL"),
    "shifts": (
        "id bigint PRIMARY KEY", "volunteer_id bigint NOT NULL", "shop_id bigint NOT NULL", "role varchar(24) NOT NULL",
        "starts_at {ts} NOT NULL", "ends_at {ts} NOT NULL", "status varchar(16) NOT NULL", "hours decimal(4,2)",
        "mileage integer", "expenses_claimed decimal(7,2)", "notes {text}", "inserted_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

# CiviCRM declares its keys (ON DELETE CASCADE in the real schema); so does Ecto.
FOREIGN_KEYS = (
    _fk("civicrm_contact", ["employer_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_email", ["contact_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_phone", ["contact_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_address", ["contact_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_contribution", ["contact_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_value_gift_aid_declaration_2", ["entity_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_value_direct_debit_4", ["entity_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_value_legacy_pledge_5", ["entity_id"], "civicrm_contact", ["id"]),
    _fk("civicrm_value_legacy_pledge_5", ["solicitor_contact_id_36"], "civicrm_contact", ["id"]),
    _fk("volunteers", ["home_shop_id"], "shops", ["id"]),
    _fk("volunteers", ["vetting_certificate_number"], "vetting_checks", ["certificate_number"]),
    _fk("volunteers_tokens", ["volunteer_id"], "volunteers", ["id"]),
    _fk("shifts", ["volunteer_id"], "volunteers", ["id"]),
    _fk("shifts", ["shop_id"], "shops", ["id"]),
)

# Where supporters live: town, postcode districts, latitude, longitude, the landline's area
# digits (028 + four, or the Republic's area code), CiviCRM's county id, in the Republic.
TOWNS = (
    ("Newry", ("BT34", "BT35"), 54.1751, -6.3402, ("30",), 2642, False, 22),
    ("Warrenpoint", ("BT34",), 54.0999, -6.2497, ("41",), 2642, False, 6),
    ("Rostrevor", ("BT34",), 54.1014, -6.2003, ("41",), 2642, False, 3),
    ("Kilkeel", ("BT34",), 54.0616, -5.9962, ("41",), 2642, False, 4),
    ("Newcastle", ("BT33",), 54.2153, -5.8915, ("43",), 2642, False, 3),
    ("Downpatrick", ("BT30",), 54.3286, -5.7155, ("44",), 2642, False, 4),
    ("Banbridge", ("BT32",), 54.3480, -6.2704, ("40",), 2642, False, 5),
    ("Armagh", ("BT60", "BT61"), 54.3503, -6.6528, ("37",), 2638, False, 6),
    ("Portadown", ("BT62", "BT63"), 54.4232, -6.4433, ("38",), 2638, False, 4),
    ("Lurgan", ("BT66", "BT67"), 54.4640, -6.3346, ("38",), 2638, False, 3),
    ("Crossmaglen", ("BT35",), 54.0757, -6.6104, ("30",), 2638, False, 3),
    ("Bessbrook", ("BT35",), 54.1936, -6.3935, ("30",), 2638, False, 3),
    ("Belfast", ("BT5", "BT6", "BT7", "BT8", "BT9"), 54.5973, -5.9301, ("90",), 2637, False, 5),
    ("Lisburn", ("BT27", "BT28"), 54.5162, -6.0580, ("92",), 2637, False, 2),
    ("Dundalk", ("A91",), 54.0090, -6.4049, ("42",), 2755, True, 9),
    ("Carlingford", ("A91",), 54.0408, -6.1868, ("42",), 2755, True, 2),
    ("Drogheda", ("A92",), 53.7179, -6.3561, ("41",), 2755, True, 3),
    ("Castleblayney", ("A75",), 54.1200, -6.7372, ("42",), 2757, True, 2),
    ("Monaghan", ("H18",), 54.2492, -6.9683, ("47",), 2757, True, 1),
)
COUNTRY_UK, COUNTRY_IE = 1226, 1105
STREETS = ("Hill Street", "Monaghan Street", "Canal Street", "Chapel Street", "Downshire Road", "Windsor Avenue",
           "Ashgrove Road", "Armagh Road", "Dublin Road", "Belfast Road", "Church Street", "Main Street",
           "Castle Street", "Mourne View Park", "Ballybot Drive", "Greenfield Avenue", "Rathfriland Road",
           "Forkhill Road", "Daisy Hill Park", "Bridge Street", "Market Street", "Scotch Street", "Clanrye Avenue",
           "Seaview", "Carlingford Road", "Shore Road", "Meadow Grove", "Orchard Close", "St Mary's Terrace",
           "Cathedral Road", "Marian Park", "Rock Road", "Well Road", "Kilbroney Park", "Drumgullion Avenue")
TOWNLANDS = ("Ballyholland", "Carrickbawn", "Derrybeg", "Lisdrumgullion", "Carnbane", "Cloghoge", "Killeen",
             "Mullaghbane", "Ballyedmond", "Aughnagun", "Tullyhappy", "Drumantine", "Ballinacraig", "Faughart",
             "Ravensdale", "Jonesborough", "Killean", "Lislea")
NI_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.co.uk", "hotmail.co.uk",
                "yahoo.co.uk", "btinternet.com", "btinternet.com", "outlook.com", "icloud.com", "live.co.uk",
                "aol.com", "sky.com", "talktalk.net", "virginmedia.com", "ntlworld.com")
IE_MAIL_DOMAINS = ("gmail.com", "gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com")
UK_BANKS = (("95", "DABA", "Danske Bank"), ("98", "ULSB", "Ulster Bank"), ("90", "BOFI", "Bank of Ireland UK"),
            ("93", "FTBK", "AIB (NI)"), ("09", "ABBY", "Santander"), ("07", "NAIA", "Nationwide"))
IE_BANKS = (("BOFI", "90", "BOFIIE2D"), ("AIBK", "93", "AIBKIE2D"), ("IPBS", "99", "IPBSIE2D"),
            ("ULSB", "98", "ULSBIE2D"))
TITLES = {"M": ((3, "Mr", 80), (4, "Dr", 4), (7, "Fr", 2)), "F": ((1, "Mrs", 55), (2, "Ms", 25), (5, "Miss", 12),
                                                                    (4, "Dr", 3), (8, "Sr", 2))}
NICKS = {"Margaret": "Maggie", "Bernadette": "Bernie", "Patrick": "Paddy", "Seán": "Seánie", "Sean": "Seanie",
         "Elizabeth": "Liz", "Patricia": "Trish", "Michael": "Mickey", "Kathleen": "Kathy", "Bridget": "Bridie",
         "Gerard": "Gerry", "Eugene": "Gene", "James": "Jim", "Francis": "Frankie"}
OWN_ADDRESS = ("Carnmeen House, 41 Drumalane Road", "Newry", "BT35 8QJ")
OWN_PHONE = "028 3026 7700"
OWN_MAILBOXES = tuple(f"{box}@{OWN_DOMAIN}" for box in (
    "info", "donations", "legacies", "volunteering", "fundraising", "webmaster", "noreply", "shops", "finance",
    "giftaid", "dpo", "events"))
CHARITY_NO, COMPANY_NO, HMRC_REF = "NIC104567", "NI612345", "XT34567"
SHOPS = (  # code, name, kind, street, town, postcode, phone, mailbox, lat, lon
    ("HOSP", "Mourne Light Hospice - Carnmeen House", "hospice", "41 Drumalane Road", "Newry", "BT35 8QJ",
     OWN_PHONE, "info", 54.1862, -6.3211),
    ("NWR01", "Hospice Shop - Hill Street", "shop", "27 Hill Street", "Newry", "BT34 1AR", "028 3026 1184",
     "shop.hillst", 54.1766, -6.3386),
    ("NWR02", "Hospice Furniture & Home - Monaghan Street", "furniture", "88 Monaghan Street", "Newry", "BT35 6BB",
     "028 3025 0937", "furniture.newry", 54.1739, -6.3450),
    ("WPT01", "Hospice Shop - Church Street", "shop", "12 Church Street", "Warrenpoint", "BT34 3HN",
     "028 4175 2260", "shop.warrenpoint", 54.1002, -6.2511),
    ("KLK01", "Hospice Shop - Greencastle Street", "shop", "5 Greencastle Street", "Kilkeel", "BT34 4BH",
     "028 4176 4418", "shop.kilkeel", 54.0630, -5.9958),
    ("BBG01", "Hospice Shop - Bridge Street", "shop", "31 Bridge Street", "Banbridge", "BT32 3JL",
     "028 4062 3395", "shop.banbridge", 54.3497, -6.2716),
    ("ARM01", "Hospice Shop - Scotch Street", "shop", "19 Scotch Street", "Armagh", "BT61 7BY", "028 3752 8841",
     "shop.armagh", 54.3489, -6.6526),
    ("DPK01", "Hospice Shop - Market Street", "shop", "44 Market Street", "Downpatrick", "BT30 6LZ",
     "028 4461 7730", "shop.downpatrick", 54.3273, -5.7149),
    ("DDK01", "Hospice Shop - Clanbrassil Street", "shop", "63 Clanbrassil Street", "Dundalk", "A91 X2P7",
     "+353 42 933 8120", "shop.dundalk", 54.0052, -6.4017),
)
ORGS = (  # name, kind (sic or trust/solicitor/parish/club), domain, mailbox, town
    ("Carlin Bros Quarries Ltd", "0811", "carlinquarries.co.uk", "office", "Newry"),
    ("Fathom Line Logistics Ltd", "4941", "fathomline.com", "accounts", "Warrenpoint"),
    ("Slieve Gullion Foods Ltd", "1013", "sgfoods.co.uk", "info", "Bessbrook"),
    ("Quay Street Dental Practice", "8623", "quaystreetdental.co.uk", "reception", "Newry"),
    ("Boyle & Rice Estate Agents", "6831", "boyleandrice.com", "sales", "Newry"),
    ("Mourne Motors Ltd", "4511", "mournemotors.co.uk", "info", "Kilkeel"),
    ("Clanrye Engineering Ltd", "2562", "clanrye-eng.com", "office", "Newry"),
    ("Bessbrook Mill Bakery", "1071", "bessbrookbakery.co.uk", "orders", "Bessbrook"),
    ("Harbour View Hotel Warrenpoint", "5510", "harbourviewhotel.co.uk", "events", "Warrenpoint"),
    ("Cooley Credit Union", "6419", "cooleycu.ie", "info", "Dundalk"),
    ("The Halcyon Fund", "trust", "halcyonfund.org.uk", "grants", "Belfast"),
    ("Armagh & Down Community Foundation", "trust", "adcf.org.uk", "grants", "Armagh"),
    ("The Ballyedmond Trust", "trust", "ballyedmondtrust.org", "secretary", "Rostrevor"),
    ("O'Hare Magennis Solicitors", "solicitor", "oharemagennis.co.uk", "office", "Newry"),
    ("Fegan & McKeown Solicitors", "solicitor", "feganmckeown.com", "wills", "Banbridge"),
    ("J. P. Sheridan & Co. Solicitors", "solicitor", "jpsheridan.co.uk", "office", "Armagh"),
    ("Rooney Crilly LLP", "solicitor", "rooneycrilly.com", "probate", "Dundalk"),
    ("St Patrick's Parish, Newry", "parish", "stpatricksnewry.org", "parish", "Newry"),
    ("Kilkeel Presbyterian Church", "parish", "kilkeelpresbyterian.org", "office", "Kilkeel"),
    ("Newry Rotary Club", "club", "newryrotary.org", "secretary", "Newry"),
    ("Clanrye Gaels GAC", "club", "clanryegaels.com", "pro", "Newry"),
    ("Warrenpoint Golf Club", "club", "warrenpointgolfclub.com", "office", "Warrenpoint"),
    ("St Colman's College", "school", "stcolmans.org.uk", "info", "Newry"),
    ("Abbey Grammar School", "school", "abbeygrammar.org.uk", "office", "Newry"),
)
STAFF = (  # job title, WordPress role
    ("Chief Executive", "administrator"), ("Head of Fundraising", "administrator"),
    ("Community Fundraiser", "give_manager"), ("Community Fundraiser", "give_manager"),
    ("Legacy Officer", "give_manager"), ("Volunteer Coordinator", "editor"), ("Volunteer Coordinator", "editor"),
    ("Retail Manager", "editor"), ("Supporter Care Officer", "give_manager"),
    ("Supporter Care Officer", "give_manager"), ("Database Officer", "administrator"),
    ("Digital Marketing Officer", "editor"), ("Finance Officer", "give_accountant"),
    ("Corporate Partnerships Manager", "give_manager"),
)
FORMS = ((301, "Donate to Mourne Light", "donate"), (302, "Sunflower Appeal 2025", "sunflower-appeal-2025"),
         (303, "Light Up a Life - Christmas 2024", "light-up-a-life-2024"), (304, "Give in Memory", "in-memory"),
         (305, "Monthly Gift", "monthly-gift"))
CAMPAIGNS = ("Sunflower Appeal", "Light Up a Life", "Mourne Mountain Trek", "Belfast City Marathon",
             "Christmas Raffle", "Coffee Morning", "Church Gate Collection", "Bucket collection at Asda Newry",
             "Payroll Giving", "Dundalk 10k")
ILLNESSES = ("motor neurone disease", "pancreatic cancer", "COPD", "dementia", "heart failure", "lung cancer",
             "Parkinson's", "bowel cancer", "a brain tumour", "ovarian cancer", "leukaemia")
RELATIONS = ("wife", "husband", "mother", "father", "sister", "brother", "daughter", "son", "aunt", "uncle",
             "partner", "grandmother")
MUM_DAD = ("Mammy", "Daddy", "Mum", "Dad", "Granny", "Granda")
ROLES = ("shop_floor", "sorting", "till", "driver", "cafe", "ward_visitor", "day_hospice", "fundraising_events",
         "gardening", "reception", "bereavement_support")
VETTED_ROLES = {"driver", "ward_visitor", "day_hospice", "bereavement_support"}
REFEREE_RELATIONS = ("Former employer", "Current employer", "Parish priest", "Friend (10+ years)", "Teacher",
                     "Neighbour", "GP", "Club secretary")
EMERGENCY_RELATIONS = ("Husband", "Wife", "Son", "Daughter", "Partner", "Mother", "Father", "Sister", "Brother",
                       "Friend", "Neighbour")
MEDICAL = ("Type 1 diabetes - keeps glucose tablets in the staff room locker.",
           "Epilepsy, well controlled. Not to drive for the hospice.",
           "Hip replacement {year}, no heavy lifting in the furniture store.", "Hard of hearing, wears hearing aids.",
           "Anxiety - prefers quieter morning shifts (see coordinator).", "Pacemaker fitted {year}.",
           "Asthma, inhaler in her bag.", "Recovering from breast cancer, finished chemo {year}.",
           "Uses a wheelchair; Hill Street shop only (ramp).", "Coeliac - no baking shifts in the cafe.",
           "Bereaved ({relation} died in the hospice {year}); not for ward visiting before {next}.")
SHIFT_NOTES = ("Drove Mrs {last} from {town} to Day Hospice and back.", "Covered for {first} (off sick).",
               "Left early - grandchild in Daisy Hill hospital.", "Till down £5, counted again with {first}.",
               "Ward visit: sat with patient in room 4, {relation} present.",
               "Picked up donated sofa from {street}, {town}.", "Phoned in sick.", "Bag sorting, 40 bags.",
               "Brought patient {first} {last} to Daisy Hill for bloods.", "New volunteer shadowing.")
DISCLOSURES = ("Conviction {year} Newry Magistrates' Court: driving with excess alcohol, 12-month ban. Discussed "
               "with volunteer; not placed on the driver rota.",
               "Caution {year} for possession of cannabis. Risk assessment completed, approved for shop role.",
               "Theft (shoplifting) {year}, spent conviction. Approved.",
               "Common assault {year}. Panel decided not to place in ward visitor role.",
               "Police information disclosed (domestic incident {year}, no charge). Reviewed by the CEO, approved.")
LEGACY_NOTES = (
    "{title} {last} told us at the {event} about a residuary gift in the will, in memory of {spouse}, who died "
    "on the Cedar Ward in {year}. Prefers contact via daughter {relative2} on {phone}.",
    "Diagnosed with {illness} in {year}; wants the gift kept confidential from the family. Solicitor: {solicitor}.",
    "Pledger retired to Spain. Executor will pay from IBAN {iban}. Contact by e-mail only: {email}.",
    "Visited at home ({street}, {town}) with the Legacy Officer. Pecuniary gift of £{amount} confirmed by letter.",
    "Notification of death received from {solicitor} on {date}. Estate account IBAN {iban}, executor {relative} "
    "({phone}).",
    "Gift in memory of {relative} (day hospice patient, {illness}). Happy to be named in the annual report.",
    "Separated from husband; please do not write to the home address. Mobile {phone}.",
    None, None)
GIFT_AID_NOTES = ("Verbal declaration by phone on {date}, confirmation letter sent to {street}.",
                  "Declaration signed at the {event}.", "Donor no longer pays UK tax (retired to {country}).",
                  "Paper form scanned; signature on file. Husband {relative} declared separately.", None, None,
                  None, None, None, None)
DONATION_COMMENTS = (
    "In loving memory of {mum}, {relative}, cared for so kindly on the Cedar Ward in {year}.",
    "From all the {last} family. Thank you to the nurses.",
    "For the Hospice at Home team who looked after {relative} ({illness}).",
    "Happy 70th birthday {relative}! Instead of presents.",
    "Please call me on {phone} about leaving a gift in my will.", "Keep up the great work.",
    "Raised at our coffee morning in {town}.", "In memory of our son {relative}, forever 34.",
    "Payment for raffle tickets - {first} {last}, {email}.")
NEWS = (
    ("Marathon hero raises £{amount}", "<!-- wp:paragraph --><p>Huge thanks to {first} {last} from {town}, who ran "
     "the Belfast City Marathon in memory of her dad {relative} and raised £{amount}!</p><!-- /wp:paragraph -->"),
    ("Light Up a Life 2024", "<!-- wp:paragraph --><p>Over 600 lights were dedicated this Christmas. Thank you to "
     "everyone who joined us at Carnmeen House.</p><!-- /wp:paragraph -->"),
    ("Meet our volunteer of the year", "<!-- wp:paragraph --><p>{first} {last} has driven patients to Day Hospice "
     "every Tuesday since {year}, after the hospice cared for {relative}, who had {illness}.</p>"
     "<!-- /wp:paragraph -->"),
    ("New shop opens in Dundalk", "<!-- wp:paragraph --><p>Our ninth shop opened on Clanbrassil Street. Donations of "
     "good quality clothes and bric-a-brac welcome: call +353 42 933 8120.</p><!-- /wp:paragraph -->"),
    ("Sunflower Appeal 2025", "<!-- wp:paragraph --><p>Dedicate a sunflower to someone you love.</p>"
     "<!-- /wp:paragraph -->"),
    ("Rotary cheque presentation", "<!-- wp:paragraph --><p>Newry Rotary Club presented a cheque for £{amount}, "
     "raised by the Christmas Sleigh.</p><!-- /wp:paragraph -->"),
)
PAGES = (
    ("Contact us", "contact-us", f"<!-- wp:paragraph --><p>Mourne Light Hospice, {OWN_ADDRESS[0]}, {OWN_ADDRESS[1]}, "
     f"{OWN_ADDRESS[2]}. Tel {OWN_PHONE}. E-mail info@{OWN_DOMAIN}. Registered with the Charity Commission for "
     f"Northern Ireland {CHARITY_NO}. Company {COMPANY_NO}.</p><!-- /wp:paragraph -->", ""),
    ("Gift Aid", "gift-aid", "<!-- wp:paragraph --><p>If you are a UK taxpayer, Gift Aid adds 25p to every £1 you "
     f"give at no extra cost to you. Questions: giftaid@{OWN_DOMAIN}.</p><!-- /wp:paragraph -->", ""),
    ("Leave a gift in your will", "gifts-in-wills", "<!-- wp:paragraph --><p>Our Legacy Officer can talk you "
     f"through it in confidence: legacies@{OWN_DOMAIN} or {OWN_PHONE}.</p><!-- /wp:paragraph -->", ""),
    ("Volunteer with us", "volunteer", "<!-- wp:paragraph --><p>We need drivers, shop volunteers and ward "
     "visitors. Apply through the Rota app.</p><!-- /wp:paragraph -->", ""),
    ("Privacy notice", "privacy-notice", f"<!-- wp:paragraph --><p>Our Data Protection Officer: dpo@{OWN_DOMAIN}."
     "</p><!-- /wp:paragraph -->", ""),
    ("Volunteer handbook", "volunteer-handbook", "<!-- wp:paragraph --><p>Fire procedures, till training, "
     "safeguarding.</p><!-- /wp:paragraph -->", "Mourne2024"),
)
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
)
MIGRATION_PLUGINS = ("civicrm/civicrm.php", "give/give.php", "give-gift-aid/give-gift-aid.php",
                     "give-tributes/give-tributes.php", "wp-mail-smtp/wp_mail_smtp.php", "wordfence/wordfence.php")


@dataclass
class Hospice:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the charity's, shops' or organisations')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def php(value: Any) -> str:
    """PHP's serialize(), as WordPress stores arrays in options and meta (string lengths in bytes)."""
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    items = value.items() if isinstance(value, dict) else enumerate(value)
    body = "".join(php(k) + php(v) for k, v in items)
    return f"a:{len(value)}:{{{body}}}"


def uk_vat(rng: random.Random) -> str:
    """A UK VAT number: seven digits and two check digits (weights 8 to 2, the sum with the
    check a multiple of 97)."""
    body = str(rng.randint(1, 9)) + "".join(rng.choices(string.digits, k=6))
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1)))
    return f"GB{body}{-total % 97:02d}"


def ppsn(rng: random.Random) -> str:
    """An Irish PPS number: seven digits, a check letter (weights 8 to 2, the second letter's
    value times 9, mod 23) and, since 2013, a second letter."""
    digits = "".join(rng.choices(string.digits, k=7))
    second = rng.choice(("", "", "A", "A", "B"))
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1))) + 9 * (ord(second) - 64 if second else 0)
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def nino(rng: random.Random) -> str:
    """A UK National Insurance number: two prefix letters HMRC allocates, six digits, A-D."""
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = "".join(rng.choices(string.digits, k=6))
    return f"{a}{b}{d}{rng.choice('ABCD')}"


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (8, 18)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (8, 18)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment after `when` and not after the day of the dump."""
    start = dt.date.fromisoformat(when[:10])
    if start >= TODAY:
        return when
    later = _at(start + dt.timedelta(days=rng.randint(0, min(within, (TODAY - start).days))), rng, (0, 23))
    return later if later > when else when


def _gmt(when: str) -> str:
    """WordPress's *_gmt twin of a local time in Belfast (British Summer Time roughly April to October)."""
    moment = dt.datetime.fromisoformat(when)
    return (moment - dt.timedelta(hours=1 if 4 <= moment.month <= 10 else 0)).isoformat(sep=" ")


def _ip(rng: random.Random) -> str:
    """An address of a UK or Irish access network: BT, Virgin Media, Sky, Vodafone, Eir."""
    if rng.random() < 0.15:
        prefix = rng.choice(("2a00:23c7:", "2a02:c7c:", "2a02:8084:", "2a02:8010:", "2001:bb6:"))
        return prefix + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(5)) + f":{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (2, 5, 31, 37, 51, 78, 81, 82, 86, 90, 109, 146, 176, 188))


def _phpass(rng: random.Random) -> str:
    return "$P$B" + "".join(rng.choices("./" + string.digits + string.ascii_letters, k=30))


def _bcrypt(rng: random.Random, prefix: str = "$2b$12$") -> str:
    return prefix + "".join(rng.choices("./" + string.ascii_uppercase + string.ascii_lowercase + string.digits, k=53))


def _jpeg(rng: random.Random, comment: bytes) -> bytes:
    """A JFIF file's framing (SOI, APP0, a comment, the scan's bytes, EOI)."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1000))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with its fields filled; a field's maker is called only when the template
    has the field, so no value is drawn for nothing."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _slug(text: str) -> str:
    """WordPress's sanitize_title(): lower case ASCII words joined by hyphens."""
    words = "".join(ch if ch.isalnum() else " " for ch in text.replace("'", "")).split()
    return "-".join(apps.ascii_fold(word) for word in words if apps.ascii_fold(word))


class _Maker(apps.Unique):
    """Draws the charity's values; every phone, e-mail, account number and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: Hospice) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def landline(self, area: str, roi: bool) -> tuple[str, str]:
        """A home landline as the person typed it, and its E.164 form."""
        rng = self.rng
        if roi:
            d = self.unique(lambda: area + rng.choice("3456789") + self.digits(6))
            return rng.choice((f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d}",
                               f"+353 {d[:2]} {d[2:5]} {d[5:]}", f"(0{d[:2]}) {d[2:]}")), "+353" + d
        d = self.unique(lambda: "28" + area + rng.choice("2345678") + self.digits(5))
        return rng.choice((f"0{d[:2]} {d[2:6]} {d[6:]}", f"0{d[:2]} {d[2:6]} {d[6:]}", f"0{d}",
                           f"(0{d[:2]}) {d[2:6]} {d[6:]}", f"+44 {d[:2]} {d[2:6]} {d[6:]}", f"0{d[:2]}{d[2:6]} {d[6:]}")
                          ), "+44" + d

    def mobile(self, roi: bool) -> tuple[str, str]:
        rng = self.rng
        if roi:
            d = self.unique(lambda: rng.choice(("83", "85", "86", "87", "89")) + self.digits(7))
            return rng.choice((f"0{d[:2]} {d[2:5]} {d[5:]}", f"0{d}", f"+353 {d[:2]} {d[2:5]} {d[5:]}",
                               f"+353{d}")), "+353" + d
        d = self.unique(lambda: "7" + rng.choice(("7", "8", "9", "5", "4", "3")) + self.digits(8))
        return rng.choice((f"0{d[:4]} {d[4:]}", f"0{d[:4]} {d[4:]}", f"0{d}", f"0{d}", f"+44 {d[:4]} {d[4:]}",
                           f"+44{d}", f"0{d[:3]} {d[3:6]} {d[6:]}")), "+44" + d

    def email(self, first: str, last: str, roi: bool = False, year: str = "") -> str:
        rng = self.rng
        given, family = apps.ascii_fold(first), apps.ascii_fold(last).replace("'", "")
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{given}_{family}",
                           f"{given}{family[0]}", f"{given}{year[2:] or rng.randint(50, 99)}", f"{family}{given[0]}",
                           f"{given}.{family}{year[2:] or rng.randint(1, 99)}"))
        domains = IE_MAIL_DOMAINS if roi else MAIL_DOMAINS
        while True:
            local = base if rng.random() < 0.6 else base + str(rng.randint(1, 99))
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def sort_code(self) -> tuple[str, str]:
        prefix, _, bank = self.rng.choice(UK_BANKS)
        return f"{prefix}-{self.digits(2)}-{self.digits(2)}", bank

    def account(self) -> str:
        return self.unique(lambda: str(self.rng.randint(1, 9)) + self.digits(7))

    def iban(self, country: str = "IE") -> str:
        """A person's IBAN, compact."""
        rng = self.rng

        def draw() -> str:
            if country == "IE":
                bank, nsc, _ = rng.choice(IE_BANKS)
                bban = bank + nsc + self.digits(4) + self.digits(8)
            elif country == "GB":
                bban = rng.choice(("DABA95", "ULSB98", "BOFI90")) + self.digits(4) + self.digits(8)
            elif country == "ES":
                bban = rng.choice(("2100", "0049", "0182")) + self.digits(16)
            else:  # FR
                bban = rng.choice(("30004", "30003")) + self.digits(18)
            return country + iban_check_digits(country, bban) + bban

        compact = self.unique(draw)
        self.m.ibans.add(compact)
        return compact

    def hex(self, k: int) -> str:
        return "".join(self.rng.choices("0123456789abcdef", k=k))


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakes: dict[str, Faker] = {}
        for n, locale in enumerate(("en_IE", "en_GB")):
            self.fakes[locale[-2:].lower()] = Faker(locale)
            self.fakes[locale[-2:].lower()].seed_instance(seed + n)
        self.m = Hospice()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.own_iban = ""
        self.own_eur_iban = ""
        self.vat = ""
        self.orgs: list[dict] = []
        self.solicitors: list[dict] = []
        self.staff: list[dict] = []
        self.donors: list[dict] = []
        self.volunteers: list[dict] = []
        self.shops: list[dict] = []
        self.wp_users: dict[int, dict] = {}
        self.next_post = 400
        self.next_meta = 1

    def name(self, sex: str) -> tuple[str, str]:
        fake = self.fakes["ie" if self.rng.random() < 0.7 else "gb"]
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        return first, fake.last_name()

    def relative(self) -> str:
        first, last = self.name(self.rng.choice("MF"))
        return f"{first} {last}"

    def place(self, roi: bool | None = None) -> dict:
        """A home: street, townland, town, postcode, coordinates, landline area, county."""
        rng = self.rng
        towns = [t for t in TOWNS if roi is None or t[6] == roi]
        town, districts, lat, lon, areas, county, in_roi, _ = rng.choices(towns, [t[7] for t in towns])[0]
        district = rng.choice(districts)
        if in_roi:
            postcode = f"{district} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choices(EIRCODE_CHARS, k=3))}" \
                if rng.random() < 0.8 else None
        else:
            postcode = f"{district} {rng.randint(1, 9)}{''.join(rng.choices(NI_LETTERS, k=2))}"
        townland = None
        if rng.random() < 0.22:
            townland = rng.choice(TOWNLANDS)
            street = f"{rng.randint(1, 120)} {townland} Road"
        else:
            street = f"{rng.randint(1, 140)} {rng.choice(STREETS)}"
        flat = f"Flat {rng.randint(1, 12)}" if rng.random() < 0.08 else None
        return {"street": street, "flat": flat, "townland": townland, "town": town, "postcode": postcode,
                "lat": round(lat + rng.uniform(-0.05, 0.05), 6), "lon": round(lon + rng.uniform(-0.07, 0.07), 6),
                "area": rng.choice(areas), "county": county, "roi": in_roi}

    def person(self, roi: bool | None = None, sex: str | None = None, born: tuple[int, int] = (1932, 2004)) -> dict:
        rng, make = self.rng, self.make
        sex = sex or rng.choice("MF")
        first, last = self.name(sex)
        home = self.place(roi)
        prefix_id, title, _ = rng.choices(TITLES[sex], [t[2] for t in TITLES[sex]])[0]
        year = rng.randint(*born)
        p = {"sex": sex, "first": first, "last": last, "title": title, "prefix_id": prefix_id,
             "middle": self.name(sex)[0] if rng.random() < 0.2 else None,
             "born": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", **home}
        p["landline"] = make.landline(home["area"], home["roi"])[0] if rng.random() < 0.55 else None
        p["mobile"] = make.mobile(home["roi"])[0] if rng.random() < 0.85 else None
        p["email"] = make.email(first, last, home["roi"], str(year)) if rng.random() < 0.82 else None
        return p

    def meta(self, table: str, owner: int, key: str, value: str) -> None:
        self.m.rows[table].append((self.next_meta, owner, key, value))
        self.next_meta += 1


def _street_line(p: dict) -> str:
    return f"{p['flat']}, {p['street']}" if p["flat"] else p["street"]


def _company(w: _World) -> None:
    """The charity's own records: its CiviCRM contact, WordPress options and the shops."""
    rng, make = w.rng, w.make
    sort, acct = "950120", make.account()
    bban = "DABA" + sort + acct
    w.own_iban = "GB" + iban_check_digits("GB", bban) + bban
    bban = "BOFI" + "901722" + make.digits(8)
    w.own_eur_iban = "IE" + iban_check_digits("IE", bban) + bban
    vat = w.vat = uk_vat(rng)
    options = (
        ("siteurl", SITE), ("home", SITE), ("blogname", "Mourne Light Hospice"),
        ("blogdescription", "Care, comfort and dignity in Newry, Mourne and South Armagh"),
        ("admin_email", f"webmaster@{OWN_DOMAIN}"), ("users_can_register", "1"), ("default_role", "subscriber"),
        ("timezone_string", "Europe/London"), ("date_format", "j F Y"), ("WPLANG", "en_GB"),
        ("active_plugins", php(list(MIGRATION_PLUGINS))),
        ("give_settings", php({
            "currency": "GBP", "base_country": "GB", "donor_default_user_role": "give_donor",
            "gift_aid_charity_reference": HMRC_REF, "gift_aid_charity_name": "Mourne Light Hospice",
            "from_email": f"donations@{OWN_DOMAIN}", "admin_notice_emails": f"donations@{OWN_DOMAIN}\n"
                                                                           f"finance@{OWN_DOMAIN}",
            "stripe_live_publishable_key": "pk_live_51" + "".join(rng.choices(string.ascii_letters + string.digits,
                                                                              k=96)),
            "offline_checkout_notes": f"Cheques payable to Mourne Light Hospice, {OWN_ADDRESS[0]}, Newry "
                                      f"{OWN_ADDRESS[2]}. Bank transfer: Danske Bank, sort code 95-01-20, account "
                                      f"{acct}, IBAN {grouped(w.own_iban)}, BIC DABAGB2B. Euro donations: IBAN "
                                      f"{grouped(w.own_eur_iban)}, BIC BOFIIE2D.",
            "agreement_text": "I confirm I am a UK taxpayer..."})),
        ("give_version", "3.19.2"), ("civicrm_version", "5.78.3"),
        ("wp_mail_smtp", php({"mail": {"from_email": f"noreply@{OWN_DOMAIN}", "from_name": "Mourne Light Hospice",
                                       "mailer": "outlook"},
                              "outlook": {"client_id": str(uuid.UUID(int=rng.getrandbits(128), version=4))}})),
        ("widget_text", php({2: {"title": "Contact", "text": f"{OWN_ADDRESS[0]}<br>{OWN_ADDRESS[1]} "
                                 f"{OWN_ADDRESS[2]}<br>Tel {OWN_PHONE}<br>info@{OWN_DOMAIN}<br>Charity {CHARITY_NO} "
                                 f"| Company {COMPANY_NO} | VAT {vat}"}, "_multiwidget": 1})),
        ("mlh_footer_legal", f"Mourne Light Hospice is registered with the Charity Commission for Northern Ireland "
                             f"{CHARITY_NO}, a company limited by guarantee {COMPANY_NO}, HMRC charity reference "
                             f"{HMRC_REF}."),
        ("cron", php({1765540000: {"wp_version_check": {}}, 1765543600: {"give_daily_scheduled_events": {}}})),
        ("_transient_timeout_give_stats", "1765551234"),
    )
    for n, (name, value) in enumerate(options, 1):
        w.m.rows["wp_options"].append((n, name, value, "on" if n < 14 else "off"))
    # CiviCRM's contact 1 is the organisation of the site (the "default organization").
    w.m.rows["civicrm_contact"].append(_org_row(w, 1, "Mourne Light Hospice", "8610", COMPANY_NO,
                                                "2016-03-01 09:00:00"))
    _org_contacts(w, 1, f"info@{OWN_DOMAIN}", OWN_PHONE, OWN_ADDRESS[0], "Newry", OWN_ADDRESS[2])
    for n, (code, name, kind, street, town, postcode, phone, box, lat, lon) in enumerate(SHOPS, 1):
        created = _moment(rng, 2019, 2023)
        hours = {d: ("09:30-17:00" if kind != "hospice" else "00:00-24:00") for d in ("mon", "tue", "wed", "thu",
                                                                                        "fri", "sat")}
        hours["sun"] = None if kind != "hospice" else "00:00-24:00"
        w.m.rows["shops"].append((n, code, name, kind, street, town, postcode, phone, f"{box}@{OWN_DOMAIN}", lat, lon,
                                  json.dumps(hours), True, created, _after(rng, created)))
        w.shops.append({"id": n, "code": code, "town": town, "kind": kind})


def _org_row(w: _World, cid: int, name: str, sic: str | None, legal: str | None, created: str) -> tuple:
    rng = w.rng
    return (cid, "Organization", "\x01Solicitor\x01" if sic == "solicitor" else None, 0, 0, 0, 0, 0, legal,
            f"RE-{cid:06d}" if rng.random() < 0.5 else None, name, name, None, name, w.make.hex(32), None, "en_GB",
            None, None, None, None, None, None, None, name, None, None, None, 0, None, None, name,
            sic if sic and sic.isdigit() else None, None, 0, created, _after(rng, created))


def _org_contacts(w: _World, cid: int, email: str, phone: str, street: str, town: str, postcode: str) -> None:
    rows = w.m.rows
    rows["civicrm_email"].append((len(rows["civicrm_email"]) + 1, cid, 3, email, 1, 1, 0, 0, None, None))
    digits = "".join(ch for ch in phone if ch.isdigit())
    rows["civicrm_phone"].append((len(rows["civicrm_phone"]) + 1, cid, 3, 1, 0, phone, None, digits, 1))
    town_row = next(t for t in TOWNS if t[0] == town)
    rows["civicrm_address"].append((
        len(rows["civicrm_address"]) + 1, cid, 3, 1, 1, street, None, None, town, town_row[5], postcode,
        COUNTRY_IE if town_row[6] else COUNTRY_UK, round(town_row[2] + w.rng.uniform(-0.01, 0.01), 6),
        round(town_row[3] + w.rng.uniform(-0.01, 0.01), 6), 0, None))


def _orgs(w: _World) -> None:
    """Local businesses, trusts, solicitors, parishes, clubs and schools, as CiviCRM organisations."""
    rng, make = w.rng, w.make
    for name, sic, domain, box, town in ORGS:
        cid = len(w.m.rows["civicrm_contact"]) + 1
        legal = f"NI{rng.randint(600000, 699999)}" if sic.isdigit() and not domain.endswith(".ie") else None
        if sic.isdigit() and domain.endswith(".ie"):
            legal = f"{rng.randint(100000, 699999)}"
        w.m.rows["civicrm_contact"].append(_org_row(w, cid, name, sic, legal, _moment(rng, 2016, 2024)))
        t = next(t for t in TOWNS if t[0] == town)
        phone = make.landline(t[4][0], t[6])[0]
        home = w.place(t[6])
        _org_contacts(w, cid, f"{box}@{domain}", phone, f"{rng.randint(1, 60)} {rng.choice(STREETS)}", town,
                      home["postcode"] if t[6] else
                      f"{t[1][0]} {rng.randint(1, 9)}{''.join(rng.choices(NI_LETTERS, k=2))}")
        org = {"id": cid, "name": name, "kind": sic, "town": town}
        w.orgs.append(org)
        if sic == "solicitor":
            w.solicitors.append(org)


def _contact(w: _World, p: dict, created: str, employer: dict | None = None, job: str | None = None,
             sub_type: str | None = None, api_key: bool = False) -> int:
    """A CiviCRM individual, with their e-mail, phones and address."""
    rng, make, rows = w.rng, w.make, w.m.rows
    cid = len(rows["civicrm_contact"]) + 1
    p["cid"] = cid
    deceased = rng.random() < 0.04 and p["born"] < "1950"
    display = f"{p['title']} {p['first']} {p['last']}"
    nick = NICKS.get(p["first"]) if rng.random() < 0.5 else None
    rows["civicrm_contact"].append((
        cid, "Individual", sub_type, int(rng.random() < 0.12), int(rng.random() < 0.08), int(rng.random() < 0.03),
        int(rng.random() < 0.2), int(rng.random() < 0.1), None,
        f"RE-{rng.randint(1000, 99999):06d}" if rng.random() < 0.6 and created < "2020" else None,
        f"{p['last']}, {p['first']}", display, nick, None, make.hex(32),
        "".join(rng.choices(string.ascii_letters + string.digits, k=24)) if api_key else None,
        "ga_IE" if p["roi"] and rng.random() < 0.1 else "en_GB", p["first"], p["middle"], p["last"], p["prefix_id"],
        "Cllr" if rng.random() < 0.01 else None, f"Dear {nick or p['first']}", f"Dear {p['title']} {p['last']}",
        display, job, 1 if p["sex"] == "F" else 2, p["born"] if rng.random() < 0.55 else None, int(deceased),
        apps.day(rng, 2021, 2025) if deceased else None, None, employer["name"] if employer else None, None,
        employer["id"] if employer else None, 0, created, _after(rng, created)))
    if p["email"]:
        bounced = rng.random() < 0.04
        rows["civicrm_email"].append((len(rows["civicrm_email"]) + 1, cid, 1, p["email"], 1, 1, int(bounced), 0,
                                      _moment(rng, 2022, 2025) if bounced else None, None))
    if p.get("email2"):
        rows["civicrm_email"].append((len(rows["civicrm_email"]) + 1, cid, 2, p["email2"], 0, 0, 0, 0, None, None))
    for number, kind in ((p["landline"], 1), (p["mobile"], 2)):
        if number:
            rows["civicrm_phone"].append((
                len(rows["civicrm_phone"]) + 1, cid, 1, int(kind == 2 or not p["mobile"]), 0, number, None,
                "".join(ch for ch in number if ch.isdigit()), kind))
    if p.get("work_phone"):
        rows["civicrm_phone"].append((len(rows["civicrm_phone"]) + 1, cid, 2, 0, 0, p["work_phone"][0],
                                      p["work_phone"][1], "".join(ch for ch in p["work_phone"][0] if ch.isdigit()), 1))
    if p.get("no_address"):
        return cid
    geocoded = rng.random() < 0.8
    rows["civicrm_address"].append((
        len(rows["civicrm_address"]) + 1, cid, 1, 1, 1, p["street"], p["flat"], p["townland"], p["town"], p["county"],
        p["postcode"], COUNTRY_IE if p["roi"] else COUNTRY_UK, p["lat"] if geocoded else None,
        p["lon"] if geocoded else None, 0, None))
    return cid


def _staff(w: _World) -> None:
    """The charity's staff: CiviCRM contacts employed by contact 1, and WordPress users."""
    rng = w.rng
    # the web agency's account: not a person
    w.m.rows["wp_users"].append((1, "mlh_webadmin", _phpass(rng), "mlh_webadmin", f"webmaster@{OWN_DOMAIN}", "",
                                 "2017-05-02 10:14:09", "", 0, "Web Admin"))
    for n, (title, role) in enumerate(STAFF):
        p = w.person(roi=rng.random() < 0.15, born=(1962, 1998))
        local = f"{apps.ascii_fold(p['first'])}.{apps.ascii_fold(p['last']).replace('-', '')}"
        work = f"{local}@{OWN_DOMAIN}"
        w.m.emails.add(work.casefold())
        p["email2"], p["work_phone"] = work, (OWN_PHONE, str(200 + n))
        created = _moment(rng, 2016, 2024)
        cid = _contact(w, p, created, employer={"id": 1, "name": "Mourne Light Hospice"}, job=title,
                       sub_type="\x01Staff\x01", api_key=title in ("Database Officer", "Head of Fundraising"))
        uid = n + 2
        login = rng.choice((local, apps.ascii_fold(p["first"][0] + p["last"]), apps.ascii_fold(p["first"])))
        w.m.rows["wp_users"].append((uid, login, _phpass(rng) if created < "2025-04" else _bcrypt(rng, "$wp$2y$10$"),
                                     login[:50], work, "", created, "", 0, f"{p['first']} {p['last']}"))
        staff = {"uid": uid, "cid": cid, "first": p["first"], "last": p["last"], "title": title, "role": role}
        w.staff.append(staff)
        w.wp_users[uid] = {"person": p, "role": role, "created": created, "staff": True}


def _donors(w: _World) -> None:
    """Individual supporters, with Gift Aid declarations, direct debits and legacy pledges."""
    rng, make, rows = w.rng, w.make, w.m.rows
    businesses = [o for o in w.orgs if o["kind"].isdigit()]
    for n in range(DONOR_COUNT):
        p = w.person(roi=rng.random() < 0.22)
        created = _moment(rng, 2014, 2025)
        employer = rng.choice(businesses) if rng.random() < 0.08 else None
        job = rng.choice(("Director", "Practice Manager", "Owner", "Accountant", "HR Manager")) if employer else None
        if rng.random() < 0.05:
            p["work_phone"] = (make.landline(p["area"], p["roi"])[0], None)
        _contact(w, p, created, employer, job, sub_type="\x01Legacy_Pledger\x01" if rng.random() < 0.07 else None)
        w.donors.append(p)
        p["created"] = created
    # a few households: two donors at one address
    for a, b in zip(w.donors[0:12:2], w.donors[1:12:2]):
        cid = len(rows["civicrm_contact"]) + 1
        name = f"The {a['last']} Family"
        rows["civicrm_contact"].append((
            cid, "Household", None, 0, 0, 0, 0, 0, None, None, name, name, None, None, make.hex(32), None, "en_GB",
            None, None, None, None, None, f"Dear {a['last']} Family", f"Dear {a['last']} Family", name, None, None,
            None, 0, None, name, None, None, None, 0, a["created"], _after(rng, a["created"])))
        master = next(r[0] for r in rows["civicrm_address"] if r[1] == a["cid"])
        rows["civicrm_address"].append((
            len(rows["civicrm_address"]) + 1, cid, 1, 1, 0, a["street"], a["flat"], a["townland"], a["town"],
            a["county"], a["postcode"], COUNTRY_IE if a["roi"] else COUNTRY_UK, None, None, 0, master))
    for p in w.donors:
        _gift_aid(w, p)
        if rng.random() < 0.3:
            _direct_debit(w, p)
        if rng.random() < 0.09:
            _legacy(w, p)


def _gift_aid(w: _World, p: dict) -> None:
    rng, rows = w.rng, w.m.rows
    if p["roi"] or rng.random() < 0.3:
        return
    start = _moment(rng, 2014, 2025)
    ended = rng.random() < 0.12
    reason = rng.choice(("Contact Declined", "Not Taxpayer", "Deceased", "Not Taxpayer")) if ended else None
    note = _fill(rng.choice(GIFT_AID_NOTES), date=lambda: apps.day(rng, 2018, 2025), street=lambda: p["street"],
                 event=lambda: rng.choice(CAMPAIGNS), country=lambda: rng.choice(("Spain", "Portugal", "France")),
                 relative=lambda: f"{w.name('M')[0]} {p['last']}")
    rows["civicrm_value_gift_aid_declaration_2"].append((
        len(rows["civicrm_value_gift_aid_declaration_2"]) + 1, p["cid"], rng.choice((1, 1, 1, 2)), start,
        _after(rng, start, 2000) if ended else None, reason,
        rng.choice(("Online", "Online", "Paper form", "Telephone", "Event")), note,
        _street_line(p) if rng.random() < 0.9 else p["street"].split(" ", 1)[0], p["postcode"]))


def _direct_debit(w: _World, p: dict) -> None:
    rng, make, rows = w.rng, w.make, w.m.rows
    holder = f"{p['title']} {p['first'][0]} {p['last']}".upper() if rng.random() < 0.4 else f"{p['first']} {p['last']}"
    if p["roi"]:
        iban = make.iban("IE")
        sort, acct, bic = None, None, next(b[2] for b in IE_BANKS if b[0] == iban[4:8])
        typed = grouped(iban) if rng.random() < 0.35 else iban
    else:
        sort, _ = make.sort_code()
        acct, typed, bic = make.account(), None, None
    status = rng.choices(("Live", "Cancelled", "Pending AUDDIS"), (70, 25, 5))[0]
    reason = rng.choice(("ADDACS 1 - Instruction cancelled by payer", "ADDACS B - Account closed",
                         "Donor deceased", "Financial hardship", "Switched to annual gift")) if status == "Cancelled" \
        else None
    p["mandate"] = make.unique(lambda: "MLH" + make.digits(7))
    rows["civicrm_value_direct_debit_4"].append((
        len(rows["civicrm_value_direct_debit_4"]) + 1, p["cid"], p["mandate"], holder, sort, acct, typed, bic,
        Decimal(rng.choice(("5.00", "10.00", "10.00", "15.00", "20.00", "25.00", "50.00"))),
        rng.choice(("Monthly", "Monthly", "Monthly", "Quarterly", "Annually")), rng.choice((1, 15, 28)), status,
        apps.day(rng, 2016, 2025), reason))


def _legacy(w: _World, p: dict) -> None:
    rng, make, rows = w.rng, w.make, w.m.rows
    solicitor = rng.choice(w.solicitors)
    executor = w.relative() if rng.random() < 0.6 else None
    note = _fill(rng.choice(LEGACY_NOTES), title=lambda: p["title"], last=lambda: p["last"],
                 spouse=lambda: f"{w.name('F' if p['sex'] == 'M' else 'M')[0]} {p['last']}",
                 event=lambda: rng.choice(CAMPAIGNS),
                 relative=w.relative, relative2=lambda: w.name("F")[0], year=lambda: str(rng.randint(2012, 2024)),
                 phone=lambda: make.mobile(p["roi"])[0], illness=lambda: rng.choice(ILLNESSES),
                 solicitor=lambda: solicitor["name"], iban=lambda: _iban_typed(w, rng.choice(("ES", "IE", "GB", "FR"))),
                 email=lambda: make.email(p["first"], p["last"], p["roi"]), street=lambda: p["street"],
                 town=lambda: p["town"], amount=lambda: f"{rng.randint(1, 20)},000",
                 date=lambda: apps.day(rng, 2022, 2025))
    rows["civicrm_value_legacy_pledge_5"].append((
        len(rows["civicrm_value_legacy_pledge_5"]) + 1, p["cid"],
        rng.choice(("Residuary", "Residuary", "Pecuniary", "Specific", "Reversionary")),
        Decimal(rng.randint(1, 60) * 5000) if rng.random() < 0.7 else None,
        apps.day(rng, 2008, 2025) if rng.random() < 0.6 else None,
        apps.day(rng, 2022, 2025) if rng.random() < 0.2 else None, solicitor["id"] if rng.random() < 0.8 else None,
        executor, make.mobile(p["roi"])[0] if executor and rng.random() < 0.6 else None,
        w.relative() if rng.random() < 0.5 else None, note))


def _iban_typed(w: _World, country: str) -> str:
    compact = w.make.iban(country)
    return grouped(compact) if w.rng.random() < 0.6 else compact


def _contributions(w: _World) -> None:
    """Offline gifts and direct debit collections in CiviCRM (online gifts come with the website)."""
    rng = w.rng
    for p in w.donors:
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            when = _moment(rng, 2019, 2025)
            kind = rng.choices(("cheque", "cash", "dd", "legacy", "memory"), (30, 25, 35, 2, 8))[0]
            if kind == "dd" and "mandate" not in p:
                kind = "cheque"
            amount = Decimal(rng.choice(("10", "20", "25", "50", "100", "15", "30"))) if kind != "legacy" else \
                Decimal(rng.randint(2, 80) * 500)
            source = {
                "cheque": lambda: rng.choice((f"Cheque - {rng.choice(CAMPAIGNS)}",
                                              f"Cheque from Mr & Mrs {p['last']}" if p["title"] == "Mr"
                                              else f"Cheque from {p['title']} {p['first'][0]} {p['last']}")),
                "cash": lambda: f"Cash - {rng.choice(CAMPAIGNS)}",
                "dd": lambda: f"Direct Debit {p['mandate']}",
                "legacy": lambda: f"Estate of the late {p['first']} {p['last']}",
                "memory": lambda: rng.choice((f"In memory of {w.relative()} - funeral collection",
                                              f"Funeral collection for the late {w.relative()}")),
            }[kind]()
            _contribution(w, p["cid"], when, amount, kind, source)


def _contribution(w: _World, cid: int, when: str, amount: Decimal, kind: str, source: str,
                  trxn: str | None = None) -> int:
    rng, make, rows = w.rng, w.make, w.m.rows["civicrm_contribution"]
    instrument = {"online": 1, "cheque": 4, "cash": 3, "dd": 6, "legacy": 5, "memory": 3}[kind]
    financial = {"legacy": 6, "memory": 7}.get(kind, rng.choice((1, 1, 1, 3)))
    status = rng.choices((1, 2, 3, 4, 7), (88, 3, 3, 3, 3))[0]
    fee = (amount * Decimal("0.014") + Decimal("0.20")).quantize(Decimal("0.01")) if kind == "online" else \
        Decimal("0.00")
    number = make.unique(lambda: make.digits(7))
    if kind == "dd" and trxn is None:
        trxn = "BACS-" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=10))
    cancelled = _after(rng, when, 30) if status in (3, 7) else None
    contribution_id = len(rows) + 1
    rows.append((
        contribution_id, cid, financial, None, instrument, when, Decimal("0.00"), amount, fee, amount - fee, trxn,
        make.unique(lambda: make.hex(32)), f"MLH{number}{luhn_digit(number)}", "GBP" if rng.random() < 0.9 else "EUR",
        cancelled, rng.choice(("Card declined", "Duplicate payment", "Stripe dispute", "Refunded at donor's request",
                               "Cheque returned unpaid")) if cancelled else None,
        _after(rng, when, 5) if status == 1 else None, _after(rng, when, 20) if status == 1 and rng.random() < 0.7
        else None, source, None, 0, int(kind == "cheque" and rng.random() < 0.1), status,
        rng.randint(1, 12) if rng.random() < 0.5 else None, make.digits(6) if kind == "cheque" else None))
    return contribution_id


def _website(w: _World) -> None:
    """WordPress: donor accounts, their meta, pages, forms, news and GiveWP's donations."""
    rng, make, rows = w.rng, w.make, w.m.rows
    uid = len(rows["wp_users"]) + 1
    for p in w.donors:
        if not p["email"] or rng.random() > 0.5:
            continue
        created = _moment(rng, 2018, 2025)
        login = p["email"] if rng.random() < 0.5 else apps.ascii_fold(f"{p['first']}{p['last']}")[:20] + \
            str(rng.randint(1, 99))
        nicename = _slug(login.replace("@", "").replace(".", "-"))[:50]
        url = rng.choice((f"https://www.facebook.com/{apps.ascii_fold(p['first'])}.{apps.ascii_fold(p['last'])}",
                          f"https://{apps.ascii_fold(p['first'])}{apps.ascii_fold(p['last'])}.wordpress.com")) \
            if rng.random() < 0.06 else ""
        key = f"{int(dt.datetime.fromisoformat(_after(rng, created)).timestamp())}:{_phpass(rng)}" \
            if rng.random() < 0.1 else ""
        rows["wp_users"].append((uid, login, _phpass(rng) if created < "2025-04" else _bcrypt(rng, "$wp$2y$10$"),
                                 nicename, p["email"], url, created, key, 0, f"{p['first']} {p['last']}"))
        w.wp_users[uid] = {"person": p, "role": "give_donor", "created": created, "staff": False}
        p["uid"] = uid
        uid += 1
    for user_id, u in w.wp_users.items():
        p = u["person"]
        bio = ""
        if u["staff"]:
            bio = f"{rng.choice(('Community fundraising', 'Gifts in wills and in memory', 'Supporter care'))} at " \
                  f"Mourne Light since {u['created'][:4]}." + (f" Mobile {p['mobile']}." if p["mobile"] else "")
        meta = [("nickname", rows["wp_users"][user_id - 1][1]), ("first_name", p["first"]), ("last_name", p["last"]),
                ("description", bio),
                ("rich_editing", "true"), ("syntax_highlighting", "true"), ("comment_shortcuts", "false"),
                ("admin_color", "fresh"), ("show_admin_bar_front", "true" if u["staff"] else "false"), ("locale", ""),
                ("wp_capabilities", php({u["role"]: True})),
                ("wp_user_level", "10" if u["role"] == "administrator" else "0")]
        if not u["staff"] and rng.random() < 0.6:
            meta.append(("_give_user_address", php({"line1": _street_line(p), "line2": p["townland"] or "",
                                                    "city": p["town"], "state": "", "zip": p["postcode"] or "",
                                                    "country": "IE" if p["roi"] else "GB"})))
        if rng.random() < 0.5 or u["staff"]:
            tokens = {}
            for _ in range(rng.choice((1, 1, 2))):
                login_at = int(dt.datetime.fromisoformat(_moment(rng, 2025, 2025, (0, 23))).timestamp())
                tokens[make.hex(64)] = {"expiration": login_at + 14 * 86400, "ip": _ip(rng),
                                        "ua": rng.choice(USER_AGENTS), "login": login_at}
            meta.append(("session_tokens", php(tokens)))
        if u["staff"]:
            ip = _ip(rng)
            masked = ip.rsplit(".", 1)[0] + ".0" if "." in ip else ip.rsplit(":", 5)[0] + "::"
            meta.append(("community-events-location", php({"ip": masked})))
            meta.append(("wp_dashboard_quick_press_last_post_id", str(rng.randint(380, 399))))
            if p["mobile"]:
                meta.append(("mobile_number", p["mobile"]))
        if not u["staff"]:
            meta.append(("_give_donor_dashboard_last_login", _moment(rng, 2024, 2025)))
        for key, value in meta:
            w.meta("wp_usermeta", user_id, key, value)
    # pages, forms and news
    post = rows["wp_posts"]
    author = w.staff[0]["uid"]
    for n, (title, slug, content, password) in enumerate(PAGES):
        when = _moment(rng, 2017, 2023)
        changed = _after(rng, when)
        pid = 10 + n
        post.append((pid, author, when, _gmt(when), content, title, "", "publish", "closed", "closed", password, slug,
                     changed, _gmt(changed), 0, f"{SITE}/?page_id={pid}", n, "page", "", 0))
    for pid, title, slug in FORMS:
        when = _moment(rng, 2021, 2024)
        post.append((pid, author, when, _gmt(when), "", title, "", "publish", "closed", "closed", "", slug, when,
                     _gmt(when), 0, f"{SITE}/?post_type=give_forms&p={pid}", 0, "give_forms", "", 0))
    for n in range(14):
        title, content = rng.choice(NEWS)
        first, last = w.name("F")
        values = {"first": first, "last": last, "town": rng.choice(TOWNS)[0], "relative": w.relative(),
                  "amount": f"{rng.randint(2, 40) * 100:,}", "year": str(rng.randint(2015, 2023)),
                  "illness": rng.choice(ILLNESSES)}
        title, content = title.format(**values), content.format(**values)
        when = _moment(rng, 2019, 2025)
        changed = _after(rng, when)
        pid = 320 + n
        post.append((pid, rng.choice(w.staff)["uid"], when, _gmt(when), content, title, "", "publish", "open", "open",
                     "", f"{_slug(title)[:190]}-{pid}", changed, _gmt(changed), 0, f"{SITE}/?p={pid}", 0, "post", "",
                     rng.randint(0, 6)))
    _donations(w)


def _donations(w: _World) -> None:
    """GiveWP's donations: a give_payment post named after the donor and its meta rows, and the
    contribution CiviCRM's sync made of it."""
    rng, make, rows = w.rng, w.make, w.m.rows
    online = [p for p in w.donors if p["email"]]
    slugs: set[str] = set()
    donor_ids: dict[int, int] = {}
    for n in range(ONLINE_DONATIONS):
        p = rng.choice(online)
        donor_ids.setdefault(p["cid"], len(donor_ids) + 1)
        when = _moment(rng, 2021, 2025, (0, 23))
        pid = 1000 + n
        form_id, form_title, _ = rng.choice(FORMS)
        title = f"{p['first']} {p['last']}" if rng.random() < 0.95 else p["email"]
        base = slug = _slug(title)
        suffix = 2
        while slug in slugs:  # wp_unique_post_slug()
            slug, suffix = f"{base}-{suffix}", suffix + 1
        slugs.add(slug)
        status = rng.choices(("publish", "pending", "refunded", "failed", "give_subscription"), (82, 4, 3, 3, 8))[0]
        changed = _after(rng, when, 2)
        rows["wp_posts"].append((pid, p.get("uid", 0), when, _gmt(when), "", title, "", status, "closed", "closed",
                                 "", slug, changed, _gmt(changed), 0,
                                 f"{SITE}/?post_type=give_payment&#038;p={pid}", 0, "give_payment", "", 0))
        amount = Decimal(rng.choice(("5", "10", "20", "25", "30", "50", "100", "12.50", "250")))
        gateway = rng.choices(("stripe", "paypal-commerce", "offline"), (75, 20, 5))[0]
        trxn = ("pi_3" + "".join(rng.choices(string.ascii_letters + string.digits, k=23))) if gateway == "stripe" \
            else ("".join(rng.choices(string.ascii_uppercase + string.digits, k=17)) if gateway != "offline" else None)
        email = p["email"]
        meta = [("_give_payment_form_id", str(form_id)), ("_give_payment_form_title", form_title),
                ("_give_payment_price_id", rng.choice(("custom", "1", "2", "3"))),
                ("_give_payment_total", f"{amount:.2f}"), ("_give_payment_currency", "GBP"),
                ("_give_payment_gateway", gateway), ("_give_payment_mode", "live"),
                ("_give_payment_donor_id", str(donor_ids[p["cid"]])), ("_give_payment_donor_email", email),
                ("_give_donor_billing_first_name", p["first"]), ("_give_donor_billing_last_name", p["last"]),
                ("_give_donor_billing_address1", _street_line(p)),
                ("_give_donor_billing_address2", p["townland"] or ""),
                ("_give_donor_billing_city", p["town"]), ("_give_donor_billing_zip", p["postcode"] or ""),
                ("_give_donor_billing_country", "IE" if p["roi"] else "GB"), ("_give_payment_donor_ip", _ip(rng)),
                ("_give_payment_purchase_key", hashlib.md5(f"{email}{when}{n}".encode()).hexdigest()),
                ("_give_completed_date", _after(rng, when, 1))]
        if trxn:
            meta.append(("_give_payment_transaction_id", trxn))
        if gateway == "stripe":
            meta.append(("_give_stripe_customer_id", "cus_" + "".join(rng.choices(string.ascii_letters + string.digits,
                                                                                  k=14))))
        meta.append(("_give_gift_aid_accept", "on" if not p["roi"] and rng.random() < 0.7 else "off"))
        meta.append(("_give_anonymous_donation", "1" if rng.random() < 0.08 else "0"))
        if rng.random() < 0.3:
            meta.append(("_give_donation_comment", _fill(
                rng.choice(DONATION_COMMENTS), mum=lambda: rng.choice(MUM_DAD), relative=w.relative,
                year=lambda: str(rng.randint(2015, 2025)), last=lambda: p["last"],
                illness=lambda: rng.choice(ILLNESSES),
                phone=lambda: p["mobile"] or make.mobile(p["roi"])[0], town=lambda: p["town"],
                first=lambda: p["first"], email=lambda: email)))
        if form_id in (302, 304) or rng.random() < 0.05:
            tfirst, tlast = w.name(rng.choice("MF"))
            meta += [("_give_tributes_type", rng.choice(("In memory of", "In memory of", "In honour of"))),
                     ("_give_tributes_first_name", tfirst), ("_give_tributes_last_name", tlast)]
            if rng.random() < 0.4:
                rfirst, rlast = w.name(rng.choice("MF"))
                meta += [("_give_tributes_ecard_recipient", f"{rfirst} {rlast}"),
                         ("_give_tributes_ecard_email", make.email(rfirst, rlast, p["roi"]))]
        meta.append(("_give_is_donation_recurring", "1" if status == "give_subscription" else "0"))
        if status in ("publish", "give_subscription", "refunded"):
            cid = _contribution(w, p["cid"], when, amount, "online", f"Online: {form_title}", trxn)
            meta.append(("_give_civicrm_contribution_id", str(cid)))
        for key, value in meta:
            w.meta("wp_give_donationmeta", pid, key, value)


def _vetting(w: _World, p: dict, coordinator: dict) -> str:
    """A vetting certificate for a volunteer in a regulated role, and its row."""
    rng, make = w.rng, w.make
    scheme = "Garda Vetting" if p["roi"] else rng.choices(("AccessNI", "DBS"), (90, 10))[0]
    number = make.unique(lambda: ("GV" + make.digits(8)) if scheme == "Garda Vetting" else
                         ("00" + make.digits(10) if scheme == "DBS" else make.digits(12)))
    issued = apps.day(rng, 2017, 2025)
    disclosed = rng.random() < 0.09
    summary = _fill(rng.choice(DISCLOSURES), year=lambda: str(rng.randint(1995, 2016))) if disclosed else None
    scan = None
    if rng.random() < 0.85:
        scan = pdf_bytes([f"{scheme} - {'Enhanced' if scheme != 'Garda Vetting' else 'Vetting Disclosure'}",
                          f"Certificate number: {number}", f"Surname: {p['last'].upper()}",
                          f"Forename(s): {p['first'].upper()}", f"Date of birth: {p['born']}",
                          f"Address: {p['street']}, {p['town']} {p['postcode'] or ''}",
                          "Police records of convictions: " + ("SEE CONTINUATION" if disclosed else "NONE RECORDED")])
    created = _after(rng, f"{issued} 09:00:00", 30)
    w.m.rows["vetting_checks"].append((
        number, scheme, "Enhanced" if scheme != "Garda Vetting" else "Standard", scheme != "Garda Vetting", issued,
        "information_disclosed" if disclosed else "clear", summary, scan, scheme == "DBS" and rng.random() < 0.5,
        f"{coordinator['first']} {coordinator['last']}", _after(rng, created, 20)[:10], created,
        _after(rng, created, 60)))
    return number


def _driving_licence(w: _World, p: dict) -> str:
    """A driving licence number: eight digits in Northern Ireland, nine in the Republic, the
    DVLA's sixteen characters for a licence from Great Britain."""
    rng, make = w.rng, w.make
    if p["roi"]:
        return make.unique(lambda: make.digits(9))
    if rng.random() < 0.85:
        return make.unique(lambda: make.digits(8))
    surname = (apps.ascii_fold(p["last"]).upper().replace("'", "").replace("-", "") + "99999")[:5]
    year, month, day = p["born"][:4], int(p["born"][5:7]), p["born"][8:10]
    initials = (p["first"][0] + (p["middle"] or "9")[0]).upper()
    return make.unique(lambda: f"{surname}{year[2]}{month + (50 if p['sex'] == 'F' else 0):02d}{day}{year[3]}"
                               f"{initials}9{''.join(rng.choices(string.ascii_uppercase, k=2))}")


def _rota(w: _World) -> None:
    """The Phoenix app: volunteers (half of them supporters already), their tokens, checks and shifts."""
    rng, make, rows = w.rng, w.make, w.m.rows
    coordinators = [s for s in w.staff if s["title"] == "Volunteer Coordinator"]
    from_crm = rng.sample(w.donors, VOLUNTEER_COUNT // 2)
    people = from_crm + [w.person(roi=rng.random() < 0.15, born=(1942, 2007)) for _ in range(VOLUNTEER_COUNT // 2)]
    rng.shuffle(people)
    for vid, p in enumerate(people, 1):
        email = p["email"] or make.email(p["first"], p["last"], p["roi"], p["born"][:4])
        created = _moment(rng, 2020, 2025)
        roles = rng.sample(ROLES, rng.choice((1, 1, 2, 3)))
        vetted = bool(VETTED_ROLES & set(roles))
        cert = _vetting(w, p, rng.choice(coordinators)) if vetted and rng.random() < 0.9 else None
        referees = None
        if rng.random() < 0.7:
            referees = []
            for _ in range(rng.choice((1, 2, 2))):
                rfirst, rlast = w.name(rng.choice("MF"))
                referees.append({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                                 "name": f"{rfirst} {rlast}", "email": make.email(rfirst, rlast, p["roi"]),
                                 "phone": make.mobile(p["roi"])[0] if rng.random() < 0.8 else None,
                                 "relationship": rng.choice(REFEREE_RELATIONS),
                                 "contacted_at": _after(rng, created, 14) if rng.random() < 0.7 else None})
        emergency = w.relative() if rng.random() < 0.85 else None
        medical = _fill(rng.choice(MEDICAL), year=lambda: str(rng.randint(2012, 2024)),
                        relation=lambda: rng.choice(RELATIONS), next=lambda: str(rng.randint(2025, 2026))) \
            if rng.random() < 0.25 else None
        claims = "driver" in roles or rng.random() < 0.2
        sort = acct = iban = None
        if claims:
            if p["roi"]:
                iban = _iban_typed(w, "IE")
            else:
                sort, acct = make.sort_code()[0], make.account()
        seen = _after(rng, created) if rng.random() < 0.75 else None
        mobile = p["mobile"] or make.mobile(p["roi"])[0]
        status = rng.choices(("active", "active", "active", "paused", "left"), (40, 30, 10, 10, 10))[0]
        photo = _jpeg(rng, b"Rota ID badge") if rng.random() < 0.8 else None
        rows["volunteers"].append((
            vid, email, _bcrypt(rng), _after(rng, created, 3) if rng.random() < 0.9 else None, p["first"], p["last"],
            NICKS.get(p["first"]) if rng.random() < 0.6 else None, p["born"],
            {"M": "male", "F": "female"}[p["sex"]] if rng.random() < 0.93 else rng.choice(("non_binary",
                                                                                          "prefer_not_to_say")),
            mobile, _street_line(p), p["townland"], p["town"], p["postcode"],
            (ppsn(rng) if p["roi"] else rng.choice((nino(rng), nino(rng), _spaced_nino(nino(rng))))) if cert else None,
            p.get("cid"), rng.choice([s for s in w.shops if s["kind"] != "hospice"])["id"] if "driver" not in roles
            else 1, json.dumps(roles), json.dumps(referees) if referees is not None else None,
            emergency, make.mobile(p["roi"])[0] if emergency else None,
            rng.choice(EMERGENCY_RELATIONS) if emergency else None, medical,
            _driving_licence(w, p) if "driver" in roles else None, cert, photo, sort, acct, iban, status, seen,
            _ip(rng) if seen else None, created, _after(rng, created)))
        w.volunteers.append({"id": vid, "email": email, "person": p, "created": created, "roles": roles,
                             "seen": seen, "confirmed": rows["volunteers"][-1][3] is not None})
    _tokens(w)
    _shifts(w)


def _spaced_nino(value: str) -> str:
    return f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"


def _tokens(w: _World) -> None:
    """phx.gen.auth's tokens: session tokens stored raw, e-mail tokens as their SHA-256."""
    rng, make, rows = w.rng, w.make, w.m.rows["volunteers_tokens"]
    for v in w.volunteers:
        if v["seen"]:
            for _ in range(rng.choice((1, 1, 2, 3))):
                rows.append((len(rows) + 1, v["id"], rng.randbytes(32), "session", None,
                             _after(rng, v["seen"], 60)))
        if not v["confirmed"]:
            rows.append((len(rows) + 1, v["id"], hashlib.sha256(rng.randbytes(32)).digest(), "confirm", v["email"],
                         v["created"]))
        if rng.random() < 0.1:
            rows.append((len(rows) + 1, v["id"], hashlib.sha256(rng.randbytes(32)).digest(), "reset_password",
                         v["email"], _after(rng, v["created"])))
        if rng.random() < 0.05:
            p = v["person"]
            new = make.email(p["first"], p["last"], p["roi"])
            rows.append((len(rows) + 1, v["id"], hashlib.sha256(rng.randbytes(32)).digest(), f"change:{v['email']}",
                         new, _after(rng, v["created"])))


def _shifts(w: _World) -> None:
    rng, rows = w.rng, w.m.rows["shifts"]
    for n in range(1, SHIFT_COUNT + 1):
        v = rng.choice(w.volunteers)
        role = rng.choice(v["roles"])
        shop = 1 if role in ("driver", "ward_visitor", "day_hospice", "bereavement_support") else \
            rng.choice(w.shops[1:])["id"]
        day = dt.date.fromisoformat(_moment(rng, 2024, 2025)[:10])
        start_hour = rng.choice((9, 9, 10, 13, 14))
        length = rng.choice((3, 3, 4, 4, 2.5))
        starts = f"{day} {start_hour:02d}:{'30' if rng.random() < 0.3 else '00'}:00"
        end = dt.datetime.fromisoformat(starts) + dt.timedelta(hours=length)
        status = "booked" if day > TODAY - dt.timedelta(days=1) else rng.choices(
            ("attended", "no_show", "cancelled"), (85, 5, 10))[0]
        other = rng.choice(w.volunteers)["person"]
        note = _fill(rng.choice(SHIFT_NOTES), last=lambda: w.name("F")[1], town=lambda: rng.choice(TOWNS[:12])[0],
                     first=lambda: other["first"], relation=lambda: rng.choice(RELATIONS),
                     street=lambda: f"{rng.randint(1, 90)} {rng.choice(STREETS)}") if rng.random() < 0.2 else None
        driver = role == "driver" and status == "attended"
        created = _at(day - dt.timedelta(days=rng.randint(1, 30)), rng)
        rows.append((n, v["id"], shop, role, starts, end.isoformat(sep=" "), status,
                     Decimal(str(length)).quantize(Decimal("0.01")) if status == "attended" else None,
                     rng.randint(4, 60) if driver else None,
                     (Decimal(rng.randint(4, 60)) * Decimal("0.45")).quantize(Decimal("0.01")) if driver else None,
                     note, created, _after(rng, starts, 3)))


def make_hospice(seed: int = SEED) -> Hospice:
    """The whole charity, the same for the same seed."""
    w = _World(seed)
    _company(w)
    _orgs(w)
    _staff(w)
    _donors(w)
    _contributions(w)
    _website(w)
    _rota(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Hospice) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/twelfth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
